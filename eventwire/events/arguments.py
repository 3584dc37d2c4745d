"""Who does it and to whom: the syntactic positions of an event's source and target.

These functions only pick tokens; ``mentions.SentenceActors`` turns a token into actors.  The
rules follow the grammar of English news: the source is the acting subject (through passives,
control verbs, coordinated verbs and relative clauses), the target is the direct or indirect
object or the object of a target preposition ("with", "against", "on" …).  Objects of "in",
"after", "during" and the like are never targets (a documented failure of UniversalPetrarch).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from eventwire.actors.mentions import second_clause_subject, stranded_subject
from eventwire.events.cues import Cues

__all__ = ["carrier_of", "noun_source_tokens", "noun_target_tokens", "subject_of",
           "verb_target_tokens"]

RELATIVE_PRONOUNS = {"which", "who", "that", "whom", "whose"}
# Verbs whose object is the subject of their to-infinitive ("urged Iran to halt …").
OBJECT_CONTROL = {
    "urge",
    "ask",
    "call",
    "force",
    "persuade",
    "order",
    "press",
    "encourage",
    "invite",
    "allow",
    "help",
    "request",
    "compel",
    "pressure",
    "push",
    "advise",
    "instruct",
    "authorize",
    "authorise",
    "permit",
    "enable",
    "lead",
    "prompt",
    "convince",
    "pressurize",
    "pressurise",
    "implore",
    "beg",
    "require",
    "tell",
    "warn",
    "challenge",
    "dare",
}
SUBJECTS = {"nsubj", "csubj"}
# "X was responsible for the attack": whoever is so described did the act
RESPONSIBLE = {"responsible", "culpable", "guilty", "liable"}
# tags of a finite verb (a sentence has at least one)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
DIPLOMATIC_POSTS = {"ambassador", "embassy", "envoy", "consulate", "consul", "mission",
                    "diplomat", "delegation", "representative", "charge", "legation"}
# Passive forms that describe a state of their subject rather than an act done to it.
STATIVE_PASSIVES = {"oppose", "commit", "prepare", "determine", "dedicate", "resolve",
                    "concern", "alarm", "disappoint", "worry", "satisfy", "please", "interest",
                    "poise", "set", "engage", "involve", "opposed", "committed", "prepared"}


def subject_of(verb: Any, depth: int = 0) -> tuple[Any | None, bool]:
    """The token that acts for `verb` and whether the verb is passive.

    For a passive verb the returned token is the *agent* ("by X"), or None when there is none.
    """
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    if passive:
        for c in verb.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p, True
        # "was shot and wounded by a Turkish gunman": the agent hung on the last of two
        # coordinated participles acts for both
        for conj in verb.children:
            if conj.dep_ == "conj" and conj.tag_ == "VBN" and not any(
                    g.dep_ in {"nsubjpass", "nsubj"} for g in conj.children):
                for c in conj.children:
                    # (a participle with an object of its own may get "by" as a plain
                    # preposition: "were beaten and given electric shocks by guards")
                    if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and any(
                            g.dep_ == "dobj" for g in conj.children)):
                        for p in c.children:
                            if p.dep_ == "pobj":
                                return p, True
        if verb.lemma_.lower() in STATIVE_PASSIVES:
            # "Israel is opposed to …", "Vietnam is committed to …": a state of the subject
            for c in verb.children:
                if c.dep_ == "nsubjpass":
                    return c, False
        return None, True
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not subjects:
        # "Qatar and Egypt have been mediating": the parser may hang the subject on an auxiliary
        subjects = [g for c in verb.children if c.dep_ in {"aux", "auxpass"}
                    for g in c.children if g.dep_ in SUBJECTS]
    if subjects:
        # a misparse can give two subjects ("KYIV, March 3 - Russian forces shelled …"): the
        # one nearest before the verb is the real one
        before = [c for c in subjects if c.i < verb.i]
        c = before[-1] if before else subjects[0]
        if len(before) >= 2 and any(m.dep_ == "mark" and m.lower_ == "as" and
                                    before[-2].i < m.i < c.i for m in verb.children):
            # "guerrillas posing as plumbers kidnapped …", with "as plumbers" misread as a
            # clause: the first subject acts
            c = before[-2]
        if len(before) >= 2 and c.doc[before[-2].i + 1].text == "," and any(
                g.dep_ == "advcl" and g.tag_ == "VBG" and before[-2].i < g.i < c.i
                for g in verb.children):
            # "Pope John Paul II, addressing tens of thousands of pilgrims gathered in the
            # square, appealed …", with the crowd read as a second subject: the participle
            # after the comma is the first subject's, and so is the clause
            c = before[-2]
        disguise = verb.head
        if verb.dep_ == "advcl" and disguise.dep_ == "acl" and disguise.tag_ in {"VBN", "VBG"} \
                and any(m.dep_ == "mark" and m.lower_ == "as" and m.i < c.i
                        for m in verb.children):
            # "militants disguised as policemen commandeered …", with "as policemen
            # commandeered" misread as a clause: the disguised ones act
            c = disguise.head
        if c.pos_ == "VERB" and c.tag_ == "VBG":
            # "The Red Cross operating in Iraq said …" misread as a gerund subject: the
            # gerund's own subject speaks
            c = next((g for g in c.children if g.dep_ == "nsubj"), c)
        if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return _described(verb), False
        second = second_clause_subject(c)
        if second is not None:
            # "Israeli columns … swept into Lebanon, and the Security Council demanded …",
            # parsed as one coordinated subject: the verb's subject is the second one only
            return second, False
        return c, False
    if verb.dep_ == "acl" and verb.tag_ == "VBD":
        # "Kenyan troops backed by helicopter gunships crossed into Somalia", parsed with the
        # noun as the root and the past tense hung inside its participle phrase: a past
        # tense is no participle, and the root noun is its subject
        root, participle = verb, False
        while root.head.i != root.i:
            root = root.head
            participle |= root.dep_ == "acl" and root.tag_ in {"VBN", "VBG"}
            if participle and root.dep_ == "nsubj" and root.pos_ in {"NOUN", "PROPN"}:
                # "… crossed into Somalia on Sunday, Kenyan military officials said": the
                # noun became the reporting verb's first subject, and that verb has its own
                # subject after the past tense
                if any(c.dep_ == "nsubj" and c.i > verb.i for c in root.head.children):
                    return root, False
                break
        if root.pos_ in {"NOUN", "PROPN"} and participle:
            return root, False
        if verb.head.dep_ == "ROOT" and verb.head.pos_ in {"NOUN", "PROPN"} and not any(
                c.dep_ == "agent" for c in verb.children):
            # "Several hundred Contra rebels handed in their rifles", the past tense hung on
            # the root noun: the noun is its subject
            return verb.head, False
        first = verb.head
        while first.dep_ in {"conj", "appos"} and first.head.pos_ in {"NOUN", "PROPN"}:
            first = first.head
        if verb.head.dep_ == "conj" and first.dep_ == "ROOT" and first.pos_ in {
                "NOUN", "PROPN"} and not any(c.dep_ == "agent" for c in verb.children):
            # "the opposition Awami League … and its allies threatened …": hung on the last
            # of the coordinated root nouns, which all act
            return first, False
        if verb.head.dep_ == "nsubj" and verb.head.pos_ in {"NOUN", "PROPN"} and any(
                c.dep_ == "nsubj" and c.i > verb.i for c in verb.head.head.children):
            # "… rebels handed in their rifles on Tuesday, the first large group to disarm",
            # the noun taken for the subject of a later verb that has a subject of its own
            return verb.head, False
    if verb.dep_ == "ROOT" and verb.tag_ in {"VBD", "VBZ", "VBP"}:
        stranded = stranded_subject(verb)
        if stranded is not None:
            return stranded, False
    if depth > 4:
        return None, False
    head = verb.head
    if head.i == verb.i:
        return None, False
    if verb.dep_ == "xcomp" or (
        verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        if head.lemma_.lower() in OBJECT_CONTROL:
            for c in head.children:
                if c.dep_ in {"dobj", "dative"}:
                    return c, False
            for c in head.children:  # "called on Iran to …"
                if c.dep_ == "prep" and c.lower_ == "on":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return p, False
        s, _ = subject_of(head, depth + 1)
        return s, False
    anchor = misattached_conj(verb)
    if anchor is not None:
        # "demanded that Ethiopia halt the war and imposed an arms embargo": a past tense
        # misattached to a demanded base form is the demander's own act
        return subject_of(anchor, depth + 1)
    if verb.dep_ in {"conj", "acomp", "attr"}:
        # "… and signed", "is willing to send": the subject of the verb it hangs from
        return subject_of(head, depth + 1)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
        # "guilty of violating", "accused of shelling": the gerund's actor is the subject of
        # the clause the preposition belongs to
        anchor = head.head if head.dep_ == "prep" else head
        if anchor.pos_ in {"ADJ", "NOUN"} and anchor.dep_ in {"acomp", "attr"}:
            anchor = anchor.head
        if anchor.pos_ in {"VERB", "AUX"} and anchor.lemma_.lower() not in {"accuse", "charge",
                                                                           "blame", "suspect"}:
            s, passive = subject_of(anchor, depth + 1)
            if s is not None and not passive:
                return s, False
    if verb.dep_ == "relcl":
        return _described(verb), False
    if verb.dep_ == "acl" and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not any(
            c.dep_ in {"agent", "auxpass"} for c in verb.children))):
        # the first clause's own past tense hung inside a coordinated subject (see
        # second_clause_subject): its subject is the first conjunct
        t = head
        for _ in range(8):
            if t.dep_ in SUBJECTS and second_clause_subject(t) is not None:
                return t, False
            if t.head.i == t.i:
                break
            t = t.head
    if misread_after_phrase(verb):
        # "Irish republicans opposed to the peace accord set off a car bomb", parsed with
        # "opposed" as the main verb and "set off" hung on "accord": the subject the phrase
        # began with acts
        phrase = _phrase_verb(verb)
        if phrase.dep_ == "acl":
            return phrase.head, False
        s, passive = subject_of(phrase, depth + 1)
        if s is not None and not passive:
            return s, False
    if verb.dep_ in {"advcl", "acl"} and verb.tag_ in {"VBG", "VBN"}:
        if verb.dep_ == "acl":
            if verb.tag_ != "VBG":
                if _misread_main_verb(verb):
                    return head, False
                return None, True
            named = any(c.dep_ in {"poss", "compound", "amod", "nmod"} and c.pos_ in {
                "PROPN", "ADJ"} for c in head.children)
            if head.dep_ in {"dobj", "attr"} and head.head.pos_ == "VERB" and not named:
                # "issued a declaration demanding …": the one who issued it demands (but in
                # "blocked an EU statement criticising China" the statement is the EU's)
                s, passive = subject_of(head.head, depth + 1)
                if s is not None and not passive:
                    return s, False
            return head, False
        s, _ = subject_of(head, depth + 1)
        return s, False
    return None, False


def _phrase_verb(verb: Any) -> Any:
    """The verb a participle phrase hangs from, up through prepositions and their objects."""
    t = verb.head
    for _ in range(6):
        if t.dep_ not in {"pobj", "prep", "conj"}:
            break
        t = t.head
    return t


def misread_after_phrase(verb: Any) -> bool:
    """Whether a participle hung on a noun is really the main verb, its subject's participle
    phrase having been read as the main clause: "Irish republicans opposed to the peace accord
    set off a car bomb" ("set off" under "accord", "opposed" the root).  A reduced passive
    relative takes no direct object, and the phrase's verb is a past participle or tense root
    with a preposition before the misread verb."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not any(
            c.dep_ == "dobj" for c in verb.children) or any(
            c.dep_ in {"agent", "auxpass", "aux"} for c in verb.children):
        return False
    root = _phrase_verb(verb)
    if root.pos_ not in {"VERB", "AUX"} or root.tag_ not in {"VBD", "VBN"} or not any(
            c.dep_ == "prep" and c.i < verb.i for c in root.children):
        return False
    # (the phrase read as the main clause, or as a participle of the root noun: "Basque
    # separatists [opposed to the accord] set off …" with "separatists" as the root)
    return (root.dep_ == "ROOT" and any(c.dep_ in {"nsubj", "nsubjpass"}
                                        for c in root.children)) or (
        root.dep_ == "acl" and root.head.dep_ == "ROOT" and root.head.pos_ in {"NOUN", "PROPN"})


def _described(relcl: Any) -> Any:
    """The noun a relative clause is about; for "Germany and France were among 20 countries
    that ordered out Russian diplomats", the members named, who did it."""
    noun = relcl.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "among" and prep.head.lemma_ == "be":
        named = [c for c in prep.head.children if c.dep_ == "nsubj"]
        if named:
            return named[0]
    return noun


def misattached_conj(verb: Any) -> Any | None:
    """The finite verb that a past tense without a subject really joins, when the parser hung
    it on a non-finite verb below: "demanded that Japan revoke the purchase and dispatched two
    ships", "accused his deputy of trying to seize power and imposed a curfew", "arrested
    students protesting the fees and fired tear gas".  None when the verb is no such break.
    (A base form or a gerund cannot be coordinated with a past tense in written English.)"""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ"}:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children):
        return None  # a clause of its own
    head = verb.head
    # (a demanded base form is often tagged a present or even a noun: "insisted that Mobutu
    # step down and threatened to …")
    if not (head.tag_ in {"VB", "VBG"} or (head.tag_ in {"VBP", "NN"} and head.dep_ == "ccomp")):
        return None
    if head.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in head.children):
        # "soldiers fleeing a rebel advance raped dozens of women", with "soldiers fleeing"
        # read as a clause: the participle's subject is the past tense's too
        return None
    if any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"}
           for c in head.children) and head.dep_ not in {"ccomp", "xcomp", "pcomp", "acl"}:
        return None  # "were attacking the town and killed ten": the head is finite itself
    tok = head
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"} and tok.tag_ in {"VBD", "VBZ"}:
            return tok
    return None


def _misread_main_verb(participle: Any) -> bool:
    """ "Palestinian youths resorted to force, officials said": a past tense read as a reduced
    relative ("youths [who were] resorted"), which leaves the reporting verb with two subjects.
    A real reduced relative ("troops deployed there said") leaves it one."""
    noun = participle.head
    if any(c.dep_ == "agent" for c in participle.children):
        return False
    if noun.dep_ == "ROOT" and noun.pos_ in {"NOUN", "PROPN"} and any(
            c.dep_ in {"xcomp", "advcl"} and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in participle.children):
        # "Nigeria's main labour unions threatened on Thursday to call a strike", parsed
        # with the noun as the sentence's root: the participle is the main verb
        return True
    if noun.dep_ == "ROOT" and noun.pos_ in {"NOUN", "PROPN"} and any(
            c.dep_ in {"dobj", "ccomp"} for c in participle.children) and not any(
            c.pos_ in {"VERB", "AUX"} and c.dep_ in {"relcl", "acl"} and c.i != participle.i
            for c in noun.children):
        # "Several hundred Contra rebels handed in their rifles …", "Human Rights Watch
        # charged that …", parsed with the noun as the root: a reduced passive relative takes
        # no direct object or that-clause, so the participle is the sentence's main verb
        return True
    if noun.dep_ == "ROOT" and noun.pos_ in {"NOUN", "PROPN"} and not any(
            t.tag_ in FINITE_TAGS and t.i != participle.i and not participle.is_ancestor(t)
            for t in noun.sent):
        # "The opposition clamoured on Monday for …", parsed with the noun as the root and
        # no finite verb anywhere: a sentence has one, and it is the participle (a finite
        # verb of its own clauses does not count: "squatted on tracks, demanding status that
        # would entitle them to jobs")
        return True
    if noun.dep_ != "nsubj":
        return False
    verb = noun.head
    return any(c.dep_ == "nsubj" and c.i > participle.i for c in verb.children)


def passive_patient(verb: Any) -> Any | None:
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return c
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not _misread_main_verb(verb):
        # "the village attacked by …"
        return verb.head
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ in SUBJECTS for c in verb.children):
        # "Noriega surrendered … and was arrested by U.S. agents": the first verb's subject
        head = verb.head
        return next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None


AIMED_PREPS = {"at", "on", "upon", "against"}


def _pobjs(prep: Any) -> Iterator[Any]:
    for p in prep.children:
        if p.dep_ == "pobj":
            yield p
        elif p.dep_ == "prep":  # "away from", "out of"
            yield from _pobjs(p)
        elif p.dep_ == "pcomp" and p.tag_ == "VBG" and (
                prep.lower_ in AIMED_PREPS or p.lemma_.lower() in HOLDING):
            # "fired at Palestinians hurling stones", "refused to negotiate with the guerrillas
            # holding 20 diplomats", read as a clause: its subject (not "with the United States
            # abstaining", which only says how a vote went)
            yield from (g for g in p.children if g.dep_ == "nsubj")


class _PrepCache(threading.local):
    """Each token's prepositions, read once per parsed sentence: the same token is asked for
    its "with", "against", "to" … objects many times, and every walk over ``token.children``
    makes new Token objects.  One per thread, for the last sentence that thread asked about."""

    def __init__(self) -> None:
        self.doc: Any = None
        self.preps: dict[int, list[tuple[str, Any]]] = {}

    def of(self, token: Any) -> list[tuple[str, Any]]:
        doc = token.doc
        if doc is not self.doc:
            self.doc, self.preps = doc, {}
        found = self.preps.get(token.i)
        if found is None:
            # (a noun's "by" parsed as an agent is still its "by": "a bid by a Chinese firm")
            deps = {"prep", "dative", "agent"} if token.pos_ in {"NOUN", "PROPN"} else {
                "prep", "dative"}
            # (the tagger often calls a preposition "to" the infinitive marker, TO, while the
            # parser still hangs its object on it: "relented to pressure from …")
            found = self.preps[token.i] = [
                (c.lower_, c) for c in token.children
                if c.dep_ in deps and (c.pos_ == "ADP" or c.tag_ == "TO")]
        return found


_PREPS = _PrepCache()


def _preps(token: Any, names: set[str] | None = None) -> Iterator[Any]:
    for low, c in _PREPS.of(token):
        if names is None or low in names:
            yield c


# Verbs of keeping hold, which as a participle describe who someone is ("the rebels holding
# 300 hostages", "troops occupying the town"): a standing state, not an act
HOLDING = {"hold", "keep", "occupy", "control", "detain", "besiege", "guard", "patrol", "man",
           "rule", "run", "blockade", "encircle", "surround"}
PATTERN_TARGET_PREPS = {"to", "with", "against", "toward", "towards", "into", "upon"}
# Nouns of leaving whose "of" names who leaves ("the withdrawal of Iraqi forces")
DEPARTURES = {"withdrawal", "pullout", "pull-out", "pullback", "retreat", "departure",
              "evacuation", "exit", "redeployment", "disengagement"}
# Nouns whose "from X" is their author ("calls from lawmakers"), unlike "withdrawal from X".
MESSAGES = {"call", "demand", "request", "appeal", "proposal", "offer", "plan", "invitation",
            "letter", "message", "warning", "threat", "pressure", "criticism", "accusation",
            "bid", "initiative", "ultimatum", "plea", "overture", "suggestion", "note"}


# Participles that name a third party of an act, not its doer ("a U.N.-brokered truce");
# "Saudi-led strikes" names the doer and is not here.
THIRD_PARTIES = {"broker", "brokered", "sponsor", "sponsored", "mediate", "mediated", "back",
                 "backed", "support", "supported", "fund", "funded", "arrange", "arranged",
                 "host", "hosted", "facilitate", "facilitated", "guarantee", "guaranteed"}
CARRYING = {"carry", "transport", "ferry", "bring"}  # a vehicle's load: its people
# Particles a target's preposition may hang on (not "up": "up to" counts, see below)
PARTICLES = {"back", "over", "out", "off", "away"}


def leavers(noun: Any) -> list[Any]:
    """Who is to leave, in a noun of leaving ("called for the withdrawal of Iraqi forces from
    Kuwait"): whom a call or demand for it is to, before the place they leave."""
    if noun.lemma_.lower() not in DEPARTURES:
        return []
    return [p for prep in _preps(noun, {"of"}) for p in _pobjs(prep)]


# Codes of asking for someone's release (appeal, demand): asked of whoever holds them.
RELEASE_ASKED = ("0253", "1053")
# Participles that say who holds people: "hostages held by Hezbollah", "sailors seized by
# Iranian forces", "aid workers kidnapped in Baghdad".
CAPTURING = {"hold", "keep", "kidnap", "abduct", "seize", "capture", "detain", "jail",
             "imprison", "arrest", "snatch", "take", "sentence", "condemn", "convict"}


def captors(act: Any, places: bool = False) -> list[Any]:
    """Who holds the people an act of release names ("called for the release of hostages held
    by Hezbollah"): the agent of the participle or relative clause on them (with `places`, the
    place they are held instead: "aid workers kidnapped in Baghdad")."""
    if act.pos_ in {"NOUN", "PROPN"}:
        held = [p for prep in _preps(act, {"of", "for"}) for p in _pobjs(prep)]
    else:
        held = [c for c in act.children if c.dep_ == "dobj"]
        # ("urged clemency for Rizana Nafeek, a housemaid sentenced to death by a Saudi court",
        # the "for" on the object or on the verb)
        held += [p for c in [*held, act] for prep in _preps(c, {"for"}) for p in _pobjs(prep)]
    # (… and through an apposition: "Nafeek, a Sri Lankan housemaid sentenced …")
    held += [a for p in held for a in p.children if a.dep_ == "appos"]
    agents, held_in = [], []
    for person in held:
        for clause in person.children:
            if clause.dep_ not in {"acl", "relcl"} or clause.lemma_.lower() not in CAPTURING:
                continue
            for c in clause.children:
                if c.dep_ == "agent":
                    agents += list(_pobjs(c))
                elif c.dep_ == "prep" and c.lower_ in {"in", "by"}:
                    (agents if c.lower_ == "by" else held_in).extend(_pobjs(c))
    return held_in if places else agents


def rejected_things(verb: Any) -> list[Any]:
    """The nouns a rejection is of: its object, or the object of its preposition ("reneged
    on his commitment", "backed out of the deal")."""
    preps = [c for c in verb.children if c.dep_ in {"prep", "prt"}]
    # "backed out of the deal" may hang "of" under "out"
    preps += [g for c in preps for g in c.children if g.dep_ == "prep"]
    return [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"] + [
        p for prep in preps if prep.lower_ in {"on", "of", "from"}
        for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]


# Measures taken against someone: the "against" or "on" names whom
MEASURES = frozenset({"sanction", "embargo", "blockade", "ban", "restriction", "curb", "boycott",
                      "siege", "tariff", "measure", "penalty"})


def verb_target_tokens(verb: Any, trigger: Any, cues: Cues) -> Iterator[tuple[Any, str]]:
    """Candidate target tokens for a verb trigger, best first, with how each was found."""
    obj = getattr(trigger, "object_token", None)
    target_prep = getattr(trigger, "target_prep", None)
    holders = [verb] + ([obj] if obj is not None and obj.i != verb.i else [])
    # ("handed Hong Kong back to China": the preposition may hang on the particle)
    # (… or on "out" parsed as a preposition of its own: "pulling its troops out of Beirut")
    holders += [c for c in verb.children if c.dep_ in {"prt", "advmod", "prep"}
                and c.lower_ in PARTICLES and (c.dep_ != "prep" or any(_preps(c)))]
    # ("played host to Ahmadinejad": the preposition hangs on a noun the pattern writes as a
    # bare word)
    bare_words = {w for item in getattr(getattr(trigger, "pattern", None), "items", ())
                  if item.kind == "word" for w in item.words}
    holders += [c for c in verb.children if c.dep_ in {"dobj", "attr"}
                and c.lemma_.lower() in bare_words and c not in holders]
    code = getattr(getattr(trigger, "pattern", None), "code", "") or ""
    if code.startswith(RELEASE_ASKED):
        # "demanded the release of 49 Ivorian soldiers arrested in Mali": a release is asked of
        # whoever holds them (the agent, else the place they are held) before the released
        for places in (False, True):
            yield from ((p, "object") for a in ([obj] if obj is not None else []) + [verb]
                        for p in captors(a, places=places))
    if target_prep:
        # ("imposed an arms embargo, travel bans and asset freezes on Eritrea's leaders", with
        # "freezes" read as a second verb: a bare conjunct after the object is the object's)
        bare = [c for c in verb.children if c.dep_ == "conj" and obj is not None
                and c.i > obj.i and not any(
                    g.dep_ in SUBJECTS | {"dobj", "nsubjpass", "aux"} for g in c.children)]
        for h in holders + bare:
            for prep in _preps(h, {target_prep}):
                for p in _pobjs(prep):
                    yield p, "pattern"
        if obj is not None:
            # "extradited a man accused of trafficking to the United States": the parser may
            # hang the pattern's preposition anywhere inside the object phrase
            for t in obj.subtree:
                if t.dep_ == "prep" and t.lower_ == target_prep:
                    for p in _pobjs(t):
                        yield p, "pattern"
    # "opened one of Saddam's palaces to U.N. inspectors" ("open [palace] to [inspector]"):
    # an object the pattern names after a target preposition is the target, before the thing
    # acted on
    for item in getattr(getattr(trigger, "pattern", None), "items", ()):
        if item.kind == "object" and item.prep in PATTERN_TARGET_PREPS:
            for h in holders:
                for prep in _preps(h, {item.prep}):
                    for p in _pobjs(prep):
                        yield p, "pattern"
    if obj is not None and code[:2] in {"02", "10"}:
        yield from ((p, "object") for p in leavers(obj))
    if obj is not None and not target_prep and "03" <= code[:2] <= "08":
        # "shared intelligence on troop movements with Ukraine": the partner of a cooperative
        # act, wherever the parser hangs its "with" inside the object phrase
        for t in obj.subtree:
            if t.dep_ == "prep" and t.lower_ == "with":
                for p in _pobjs(t):
                    yield p, "pattern"
    if code[:2] == "12":
        # "reneged on his commitment to the Zambian people": a rejected promise or deal is
        # aimed at whom it was made to, or with
        for o in rejected_things(verb):
            for prep in _preps(o, {"to", "with"}):
                for p in _pobjs(prep):
                    yield p, "pattern"
    for o in {*([obj] if obj is not None else []), *(c for c in verb.children
                                                     if c.dep_ == "dobj")}:
        if o.lemma_.lower() in DIPLOMATIC_POSTS and not any(
                c.dep_ in {"amod", "compound", "poss", "nmod"} and c.pos_ in {"PROPN", "ADJ"}
                for c in o.children):
            # "recalled its ambassador to Israel", "closed its embassy in Kabul": the post
            # names the other country (but "the Soviet embassy in Tehran" is the Soviets')
            for prep in _preps(o, {"to", "in"}):
                for p in _pobjs(prep):
                    yield p, "post"
    patient = passive_patient(verb)
    if patient is not None:
        yield patient, "passive"
    clauses = [c.i for c in verb.children if c.dep_ in {"advcl", "xcomp", "ccomp"}]
    for c in verb.children:
        if c.dep_ in {"dobj", "iobj", "dative", "attr", "oprd"} and c.pos_ != "ADP":
            if c.dep_ == "dobj" and any(i < c.i for i in clauses) and any(
                    o.dep_ == "dobj" and o.i < c.i for o in verb.children):
                # "sent three battalions … to hunt guerrillas holding 20 hostages, among them
                # three Americans": a second object after a clause of the verb belongs to it
                continue
            if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                # "two aid workers, whom the gunmen had abducted": the noun the clause hangs on
                # (as subject_of and passive_patient read a relative subject)
                yield verb.head, "object"
                continue
            if c.lemma_.lower() in MEASURES:
                # "offered to suspend U.N. sanctions against Libya": whom a measure is against,
                # before whose measure it is (… also through its participle: "waived the
                # sanctions imposed on India")
                laid = [a for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"]
                for prep in [p for h in [c, *laid] for p in _preps(h, {"against", "on", "upon"})]:
                    for p in _pobjs(prep):
                        yield p, "pattern"
            # the pattern's own object word is the target too when it names one: "expelled
            # Russian diplomats"; "cut ties" names nobody and falls through
            yield c, "object"
            if c.pos_ == "NOUN":
                # "condemned the missile test by North Korea", "rejected calls from
                # lawmakers": an act or a proposal stands for its author
                authored = {"by", "from"} if c.lemma_.lower() in MESSAGES else {"by"}
                for prep in _preps(c, authored):
                    for p in _pobjs(prep):
                        yield p, "object"
                for acl in c.children:
                    if acl.dep_ == "acl" and acl.lemma_.lower() in CARRYING:
                        # "hijacked a bus carrying Kenyan tourists", "shot down a plane
                        # carrying Iranian pilgrims": who is on board
                        for p in acl.children:
                            if p.dep_ == "dobj":
                                yield p, "object"
                if c.dep_ == "dobj" and passive_patient(verb) is None:
                    # "rejected a proposal by Romania" with "by" hung on the verb: an active
                    # verb that has its subject takes no agent, so the "by" is the object's
                    for prep in _preps(verb, {"by"}):
                        for p in _pobjs(prep):
                            yield p, "object"
                # … and through what it is about: "an investigation into war crimes committed
                # by Russian forces"
                about = [c] + [p for prep in _preps(c, {"into", "of", "over", "on", "about"})
                               for p in _pobjs(prep)]
                for thing in about:
                    for acl in thing.children:
                        if acl.dep_ == "acl" and acl.tag_ == "VBN":
                            for agent in acl.children:
                                if agent.dep_ == "agent":
                                    for p in _pobjs(agent):
                                        yield p, "object"
    if not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        # "pardoned and freed 300 prisoners": two verbs sharing the object the parser hung on
        # the second
        for conj in verb.children:
            if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i == verb.i + 2 and \
                    verb.nbor(1).lower_ in {"and", "or"}:
                for c in conj.children:
                    if c.dep_ == "dobj":
                        yield c, "object"
    for c in verb.children:
        if c.dep_ in {"dep", "appos", "npadvmod"} and c.pos_ in {"NOUN", "PROPN"} and any(
                p.dep_ == "prep" and p.lower_ in {"among", "including"} for p in c.children):
            # "abducted 21 people, among them three Germans, two French and two Finns", the
            # list hung loose on the verb: who the victims are
            yield c, "object"
    for c in verb.children:
        if c.dep_ == "prt" and c.lower_ == "up":
            # "kidnapped up to 16 advisers": the parser may read "up to" as particle and
            # preposition, leaving the counted object under them
            for prep in _preps(c, {"to"}):
                for p in _pobjs(prep):
                    if any(g.dep_ == "nummod" for g in p.children):
                        yield p, "object"
    for c in verb.children:  # "defended the right of Russian troops …": whose the object is
        if c.dep_ == "dobj" and c.pos_ == "NOUN":
            for prep in _preps(c, {"of"}):
                for p in _pobjs(prep):
                    yield p, "of-object"
    for c in verb.children:  # "gave Iran aid" parses the recipient as dative
        if c.dep_ == "dative" and (c.pos_ == "ADP" or c.tag_ == "TO"):
            for p in _pobjs(c):
                yield p, "object"
    if obj is not None and obj.dep_ == "pobj" and (obj.head.head.i == verb.i or (
            obj.head.head.dep_ == "dobj" and obj.head.head.head.i == verb.i)):
        # the object of the pattern's own preposition ("crossed into Rwanda from Zaire",
        # "fired on the convoy"): before any other preposition's
        yield obj, "object"
    for name in cues.target_prepositions:
        for h in holders:
            for prep in _preps(h, {name}):
                for p in _pobjs(prep):
                    yield p, "preposition"
                    if p.lemma_.lower() in MESSAGES:
                        # "gave in to demands from the unions": whose the demands are
                        for by in _preps(p, {"from", "by"}):
                            for g in _pobjs(by):
                                yield g, "preposition"
    # "relations between Moscow and Pyongyang", "called for talks between …": the partners
    # inside the object phrase, or inside the object of a target preposition.
    inner = list(holders)
    for h in holders:
        inner += [c for c in h.children if c.dep_ in {"dobj", "attr"}]
        for prep in _preps(h, set(cues.target_prepositions)):
            inner += list(_pobjs(prep))
    if code.startswith("045"):
        # "acted as go-between in months of secret negotiations between Israel and the PLO":
        # a mediator's parties, wherever the talks are named
        inner += [t for c in verb.children if c.dep_ not in SUBJECTS for t in c.subtree
                  if t.pos_ in {"NOUN", "PROPN"} and any(_preps(t, {"between", "among"}))]
    for h in inner:
        for prep in _preps(h, {"between", "among"}):
            for p in _pobjs(prep):
                yield p, "between"
    if obj is not None and obj.dep_ not in {"dobj", "iobj", "dative", "attr", "oprd"}:
        yield obj, "object"
    if code.startswith(RELEASE_ASKED):
        # (… else where they are held: "the release of hostages held in Lebanon")
        yield from ((p, "object") for a in ([obj] if obj is not None else []) + [verb]
                    for p in captors(a, places=True))


# Nouns that only measure an event: "a round of talks", "a wave of strikes", "a day of talks".
MEASURE_NOUNS = {
    "round",
    "wave",
    "series",
    "spate",
    "string",
    "day",
    "week",
    "month",
    "year",
    "session",
    "set",
    "number",
    "flurry",
    "barrage",
    "volley",
    "campaign",
    "bout",
    "cycle",
    "phase",
    "stage",
    "resumption",
    "start",
    "end",
    "continuation",
    "escalation",
    "new",
    "fresh",
    "part",
    "kind",
    "type",
    "form",
    "act",
    "threat",
    "ton",
    "tonne",
    "million",
    "billion",
    "dollar",
    "shipment",
    "consignment",
    "package",
    "load",
    "amount",
    "quantity",
    "batch",
    "convoy",
    "delivery",
    "lot",
    "volume",
    "supply",
    "worth",
}


# Nouns of giving whose "of" names a thing owned by the giver ("the sharing of U.S.
# intelligence", "the transfer of Russian gas").
GIVINGS = {"sharing", "transfer", "delivery", "supply", "sale", "shipment", "handover",
           "provision", "export"}
# Nouns of a movement whose "of" names who moves ("the withdrawal of Syrian troops", "the
# arrival of NATO forces"), unlike acts done to the "of" ("the expulsion of diplomats").
MOVES_OF = {"withdrawal", "pullout", "pull-out", "retreat", "departure", "arrival", "advance",
            "redeployment", "deployment", "incursion", "entry", "drawdown"}


def carrier_of(noun: Any) -> Any:
    """The word that stands for an event noun in the clause: "a round of talks" -> "round",
    and in a list of objects the list's head: "launched artillery and rocket fire" ->
    "artillery"."""
    t = noun
    while t.dep_ == "conj" and t.head.pos_ in {"NOUN", "PROPN"} and t.head.dep_ in {
            "conj", "dobj", "attr", "pobj"}:
        t = t.head
    while (
        t.dep_ == "pobj"
        and t.head.lower_ == "of"
        and t.head.head.lemma_.lower() in MEASURE_NOUNS
        and t.head.head.pos_ == "NOUN"
    ):
        t = t.head.head
    return t


# Verbs whose "in X" is taking part in X.
TAKING_PART = {"engage", "participate", "take", "join", "involve", "lock", "embroil", "enter",
               "remain", "stay", "bog", "mire", "persist", "continue", "resume", "invest",
               "intervene", "interfere", "meddle", "collaborate", "cooperate", "unite", "succeed",
               "fail", "help", "assist", "lead", "sit",
               # "killed 40 civilians in an air raid": the raid is the killers'
               "kill", "wound", "injure", "destroy", "damage", "hit", "target", "capture",
               "seize", "shoot", "down", "attack", "strike", "bomb", "shell", "massacre"}


def indefinite_act(noun: Any) -> bool:
    """ "swept into Lebanon in an offensive against guerrillas", "were killed in a raid on the
    camp": an act named with "a" and aimed at someone is how the verb's act was done, not its
    setting (which is known and definite: "in its war with Iraq", "in the fighting")."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ in {"against", "on", "into"} for c in noun.children)


# Verbs whose agent is the author of the act a noun names ("a strike called by the unions")
ORGANISING_VERBS = frozenset({"call", "organise", "organize", "stage", "lead", "launch",
                              "mount", "carry", "conduct", "spearhead", "declare"})


def noun_source_tokens(noun: Any) -> Iterator[tuple[Any, str]]:
    """Candidate source tokens for an event noun: possessor, adjective, "by", light verb."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in RESPONSIBLE \
            and prep.head.dep_ in {"acomp", "attr"}:
        # "Syrian government forces were responsible for a sarin attack": who is responsible
        # for an act did it
        s, passive = subject_of(prep.head.head)
        if s is not None and not passive:
            yield s, "light-verb"
    for c in noun.children:
        if c.dep_ == "poss":
            yield c, "possessive"
    for prep in _preps(noun, {"by"}):
        for p in _pobjs(prep):
            yield p, "by"
    for c in noun.children:
        if c.dep_ == "agent":
            for p in _pobjs(c):
                yield p, "by"
    # "a strike called by the opposition", "a march organised by students": who called,
    # staged or led it
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in ORGANISING_VERBS:
            for by in acl.children:
                if by.dep_ == "agent":
                    for p in _pobjs(by):
                        yield p, "by"
    # ("the expulsion of four Russian diplomats by Britain": the "by" hung on the "of" object)
    for of in _preps(noun, {"of"}):
        for obj in _pobjs(of):
            for by in _preps(obj, {"by"}):
                for p in _pobjs(by):
                    yield p, "by"
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"}:
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.pos_ == "NOUN":
        # "the imposition of an oil and arms embargo on Haiti by the Security Council": the
        # "by" of the act done to the noun
        for by in _preps(first.head.head, {"by"}):
            for p in _pobjs(by):
                yield p, "by"
    for c in noun.children:
        if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i:
            if c.lemma_.lower() in THIRD_PARTIES and c.tag_ in {"VBN", "JJ"}:
                continue  # "a U.N.-brokered ceasefire", "a U.S.-backed offensive": a helper
            yield c, "modifier"
    carrier = carrier_of(noun)
    if carrier.i != noun.i:
        for c in carrier.children:
            if c.dep_ == "poss":
                yield c, "possessive"
    head = carrier.head
    if carrier.dep_ in {"dobj", "attr"} and head.pos_ in {"VERB", "AUX"}:
        s, passive = subject_of(head)
        if s is not None and not passive:
            yield s, "light-verb"
    if (
        carrier.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.head.pos_ == "VERB"
        and head.lower_ in {"in", "into", "to", "for", "as", "with"}
        # "agreed to mediation in the talks": "in" says the setting, unless the verb says
        # taking part ("engaged in talks", "took part in")
        and (head.lower_ != "in" or head.head.lemma_.lower() in TAKING_PART
             or indefinite_act(noun))
    ):
        # … and "used civilians as human shields", "took them as hostages"
        # "engaged in talks", "resorted to force", "returned to Geneva for talks", and the act
        # an active verb is done with ("retaliated with air strikes", "opened the Assembly
        # with a blistering attack on U.S. espionage")
        s, passive = subject_of(head.head)
        if s is not None and not passive:
            yield s, "light-verb"
    if noun.lemma_.lower() in GIVINGS:
        # "the sharing of U.S. intelligence with Turkey": whose the thing given is gives it
        for prep in _preps(noun, {"of"}):
            for p in _pobjs(prep):
                for c in p.children:
                    if c.dep_ in {"poss", "amod", "compound", "nmod"} and c.i < p.i:
                        yield c, "possessive"
    if noun.lemma_.lower() in MOVES_OF:
        # "the withdrawal of Syrian troops from Lebanon": whose forces move is who moves
        # them (when no one is named as doing it)
        for prep in _preps(noun, {"of"}):
            for p in _pobjs(prep):
                yield p, "possessive"


def noun_target_tokens(noun: Any, trigger: Any, cues: Cues) -> Iterator[tuple[Any, str]]:
    """Candidate target tokens for an event noun: "of", "on", "against", "with", "to" …"""
    target_prep = getattr(trigger, "target_prep", None)
    names = ([target_prep] if target_prep else []) + [
        "against",
        "on",
        "of",
        "with",
        "to",
        "into",
        "upon",
        "toward",
        "towards",
        "for",
        "from",
    ]
    code = getattr(getattr(trigger, "pattern", None), "code", "") or ""
    if code.startswith(("04", "06")):
        # "talks on Namibia's independence", "sharing intelligence with Turkey on Kurdish
        # rebels": the topic, not a partner
        names.remove("on")
    if noun.lemma_.lower() in GIVINGS:
        names.remove("of")  # "the sharing of U.S. intelligence": what is given
    for name in names:
        for prep in _preps(noun, {name}):
            for p in _pobjs(prep):
                # "a truce between A and B" names both sides, whatever the pattern says
                yield p, "between" if name in {"between", "among"} else "preposition"
    for prep in _preps(noun, {"between", "among"}):
        for p in _pobjs(prep):
            yield p, "between"
    # "a suspension of ferry services *to Belarus*": the pattern's object carries the other side
    obj = getattr(trigger, "object_token", None)
    if obj is not None and obj.i != noun.i:
        for name in ["with", "to", "against", "on", "from"]:
            for prep in _preps(obj, {name}):
                for p in _pobjs(prep):
                    yield p, "preposition"
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i:
        # "an oil and arms embargo on Haiti", the "on" hung on the first conjunct
        for name in ["against", "on", "upon", "to"]:
            for prep in _preps(noun.head, {name}):
                for p in _pobjs(prep):
                    yield p, "preposition"
    carrier = carrier_of(noun)
    head = carrier.head
    if carrier.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB":
        # "held thousands of civilians as human shields": whom the verb holds
        for c in head.head.children:
            if c.dep_ in {"dobj", "nsubjpass"}:
                yield c, "object"
    if carrier.dep_ == "dobj" and head.pos_ == "VERB":
        # "imposed sanctions on Iran", "launched strikes against …": the light verb's preps.
        for name in ["on", "against", "with", "to", "upon", "into"]:
            for prep in _preps(head, {name}):
                for p in _pobjs(prep):
                    yield p, "preposition"
        for c in head.children:
            if c.dep_ == "dative":
                for p in [c] if c.pos_ != "ADP" else _pobjs(c):
                    yield p, "object"
