"""How a name or a token becomes the lower-case word keys the actor index is built from.

The same function turns the knowledge base's names ("Kim Jong-un", "Donetsk People's Republic",
"U.S.") and the words of a sentence (as spaCy wrote them: "Kim", "Jong", "-", "un") into keys, so
that every spelling news uses meets the same entry:

- case and accents are folded ("Erdoğan" = "erdogan", "Élysée" = "elysee");
- curly quotes become straight ones (the cleaner normally did that already);
- dots inside a word go ("U.S." = "U.S" = "US" = "us"), so abbreviations match with or
  without their final dot;
- hyphens split a word and a lone hyphen token is skipped ("Jong-un" = "Jong - un" = "Jong un");
- a possessive "'s" is its own key ("people's" = "people 's"), as spaCy splits it;
- British and American spellings of the words institutions are named with are one key
  ("Organisation" = "Organization", "Defence" = "Defense", "Centre" = "Center").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["DASHES", "fold", "name_keys", "plural", "word_keys"]

# Dash characters spaCy leaves as tokens of their own between name parts.
DASHES = frozenset({"-", "–", "—", "‐", "‑", "--"})

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"'})
_HYPHENS = re.compile(r"[-–—‐‑]+")
_POSSESSIVE = re.compile(r"^(.+?)('s|')$")
# (one spelling for both: "the Organisation for Security and Cooperation in Europe" is the
# OSCE whichever spelling its name was written with in the data file)
_SPELLING = {"organisation": "organization", "organisations": "organizations",
             "defence": "defense", "centre": "center", "labour": "labor",
             "programme": "program", "harbour": "harbor"}


def fold(text: str) -> str:
    """Lower-case, straight quotes, no accents."""
    text = text.translate(_QUOTES)
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    return text.lower()


@lru_cache(maxsize=65536)
def word_keys(word: str) -> tuple[str, ...]:
    """The keys of one token: usually one, several for "Jong-un" or "people's", none for "-".

    Cached because sentences repeat the same words and `match` is called at every position.
    """
    folded = fold(word)
    keys: list[str] = []
    for part in _HYPHENS.split(folded):
        if not part:
            continue
        if part == "'s":  # spaCy's own possessive token
            keys.append(part)
            continue
        possessive = None
        found = _POSSESSIVE.match(part)
        if found and len(found.group(1)) > 1 and not found.group(1).endswith("'"):
            part, possessive = found.group(1), found.group(2)
        if any(c.isalnum() for c in part):
            part = part.replace(".", "")
        if part:
            keys.append(_SPELLING.get(part, part))
        if possessive:
            keys.append(possessive)
    return tuple(keys)


def name_keys(name: str) -> tuple[str, ...]:
    """The keys of a whole name as written in a data file ("Kim Jong-un" -> kim, jong, un).

    Brackets and commas inside a name are kept as words: data files should not use them.
    """
    keys: list[str] = []
    for word in name.split():
        keys.extend(word_keys(word))
    return tuple(keys)


_IRREGULAR = {
    "man": "men",
    "woman": "women",
    "person": "people",
    "child": "children",
    "chief": "chiefs",
    "staff": "staff",
    "police": "police",
    "media": "media",
    "press": "press",
    "military": "military",
    "intelligence": "intelligence",
    "leadership": "leadership",
    "judiciary": "judiciary",
    "clergy": "clergy",
    "artillery": "artillery",
    "navy": "navies",
}

_PLURALS = frozenset(_IRREGULAR.values())


def plural(phrase: str) -> str:
    """The regular English plural of a noun phrase (its last word): "rebel group" -> "rebel groups".

    Used for role nouns so the data files list each noun once.
    """
    head, _, last = phrase.rpartition(" ")
    lower = last.lower()
    if lower.endswith("men") or lower in _PLURALS:
        return phrase
    if lower in _IRREGULAR:
        new = last[: len(last) - len(lower)] + _IRREGULAR[lower]
    elif lower.endswith("man"):  # chairman -> chairmen
        new = last[:-3] + "men"
    elif lower.endswith("s"):
        new = last
    elif lower.endswith(("x", "ch", "sh", "z")):
        new = last + "es"
    elif lower.endswith("y") and lower[-2:-1] not in ("a", "e", "i", "o", "u"):
        new = last[:-1] + "ies"
    else:
        new = last + "s"
    if last.isupper():  # PETRARCH writes nouns in capitals
        new = new.upper()
    return f"{head} {new}" if head else new
