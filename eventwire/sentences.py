"""Fast sentence boundaries in cleaned text, before any model runs.

The pipeline splits every document here, scans each sentence for actor names and sends only
the sentences that can hold an event to spaCy, so this must be cheap (regular expressions over
each line, linear in the text) and must not cut the sentences events live in.

Rules:

- Every line is at least its own sentence: the cleaner has already joined hard-wrapped lines,
  so a line break is a paragraph, heading or list-item boundary.
- A wire dateline at the start of a line ("SARAJEVO, Bosnia-Herzegovina (AP) —", "MOSCOW
  (Reuters) -", "KYIV, March 3 -") is a sentence of its own: a city in capitals followed by a
  country, a date or an agency in brackets, then a dash.
- Inside a line a sentence ends at ``.``, ``?`` or ``!`` (runs such as ``?!`` or ``...``
  included) plus any closing quotes or brackets (``said." Next``), when whitespace and an
  upper-case letter, a digit or an opening quote follow.
- A period after a title (``Mr.``, ``Gen.``, ``Sen.``) never ends a sentence.  After other
  abbreviations (``Inc.``, ``Aug.``, ``vs.``), initialisms (``U.S.``, ``a.m.``, ``e.g.``) and
  single initials (``J. R.``) it ends one only when a typical sentence opener follows
  ("... sanctions on the U.S. The move ..."), never before a name ("U.S. President", "George
  W. Bush") or a number ("Aug. 15", "No. 10").  Decimals (``3.5``) have no space and never split.
- A sentence longer than :data:`MAX_SENTENCE_CHARS` (a scraped list, a table flattened into
  one line) is cut at the last ``;``, else ``,``, else space before the limit.
- Offsets exclude surrounding whitespace; empty sentences are not returned.
"""

from __future__ import annotations

import re

__all__ = ["MAX_SENTENCE_CHARS", "split_sentences"]

#: No sentence returned is longer than this many characters.
MAX_SENTENCE_CHARS = 1000
# A long sentence is never cut into a piece shorter than this (unless nothing else is left).
_MIN_PIECE = 200

_LINE = re.compile(r"[^\n]+")
# Sentence-final punctuation, closing quotes/brackets, then (not consumed) what may start the
# next sentence.
# The lookbehind keeps the scan linear on long runs of dots ("......."): a match can only start
# at the first mark of a run, and the possessive quantifiers never backtrack into it.
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]++[\"')\]]*+(?=\s+[\"'(\[]*[A-Z0-9])")
_NEXT_WORD = re.compile(r"\s+[\"'(\[]*([A-Za-z0-9]+)")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")

# A period after these never ends a sentence: a name follows.
_TITLES = frozenset(
    "mr mrs ms messrs dr prof gen lt col maj capt cmdr adm brig sgt cpl pvt gov sen rep rev "
    "hon pres supt insp st mt ft amb atty".split()
)
# After these a sentence may end, but only if a typical opener follows.
_WEAK = frozenset(
    "inc ltd co corp plc llc bros jr sr esq etc vs al approx est dept univ assn no nos vol "
    "fig jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_OPENERS = frozenset(
    "the a an this that these those he she it they we i his her its their our there here "
    "but and however meanwhile in on at after before earlier later last when while since "
    "according officials some many most both also yet still so then now next".split()
)


# A wire dateline at the start of a line says where the story was filed: "SARAJEVO,
# Bosnia-Herzegovina (AP) —", "MOSCOW (Reuters) -", "KYIV, March 3 -". Parsed with the lead it
# hands the lead's subject to the city, so it is a sentence of its own. The city is written in
# capitals, and a country, a date or an agency must follow (a bare "NATO -" is no dateline).
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,3}"  # the city
    r"(?=(?:,| \()[^\n]{0,80}?(?:--|—|–| - ))"  # (cheap test: a dash follows soon)
    r"(?P<country>, [A-Z][A-Za-z'’.-]+(?:[ -][A-Z][A-Za-z'’.-]+){0,3})?"
    rf"(?P<date>,? {_MONTH} \d{{1,2}})?"
    r"(?P<agency> ?\([A-Z][A-Za-z&/.' -]{0,30}\))?"
    r" ?(?:--|—|–|-) ?(?=[\"'A-Z0-9])"
)


def _dateline_end(text: str, line_start: int, line_end: int) -> int | None:
    """Where a dateline at the start of the line ends, or None."""
    m = _DATELINE.match(text, line_start, line_end)
    if m is None or not (m.group("country") or m.group("date") or m.group("agency")):
        return None
    return m.end()


def _ends_sentence(text: str, match: re.Match[str], line_start: int) -> bool:
    """Whether the punctuation ``match`` ends a sentence (the abbreviation rules)."""
    if match.group().rstrip("\"')]") != ".":
        return True  # "?", "!", "..." or "?!" always end one
    # Abbreviations are short: look back at most 40 characters for the word.
    floor = max(line_start, match.start() - 40)
    word_start = text.rfind(" ", floor, match.start()) + 1 or floor
    word = text[word_start : match.start()].lstrip("\"'([")
    if not word:
        return True
    lower = word.lower()
    if lower in _TITLES:
        return False
    weak = lower in _WEAK or _INITIALISM.fullmatch(word) or (len(word) == 1 and word.isupper())
    if not weak:
        return True
    following = _NEXT_WORD.match(text, match.end())
    return following is not None and following.group(1).lower() in _OPENERS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append the trimmed sentence, cut into pieces when it is too long."""
    start, end = _trim(text, start, end)
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = -1
        for mark in (";", ",", " "):
            cut = text.rfind(mark, start + _MIN_PIECE, limit)
            if cut != -1:
                cut += 1
                break
        if cut == -1:
            cut = limit  # one unbroken run of characters: cut it anyway
        piece = _trim(text, start, cut)
        if piece[0] < piece[1]:
            spans.append(piece)
        start, end = _trim(text, cut, end)
    if start < end:
        spans.append((start, end))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` character offsets of the sentences of ``text``, in order.

    ``text[start:end]`` is one sentence without surrounding whitespace; spans never overlap
    and never exceed :data:`MAX_SENTENCE_CHARS`.  See the module docstring for the rules.
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        line_start, line_end = line.span()
        start = line_start
        dateline = _dateline_end(text, line_start, line_end)
        if dateline is not None and dateline < line_end:
            _add(text, line_start, dateline, spans)
            start = dateline
        for match in _BOUNDARY.finditer(text, start, line_end):
            if _ends_sentence(text, match, line_start):
                _add(text, start, match.end(), spans)
                start = match.end()
        _add(text, start, line_end, spans)
    return spans
