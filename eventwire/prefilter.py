"""Decide, before parsing, which sentences can hold an event.

Parsing is the cost floor of the pipeline, so every sentence we can rule out cheaply is time
saved.  A sentence can hold an event only if it names (or refers back to) an actor *and* contains
a word that can trigger one: a lexicon verb or noun, a frame verb, or a reporting verb.  Both
tests are set lookups over the sentence's words; inflected forms are reduced with a few suffix
rules plus the irregular forms from the spaCy model's own lemmatizer tables, so "met", "struck"
and "fought" are recognised without a parse.

Sentences that name actors but have no trigger word are not parsed, but their actors still
matter to coreference ("… the two countries" two sentences later): ``cheap_mentions`` finds them
with the knowledge base alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

__all__ = ["Prefilter"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_REFERRING = re.compile(
    r"\b(?:he|she|it|they|his|her|its|their|him|them|we|our|the (?:two |)(?:countries|country|"
    r"nations|sides|side|leaders|leader|president|government|ministry|capitals|neighbours)|"
    r"both (?:countries|sides|nations|leaders|governments))\b",
    re.IGNORECASE,
)


def _stems(word: str) -> Iterator[str]:
    """Candidate lemmas of an inflected English word (over-generating is fine)."""
    yield word
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""),
                         ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: len(word) - len(suffix)] + repl
            yield stem
            if len(stem) > 2 and stem[-1] == stem[-2] and not repl:  # "shelled", "stopped"
                yield stem[:-1]


class Prefilter:
    """Cheap sentence tests built once from the lexicon, the cues and the model's tables."""

    def __init__(self, lexicon: Any, cues: Any, kb: Any, nlp: Any | None = None) -> None:
        self.kb = kb
        lemmas: set[str] = set()
        for key in [*lexicon.verbs, *lexicon.nouns, *lexicon.frame_of]:
            for part in re.split(r"[_\s\-]+", key.lower()):
                if part:
                    lemmas.add(part)
        lemmas |= {w for phrase in cues.reporting_verbs for w in phrase.split()}
        self.lemmas = frozenset(lemmas)
        irregular: dict[str, str] = {}
        if nlp is not None and "lemmatizer" in nlp.pipe_names:
            try:
                tables = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
                for pos_table in tables.values():
                    for form, lemma_list in pos_table.items():
                        for lemma in lemma_list:
                            if lemma in self.lemmas:
                                irregular[form] = lemma
            except (KeyError, ValueError):  # a pipeline without lookup tables: rules only
                pass
        self.irregular = irregular

    def has_trigger_word(self, text: str) -> bool:
        for m in _WORD.finditer(text):
            word = m.group().lower()
            if word in self.irregular:
                return True
            for stem in _stems(word):
                if stem in self.lemmas:
                    return True
        return False

    def may_name_actor(self, text: str) -> bool:
        return self.kb.may_mention_actor(text) or bool(_REFERRING.search(text))

    def cheap_mentions(self, text: str) -> list[Any]:
        """Knowledge-base entries named in a sentence, found without parsing."""
        words = [m.group() for m in re.finditer(r"\S+?(?=[,.;:!?\"')]*(?:\s|$))|\S+", text)]
        out = []
        i = 0
        while i < len(words):
            found = self.kb.match(words, i)
            if found:
                end, entries = found
                out.extend(e for e in entries if e.kind in {"state", "person", "org"})
                i = end
            else:
                i += 1
        return out
