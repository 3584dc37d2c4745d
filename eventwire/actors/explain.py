"""Readable explanations of how a phrase resolves in the knowledge base, and why.

Used by ``KnowledgeBase.explain`` and ``eventwire actors lookup``::

    >>> print(default_kb().explain("Trump", "2022-05-01"))
    'Trump' on 2022-05-01 -> USA
      person 'Donald Trump': country USA, Wikidata Q22686
        matched as a surname alone: use it only after the full name in the same article
        ambiguous: needs context before it is trusted
        on 2022-05-01: in no listed office -> USA (the country only, no sector)
          last office: president 2017-01-20 to 2021-01-20; next: president from 2025-01-20
        offices: ...

It says which entry a phrase reaches (every reading when there are several, the preferred one
first), which office a person or organisation held on the date and why that one, how an
ambiguous name is decided, and the file and line each fact comes from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.kb import normalise_date
from eventwire.actors.names import name_keys, word_keys

if TYPE_CHECKING:
    from eventwire.actors.kb import Entry, KnowledgeBase, Role

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
_KIND = {"state": "state", "person": "person", "org": "organisation", "role": "role noun"}
# Beyond this many people sharing a surname, those out of office are listed by name only.
_SURNAME_DETAIL = 3


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


def _span(role: Role) -> str:
    return f"{role.start or '…'} to {role.end or 'now'}"


def _role_lines(kb: KnowledgeBase, entry: Entry, date: str | None) -> list[str]:
    """Which role the entry held on ``date`` and why that one."""
    day = normalise_date(date)
    when = date or "today (no date given: offices without an end date count)"
    if date and day != date:
        when = f"{date} (taken as {day}, the middle of the period)"
    role = kb.role_at(entry, date)
    lines = []
    if role is not None:
        held = [r for r in entry.roles if (r.end is None if day is None else r.holds_on(day))]
        why = "the date falls within it (start inclusive, end exclusive)"
        if len(held) > 1:
            others = ", ".join(f"{r.title} {r.code}" for r in held if r is not role)
            why = (
                f"{len(held)} offices held then; the one listed first in the data (the senior "
                f"office) wins (also: {others})"
            )
        lines.append(f"on {when}: {role.title or 'coded'} ({_span(role)}) -> {role.code}")
        lines.append(f"  because {why}")
    else:
        fallback = entry.code or entry.country
        lines.append(
            f"on {when}: in no listed office -> {fallback or 'no code'} "
            "(the country only, no sector)"
        )
        if day is not None:
            before = [r for r in entry.roles if r.end is not None and r.end <= day]
            after = [r for r in entry.roles if r.start is not None and r.start > day]
            parts = []
            if before:
                last = max(before, key=lambda r: r.end or "")
                parts.append(f"last office: {last.title} {_span(last)}")
            if after:
                nxt = min(after, key=lambda r: r.start or "")
                parts.append(f"next: {nxt.title} from {nxt.start}")
            if parts:
                lines.append("  " + "; ".join(parts))
    lines.append("offices:" if entry.kind == "person" else "codes over time:")
    for r in sorted(entry.roles, key=lambda r: r.start or ""):
        mark = "  <- on the date" if r is role else ""
        lines.append(f"  {_span(r)}: {r.title or 'code'} {r.code}{mark}")
    return lines


def describe_entry(kb: KnowledgeBase, entry: Entry, date: str | None) -> list[str]:
    """Lines saying what the entry is, the form that matched and the code on ``date``."""
    head = f"{_KIND.get(entry.kind, entry.kind)} {entry.name!r}"
    if entry.kind == "role":
        facts = []
    elif entry.country:
        facts = [f"country {entry.country}"]
    else:
        facts = ["no country (international)"]
    if entry.sector:
        facts.append(f"sector {entry.sector}")
    if entry.entity:
        facts.append(f"Wikidata {entry.entity}")
    lines = [
        f"{head}: {', '.join(facts)}" if facts else head,
        f"  matched as {_FORM_WHY.get(entry.form, entry.form)}",
    ]
    if entry.ambiguous:
        lines.append("  ambiguous: needs context before it is trusted")
    if entry.roles:
        lines.extend("  " + line for line in _role_lines(kb, entry, date))
    code = resolve_code(kb, entry, date)
    if entry.kind == "role":
        lines.append(f"  code: country from context + {entry.sector}")
    elif entry.kind == "state" and entry.code is None and not entry.roles:
        lines.append(f"  code: {code or 'none'} (+ the sector of a role noun next to it)")
    else:
        lines.append(f"  code: {code or 'none'}")
    if entry.origin:
        lines.append(f"  defined at {entry.origin}")
    return lines


def _readings_lines(kb: KnowledgeBase, phrase: str) -> list[str]:
    reads = kb.readings(phrase)
    if not reads:
        return []
    out = [
        f"  {len(reads)} readings, decided by the article (kb.choose): 2 points when a supporting"
        " state is mentioned elsewhere, 1 per cue; a tie keeps the default"
    ]
    if reads[0].note:
        out.append(f"    ({reads[0].note})")
    for i, r in enumerate(reads):
        e = r.entry
        what = f"{e.name} ({e.country})" if e.key != e.country else f"{e.name} ({e.key})"
        support = ", ".join(r.countries) or "no state"
        cues = ", ".join(r.cues[:8]) + (" …" if len(r.cues) > 8 else "")
        tag = "default" if i == 0 else "alternative"
        out.append(f"    {tag}: {what}; supported by mentions of {support}; cues: {cues or '-'}")
    return out


def _surname_lines(kb: KnowledgeBase, entries: tuple[Entry, ...], date: str | None) -> list[str]:
    """A surname many people share: who held office on the date, the others by name."""
    active = [e for e in entries if kb.role_at(e, date) is not None]
    rest = [e for e in entries if e not in active]
    when = date or "today"
    out = [
        f"  {len(entries)} people share this surname: the resolver takes the one already named "
        f"in the article, else the only one in office on the date ({len(active)} on {when})"
    ]
    for entry in active:
        out.extend("  " + line for line in describe_entry(kb, entry, date))
    if rest:
        names = ", ".join(sorted({f"{e.name} ({e.country or '-'})" for e in rest}))
        out.append(f"  out of office then: {names}")
    return out


def explain(kb: KnowledgeBase, phrase: str, date: str | None = None) -> str:
    """How ``phrase`` resolves on ``date``: every reading of the exact phrase, or else the known
    phrases found inside it, left to right."""
    entries = kb.lookup(phrase)
    on = f" on {date}" if date else ""
    if entries:
        codes = sorted({resolve_code(kb, e, date) or "?" for e in entries})
        several = " (first reading preferred)" if len(entries) > 1 else ""
        out = [f"{phrase!r}{on} -> {', '.join(codes)}{several}"]
        surnames = all(e.form == "surname" for e in entries)
        if surnames and len(entries) > _SURNAME_DETAIL:
            out.extend(_surname_lines(kb, entries, date))
        else:
            for entry in entries:
                out.extend("  " + line for line in describe_entry(kb, entry, date))
        out.extend(_readings_lines(kb, phrase))
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
        parts.extend("  " + line for line in _readings_lines(kb, piece))
        i = end
    if not parts:
        keys = " ".join(name_keys(phrase)) or " ".join(k for w in words for k in word_keys(w))
        return (
            f"no match: {phrase!r} is not in the knowledge base (looked up as {keys!r}); add it "
            "with an actor file (docs/actors.md)"
        )
    return "\n".join([f"{phrase!r} is not one known phrase; the known parts are:", *parts])
