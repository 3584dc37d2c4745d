"""Time expressions -> date + precision, and which expression dates an event.

Rules (the why behind them):

* **Precision follows the text.**  "in July" names a month, so the event date is ``2022-07``
  with precision ``month`` -- never ``2022-07-15``.  A coder that fills in a day the text does
  not give makes a July event look like a mid-July event and breaks any day-level count or
  join (a documented failure of older event data).  The same for years: "in 2019" is ``2019``.
  dateparser fills missing parts with defaults, so precision is decided here from the words,
  never from its output.
* **The past is preferred.**  News reports what has happened: "in September" in an article of
  2022-08-15 is September 2021, "on Tuesday" is the most recent Tuesday on or before the
  publication date (the wire convention), "last Tuesday" the one strictly before it.  Only a
  marked future turns this round: "next Tuesday", "next month", or a clause in the future
  ("will meet in September", "talks scheduled for September") -> the next such date.
* **Weeks are not a precision.**  "this week", "last week", "two weeks ago" name a 7-day window;
  it becomes the month when the whole window lies inside one month, else the year when inside
  one year, else nothing.  No day is ever picked from inside the window.
* **Durations are not dates.**  "for months", "three years", "24 hours", ages, times of day and
  decades ("the 1990s") give no expression.  Vague counts ("a few days ago") give none either.
  "a decade ago" is a year (publication year - 10).
* **No publication date:** relative expressions ("on Tuesday", "in July", "last year") cannot be
  resolved and are skipped; absolute ones ("in 2019", "July 15, 2019") still work.

Expressions come from a small set of regular expressions over the sentence text (fast, exact
about what the text says), then spaCy's DATE entities that none of them matched are tried with
dateparser (numeric forms such as "15/08/2022"), whose precision is capped by the words present.

Which expression dates an event (:func:`date_for_event`): the nearest one in the trigger's own
clause, then walking up its ancestors, nearest first.  A reporting verb lends its date to the
clause it introduces ("declared in July that it recognizes ..."); a subordinate adverbial clause
("after Russia invaded ...") keeps its own time and does not borrow the main clause's; a relative
clause borrows only from a head that is itself a date ("since February, when ... began").
Otherwise the publication date, precision ``day``, basis ``publication``.

Token indices in :class:`TimeExpression` are **doc-absolute** (``doc[start:end]`` is the
expression), so expressions can be cached per sentence and compared with any token's ``i``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is only needed for the types here
    from spacy.tokens import Span, Token

__all__ = [
    "PRECISIONS",
    "TimeExpression",
    "date_for_event",
    "find_time_expressions",
    "normalise_date",
]

PRECISIONS = ("day", "month", "year")
_DATE_LENGTH = {"day": 10, "month": 7, "year": 4}


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A resolved time expression: ``doc[start:end]`` (doc-absolute token indices, end exclusive).

    ``date`` is truncated to ``precision``: ``'2022-08-15'`` (day), ``'2022-07'`` (month),
    ``'2019'`` (year).
    """

    start: int
    end: int
    text: str
    date: str
    precision: str


# --------------------------------------------------------------------------- publication date

_ISO_DAY = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?\s*$")


def normalise_date(value: str | None) -> str | None:
    """'YYYY-MM-DD', 'YYYYMMDD' or ISO 8601 with a time -> 'YYYY-MM-DD'; None for anything else."""
    if not value or not isinstance(value, str):
        return None
    match = _ISO_DAY.match(value)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:  # 2022-02-30 and the like
        return None


def _pub_date(published: str | None) -> dt.date | None:
    iso = normalise_date(published)
    return dt.date.fromisoformat(iso) if iso else None


# --------------------------------------------------------------------------- vocabulary

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            (),
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ]
    )
    for name in names
}
_WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}  # Monday = 0
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# Month names are matched case-sensitively: "May"/"March" are also a verb, a noun and a surname.
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH_ANY = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_OF_MONTH = r"(?i:early|mid|late|the\s+(?:end|start|beginning|middle)\s+of)"
_NUMBER = r"(?i:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# Words that make a bare month or year a date rather than a name or a quantity.
_CUES = frozenset(
    "in since by until till from during through throughout before after of on between and to "
    "around early late mid last next this end beginning start middle as".split()
)
# Entities whose words may look like dates but name something (years inside EVENT entities,
# "the 2014 Winter Olympics", still date it, so EVENT is not here).
_NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "LAW", "FAC", "GPE"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# Verbs whose complement or own prepositional phrase points forward ("scheduled for September").
_FUTURE_VERBS = frozenset(
    "plan schedule expect intend due set agree hope aim prepare promise pledge vow threaten "
    "propose".split()
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx))
    for name, rx in (
        ("iso", rf"\b(?P<y>{_YEAR})[-/](?P<m>1[0-2]|0?[1-9])[-/](?P<d>3[01]|[12]\d|0?[1-9])\b"),
        (
            "mdy",
            rf"\b(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH_ANY})\s+(?P<d>{_DAY})\b(?![:,.]\d)"
            rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
        ),
        (
            "dmy",
            rf"\b(?:{_WEEKDAY},?\s+)?(?:(?i:the)\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MONTH_ANY})"
            rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
        ),
        (
            "month_year",
            rf"\b(?:{_PART_OF_MONTH}[\s-]+)?(?P<m>{_MONTH_ANY}),?\s+(?:of\s+)?(?P<y>{_YEAR})\b",
        ),
        (
            "month",
            rf"\b(?:(?P<rel>(?i:last|next|this))\s+|{_PART_OF_MONTH}[\s-]+)?(?P<m>{_MONTH_FULL})\b",
        ),
        (
            "year",
            rf"\b(?:(?i:early|mid|late)[\s-]+)?(?<![/.\d])(?<!\d-)(?P<y>{_YEAR})\b"
            r"(?![-–/]\d|\s*%|-year|,\d|\.\d)",
        ),
        (
            "weekday",
            rf"\b(?:(?P<rel>(?i:last|next|this|on))\s+)?(?P<wd>{_WEEKDAY})"
            r"(?:'s)?(?:\s+(?i:morning|afternoon|evening|night))?\b",
        ),
        (
            "dayword",
            r"(?i)\b(?P<w>the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night"
            r"|this\s+(?:morning|afternoon|evening)|earlier\s+today|earlier\s+in\s+the\s+day)\b",
        ),
        (
            "ago",
            rf"\b(?P<n>{_NUMBER})\s+(?P<unit>(?i:day|week|month|year|decade))s?\s+(?i:ago)\b",
        ),
        (
            "relunit",
            r"(?i)\b(?P<rel>(?:(?:early|earlier|late|later)\s+)?(?:last|this|next))"
            r"\s+(?P<unit>week|month|year)\b",
        ),
    )
)
# One cheap scan decides whether a sentence can hold a date at all (most cannot).
_ANY_DATE_WORD = re.compile(
    rf"\d|{_MONTH_ANY}|{_WEEKDAY}|(?i:yesterday|today|tonight|ago\b|last|this|next)"
)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b")
_HAS_MONTH = re.compile(rf"\b{_MONTH_ANY}(?!\w)")
_HAS_YEAR = re.compile(rf"\b{_YEAR}\b")
_HAS_DAY_NUMBER = re.compile(r"\b(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b")


# --------------------------------------------------------------------------- calendar helpers


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _year(year: int) -> tuple[str, str]:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise OverflowError(year)  # same failure as date arithmetic past year 9999
    return f"{year:04d}", "year"


def _day(d: dt.date) -> tuple[str, str]:
    return d.isoformat(), "day"


def _month(year: int, month: int) -> tuple[str, str]:
    _year(year)
    return f"{year:04d}-{month:02d}", "month"


def _window(first: dt.date, last: dt.date) -> tuple[str, str] | None:
    """A span of days as the finest unit that contains all of it, never a day inside it."""
    if (first.year, first.month) == (last.year, last.month):
        return _month(first.year, first.month)
    if first.year == last.year:
        return _year(first.year)
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, pub: dt.date, future: bool) -> dt.date | None:
    """'July 15' without a year: the nearest one not after (or, in the future, not before) pub."""
    for year in (pub.year, pub.year + 1) if future else (pub.year, pub.year - 1):
        candidate = _safe_date(year, month, day)
        if candidate and ((candidate >= pub) if future else (candidate <= pub)):
            return candidate
    return None


def _bare_month(month: int, rel: str, pub: dt.date, future: bool) -> tuple[int, int]:
    rel = rel.lower()
    if rel == "this":
        return pub.year, month
    if rel == "last":  # strictly before the current month
        return (pub.year, month) if month < pub.month else (pub.year - 1, month)
    if rel == "next" or future:
        strict = rel == "next"
        ahead = month > pub.month or (month == pub.month and not strict)
        return (pub.year, month) if ahead else (pub.year + 1, month)
    return (pub.year, month) if month <= pub.month else (pub.year - 1, month)


# --------------------------------------------------------------------------- resolution


def _resolve(
    kind: str, m: re.Match[str], pub: dt.date | None, future: bool
) -> tuple[str, str] | None:
    """One regex match -> (date, precision), or None when it cannot be resolved."""
    g = m.groupdict()
    if kind == "iso":
        d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return _day(d) if d else None
    if kind in ("mdy", "dmy"):
        month = _MONTHS[g["m"].rstrip(".")]
        day = int(re.sub(r"\D", "", g["d"]))
        if g["y"]:
            d = _safe_date(int(g["y"]), month, day)
        elif pub:
            d = _month_day(month, day, pub, future)
        else:
            return None
        return _day(d) if d else None
    if kind == "month_year":
        return _month(int(g["y"]), _MONTHS[g["m"].rstrip(".")])
    if kind == "month":
        if pub is None:
            return None
        return _month(*_bare_month(_MONTHS[g["m"]], g["rel"] or "", pub, future))
    if kind == "year":
        return g["y"], "year"
    if pub is None:
        return None  # everything below is relative to the publication date
    if kind == "weekday":
        return _day(_weekday(_WEEKDAYS[g["wd"]], (g["rel"] or "").lower(), pub, future))
    if kind == "dayword":
        word = " ".join(g["w"].lower().split())
        back = (
            2
            if word.startswith("the day before")
            else 1
            if word in ("yesterday", "last night")
            else 0
        )
        return _day(pub - dt.timedelta(days=back))
    if kind == "ago":
        word = g["n"].lower()
        n = int(word) if word.isdigit() else _NUMBERS.get(word, 0)
        return _units_from(g["unit"].lower(), -n, pub) if n else None
    if kind == "relunit":
        rel = g["rel"].lower().split()[-1]
        return _units_from(
            g["unit"].lower(), {"last": -1, "this": 0, "next": 1}[rel], pub, calendar_unit=True
        )
    return None


def _weekday(weekday: int, rel: str, pub: dt.date, future: bool) -> dt.date:
    back = (pub.weekday() - weekday) % 7
    if rel == "next" or (future and rel != "last"):
        ahead = (weekday - pub.weekday()) % 7
        return pub + dt.timedelta(days=ahead or 7)
    if rel == "last" and back == 0:
        back = 7
    return pub - dt.timedelta(days=back)


def _units_from(
    unit: str, n: int, pub: dt.date, calendar_unit: bool = False
) -> tuple[str, str] | None:
    """n units before (negative) or after pub; calendar_unit: "last week" is the calendar week."""
    if unit == "day":
        return _day(pub + dt.timedelta(days=n))
    if unit == "week":
        if calendar_unit:
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=n)
            return _window(monday, monday + dt.timedelta(days=6))
        centre = pub + dt.timedelta(weeks=n)
        return _window(centre - dt.timedelta(days=3), centre + dt.timedelta(days=3))
    if unit == "month":
        return _month(*_shift_month(pub.year, pub.month, n))
    if unit == "year":
        return _year(pub.year + n)
    if unit == "decade":
        return _year(pub.year + 10 * n)
    return None


# --------------------------------------------------------------------------- finding expressions


def _is_future(token: Token) -> bool:
    """Is the clause that governs this token about the future (will / shall / scheduled for)?"""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in node.children):
                return True
            if node.lemma_.lower() in _FUTURE_VERBS:
                return True
            if node.dep_ == "xcomp" and node.head.lemma_.lower() in _FUTURE_VERBS:
                return True
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _previous_word(text: str, start: int) -> str:
    words = text[:start].split()
    return words[-1].lower().strip(",(") if words else ""


def find_time_expressions(sent: Span, published: str | None) -> list[TimeExpression]:
    """Every time expression in ``sent`` resolved against the publication date, in text order.

    Token indices are doc-absolute.  Relative expressions are skipped when ``published`` is
    unknown.  Durations, ages, times of day and decades give nothing.
    """
    pub = _pub_date(published)
    doc = sent.doc
    text = doc.text[sent.start_char : sent.end_char]  # cheaper than Span.text
    base = sent.start_char
    date_tokens = {i for e in sent.ents if e.label_ == "DATE" for i in range(e.start, e.end)}

    if not _ANY_DATE_WORD.search(text):
        return []
    matches: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            matches.append((m.start(), m.end(), kind, m))
    # Longest match first at each position, then drop anything overlapping a kept match.
    matches.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, str, re.Match[str]]] = []
    for item in matches:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)

    found: list[TimeExpression] = []
    for start, end, kind, m in kept:
        span = doc.char_span(base + start, base + end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if any(t.ent_type_ in _NAME_LABELS for t in span):
            continue  # "the Sunday Times", "the July 26 Movement": a name, not a date
        if span[0].lower_ in ("on", "the") and len(span) > 1:
            span = doc[span.start + 1 : span.end]  # the preposition is not part of the date
        if kind in ("month", "year") and not _cued(kind, m, text, span, date_tokens):
            continue
        if kind == "relunit" and _previous_word(text, start) in ("the", "past", "over", "for"):
            continue  # "over the last year": a duration
        try:
            resolved = _resolve(kind, m, pub, _is_future(span.root))
        except OverflowError:  # a publication date near year 1 or 9999
            resolved = None
        if resolved:
            found.append(TimeExpression(span.start, span.end, span.text, *resolved))

    covered = {i for e in found for i in range(e.start, e.end)}
    for ent in sent.ents:
        if ent.label_ != "DATE" or any(t.i in covered for t in ent):
            continue
        resolved = _dateparser_fallback(ent.text, pub.isoformat() if pub else None)
        if resolved:
            found.append(TimeExpression(ent.start, ent.end, ent.text, *resolved))
    found.sort(key=lambda e: e.start)
    return found


def _cued(kind: str, m: re.Match[str], text: str, span: Span, date_tokens: set[int]) -> bool:
    """A bare month or year is a date only after a temporal word or inside a DATE entity."""
    if kind == "year" and span.root.dep_ == "nummod" and span.root.head.tag_ == "NNS":
        # "the 2019 elections" names a year; "2019 protesters" (no determiner) counts people.
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is None or before.dep_ not in ("det", "poss", "case"):
            return False
    if kind == "month" and m["rel"]:
        return True
    if re.match(r"(?i)(?:early|mid|late|the)\b", m.group(0)):
        return True  # "early March", "mid-2019", "the end of July"
    if _previous_word(text, m.start()) in _CUES:
        return True
    return any(t.i in date_tokens for t in span)


@lru_cache(maxsize=4096)
def _dateparser_fallback(text: str, published: str | None) -> tuple[str, str] | None:
    """A DATE entity none of the patterns understood, tried with dateparser (cached).

    Called only on entities that look like a calendar date (a month name or a numeric date);
    the precision is the coarser of dateparser's period and what the words actually give.
    """
    numeric = bool(_NUMERIC_DATE.search(text))
    has_month = numeric or bool(_HAS_MONTH.search(text))
    has_year = numeric or bool(_HAS_YEAR.search(text))
    if not has_month:
        return None  # years, weekdays and relative words are the patterns' job; the rest is noise
    if published is None and not has_year:
        return None
    from dateparser.date import DateDataParser  # imported here: it costs ~0.25 s on first use

    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published)
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None or data.period not in PRECISIONS:
        return None
    has_day = numeric or bool(_HAS_DAY_NUMBER.search(_HAS_YEAR.sub(" ", text)))
    precision = data.period
    if precision == "day" and not has_day:
        precision = "month"
    d = data.date_obj.date()
    return d.isoformat()[: _DATE_LENGTH[precision]], precision


# ------------------------------------------------------------------ which date an event has

# Children that start another clause with its own time; the search does not descend into them.
_CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "parataxis", "csubj", "csubjpass", "pcomp"}
)


def _is_clause_child(child: Token, from_trigger_noun: bool) -> bool:
    if child.dep_ in ("relcl", "acl"):
        # A noun trigger's own relative clause dates it ("the invasion that began in February").
        if from_trigger_noun:
            return False
        if child.dep_ == "acl":
            return any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        return True
    if child.dep_ == "conj":
        return child.pos_ in ("VERB", "AUX")
    return child.dep_ in _CLAUSE_DEPS


def _nearest_in_clause(
    node: Token, trigger: Token, by_token: dict[int, TimeExpression], skip: Token | None
) -> TimeExpression | None:
    """Breadth-first search of node's clause (not entering other clauses): nearest expression."""
    level: list[Token] = [node]
    seen = {node.i}
    if skip is not None:
        seen.add(skip.i)
    while level:
        hits = [t for t in level if t.i in by_token]
        if hits:
            return by_token[min(hits, key=lambda t: abs(t.i - trigger.i)).i]
        nxt: list[Token] = []
        for t in level:
            trigger_noun = t is trigger and t.pos_ in ("NOUN", "PROPN")
            for child in t.children:
                if child.i not in seen and not _is_clause_child(child, trigger_noun):
                    seen.add(child.i)
                    nxt.append(child)
        level = nxt
    return None


def _governing(trigger: Token, expressions: Iterable[TimeExpression]) -> TimeExpression | None:
    by_token: dict[int, TimeExpression] = {}
    for e in expressions:
        for i in range(e.start, e.end):
            by_token.setdefault(i, e)
    if not by_token:
        return None
    node, came_from = trigger, None
    for _ in range(64):  # a parse tree is never this deep; the bound guards a malformed one
        hit = _nearest_in_clause(node, trigger, by_token, came_from)
        if hit is not None:
            return hit
        if node.head.i == node.i or node.dep_ == "advcl":
            return None  # an adverbial clause ("after Russia invaded ...") has its own time
        if node.dep_ == "relcl" or (node.dep_ == "acl" and _is_clause_child(node, False)):
            # Leaving a relative clause: only a head that is itself a date lends its time.
            return by_token.get(node.head.i)
        came_from, node = node, node.head
    return None


def date_for_event(
    sent: Span, trigger: Token, expressions: list[TimeExpression], published: str | None
) -> tuple[str | None, str | None, str | None]:
    """(date, precision, basis) for the event whose trigger is ``trigger``.

    The time expression governing the trigger's clause wins (basis ``'text'``); otherwise the
    publication date (precision ``'day'``, basis ``'publication'``); with neither, all None.
    """
    in_sentence = [e for e in expressions if sent.start <= e.start and e.end <= sent.end]
    hit = _governing(trigger, in_sentence)
    if hit is not None:
        return hit.date, hit.precision, "text"
    pub = normalise_date(published)
    if pub:
        return pub, "day", "publication"
    return None, None, None
