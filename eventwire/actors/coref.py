"""Coreference inside one article.

News text names an actor once and then refers back to it: "Kim Jong Un … Kim … he", "Russia …
the country", "Russia and North Korea … the two countries", "Putin … the Russian leader".  The
article context keeps every actor mention in reading order, and answers the questions the
mention resolver asks: who is "he" here, which two states are "the two countries", which person
is "the president".  It is deliberately simple and explainable: nearest compatible antecedent,
subjects preferred, never looking further back than a few sentences for pronouns.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from eventwire.records import Actor

__all__ = ["ArticleContext", "Found"]

# How far back (in sentences) a pronoun may reach; descriptions ("the country") reach further.
PRONOUN_WINDOW = 3
DESCRIPTION_WINDOW = 12

SALIENCE_DECAY = 0.85
POSSESSIVES = {"its", "his", "her", "their"}
PERSON_SECTORS = {"GOV", "MIL", "OPP", "LEG", "JUD", "COP", "MED", "PTY", "REB"}


@dataclass(slots=True)
class Found:
    """One actor mention seen in the article."""

    actor: Actor
    kind: str  # state | person | org | role | group
    sentence: int
    token: int
    subject: bool = False
    plural: bool = False
    person_key: str | None = None  # knowledge-base key of a person
    surname: str | None = None


@dataclass
class ArticleContext:
    """Mentions seen so far in one article, in reading order."""

    published: str | None = None
    text: str | None = None  # the article's text, for cue words of ambiguous names
    history: list[Found] = field(default_factory=list)
    persons: dict[str, Found] = field(default_factory=dict)

    # -- recording -----------------------------------------------------------------------
    def add(self, found: Found) -> None:
        self.history.append(found)
        if found.person_key:
            self.persons[found.person_key] = found

    def seen_person(self, key: str) -> Found | None:
        return self.persons.get(key)

    # -- questions -----------------------------------------------------------------------
    def _before(self, sentence: int, token: int, window: int) -> list[Found]:
        """Mentions before a position, nearest first, within `window` sentences."""
        out = []
        for f in reversed(self.history):  # history is in reading order: stop once too old
            if sentence - f.sentence > window:
                break
            if f.sentence < sentence or (f.sentence == sentence and f.token < token):
                out.append(f)
        return out

    def pronoun(self, word: str, sentence: int, token: int, exclude: Collection[int] = (),
                barred: Collection[tuple[str | None, str | None]] = ()) -> list[Found]:
        """Antecedent(s) of a third-person pronoun; [] when none is compatible (``exclude``:
        tokens of the pronoun's sentence it cannot stand for; ``barred``: (code, person key)
        of actors it cannot stand for)."""
        w = word.lower()
        barred = set(barred)
        candidates = [f for f in self._before(sentence, token, PRONOUN_WINDOW)
                      if not (f.sentence == sentence and f.token in exclude)
                      and (f.actor.code, f.person_key) not in barred]
        if w in {"he", "him", "his", "himself", "she", "her", "hers", "herself"}:
            ok = [f for f in candidates if f.kind == "person" or (
                f.kind == "role" and not f.plural and f.actor.sector in PERSON_SECTORS
                and f.actor.country)]
            # a named person before a role word ("parliament … accusing him" is Obasanjo's
            # "him", not the parliament's)
            ok = [f for f in ok if f.kind == "person"] or ok
        elif w in {"it", "its", "itself"}:
            ok = [f for f in candidates if f.kind in {"state", "org", "group"} or (
                f.kind == "role" and not f.plural and f.actor.country)]
        elif w in {"they", "them", "their", "theirs", "themselves"}:
            ok = [f for f in candidates if f.plural or f.kind in {"group", "org", "state"}]
            # "Russia and North Korea … they": a coordinated pair was recorded as two plural
            # mentions at the same token span; return both.
            if ok and ok[0].plural:
                first = ok[0]
                same = [f for f in ok if f.sentence == first.sentence and f.plural
                        and abs(f.token - first.token) <= 6]
                return _prefer_subject(same) if len(same) > 1 else [first]
        else:
            return []
        if not ok:
            return []
        if w in POSSESSIVES and ok[0].sentence == sentence:
            # "threatened the UAE over its agreement": a possessive inside the sentence takes
            # the nearest name; a subject pronoun ("… said it would") prefers the subject
            return [ok[0]]
        return [_prefer_subject(ok)[0]]

    def last_states(self, n: int, sentence: int, token: int) -> list[Actor]:
        """The `n` most salient countries so far ("the two countries").

        Salience, not mere recency: in an article about Russia and North Korea, a passing
        mention of the United States in the previous sentence does not make it one of "the two
        countries".  Each mention counts, subjects double, older sentences fade slowly.
        """
        score: dict[str, float] = {}
        first: dict[str, Found] = {}
        for f in self._before(sentence, token, DESCRIPTION_WINDOW):
            country = f.actor.country
            if not country or f.kind not in {"state", "person", "role", "org"}:
                continue
            weight = (2.0 if f.subject else 1.0) * SALIENCE_DECAY ** (sentence - f.sentence)
            score[country] = score.get(country, 0.0) + weight
            first.setdefault(country, f)
        ranked = sorted(score, key=lambda c: -score[c])[:n]
        return [Actor(text=first[c].actor.text, code=c, country=c,
                      name=first[c].actor.name if first[c].kind == "state" else None)
                for c in ranked]

    def described(self, country: str | None, sector: str | None, person: bool,
                  sentence: int, token: int) -> Found | None:
        """The antecedent of a definite description ("the Russian leader", "the ministry")."""
        for f in self._before(sentence, token, DESCRIPTION_WINDOW):
            if person and f.kind != "person":
                continue
            if country and f.actor.country != country:
                continue
            if sector and f.actor.sector != sector:
                continue
            if not person and f.kind == "person":
                continue
            return f
        return None


def _prefer_subject(found: list[Found]) -> list[Found]:
    """Nearest first, but a subject in the nearest sentence beats a nearer non-subject."""
    if not found:
        return found
    nearest_sentence = found[0].sentence
    subjects = [f for f in found if f.subject and f.sentence == nearest_sentence]
    rest = [f for f in found if f not in subjects]
    return subjects + rest
