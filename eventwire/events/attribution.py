"""Reported speech and quotes: who says the event happened.

"KCNA announced that Putin called for …" is Putin's event, reported by KCNA — not an event of
KCNA.  The reporter is the subject of a reporting verb that embeds the trigger's clause (through
``ccomp``/``parataxis``), or the object of "according to" / "citing".  A direct quote keeps its
words in ``quote``; first-person pronouns inside it ("we will retaliate") stand for the speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eventwire.events.cues import Cues
from eventwire.quotes import quote_spans as spans_of_quotes

__all__ = ["Attribution", "attribution_of", "quote_spans"]



@dataclass(frozen=True, slots=True)
class Attribution:
    reporter: Any | None  # the token heading the reporter phrase
    verb: Any | None  # the reporting verb token
    quote: str | None  # the quoted words when the trigger stands inside a direct quote


def quote_spans(text: Any) -> list[tuple[int, int, str]]:
    """Character spans (start, end, words) of direct quotes in a sentence (its text, or the
    parsed sentence)."""
    return spans_of_quotes(text if isinstance(text, str) else text.text)


def reporting_verb_above(token: Any, cues: Cues) -> Any | None:
    """The nearest reporting verb whose content clause holds `token`."""
    t = token
    steps = 0
    while t.head.i != t.i and steps < 6:
        if t.dep_ in {"ccomp", "parataxis", "xcomp"} or (
            t.dep_ == "conj" and t.head.dep_ == "ccomp"
        ):
            head = t.head
            if head.lemma_.lower() in cues.reporting_verbs:
                return head
        t = t.head
        steps += 1
    # "…, the minister said." parses with "said" as a parataxis/ccomp child of the main verb
    root = token.sent.root if hasattr(token, "sent") else None
    if root is not None:
        for c in root.children:
            if (
                c.dep_ in {"parataxis", "ccomp"}
                and c.lemma_.lower() in cues.reporting_verbs
                and c.i > token.i
                and any(g.dep_ in {"nsubj"} for g in c.children)
            ):
                return c
    return None


def _subject(verb: Any) -> Any | None:
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            return c
    return None


def according_to(doc: Any) -> Any | None:
    """The head of an "according to X" / "citing X" phrase in the sentence, if any."""
    for t in doc:
        low = t.lower_
        if low == "according":
            for c in t.children:
                if c.lower_ == "to":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return p
            nxt = t.nbor(1) if t.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ == "to":
                for p in nxt.children:
                    if p.dep_ == "pobj":
                        return p
        if low == "citing" and t.dep_ in {"advcl", "xcomp", "prep", "acl"}:
            for c in t.children:
                if c.dep_ in {"dobj", "pobj"}:
                    return c
    return None


def attribution_of(trigger: Any, cues: Cues, quotes: list[tuple[int, int, str]],
                   text: str = "") -> Attribution:
    """``text``: the sentence's text when known, to skip the search for "according to"."""
    verb = reporting_verb_above(trigger, cues)
    reporter = _subject(verb) if verb is not None else None
    if reporter is None and (not text or "ccording" in text or "iting" in text):
        reporter = according_to(trigger.doc)
    quote = None
    for start, end, words in quotes:
        if start <= trigger.idx < end:
            quote = words
            break
    return Attribution(reporter=reporter, verb=verb, quote=quote)
