"""The actor knowledge base: states, people (with dated roles), organisations and role nouns.

Loaded from the data files under ``eventwire/data/actors/`` (see ``docs/actors.md``), plus the
user's own files, and matched against token sequences.

API used by the rest of eventwire (names and meanings are a contract):

    Role(country, sector, title, start, end, code)    frozen dataclass; dates ISO or None (open).
        ``start`` is inclusive, ``end`` exclusive (the day a successor takes office).  ``code`` is
        the full CAMEO code the role gives ("RUSGOV", "IGOUNO", "AFGREB").
    Entry(kind, key, name, form, country, sector, code, entity, roles, ambiguous, case, origin)
        kind:   "state" | "person" | "org" | "role"
        key:    stable id of the actor ("RUS", "person:Q7747", "org:PSE:hamas", "role:army")
        form:   which name form matched: "name", "short", "former", "acronym", "adjective",
                "demonym", "capital", "metonym", "surname", "alias", "role"
        country: ISO 3166-1 alpha-3 (or None for international actors)
        sector:  CAMEO role code (GOV, MIL, MED, REB, ...) or None
        code:    the full CAMEO actor code when it is fixed by the entry (e.g. "IGOUNO",
                 "PRKMED", "RUSGOV" for "the Kremlin"), else None (composed by the caller)
        roles:   tuple of Role, offices held with dates (people, and organisations whose code
                 changed, such as the Taliban); call ``role_at`` whenever it is not empty
        ambiguous: True for names that need context (Georgia, Congo, Kim, every surname form)
        case:   None, "upper" (only when written in capitals: "US", not "us"), "mixed" (at least
                two capitals: "AfD", "LeT", not "Let"), "title" (only when capitalised:
                "Turkey", not "turkey") or "particle" (a surname with a small particle: "dos
                Santos" or "Dos Santos", its last word capitalised)
        origin: "file:line" the entry comes from, for explanations

    KnowledgeBase.load(actor_files=(), petrarch_actors=(), petrarch_agents=(), *,
                       builtin=True, petrarch_strict=False, cache=True) -> KnowledgeBase
    kb.match(words, start) -> (end, entries) | None
        Longest known phrase starting at words[start] (words: token texts as written, e.g.
        ["North", "Korean", "state", "media", "KCNA"]); ``end`` is exclusive.  Case-insensitive,
        except short all-capital acronyms ("US" is a country, "us" is not).
    kb.role_at(entry, date) -> Role | None   the role held on ``date`` (ISO day, month or year,
        or None = today's holders, i.e. roles with an open end); None when out of office then
    kb.lookup(phrase) -> tuple[Entry, ...]   all entries for one exact phrase
    kb.explain(phrase, date=None) -> str     how a phrase resolves and why, for people
    kb.readings(phrase) -> tuple[Reading, ...]  every reading of an ambiguous name ("Congo":
        COD, COG), the default first; () for names with one reading
    kb.choose(phrase, entries=None, countries=(), words=()) -> tuple[Entry, ...]
        the entries of ``phrase`` with the reading the article context supports in place of the
        default one (see "Ambiguous names" below)
    kb.may_mention_actor(text) -> bool       fast test used to skip sentences with no actor
    kb.stats() -> dict[str, int]
    kb.actors() -> tuple[Entry, ...]         one entry per actor
    kb.warnings -> tuple[str, ...]           PETRARCH lines skipped as unreadable (lenient mode)
    default_kb() -> KnowledgeBase            the packaged data only, loaded once per process

Resolving an entry to a code: ``entry.code`` when set and ``entry.roles`` is empty; with roles,
``kb.role_at(entry, date).code`` (``IGOUNO`` for the UN Secretary-General, where the role's
country and sector are None), falling back to ``entry.code or entry.country`` when it returns
None; for a state name or a role noun the caller composes country + sector.

Ambiguous names: ``match`` returns only the default reading of a name listed in
``data/actors/ambiguous.yaml`` ("Congo" -> COD, "Korea" -> KOR), flagged ``ambiguous``, so that a
caller that ignores context still gets one actor.  ``choose`` scores every reading: 2 when one of
its supporting states is among ``countries`` (the countries of the article's unambiguous
mentions), plus 1 per cue word found in ``words`` (the article's words); the best score wins, a
tie keeps the default.  Surnames are not readings: every person with the surname is an entry,
and the caller picks the person already named in the article, else the only one in office.

Precedence: later layers override earlier ones — packaged data, then PETRARCH dictionaries, then
the user's files.  An entry whose ``key`` an upper layer redefines is dropped with all its names;
a phrase an upper layer defines hides every lower-layer entry for that exact phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from eventwire.actors.names import fold, name_keys, word_keys

__all__ = [
    "Entry",
    "KnowledgeBase",
    "Reading",
    "Role",
    "build_index",
    "default_kb",
    "merge_layers",
    "normalise_date",
]

_END = ""  # trie key holding the entries of a complete phrase; no word key is ever empty
_PREFILTER_WORD = re.compile(r"[^\W_]+")
_CONTEXT_WORD = re.compile(r"[\w'’.\-]+")
_THE_FORMS = frozenset({"name", "short", "former", "acronym", "metonym", "alias"})


@dataclass(frozen=True, slots=True)
class Role:
    """An office held between two dates (``start`` inclusive, ``end`` exclusive, None = open)."""

    country: str | None
    sector: str | None
    title: str
    start: str | None
    end: str | None
    code: str | None = None

    def holds_on(self, day: str) -> bool:
        """Whether the role was held on ``day`` (ISO ``YYYY-MM-DD``)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One way of naming one actor: the actor's fields plus the name form that matched."""

    kind: str
    key: str
    name: str
    form: str
    country: str | None
    sector: str | None
    code: str | None
    entity: str | None
    roles: tuple[Role, ...] = ()
    ambiguous: bool = False
    case: str | None = None
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Reading:
    """One reading of an ambiguous name and the context that supports it.

    ``countries``: states whose mention elsewhere in the article supports the reading; ``cues``:
    words or phrases (as space-joined word keys) whose presence supports it.
    """

    entry: Entry
    countries: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    note: str = ""


Readings = dict[tuple[str, ...], tuple[Reading, ...]]


def normalise_date(date: str | None) -> str | None:
    """An ISO day for role lookups: "2022-08" -> "2022-08-15", "2022" -> "2022-07-01".

    A month or year stands for its middle: the holder for most of that period is the best guess.
    """
    if date is None:
        return None
    date = date.strip()
    if len(date) == 8 and date.isdigit():
        return f"{date[:4]}-{date[4:6]}-{date[6:]}"
    if len(date) == 4:
        return f"{date}-07-01"
    if len(date) == 7:
        return f"{date}-15"
    return date[:10]


def _case_ok(case: str | None, words: Sequence[str]) -> bool:
    if case is None:
        return True
    if words and len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    text = "".join(words)
    if case == "upper":  # "NGOs", "MPs": a plural s may be small
        return (text[:-1] if len(text) > 2 and text.endswith("s") else text).isupper()
    if case == "mixed":  # "JeM", "AfD", "LeT" -- but not "Let" at the start of a sentence
        return sum(c.isupper() for c in text) >= 2
    if case == "particle":  # "dos Santos" or "Dos Santos", never "dos santos"
        return bool(words) and words[-1][:1].isupper()
    return bool(text) and not text[0].islower()


class KnowledgeBase:
    """An immutable index from word-key sequences to entries; build it with ``load``."""

    __slots__ = ("_first", "_max_len", "_phrases", "_readings", "_trie", "_typos", "warnings")

    def __init__(
        self,
        phrases: dict[tuple[str, ...], tuple[Entry, ...]],
        warnings: Sequence[str] = (),
        _index: tuple[dict, frozenset[str], int] | None = None,
        readings: Readings | None = None,
    ) -> None:
        self._phrases = phrases
        self.warnings: tuple[str, ...] = tuple(warnings)
        self._trie, self._first, self._max_len = _index or build_index(phrases)
        self._readings: Readings = readings or {}
        self._typos: dict[str, frozenset[str]] | None = None  # built on first use

    # -- building ---------------------------------------------------------------------------

    @classmethod
    def load(
        cls,
        actor_files: Iterable[str | Path] = (),
        petrarch_actors: Iterable[str | Path] = (),
        petrarch_agents: Iterable[str | Path] = (),
        *,
        builtin: bool = True,
        petrarch_strict: bool = False,
        cache: bool = True,
    ) -> KnowledgeBase:
        """Load the packaged data (unless ``builtin=False``) and the given files, in layers.

        ``actor_files`` are YAML or CSV files in eventwire's own format (docs/actors.md);
        ``petrarch_actors`` / ``petrarch_agents`` are dictionaries in PETRARCH's format.
        Malformed files raise :class:`eventwire.errors.DataFileError` naming the file and line.
        PETRARCH dictionaries users already own often hold a few typos: unless
        ``petrarch_strict`` is set, a line eventwire cannot read is skipped and reported in
        ``kb.warnings`` (file, line, reason) instead.  The packaged data is indexed once and
        kept in a cache file keyed by its content (see ``builtin.builtin_index``); ``cache=False``
        reads the data files every time.
        """
        from eventwire.actors import builtin as builtin_data

        layers: list[list[tuple[str, Entry]]] = []
        warnings: list[str] = []
        petrarch_actors, petrarch_agents = list(petrarch_actors), list(petrarch_agents)
        if petrarch_actors or petrarch_agents:
            from eventwire.actors import petrarch

            pet_layer: list[tuple[str, Entry]] = []
            pet_warnings = None if petrarch_strict else warnings
            for path in petrarch_actors:
                pet_layer.extend(petrarch.read_actors(path, pet_warnings))
            for path in petrarch_agents:
                pet_layer.extend(petrarch.read_agents(path, pet_warnings))
            layers.append(pet_layer)
        actor_files = list(actor_files)
        if actor_files:
            from eventwire.actors import userfile

            layers.extend(userfile.read_actor_file(path) for path in actor_files)
        if not builtin:
            return cls(merge_layers({}, layers), warnings)
        phrases, index, readings = builtin_data.builtin_index(cache=cache)
        if not layers:
            return cls(phrases, warnings, index, readings)
        merged = merge_layers(phrases, layers)
        # a reading stays only while its phrase still means what the packaged data says
        kept = {
            keys: reads
            for keys, reads in readings.items()
            if any(e.key == reads[0].entry.key for e in merged.get(keys, ()))
        }
        return cls(merged, warnings, readings=kept)

    # -- querying ---------------------------------------------------------------------------

    def match(self, words: Sequence[str], start: int) -> tuple[int, tuple[Entry, ...]] | None:
        """The longest known phrase starting at ``words[start]``: ``(end, entries)`` or None."""
        node = self._trie
        best: tuple[int, tuple[Entry, ...]] | None = None
        i, n = start, len(words)
        while i < n:
            keys = word_keys(words[i])
            if not keys:  # a lone hyphen between name parts ("Jong - un")
                if i == start:
                    return None
                i += 1
                continue
            for key in keys:
                node = node.get(key)
                if node is None:
                    return best
            i += 1
            entries = node.get(_END)
            if entries:
                fitting = tuple(e for e in entries if _case_ok(e.case, words[start:i]))
                if fitting:
                    best = (i, fitting)
        return best

    def misspelt(self, word: str) -> tuple[Entry, ...]:
        """The country a capitalised word names with one typo ("Ethiopa", "Somaliaa").

        Scraped and translated copy misspells names; a one-letter slip in a long country
        name or adjective is still that country.  Only single-word state names of six or more
        letters take part (short ones are too close to each other: Iran/Iraq), and only when
        the names one edit away are all one country's.  () when none is.
        """
        keys = word_keys(word)
        if len(keys) != 1 or len(keys[0]) < TYPO_MIN_LEN or not word[:1].isupper():
            return ()
        key = keys[0]
        if (key,) in self._phrases:
            return ()
        if self._typos is None:
            self._typos = _typo_index(self._phrases)
        near = set(self._typos.get(key, ()))
        for i in range(len(key)):
            near |= self._typos.get(key[:i] + key[i + 1:], frozenset())
        # (not capitals: a word one letter from "Asmara" is as likely a people, "Aymara")
        entries = [e for n in sorted(near) if _one_edit(key, n)
                   for e in self._phrases[(n,)] if e.kind == "state" and e.form != "capital"]
        if len({e.country for e in entries}) != 1:
            return ()  # none, or two countries ("Dambia": Gambia or Zambia)
        return tuple(entries[:1])

    def misspelt_person(self, words: Sequence[str], titled: bool = False) -> tuple[Entry, ...]:
        """The person a name with a one-letter slip in the surname means ("Francois
        Thatcer").  The given names, when written, must be the person's; a surname alone
        needs a title before it (``titled``: "Prime Minister Thatcer").  Surnames of seven or
        more letters only, and only when one person fits.  () when none does."""
        if not words:
            return ()
        keys = word_keys(words[-1])
        if len(keys) != 1 or len(keys[0]) < PERSON_TYPO_MIN_LEN or not words[-1][:1].isupper():
            return ()
        key = keys[0]
        if self._typos is None:
            self._typos = _typo_index(self._phrases)
        near = set(self._typos.get("@" + key, ()))
        for i in range(len(key)):
            near |= self._typos.get("@" + key[:i] + key[i + 1:], frozenset())
        given = tuple(k for w in words[:-1] for k in word_keys(w))
        fits: dict[str, Entry] = {}
        for name in near:
            if not _one_edit(key, name):
                continue
            for e in self._phrases[(name,)]:
                if e.kind != "person":
                    continue
                full = name_keys(e.name)
                if given and full[:len(given)] != given:
                    continue
                if not given and not titled:
                    continue
                fits[e.key] = replace(e, form="name", ambiguous=False)
        return tuple(fits.values()) if len(fits) == 1 else ()

    def lookup(self, phrase: str) -> tuple[Entry, ...]:
        """All entries for one exact phrase (case and spelling folded as in ``match``)."""
        return self._phrases.get(name_keys(phrase), ())

    def role_at(self, entry: Entry, date: str | None) -> Role | None:
        """The role ``entry`` held on ``date``; None when it held none (or has no roles).

        With ``date=None`` the current holders count: roles without an end date.  When several
        roles overlap, the first listed in the data wins (data files list the senior office
        first).
        """
        if not entry.roles:
            return None
        day = normalise_date(date)
        for role in entry.roles:
            if day is None:
                if role.end is None:
                    return role
            elif role.holds_on(day):
                return role
        return None

    def readings(self, phrase: str | Sequence[str]) -> tuple[Reading, ...]:
        """Every reading of an ambiguous name, the default first; () for an unambiguous one.

        ``phrase`` is a name ("the Congo") or the words ``match`` matched (["the", "Congo"]).
        """
        return self._readings.get(_bare(_phrase_keys(phrase)), ())

    def choose(
        self,
        phrase: str | Sequence[str],
        entries: Sequence[Entry] | None = None,
        countries: Iterable[str] = (),
        words: str | Iterable[str] = (),
    ) -> tuple[Entry, ...]:
        """The entries of ``phrase`` with the reading the context supports in front.

        ``entries`` are what ``match`` returned for the phrase (default: ``lookup``);
        ``countries`` the country codes of the article's other, unambiguous mentions;
        ``words`` the article's text or words.  Each reading scores 2 when one of its supporting
        states is in ``countries``, plus 1 for each of its cues found in ``words``; the highest
        score wins and a tie keeps the default.  A name without readings comes back unchanged.
        """
        keys = _phrase_keys(phrase)
        found = tuple(self._phrases.get(keys, ()) if entries is None else entries)
        reads = self._readings.get(_bare(keys), ())
        if len(reads) < 2:
            return found
        best = _best_reading(reads, countries, words)
        if best == 0:
            return found
        default_key = reads[0].entry.key
        chosen = reads[best].entry
        return (chosen, *(e for e in found if e.key not in (default_key, chosen.key)))

    def may_mention_actor(self, text: str) -> bool:
        """False only when no word of ``text`` can start an actor name or role noun."""
        folded = fold(text).replace(".", "")
        return not self._first.isdisjoint(_PREFILTER_WORD.findall(folded))

    def stats(self) -> dict[str, int]:
        """Counts of actors by kind, of their dated offices, and of the phrases that reach them.

        ``people_in_office``: people holding an office with no end date (the data's cut-off);
        ``countries_with_people``: states at least one listed person belongs to;
        ``dated_organisations``: organisations whose code changed on a date (the Taliban);
        ``ambiguous_phrases``: phrases with an entry flagged ambiguous (surnames included);
        ``phrases_with_readings``: ambiguous names whose readings ``choose`` decides between;
        ``form_<form>``: entries per name form.
        """
        keys: dict[str, set[str]] = {"state": set(), "person": set(), "org": set(), "role": set()}
        forms: dict[str, int] = {}
        entries = ambiguous = 0
        for phrase_entries in self._phrases.values():
            ambiguous += any(e.ambiguous for e in phrase_entries)
            for e in phrase_entries:
                keys.setdefault(e.kind, set()).add(e.key)
                forms[e.form] = forms.get(e.form, 0) + 1
                entries += 1
        people = [e for e in self._iter_actors() if e.kind == "person"]
        result = {
            "states": len(keys["state"]),
            "people": len(keys["person"]),
            "organisations": len(keys["org"]),
            "role_nouns": len(keys["role"]),
            "name_forms": len(self._phrases),
            "entries": entries,
            "dated_roles": sum(len(e.roles) for e in people),
            "people_in_office": sum(1 for e in people if self.role_at(e, None) is not None),
            "countries_with_people": len({e.country for e in people if e.country}),
            "dated_organisations": sum(
                1 for e in self._iter_actors() if e.kind == "org" and e.roles
            ),
            "ambiguous_phrases": ambiguous,
            "phrases_with_readings": len(self._readings),
        }
        result.update({f"form_{form}": count for form, count in sorted(forms.items())})
        return result

    def explain(self, phrase: str, date: str | None = None) -> str:
        """A readable account of how ``phrase`` resolves (on ``date``) and why."""
        from eventwire.actors.explain import explain

        return explain(self, phrase, date)

    def actors(self) -> tuple[Entry, ...]:
        """One entry per actor (its first-listed name form), for listings and checks."""
        return tuple(self._iter_actors())

    def _iter_actors(self) -> Iterable[Entry]:
        seen: set[str] = set()
        for phrase_entries in self._phrases.values():
            for e in phrase_entries:
                if e.key not in seen:
                    seen.add(e.key)
                    yield e

    def __len__(self) -> int:
        return len(self._phrases)

    def __repr__(self) -> str:
        return f"<KnowledgeBase {len(self._phrases)} phrases>"


def merge_layers(
    base: dict[tuple[str, ...], tuple[Entry, ...]],
    layers: Sequence[Sequence[tuple[str, Entry]]],
) -> dict[tuple[str, ...], tuple[Entry, ...]]:
    """Index every layer's (phrase, entry) pairs over ``base``; upper layers override lower ones.

    An entry whose key an upper layer redefines is dropped with all its phrases; a phrase an upper
    layer defines replaces every lower reading of that phrase.
    """
    index: dict[tuple[str, ...], list[Entry]] = {k: list(v) for k, v in base.items()}
    for layer in layers:
        redefined = {entry.key for _, entry in layer}
        if index and redefined:
            for keys in list(index):
                kept = [e for e in index[keys] if e.key not in redefined]
                if kept:
                    index[keys] = kept
                else:
                    del index[keys]
        fresh: dict[tuple[str, ...], list[Entry]] = {}
        derived: list[tuple[tuple[str, ...], Entry]] = []
        for phrase, entry in layer:
            keys = name_keys(phrase)
            if not keys:
                continue
            if phrase.startswith("the ") and len(keys) > 1:
                # "the Kremlin": "the" is optional; "The Hague", "the bloc": it is not
                if phrase[4:5].isupper():
                    if entry.case is None:
                        entry = replace(entry, case="title")
                    derived.append((keys[1:], entry))
            elif keys[0] != "the" and entry.form in _THE_FORMS and entry.kind in ("state", "org"):
                derived.append((("the", *keys), entry))
            _add(fresh, keys, entry)
        # "the Kremlin" -> "Kremlin" and "United Nations" -> "the United Nations" come after
        # the phrases as written, so a written form keeps its own reading
        for keys, entry in derived:
            _add(fresh, keys, entry)
        index.update(fresh)
    return {keys: tuple(entries) for keys, entries in index.items()}


def build_index(
    phrases: dict[tuple[str, ...], tuple[Entry, ...]],
) -> tuple[dict, frozenset[str], int]:
    """The trie ``match`` walks, the first words ``may_mention_actor`` looks for, the longest
    phrase length."""
    trie: dict = {}
    first: set[str] = set()
    for keys, entries in phrases.items():
        node = trie
        for key in keys:
            node = node.setdefault(key, {})
        node[_END] = entries
        lead = keys[1] if keys[0] == "the" and len(keys) > 1 else keys[0]
        first.update(_PREFILTER_WORD.findall(lead)[:1] or [lead])
    return trie, frozenset(first), max((len(k) for k in phrases), default=0)


TYPO_MIN_LEN = 6
PERSON_TYPO_MIN_LEN = 7


def _typo_index(phrases: dict[tuple[str, ...], tuple[Entry, ...]]) -> dict[str, frozenset[str]]:
    """Single-word state names and surnames, and each of their one-letter deletions -> the
    names (a symmetric-deletion index: two words one edit apart share a key).  Surname keys
    carry a leading "@"."""
    index: dict[str, set[str]] = {}
    for keys, entries in phrases.items():
        if len(keys) != 1 or len(keys[0]) < TYPO_MIN_LEN or not keys[0].isalpha():
            continue
        key = keys[0]
        if all(e.kind == "state" and not e.ambiguous for e in entries):
            prefix = ""
        elif len(key) >= PERSON_TYPO_MIN_LEN and any(
                e.kind == "person" and e.form == "surname" for e in entries):
            prefix = "@"  # surnames live apart from country names
        else:
            continue
        for variant in {key, *(key[:i] + key[i + 1:] for i in range(len(key)))}:
            index.setdefault(prefix + variant, set()).add(key)
    return {k: frozenset(v) for k, v in index.items()}


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion, substitution or swap of
    neighbours apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


def _phrase_keys(phrase: str | Sequence[str]) -> tuple[str, ...]:
    if isinstance(phrase, str):
        return name_keys(phrase)
    return tuple(k for word in phrase for k in word_keys(word))


def _bare(keys: tuple[str, ...]) -> tuple[str, ...]:
    """Readings are kept without a leading "the" ("the Congo" reads as "Congo")."""
    return keys[1:] if len(keys) > 1 and keys[0] == "the" else keys


def _best_reading(
    reads: Sequence[Reading], countries: Iterable[str], words: str | Iterable[str]
) -> int:
    """The index of the reading the context supports best (0, the default, on a tie)."""
    mentioned = set(countries)
    tokens = _CONTEXT_WORD.findall(words) if isinstance(words, str) else words
    text = " " + " ".join(k for word in tokens for k in word_keys(word)) + " "
    scores = [
        2 * bool(mentioned.intersection(r.countries)) + sum(f" {cue} " in text for cue in r.cues)
        for r in reads
    ]
    return max(range(len(reads)), key=lambda i: (scores[i], -i))


def _add(index: dict[tuple[str, ...], list[Entry]], keys: tuple[str, ...], entry: Entry) -> None:
    bucket = index.setdefault(keys, [])
    if all(e.key != entry.key for e in bucket):  # one reading per actor and phrase
        bucket.append(entry)


@lru_cache(maxsize=1)
def _independence() -> dict[str, tuple[str, str]]:
    from eventwire.actors.builtin import DATA_DIR
    from eventwire.errors import DataFileError

    out = {}
    path = DATA_DIR / "independence.tsv"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith(("#", "code\t")):
            continue
        cells = line.split("\t")
        if len(cells) != 3 or not re.fullmatch(r"\d{4}-\d\d-\d\d", cells[2]):
            raise DataFileError(path, "expected code, parent code and YYYY-MM-DD", n)
        out[cells[0]] = (cells[1], cells[2])
    return out


def sovereign_on(country: str | None, date: str | None) -> str | None:
    """The state a territory belonged to on ``date``: "SSD" before 2011-07-09 is "SDN"."""
    if not country or not date:
        return country
    parent = _independence().get(country)
    return parent[0] if parent is not None and date[:10] < parent[1] else country


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The knowledge base of the packaged data, loaded once per process."""
    return KnowledgeBase.load()
