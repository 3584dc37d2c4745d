"""Readable explanations of how a phrase resolves in the knowledge base, and why.

Used by ``KnowledgeBase.explain`` and the future ``eventwire actors lookup`` command::

    >>> print(default_kb().explain("the Kremlin", "2022-08-15"))
    "the Kremlin" -> RUSGOV
      metonym of Russia (state RUS): a seat of power stands for its government (sector GOV)
      [states.yaml:210]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.names import name_keys, word_keys

if TYPE_CHECKING:
    from eventwire.actors.kb import Entry, KnowledgeBase

__all__ = ["describe_entry", "explain", "resolve_code"]

_FORM_WHY = {
    "name": "its name",
    "short": "a short name",
    "former": "a former name",
    "acronym": "an acronym (matched only as written in capitals when 3 letters or fewer)",
    "adjective": "its adjective: the caller composes it with a role noun ('Russian army')",
    "demonym": "a name for its people",
    "capital": "its capital: a capital stands for the state's government",
    "metonym": "a seat of power standing for an institution",
    "surname": "a surname alone: use it only after the full name in the same article",
    "alias": "another spelling or name",
    "role": "a role noun: gives a sector, the country comes from context",
}


def resolve_code(kb: KnowledgeBase, entry: Entry, date: str | None) -> str | None:
    """The CAMEO code the entry stands for on ``date`` (None: the caller must compose it)."""
    if entry.roles:
        role = kb.role_at(entry, date)
        if role is not None:
            return role.code
        return entry.code or entry.country
    if entry.kind == "role":
        return None
    return entry.code or entry.country


def describe_entry(kb: KnowledgeBase, entry: Entry, date: str | None) -> list[str]:
    """Lines saying what the entry is, the form that matched and the code on ``date``."""
    what = {"state": "state", "person": "person", "org": "organisation", "role": "role noun"}
    head = f"{what.get(entry.kind, entry.kind)} {entry.name!r}"
    facts = [f"country {entry.country}" if entry.country else "no country (international)"]
    if entry.sector:
        facts.append(f"sector {entry.sector}")
    if entry.entity:
        facts.append(f"Wikidata {entry.entity}")
    lines = [f"{head}: {', '.join(facts)}", f"  matched as {_FORM_WHY.get(entry.form, entry.form)}"]
    if entry.ambiguous:
        lines.append("  ambiguous: needs context before it is trusted")
    if entry.roles:
        when = date or "today (no date given)"
        role = kb.role_at(entry, date)
        if role is not None:
            span = f"{role.start or '…'} to {role.end or 'now'}"
            lines.append(f"  on {when}: {role.title or 'coded'} ({span}) -> {role.code}")
        else:
            fallback = entry.code or entry.country
            lines.append(
                f"  on {when}: in no listed office -> {fallback or 'no code'} "
                "(the country only, no sector)"
            )
        for r in entry.roles:
            lines.append(f"    {r.start or '…'} to {r.end or 'now'}: {r.title or 'code'} {r.code}")
    code = resolve_code(kb, entry, date)
    if entry.kind == "role":
        lines.append(f"  code: country from context + {entry.sector}")
    else:
        lines.append(f"  code: {code or 'none'}")
    if entry.origin:
        lines.append(f"  defined at {entry.origin}")
    return lines


def explain(kb: KnowledgeBase, phrase: str, date: str | None = None) -> str:
    """How ``phrase`` resolves on ``date``: every reading of the exact phrase, or else the known
    phrases found inside it, left to right."""
    entries = kb.lookup(phrase)
    if entries:
        codes = sorted({resolve_code(kb, e, date) or "?" for e in entries})
        out = [
            f"{phrase!r} -> {', '.join(codes)}"
            + (" (first reading preferred)" if len(entries) > 1 else "")
        ]
        for entry in entries:
            out.extend("  " + line for line in describe_entry(kb, entry, date))
        return "\n".join(out)
    words = phrase.split()
    parts: list[str] = []
    i = 0
    while i < len(words):
        found = kb.match(words, i)
        if found is None:
            i += 1
            continue
        end, found_entries = found
        piece = " ".join(words[i:end])
        parts.append(f"  {piece!r}:")
        for entry in found_entries:
            parts.extend("    " + line for line in describe_entry(kb, entry, date))
        i = end
    if not parts:
        keys = " ".join(name_keys(phrase)) or " ".join(k for w in words for k in word_keys(w))
        return (
            f"{phrase!r} is not in the knowledge base (looked up as {keys!r}); add it with "
            "an actor file (docs/actors.md)"
        )
    return "\n".join([f"{phrase!r} is not one known phrase; the known parts are:", *parts])
