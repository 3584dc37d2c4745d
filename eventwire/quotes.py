"""Direct quotes in a sentence, for the coder (the ``quote`` of an event) and for actors (a
first-person pronoun inside a quote is its speaker).

Cleaning has made every quotation mark ASCII (``clean.py``).  Double quotes always quote.
Single quotes quote too in British and agency style ("'We will break relations,' Chavez
said"), but an apostrophe is also a single quote, so a single-quoted span counts only when it
opens after a space or the start, closes before a space or punctuation, and holds at least four
words: "the 'road map'" is a name in scare quotes, not somebody's words.
"""

from __future__ import annotations

import re

__all__ = ["quote_spans"]

_DOUBLE = re.compile(r'"([^"]{3,})"')
# (inside, an apostrophe between letters is one: "don't", "Kiev's")
_SINGLE = re.compile(r"(?:^|(?<=[\s(\[]))'((?:[^'\n]|(?<=\w)'(?=\w))+?)'(?=[\s,.;:!?)\]]|$)")
MIN_SINGLE_WORDS = 4


def quote_spans(text: str) -> list[tuple[int, int, str]]:
    """Character spans (start, end, words) of the direct quotes in `text`, in order."""
    spans = [(m.start(1), m.end(1), m.group(1).strip(" ,.")) for m in _DOUBLE.finditer(text)]
    for m in _SINGLE.finditer(text):
        words = m.group(1).split()
        if len(words) >= MIN_SINGLE_WORDS and not any(a <= m.start(1) < b for a, b, _ in spans):
            spans.append((m.start(1), m.end(1), m.group(1).strip(" ,.")))
    return sorted(spans)
