"""CONTRACT STUB — to be implemented (see the docstring); the event coder relies on this API.

The actor knowledge base: states, people (with dated roles), organisations and role nouns, loaded
from the data files under ``eventwire/data/actors/`` (plus user files), matched against token
sequences.

API used by the rest of eventwire (keep these names and meanings):

    Role(country, sector, title, start, end)          frozen dataclass; dates ISO or None (open)
    Entry(kind, key, name, form, country, sector, code, entity, roles, ambiguous)
        kind:   "state" | "person" | "org" | "role"
        form:   which name form matched: "name", "short", "former", "acronym", "adjective",
                "demonym", "capital", "metonym", "surname", "alias", "role"
        country: ISO 3166-1 alpha-3 (or None for international actors)
        sector:  CAMEO role code (GOV, MIL, MED, REB, ...) or None
        code:    the full CAMEO actor code when it is fixed by the entry (e.g. "IGOUNO",
                 "PRKMED", "RUSGOV" for "the Kremlin"), else None (composed by the caller)
        roles:   persons only: tuple of Role, the offices held with dates
        ambiguous: True for names that need context (Georgia, Congo, Kim)

    KnowledgeBase.load(actor_files=(), petrarch_actors=(), petrarch_agents=()) -> KnowledgeBase
    kb.match(words, start) -> (end, entries) | None
        Longest known phrase starting at words[start] (words: token texts as written, e.g.
        ["North", "Korean", "state", "media", "KCNA"]); `end` is exclusive.  Case-insensitive,
        except short all-capital acronyms ("US" is a country, "us" is not).
    kb.role_at(entry, date) -> Role | None   the role a person held on `date` (ISO or None =
        newest); None when out of office then
    kb.lookup(phrase) -> tuple[Entry, ...]   all entries for one exact phrase
    kb.may_mention_actor(text) -> bool       fast test used to skip sentences with no actor
    kb.stats() -> dict[str, int]
"""
