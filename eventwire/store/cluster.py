"""Event clustering: many articles, one real-world event.

Forty outlets reporting one summit must count as one event with forty mentions, not forty events.
Two mentions are linked into one cluster when ALL of these hold (``compatible``):

1. **Dyad** - the same source and target countries (the first three letters of the CAMEO actor
   code when no country is known), in the same direction; or reversed when both acts are
   *joint*: a reciprocal code (meet, negotiate, sign an agreement, cooperate), a visit, or a
   sentence the coder coded both ways ("A and B backed the plan" gives A->B and B->A, so that
   sentence's act is joint whatever its code).  A visit (042) and hosting it (043) are one
   meeting seen from either side, but the visitor must agree: "A visited B" is neither "B
   visited A" nor "A hosted B".  Sectors (GOV, MIL...) are ignored between countries because
   outlets name "Moscow", "Russia" or "the Russian army" for one act; inside one country
   (USAGOV vs USALEG) they must agree.
2. **CAMEO family** - the same family of roots (``FAMILIES``): roots two reports of one event
   may plausibly be coded as (appeal/demand, disapprove/reject, assault/fight/mass violence ...).
3. **Modality** - asserted with asserted, negated with negated, future/intended/hypothetical
   together: "will meet" and "met" are different facts.
4. **Dates** - day-precision dates at most 1 day apart (2 when either is the publication date,
   which trails the event); a month or year date must overlap the other's interval.
5. **Places** - when both mentions carry coordinates, some pair of their places lies within
   100 km (a strike on Kharkiv is not a strike on Odesa).
6. **Field** - when both CAMEO codes name the field of a material act (economic, military,
   judicial, intelligence, humanitarian cooperation or aid: 0311 vs 0312, 061 vs 062), it is
   the same field.  Other differences of sub-code are not used: outlets' wording makes one
   rebuke "criticise" (111) in one report and "accuse" (112) in the next, one signing 057 or 036.
7. **Subject** - in the families whose act is defined by its object (``SUBJECT_FAMILIES``:
   agree, cooperate, appeal, yield - what was agreed, given, asked for, conceded), both mentions
   belong to the same *story*.  Stories are the connected components of the block's day-dated
   mentions, linking two that rules 1-5 allow together and that share a topic word (an evidence
   word that is not a trigger word of the block: "agreed", "signed" name the act, not its
   object) or a place within 25 km.  A story counts only when two or more documents tell it:
   then "agreed to reopen military contacts" (told by two outlets) and "agreed to curb fentanyl"
   (told by three) are two events, while a lone report that shares no word with the others
   proves nothing and may join either.  Reports of one treaty worded apart ("strategic
   partnership treaty" / "mutual defence pact") stay together as long as some report links
   them ("defence agreement signed in Pyongyang").  The rule needs the stored ``trigger`` (set
   by the coder; events loaded without it keep the verb as a topic word, which links stories).

A mention joins, among the clusters whose every member it is compatible with (complete linkage,
so no chains), the one it reads most like - *similarity*: Dice overlap of the evidence words
(lower-cased; stop words, the actors' own names and plural/past endings removed), plus 0.1 for
the identical CAMEO code, 0.05 for the identical day and 0.3 for a shared place - and starts a
new cluster when none is compatible.  Evidence similarity chooses between clusters but does not
veto a join (``THRESHOLD`` 0): on the project's collection (tests/fixtures/clusters) reports of
one event often share no content word ("began live-fire drills" / "rehearsed a blockade"), and
no threshold split the distinct same-day events there without splitting such reports (pairwise
recall fell from 1.00 to 0.98 at 0.05 and 0.71 at 0.2 while precision stayed at 0.86-0.90).
Rule 7 separates such events instead, from the structure of the whole block: on the collection
it raised pairwise precision from 0.898 to 1.000 at recall 1.000 (``benchmarks/clustering.py``,
which also measures the real coder's events).  Known limits: two different acts of one dyad,
one family and one day, without coordinates, still merge when one of them is reported only
once, when a report mentions both, or outside the subject families; and one act told in two
vocabularies that no report bridges, each by two or more outlets, is split.  Mentions are taken
in a fixed order (day dates first, then by date and id), and mirrors and stories are computed
from the whole block, so the result is a function of the set of mentions, not of the order
documents arrived in.

A cluster's id is derived from its smallest member id; its *best-evidenced mention* is the one
with the highest confidence, preferring a date read from the text and a finer date precision.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlparse

import duckdb

from eventwire.records import content_id

__all__ = [
    "CLUSTER_RULE",
    "FAMILIES",
    "SUBJECT_FAMILIES",
    "THRESHOLD",
    "Mention",
    "block_key",
    "cluster_mentions",
    "compatible",
    "recluster",
]

THRESHOLD = 0.0  # see the module docstring for why evidence does not veto
# The version of the rule, kept in the database: a database clustered by another version is
# reclustered whole at its next clustering (``Store.cluster``).  Bump it when the rule changes.
CLUSTER_RULE = "2"

FAMILIES: dict[str, str] = {
    "01": "statement",
    "02": "appeal", "10": "appeal",
    "03": "agree", "05": "agree",
    "04": "consult",
    "06": "cooperate", "07": "cooperate",
    "08": "yield",
    "09": "investigate",
    "11": "disapprove", "12": "disapprove",
    "13": "threaten",
    "14": "protest",
    "15": "posture",
    "16": "sanction", "17": "sanction",
    "18": "violence", "19": "violence", "20": "violence",
}

# Codes whose action is mutual, so a coder may emit A->B, B->A or both for one event.
_RECIPROCAL_PREFIXES = (
    "030", "031", "032", "036", "037",  # agree to cooperate, meet, settle
    "040", "041", "044", "046",  # consult, phone, meet elsewhere, negotiate
    "050", "057",  # diplomatic cooperation, sign an agreement
    "060", "061", "062", "063", "064",  # cooperate materially
)  # Not violence: "A attacked B" and "B struck A" the same day are usually attack and reprisal.
# A visit is one meeting seen from either side: "A visited B" (042 A->B), "B hosted A" (043 B->A)
# and "A and B met" (040 either way) describe it alike.  Two visits the opposite way do not.
_VISIT = ("042", "043")

# CAMEO codes that name the field of a material act (the same four fields recur in appeal,
# intent, cooperation, aid and demand): economic and military cooperation are different acts.
_FIELDS: dict[str, str] = {
    **dict.fromkeys(("0211", "0231", "0311", "0331", "061", "071", "1011", "1031"), "economic"),
    **dict.fromkeys(("0212", "0232", "0234", "0312", "0332", "0334", "062", "072", "074",
                     "1012", "1032", "1034"), "military"),
    **dict.fromkeys(("0213", "0313", "063", "1013"), "judicial"),
    **dict.fromkeys(("0214", "0314", "064", "1014"), "intelligence"),
    **dict.fromkeys(("0233", "0333", "073", "1033"), "humanitarian"),
    "075": "asylum",
}
# Families whose act is defined by its object - what is agreed, given, asked for or conceded -
# so two such acts of one dyad on one day with different objects are different events.  Not
# violence, posture or protest (their object is a target or place, and places are rule 5),
# nor consult or disapprove (reports of one meeting or one rebuke vary freely in wording).
SUBJECT_FAMILIES = frozenset({"agree", "cooperate", "appeal", "yield"})

_MODALITY_GROUP = {"asserted": "a", "negated": "n", "future": "f", "intended": "f",
                   "hypothetical": "f"}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_STOP = frozenset(
    """a an the and or but of to in on at by for with from into over after before during as is
    are was were be been being has have had it its this that these those their there they them
    he she his her him we our you your i said says say saying told tells according also than then
    which who whom whose what when where while not no nor new more most some any all two one
    would could should will can may might must about against between near amid under up down out
    off again further per via yesterday today tuesday monday wednesday thursday friday saturday
    sunday week month year officials official statement reported reports report news agency
    """.split()
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _actor_key(code: str | None, country: str | None) -> str | None:
    if country:
        return country
    return code[:3] if code else None


def block_key(row: Mapping[str, Any]) -> str:
    """The part of the database a mention's cluster must come from: family + unordered dyad.

    Mentions without a source country or with a root outside ``FAMILIES`` stay alone.
    """
    root = row.get("cameo_root") or (row.get("cameo_code") or "")[:2]
    family = FAMILIES.get(root)
    source = _actor_key(row.get("source_code"), row.get("source_country"))
    if family is None or source is None:
        return f"solo:{row['event_id']}"
    target = _actor_key(row.get("target_code"), row.get("target_country")) or "-"
    first, second = sorted((source, target))
    return f"{family}:{first}:{second}"


def _stem(word: str) -> str:
    # Crude on purpose: it only has to make "strikes"/"strike" and "signed"/"sign" meet.
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ed"):
        word = word[:-2]
    elif len(word) > 6 and word.endswith("ing"):
        word = word[:-3]
    return word


def _words(text: str | None) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text or "")}


def evidence_tokens(evidence: str, actor_words: Iterable[str] = ()) -> frozenset[str]:
    """The content words of an evidence sentence, without the actors' own names."""
    skip = {w.casefold() for w in actor_words}
    words = (w.casefold() for w in _WORD.findall(evidence or ""))
    return frozenset(
        _stem(w) for w in words
        if w not in _STOP and w not in skip and (len(w) > 2 or w.isdigit())
    )


@dataclass(slots=True)
class Mention:
    """What clustering needs to know about one stored event."""

    event_id: str
    doc_id: str
    source_key: str | None
    target_key: str | None
    source_code: str | None
    target_code: str | None
    code: str
    modality: str
    start: date | None
    end: date | None
    precision: str | None
    basis: str | None
    tokens: frozenset[str]
    places: tuple[tuple[float, float, str], ...]
    confidence: float
    row: Mapping[str, Any]
    trigger: frozenset[str] = frozenset()
    sentence: tuple[str, Any, Any] | None = None  # (doc, span start, span end)
    field: str | None = None  # rule 6
    visitor: str | None = None  # who travelled, for a visit (042) or hosting (043)
    joint: bool = False  # rule 1: may be matched with the actors swapped (set per block)
    topic: int | None = None  # subject families: the story it belongs to (see ``_topics``)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Mention:
        places = []
        raw = row.get("locations")
        for place in (json.loads(raw) if isinstance(raw, str) else raw or []):
            if place.get("lat") is not None and place.get("lon") is not None:
                places.append((float(place["lat"]), float(place["lon"]),
                               str(place.get("name") or "").casefold()))
        actor_words: set[str] = set()
        for part in ("source_text", "source_name", "target_text", "target_name"):
            actor_words |= _words(row.get(part))
        mention = cls(
            event_id=row["event_id"],
            doc_id=row["doc_id"],
            source_key=_actor_key(row.get("source_code"), row.get("source_country")),
            target_key=_actor_key(row.get("target_code"), row.get("target_country")),
            source_code=row.get("source_code"),
            target_code=row.get("target_code"),
            code=row["cameo_code"],
            modality=_MODALITY_GROUP.get(row.get("modality") or "asserted", "a"),
            start=row.get("date_start"),
            end=row.get("date_end"),
            precision=row.get("date_precision"),
            basis=row.get("date_basis"),
            tokens=evidence_tokens(row.get("evidence") or "", actor_words),
            places=tuple(places),
            confidence=float(row.get("confidence") or 0.0),
            row=row,
            trigger=frozenset(_stem(w) for w in _words(row.get("trigger"))),
            sentence=((row["doc_id"], row.get("span_start"), row.get("span_end"))
                      if row.get("span_start") is not None else None),
        )
        mention.field = _field(mention.code)
        mention.visitor = _visitor(mention)
        mention.joint = _reciprocal(mention.code) or mention.code.startswith(_VISIT)
        return mention


def _reciprocal(code: str) -> bool:
    return code.startswith(_RECIPROCAL_PREFIXES)


def _visitor(m: Mention) -> str | None:
    if m.code.startswith("042"):
        return m.source_key
    if m.code.startswith("043"):
        return m.target_key
    return None


def _roles_agree(a: str | None, b: str | None) -> bool:
    role_a, role_b = (a or "")[3:], (b or "")[3:]
    return not role_a or not role_b or role_a == role_b


def _dyad_compatible(a: Mention, b: Mention) -> bool:
    if a.visitor is not None and b.visitor is not None and a.visitor != b.visitor:
        return False  # "A visited B" is not "B visited A", nor "A hosted B"
    domestic = a.source_key == a.target_key
    if (a.source_key, a.target_key) == (b.source_key, b.target_key):
        if not domestic:
            return True
        if _roles_agree(a.source_code, b.source_code) and _roles_agree(a.target_code,
                                                                        b.target_code):
            return True
    if (a.source_key, a.target_key) == (b.target_key, b.source_key) and a.joint and b.joint:
        if not domestic or (_roles_agree(a.source_code, b.target_code)
                            and _roles_agree(a.target_code, b.source_code)):
            return True
    return False


def _dates_compatible(a: Mention, b: Mention) -> bool:
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return True
    slack = timedelta(days=2 if "publication" in (a.basis, b.basis) else 1)
    return a.start <= b.end + slack and b.start <= a.end + slack


def _km(p: tuple[float, float, str], q: tuple[float, float, str]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (p[0], p[1], q[0], q[1]))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _nearest_km(a: Mention, b: Mention) -> float | None:
    if not a.places or not b.places:
        return None
    return min(_km(p, q) for p in a.places for q in b.places)


def _field(code: str) -> str | None:
    return _FIELDS.get(code[:4]) or _FIELDS.get(code[:3])


def _close(a: Mention, b: Mention) -> bool:
    """Rules 1-5: dyad, modality, dates and places allow one event (family: the block's)."""
    if a.modality != b.modality or not _dyad_compatible(a, b) or not _dates_compatible(a, b):
        return False
    distance = _nearest_km(a, b)
    return distance is None or distance <= 100.0


def compatible(a: Mention, b: Mention) -> bool:
    """Whether two mentions may describe the same event (the hard rules 1-7)."""
    if a.field is not None and b.field is not None and a.field != b.field:
        return False
    if a.topic is not None and b.topic is not None and a.topic != b.topic:
        return False
    return _close(a, b)


def similarity(a: Mention, b: Mention) -> float:
    """How alike two compatible mentions read: evidence overlap plus small agreements."""
    union = len(a.tokens) + len(b.tokens)
    score = 2 * len(a.tokens & b.tokens) / union if union else 0.0
    if a.code == b.code:
        score += 0.1
    if a.precision == b.precision == "day" and a.start == b.start:
        score += 0.05
    distance = _nearest_km(a, b)
    if distance is not None and distance <= 25.0:
        score += 0.3
    return score


def _order(m: Mention) -> tuple[int, date, str]:
    return (_PRECISION_RANK.get(m.precision or "", 3), m.start or date.max, m.event_id)


def _mark_joint(mentions: Sequence[Mention]) -> None:
    # An act is joint when its code is reciprocal by nature, a visit (one meeting seen from
    # either side), or when the coder coded this very sentence both ways ("A and B backed").
    directed = {(m.sentence, m.code, m.source_key, m.target_key) for m in mentions if m.sentence}
    for m in mentions:
        m.joint = _reciprocal(m.code) or m.code.startswith(_VISIT) or (
            m.sentence is not None and m.source_key != m.target_key
            and (m.sentence, m.code, m.target_key, m.source_key) in directed)


def _topics(mentions: Sequence[Mention]) -> None:
    """Rule 7: give each day-dated mention of a subject family the story it belongs to.

    Stories are the connected components of the graph linking two mentions that rules 1-5
    allow together and that share a *topic word* (an evidence word other than the block's
    trigger words such as "agreed", "signed", which name the act and not its object) or a place
    within 25 km.  A story told by one document only gets no label (a lone report cannot show
    that it is a different event); two stories told by two or more documents each are different
    events.
    """
    dated = sorted((m for m in mentions if m.precision == "day" and m.start is not None),
                   key=lambda m: (m.start, m.event_id))
    act_words = frozenset().union(*(m.trigger for m in mentions))
    words = [m.tokens - act_words for m in dated]
    parent = list(range(len(dated)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(dated):
        horizon = a.start + timedelta(days=2)  # type: ignore[operator]  # widest date slack
        for j in range(i + 1, len(dated)):
            b = dated[j]
            if b.start > horizon:  # type: ignore[operator]
                break
            if root(i) == root(j) or not _close(a, b):
                continue
            distance = _nearest_km(a, b)
            if words[i] & words[j] or (distance is not None and distance <= 25.0):
                parent[root(j)] = root(i)
    documents: dict[int, set[str]] = {}
    for i, m in enumerate(dated):
        documents.setdefault(root(i), set()).add(m.doc_id)
    for i, m in enumerate(dated):
        label = root(i)
        m.topic = label if len(documents[label]) > 1 else None


def cluster_mentions(mentions: Sequence[Mention], threshold: float = THRESHOLD) -> list[
    list[Mention]
]:
    """Partition the mentions of one block into clusters (deterministic for a given set).

    Sets ``joint`` and ``topic`` on the mentions (they depend on the whole block)."""
    _mark_joint(mentions)
    for m in mentions:
        m.topic = None
    if mentions and FAMILIES.get(mentions[0].code[:2]) in SUBJECT_FAMILIES:
        _topics(mentions)
    clusters: list[list[Mention]] = []
    latest: list[date | None] = []  # latest day-precision start of each cluster
    active: list[int] = []  # clusters a day-precision mention can still join
    for mention in sorted(mentions, key=_order):
        day = mention.precision == "day" and mention.start is not None
        if day:
            horizon = mention.start - timedelta(days=2)  # type: ignore[operator]
            active = [i for i in active if latest[i] is None or latest[i] >= horizon]
            candidates: Iterable[int] = active
        else:
            candidates = range(len(clusters))
        best, best_score = -1, threshold
        for index in candidates:
            members = clusters[index]
            if not all(compatible(mention, other) for other in members):
                continue
            score = max(similarity(mention, other) for other in members)
            if score >= best_score and (best < 0 or score > best_score):
                best, best_score = index, score
        if best < 0:
            clusters.append([mention])
            latest.append(mention.start if day else None)
            active.append(len(clusters) - 1)
        else:
            clusters[best].append(mention)
            if day and (latest[best] is None or mention.start > latest[best]):  # type: ignore
                latest[best] = mention.start
    return clusters


def _best(members: Sequence[Mention]) -> Mention:
    return min(members, key=lambda m: (-m.confidence, m.basis != "text",
                                       _PRECISION_RANK.get(m.precision or "", 3), m.event_id))


def _outlet(row: Mapping[str, Any]) -> str:
    if row.get("publisher"):
        return str(row["publisher"]).casefold()
    if row.get("url"):
        host = urlparse(str(row["url"])).netloc.casefold()
        if host:
            return host.removeprefix("www.")
    return f"doc:{row['doc_id']}"


def summarize(members: Sequence[Mention]) -> dict[str, Any]:
    """The ``clusters`` row of a group of mentions."""
    best = _best(members)
    finest = min(_PRECISION_RANK.get(m.precision or "", 3) for m in members)
    dates = Counter(m.row.get("date") for m in members
                    if _PRECISION_RANK.get(m.precision or "", 3) == finest and m.row.get("date"))
    top_date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
    seen = sorted((str(m.row.get("published") or m.row.get("date") or ""), m.doc_id)
                  for m in members)
    seen_dates = [s for s, _ in seen if s]
    first_doc = seen[0][1]
    first_url = next((m.row.get("url") for m in members if m.doc_id == first_doc), None)
    row = best.row
    return {
        "cluster_id": content_id(min(m.event_id for m in members), prefix="c:"),
        "best_event_id": best.event_id,
        "source_code": row.get("source_code"),
        "target_code": row.get("target_code"),
        "cameo_code": row.get("cameo_code"),
        "cameo_root": row.get("cameo_root"),
        "cameo_name": row.get("cameo_name"),
        "quad_class": row.get("quad_class"),
        "goldstein": row.get("goldstein"),
        "plover_type": row.get("plover_type"),
        "modality": row.get("modality"),
        "date": top_date,
        "date_precision": next((m.precision for m in members if m.row.get("date") == top_date),
                               None),
        "num_mentions": len(members),
        "num_articles": len({m.doc_id for m in members}),
        "num_publishers": len({_outlet(m.row) for m in members}),
        "first_seen": seen_dates[0] if seen_dates else None,
        "last_seen": seen_dates[-1] if seen_dates else None,
        "evidence": row.get("evidence"),
        "source_url": first_url or first_doc,
    }


_MENTION_SQL = """
SELECT e.event_id, e.doc_id, e.span_start, e.span_end, e.trigger, e.source_text, e.source_name,
       e.source_code, e.source_country,
       e.target_text, e.target_name, e.target_code, e.target_country, e.cameo_code, e.cameo_root,
       e.cameo_name, e.quad_class, e.goldstein, e.plover_type, e.modality, e.date,
       e.date_precision, e.date_basis, e.date_start, e.date_end, e.evidence, e.locations,
       e.confidence, e.cluster_block, e.cluster_id, d.publisher, d.published, d.url
FROM events e LEFT JOIN documents d ON d.id = e.doc_id
WHERE e.cluster_block IN (SELECT block FROM _blocks)
"""


def _chunks(sizes: Sequence[tuple[str, int]], budget: int) -> Iterable[list[str]]:
    chunk: list[str] = []
    total = 0
    for block, size in sizes:
        if chunk and total + size > budget:
            yield chunk
            chunk, total = [], 0
        chunk.append(block)
        total += size
    if chunk:
        yield chunk


def _array(values: Sequence[Any]) -> Any:
    import numpy as np

    return np.array(list(values), dtype=object)


@dataclass(slots=True)
class _Changes:
    """What a reclustering writes: only clusters whose membership changed are rewritten."""

    gone: list[str]  # cluster rows to delete
    event_ids: list[str]  # mentions whose cluster changed ...
    cluster_ids: list[str]  # ... and their new cluster
    summaries: list[dict[str, Any]]  # cluster rows to insert
    assigned: int  # mentions clustered (all of the blocks')


def _changes(by_block: Mapping[str, Sequence[Mention]]) -> _Changes:
    # A cluster whose id and members are those stored keeps its row: its summary depends only
    # on the members' rows, which never change in place (a changed document is deleted, and
    # clearing its blocks' cluster ids makes their clusters new).
    changes = _Changes([], [], [], [], 0)
    old_sizes = Counter(m.row.get("cluster_id") for ms in by_block.values() for m in ms)
    old_ids = {c for c in old_sizes if c is not None}
    kept: set[str] = set()
    for block in sorted(by_block):
        for members in cluster_mentions(by_block[block]):
            changes.assigned += len(members)
            cluster_id = content_id(min(m.event_id for m in members), prefix="c:")
            if old_sizes.get(cluster_id) == len(members) and all(
                m.row.get("cluster_id") == cluster_id for m in members
            ):
                kept.add(cluster_id)
                continue
            changes.summaries.append(summarize(members))
            for m in members:
                if m.row.get("cluster_id") != cluster_id:
                    changes.event_ids.append(m.event_id)
                    changes.cluster_ids.append(cluster_id)
    changes.gone = sorted((old_ids - kept) | {s["cluster_id"] for s in changes.summaries})
    return changes


def recluster(conn: duckdb.DuckDBPyConnection, *, full: bool = False, budget: int = 50_000) -> int:
    """Recompute every block holding an unclustered mention; returns mentions assigned.

    Blocks are independent, so each chunk of blocks is its own short transaction: readers wait
    at most one chunk, and a run killed here leaves unclustered mentions the next call finishes.
    """
    if full:
        conn.execute("BEGIN TRANSACTION")
        rows = conn.execute(
            "SELECT event_id, source_code, source_country, target_code, target_country, "
            "cameo_code, cameo_root FROM events"
        ).fetchall()
        keys = ["event_id", "source_code", "source_country", "target_code", "target_country",
                "cameo_code", "cameo_root"]
        blocks = [block_key(dict(zip(keys, r, strict=True))) for r in rows]
        conn.register("_keys", {"event_id": _array([r[0] for r in rows]),
                                "block": _array(blocks)})
        conn.execute("UPDATE events SET cluster_block = k.block, cluster_id = NULL "
                     "FROM _keys k WHERE events.event_id = k.event_id")
        conn.unregister("_keys")
        conn.execute("DELETE FROM clusters")
        conn.execute("COMMIT")
    sizes = conn.execute(
        "SELECT cluster_block, count(*) FROM events WHERE cluster_block IN (SELECT DISTINCT "
        "cluster_block FROM events WHERE cluster_id IS NULL) GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assigned = 0
    for chunk in _chunks([(str(b), int(n)) for b, n in sizes], budget):
        conn.execute("BEGIN TRANSACTION")
        try:
            conn.register("_blocks", {"block": _array(chunk)})
            cursor = conn.execute(_MENTION_SQL)
            names = [d[0] for d in cursor.description]
            by_block: dict[str, list[Mention]] = {}
            for values in cursor.fetchall():
                row = dict(zip(names, values, strict=True))
                by_block.setdefault(row["cluster_block"], []).append(Mention.from_row(row))
            changes = _changes(by_block)
            if changes.gone:
                conn.register("_gone", {"cluster_id": _array(changes.gone)})
                conn.execute("DELETE FROM clusters WHERE cluster_id IN "
                             "(SELECT cluster_id FROM _gone)")
            if changes.event_ids:
                conn.register("_map", {"event_id": _array(changes.event_ids),
                                       "cluster_id": _array(changes.cluster_ids)})
                conn.execute("UPDATE events SET cluster_id = m.cluster_id FROM _map m "
                             "WHERE events.event_id = m.event_id")
            if changes.summaries:
                from eventwire.store.schema import CLUSTER_COLUMNS

                names = [n for n, _ in CLUSTER_COLUMNS]
                conn.register("_clusters", {n: _array([s[n] for s in changes.summaries])
                                            for n in names})
                casts = ", ".join(f'CAST("{n}" AS {k.split()[0]})' for n, k in CLUSTER_COLUMNS)
                conn.execute(f"INSERT INTO clusters SELECT {casts} FROM _clusters")
            conn.execute("COMMIT")
            assigned += changes.assigned
        except BaseException:
            try:
                conn.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise
        finally:
            for view in ("_blocks", "_gone", "_map", "_clusters"):
                try:
                    conn.unregister(view)
                except duckdb.Error:
                    pass
    return assigned


def pairwise_scores(gold: Mapping[str, str], found: Mapping[str, str]) -> tuple[float, float, int]:
    """Pairwise precision and recall of a clustering ``found`` (mention id -> cluster) against
    ``gold`` (mention id -> event label), over the ids of ``gold``; also the number of pairs
    ``found`` puts together.  The measure of the clustering tests and benchmark."""
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(gold), 2):
        same_gold, same_found = gold[a] == gold[b], found[a] == found[b]
        tp += same_gold and same_found
        fp += same_found and not same_gold
        fn += same_gold and not same_found
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp + fp
