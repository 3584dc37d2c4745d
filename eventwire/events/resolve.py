"""Which actors stand in an argument position, when the text does not simply name them.

The coder proposes candidate tokens for a source or a target, best first (``arguments.py``);
``first_actors`` takes the first that names an actor.  When none does, a few documented guesses
follow, each marked ``how="place"``/``"role"`` so that confidence can discount it: a place the
act is aimed at stands for its country ("shelled Kharkiv"), a role with no country belongs where
the act happens or to the source's own country ("police dispersed demonstrators"), and a
demonstration with no named target is against the authorities where it happens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.actors.mentions import ActorRef, SentenceActors, compose_code
from eventwire.events.arguments import AIMED_PREPS, RELEASE_ASKED, misattached_conj
from eventwire.records import Actor

__all__ = ["DOMESTIC_SECTORS", "actor_in_content", "first_actors", "guessed", "locatives",
           "only_other_actor", "people_of_own_place", "place_in_content", "preposition_objects",
           "sources_of", "the_authorities"]

KINDS_OF_ACTS = {"exercise", "drill", "maneuver", "manoeuvre", "operation", "offensive", "aid",
                 "assistance", "cooperation", "action", "intervention", "campaign", "buildup",
                 "deployment", "presence", "pressure", "support", "tie", "relation", "talk",
                 "training", "spending", "budget", "reform"}
INSTITUTIONS = {"army", "military", "police", "government", "cabinet", "parliament",
                "judiciary", "navy", "security", "intelligence"}
CROWDS = {"crowd", "mob", "throng"}
DOMESTIC_SECTORS = {"CVL", "PPL", "OPP", "EDU", "LAB", "REF", "REB", "INS", "SEP", "UAF", "CRM",
                    "AGR", "ENV",
                    "JUD", "LEG", "MED", "BUS", "HLH", "ELI", "PTY", "COP", "HRI", "REL", "MIL",
                    "GOV"}


# Aid agencies and rights groups that no country word claims are, in wire copy, mostly the
# transnational ones (MSF, Amnesty, Human Rights Watch): CAMEO's NGO, with the group's own role
# ("a human rights group protested" -> NGOHRI, "expelled 13 aid agencies" -> NGO).  Rights
# activists and lawyers are people of a place, not organisations, and keep the domestic reading.
ORGANISATION_HEADS = {"group", "organisation", "organization", "watchdog", "agency", "charity",
                      "ngo", "body", "campaigner"}
TRANSNATIONAL = "NGO"


INSURGENT_SECTORS = {"REB", "SEP", "INS"}  # those who fight their own state
# Words that make a force or body someone else's than a state's own ("a regional peacekeeping
# force", "foreign troops", "the coalition forces")
OUTSIDE_FORCES = {"regional", "international", "multinational", "foreign", "peacekeeping",
                  "coalition", "allied", "interim", "transitional", "neutral", "joint"}


def transnational(tok: Any, sector: str | None) -> str | None:
    """The NGO code of an aid or rights organisation named without a country, else None."""
    if sector == TRANSNATIONAL:
        return TRANSNATIONAL
    if sector == "HRI" and tok.lemma_.lower() in ORGANISATION_HEADS:
        return TRANSNATIONAL + sector
    return None


def guessed(country: str, sector: str | None, text: str) -> ActorRef:
    """An actor the text does not name, inferred by a documented rule (confidence discounts
    ``how="guess"``)."""
    return ActorRef(Actor(text=text, code=compose_code(country, sector), country=country,
                          sector=sector), "role", "guess")


def same_actor(a: ActorRef, b: ActorRef) -> bool:
    """Whether two references name one actor: the same code, unless they are two people the
    base tells apart ("Barzani met Talabani": two Kurdish leaders, both IRQREB, meet)."""
    if a.code != b.code:
        return False
    return not (a.person_key and b.person_key and a.person_key != b.person_key)


def first_actors(
    cands: Iterable[tuple[Any, str]], sa: SentenceActors, exclude: list[ActorRef] | None = None,
    own_country: bool = False,
) -> tuple[list[ActorRef], str | None]:
    """Actors of the first candidate token that names any, skipping the excluded ones
    (``own_country``: the sources' own country at large may be the target, as of an inquiry)."""
    excluded = list(exclude or [])
    excluded_countries = {r.country for r in exclude or [] if r.country}
    cands = list(cands)
    for tok, how in cands:
        refs = sa.actors(tok)
        if how == "between":
            refs = [r for r in refs if r.country not in excluded_countries]
        if exclude and all(x.actor.sector for x in exclude):
            # "the military ruler promised Nigerians …": a government, army or party acting on
            # its own people named by their plural is acting on its population
            refs = [guessed(r.country, "CVL", tok.text) if r.kind == "state"
                    and not r.actor.sector and r.country in excluded_countries
                    and sa.names_people(tok) else r for r in refs]
        # "reopened its embassy in Tehran": the source's own things are not its targets, nor
        # is its own country at large ("Hamas threatened to quit the talks on a Gaza truce
        # unless Israel …": Israel, not Gaza)
        refs = [r for r in refs if not any(same_actor(r, x) for x in excluded)
                and not (r.how == "possessive" and r.country in excluded_countries)
                and not (exclude and not own_country and r.kind == "state"
                         and not r.actor.sector and r.country in excluded_countries)]
        if not refs and exclude is not None:
            # "accused his sacked deputy Riek Machar": the name in apposition, when the
            # description is only the source's own
            refs = [r for a in tok.children if a.dep_ == "appos" for r in sa.actors(a)
                    if not any(same_actor(r, x) for x in excluded)]
        if refs:
            return refs, how
    if exclude is None:
        return [], None
    rebel_home = {r.country for r in exclude if r.country and len(r.country) == 3}
    if len(rebel_home) == 1 and all(r.actor.sector in INSURGENT_SECTORS for r in exclude):
        # "Tamil Tiger rebels … ready to meet government negotiators in Geneva": the
        # government or army rebels face is their own state's, wherever they meet it
        for tok, how in cands:
            sector = sa.role_only(tok)
            if sector in {"GOV", "MIL", "COP"} and how in {"object", "preposition", "pattern"} \
                    and not any(t.lower_ in OUTSIDE_FORCES for t in tok.subtree):
                country = next(iter(rebel_home))
                return [guessed(country, sector, tok.text)], "role"
    # Nothing named: a place the act is directed at stands for its country (targets only).
    for tok, how in cands:
        # "signed an agreement in Washington": where an event noun happens is its venue
        if how in {"object", "preposition", "pattern", "post"} and tok.i not in sa.event_tokens:
            # (a breakaway region of the own country is its separatists: RUSSEP)
            refs = [r for r in sa.located(tok) if r.country not in excluded_countries
                    or r.actor.sector == "SEP"]
            if not refs and how == "pattern" and tok.dep_ == "pobj" \
                    and tok.head.head.pos_ in {"VERB", "AUX"}:
                # "dispatched inspectors to the Esfahan facilities in central Iran", with "in"
                # hung on the verb: the place of the destination
                refs = [r for p in locatives_in(tok.head.head) if sa.names_place(p)
                        for r in sa.resolve(p)
                        if r.kind == "state" and r.country not in excluded_countries]
            if refs:
                return refs, "place"
    # A role with no country ("police dispersed demonstrators", "militants abducted schoolgirls
    # in northeastern Nigeria") belongs where the act happens, else to the source's own country
    # when no other country is in play ("Moscow denied targeting civilians" in a story about
    # Ukraine is not about Russian civilians).  Marked as a guess.
    roles = [(tok, sa.role_only(tok)) for tok, how in cands
             if how in {"object", "preposition", "pattern", "passive", "of-object"}
             # ("joint military exercises", "military aid": a kind of act named by a role
             # modifier is no actor)
             and not (tok.lemma_.lower() in KINDS_OF_ACTS and not sa.is_named(tok))]
    for tok, sector in roles:
        code = transnational(tok, sector)
        if code and sa.place_country() is None:
            return [ActorRef(Actor(text=tok.text, code=code, sector=sector), "role",
                             "guess")], "role"
    roles = [(tok, sector) for tok, sector in roles if sector in DOMESTIC_SECTORS]
    if not roles:
        return [], None
    tok, sector = roles[0]
    country = sa.place_country()
    if country is None:
        home = next((r.country for r in exclude if r.country and len(r.country) == 3), None)
        # (who reports it is no other party: "…, U.S. officials said")
        reporters = {r.country for t in sa.reporter_tokens for r in sa.resolve(sa.doc[t])}
        others = [a for a in sa.context.last_states(3, sa.sentence_index, 10**6)
                  if a.country and a.country != home and a.country not in reporters]
        # "Israel's cabinet ordered an inquiry into the army's role": "the army", "the
        # police" with no country are the source's own institutions
        own_institution = tok.lemma_.lower() in INSTITUTIONS and any(
            d.dep_ == "det" and d.lower_ == "the" for d in tok.children)
        country = home if home and (not others or own_institution) else None
    if country is None:
        return [], None
    return [ActorRef(Actor(text=tok.text, code=compose_code(country, sector), country=country,
                           sector=sector), "role", "guess")], "role"


def people_of_own_place(cands: Iterable[tuple[Any, str]], sa: SentenceActors,
                        sources: list[ActorRef]) -> tuple[list[ActorRef], str | None]:
    """A place in the source's own country hit by force stands for the people there
    ("Syrian troops shelled Hama" -> SYRCVL).  Only for sources with a role (troops, police,
    rebels): a state named alone is not said to attack itself.  A guess."""
    own = {s.country for s in sources if s.country and s.actor.sector}
    if not own:
        return [], None
    for tok, how in cands:
        if how not in {"object", "preposition", "pattern"}:
            continue
        for r in sa.located(tok):
            if r.country in own:
                return [guessed(r.country, "CVL", tok.text)], "place"
    return [], None


def the_authorities(sources: list[ActorRef], sa: SentenceActors
                    ) -> tuple[list[ActorRef], str]:
    """Whom a demonstration with no named target is against: the government where it happens
    (CAMEO's convention for protests)."""
    # in "the Israeli-occupied West Bank" the authorities are the occupier's
    # (and prisoners protest against whoever holds them: "in Israeli jails")
    firm = _at_a_firm(sa)
    if firm is not None:
        # ("workers at Volkswagen's plant went on strike over pay", "Lufthansa pilots went on
        # strike"): against the firm, when the base knows it
        return (firm, "object") if firm else ([], "none")
    country = sa.occupier() or sa.jailer() or sa.place_country() or next(
        (s.country for s in sources if s.country and len(s.country) == 3), None)
    if country is None or any(s.code == country + "GOV" for s in sources):
        return [], "none"
    return [guessed(country, "GOV", "the authorities")], "role"


# Where a firm's people work, and who they are: "workers at Volkswagen's plant", "Boeing
# machinists", "Ryanair pilots"
WORKPLACES = {"plant", "factory", "mine", "refinery", "mill", "warehouse", "store", "shop",
              "works", "shipyard", "site", "depot", "terminal", "office", "headquarters"}
STAFF = {"worker", "employee", "staff", "machinist", "pilot", "miner", "driver", "crew",
         "workforce", "dockworker", "technician", "engineer", "cabin_crew", "steelworker",
         "autoworker"}


def _at_a_firm(sa: SentenceActors) -> list[ActorRef] | None:
    """The firm a dispute is with, when the sentence names one owning a workplace or its staff
    (its actors, or [] for a name the base does not know); None when it names none.  A dispute
    with a firm is no protest against the authorities, who are not named ("Workers at
    Volkswagen's plant in Wolfsburg went on strike over pay")."""
    for t in sa.tokens:
        lemma = t.lemma_.lower()
        if lemma in WORKPLACES or lemma in STAFF:
            # (a workplace by its owner's possessive, "Volkswagen's plant"; a named workplace,
            # "the Lenin shipyard", may be the state's own)
            deps = {"poss", "compound"} if lemma in STAFF else {"poss"}
            for owner in (c for c in t.children if c.dep_ in deps and c.pos_ == "PROPN"):
                refs = sa.resolve(owner)
                if not refs and not sa.located(owner):
                    return []
                if refs and all(r.actor.sector == "BUS" for r in refs):
                    return list(refs)
    return None


def sources_of(subj: Any, sa: SentenceActors) -> list[ActorRef]:
    """The actors of a subject; a role with no country ("Thousands of protesters rallied in
    Yerevan") is placed where the sentence says it acts, as a guess."""
    if subj is None:
        return []
    refs = sa.actors(subj)
    if refs:
        return refs
    sector = sa.role_only(subj)
    if sector is None and subj.lemma_.lower() in CROWDS:
        # "huge crowds stormed the parliament in Belgrade": a crowd that acts is people of
        # where it acts (as an object, "a crowd" needs a nationality to be anyone)
        sector = "CVL"
    leaders = [r for acl in subj.children if acl.dep_ == "acl" and acl.lower_ == "led"
               for a in acl.children if a.dep_ == "agent"
               for p in a.children if p.dep_ == "pobj" for r in sa.actors(p)
               if r.country and len(r.country) == 3]
    if sector and leaders:
        # "thousands of coca growers led by Evo Morales": a following is of its leader's
        # country (a guess)
        text = " ".join(t.text for t in subj.subtree if t.i <= subj.i)
        return [guessed(leaders[0].country, sector, text)]
    code = transnational(subj, sector)
    if code and sa.place_country() is None:
        return [ActorRef(Actor(text=subj.text, code=code, sector=sector), "role", "guess")]
    if sector in DOMESTIC_SECTORS:
        country = sa.home_country(subj, sector)
        if country:
            # the words before the head as written ("suicide bombers", not "bombers")
            text = " ".join(t.text for t in subj.subtree if t.i <= subj.i)
            return [ActorRef(Actor(text=text, code=compose_code(country, sector),
                                   country=country, sector=sector), "role", "guess")]
    earlier = [c for c in subj.head.children if c.dep_ == "nsubj" and c.i < subj.i] \
        if subj.dep_ == "nsubj" and subj.pos_ == "PROPN" else []
    if earlier:
        # "Turkey's Constitutional Court, in a ruling read by its chief judge, Hasim Kilic,
        # closed …": a name cut off its apposition became a second subject; the first acts
        return sources_of(earlier[-1], sa)
    return []


def preposition_objects(tok: Any, names: set[str]) -> list[tuple[Any, str]]:
    # (and the subject of a gerund read as the preposition's clause: "fired at Palestinians
    # hurling stones")
    return [(p, "preposition") for c in tok.children if c.dep_ == "prep" and c.lower_ in names
            for p in [*(g for g in c.children if g.dep_ == "pobj"),
                      *(n for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                        and c.lower_ in AIMED_PREPS
                        for n in g.children if n.dep_ == "nsubj")]]


def locatives_in(tok: Any) -> list[Any]:
    """Objects of "in"/"inside" attached to a word."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "inside"}
            for p in c.children if p.dep_ == "pobj"]


def locatives(tok: Any) -> list[tuple[Any, str]]:
    """Objects of "in"/"across"/"on" attached to a word, as target candidates."""
    return [(p, "preposition") for c in tok.children if c.dep_ == "prep"
            and c.lower_ in {"in", "across", "on", "over", "around", "throughout", "near",
                             "along", "to", "into"}
            for p in c.children if p.dep_ == "pobj"]


# Dependencies of a noun phrase that takes part in a clause (not a modifier inside a name).
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos", "conj",
                 "poss", "oprd"}


def _main_act(anchor: Any, sa: SentenceActors, reporter: Any) -> bool:
    """The sentence's main act: its root, what its reporting verb reports, or an act noun
    that is the subject of a root that is no act itself ("A call by the OAU for a ceasefire
    in Burundi went unheeded")."""
    if anchor.dep_ == "ROOT" or (reporter is not None and anchor.head.i == reporter.i):
        return True
    # (a determiner or possessor makes it a phrase of its own: "U.N. war crimes investigators
    # said", misparsed with "crimes" as a subject, is not)
    return anchor.pos_ in {"NOUN", "PROPN"} and anchor.dep_ in {"nsubj", "nsubjpass"} \
        and anchor.head.dep_ == "ROOT" and anchor.head.i not in sa.event_codes \
        and any(c.dep_ in {"det", "poss"} for c in anchor.children)


def only_other_actor(trigger: Any, sources: list[ActorRef], sa: SentenceActors,
                     reporter: Any = None) -> tuple[list[ActorRef], str | None]:
    """The target of an act whose grammar names none: the one other actor the sentence
    names, outside the reporting clause ("Oman agreed to hold exercises to deter
    Iranian incursions" -> IRN).  Nothing when there are several candidates, or none.  A guess."""
    # "demanded that Japan revoke … and dispatched two ships", the second verb misattached to
    # the demanded clause: a main act too (a plain second verb is not: it has an object of its
    # own more often than not, and the one other actor belongs to the first)
    if not _main_act(misattached_conj(trigger) or trigger, sa, reporter):
        return [], None  # only the sentence's main act: side events keep their silence
    # a state, or its government, is not its own target; its rebels, police or people may be
    own = {r.code for r in sources} | {r.country for r in sources
                                       if r.country and r.actor.sector in {None, "GOV"}}
    source_countries = {r.country for r in sources if r.country}  # "Kyrgyz" in "Kyrgyz troops"
    skip: set[int] = set()
    if reporter is not None:  # the reporting verb: who reports is not whom the act is about
        skip = {t.i for c in reporter.children if c.dep_ in {"nsubj", "nsubjpass", "agent"}
                for t in c.subtree}
    skip |= _about_people(trigger, sa)
    found: dict[str, ActorRef] = {}
    for t in sa.tokens:
        if t.i in skip or t.dep_ not in ARGUMENT_DEPS or t.i == trigger.i:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in {"in", "at", "near", "from", "on", "during",
                                                  "since", "by"}:
            continue  # places and times, agents of other clauses
        for r in sa.resolve(t):
            if r.code and r.code not in own and r.country not in own and r.kind != "group" \
                    and not any(r.code.startswith(c) for c in own if c and len(c) > 3) \
                    and not (r.actor.sector is None and r.country in source_countries):
                found.setdefault(r.country or r.code, r)
    if len(found) != 1:
        return [], None
    r = next(iter(found.values()))
    return [ActorRef(r.actor, r.kind, "guess", r.plural, r.person_key)], "other"


# Where what an act is about lies: its object's and complement's phrases, not the act's own
# venue ("rejected a call for its forces to be deployed in East Timor", but not "met in Geneva").
CONTENT_DEPS = {"dobj", "xcomp", "ccomp", "prep", "advcl", "attr", "oprd"}
MEETING_ROOTS = {"04", "05"}  # consultations and agreements happen somewhere: their venue
NOT_WHERE = {"from", "during", "since", "by", "after", "before", "until", "at"}
# prepositions of an act whose object is what the act is about, or where it goes
CONTENT_PREPS = {"to", "into", "for", "on", "over", "against", "toward", "towards"}


def _about_people(trigger: Any, sa: SentenceActors) -> set[int]:
    """Tokens of relative clauses about a person, outside the trigger's own clause: nobody
    they name is the act's target ("granted asylum to Assange, who is holed up in its embassy
    to avoid extradition to Sweden").  (What a thing's clause says may be what the act is
    about: "rejected a motion that would have allowed U.S. troops …".)"""
    return {d.i for t in sa.tokens if t.dep_ == "relcl" and not t.is_ancestor(trigger)
            and t.i != trigger.i and (t.head.pos_ == "PROPN" or any(
                c.lower_ in {"who", "whom", "whose"} for c in t.subtree))
            for d in t.subtree}


def _content_phrases(trigger: Any) -> Iterator[Any]:
    """The children of an act that hold what it is about: its object's and complement's
    phrases, a preposition of where it goes or what it is over (the act's own "in Geneva" is its
    venue; "to Afghanistan" is where it goes), and a clause of purpose ("to allow the delivery
    of grain to Afghanistan"), not other adverbial clauses."""
    for child in trigger.children:
        if child.dep_ not in CONTENT_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ not in CONTENT_PREPS:
            continue
        if child.dep_ == "advcl" and not any(
                g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            continue
        yield child


def place_in_content(trigger: Any, code: str, sources: list[ActorRef], sa: SentenceActors,
                     reporter: Any = None) -> tuple[list[ActorRef], str | None]:
    """The target of a main act that names no actor but is about a foreign place: that
    place's country ("agreed to extend the mandate of the force in Lebanon" -> LBN, "rejected
    calls to deploy peacekeepers in East Timor" -> TLS).  Only one such country, never the
    source's own, and never a place the act itself happens in.  A guess."""
    # "demanded that Japan revoke … and dispatched two ships", the second verb misattached to
    # the demanded clause: a main act too (a plain second verb is not: it has an object of its
    # own more often than not, and the one other actor belongs to the first)
    if not _main_act(misattached_conj(trigger) or trigger, sa, reporter):
        return [], None
    own = {r.country for r in sources if r.country}
    told = _about_people(trigger, sa)
    found: dict[str, ActorRef] = {}
    for child in _content_phrases(trigger):
        for t in child.subtree:
            if t.i in told or t.pos_ != "PROPN" or t.dep_ in {"compound"} or (
                    t.dep_ == "pobj" and t.head.lower_ in NOT_WHERE):
                continue
            if t.dep_ == "pobj" and t.head.lower_ == "in" and (
                    sa.event_codes.get(t.head.head.i, "")[:2] in MEETING_ROOTS or (
                        code[:2] in MEETING_ROOTS and t.head.head.head.i == trigger.i)):
                continue  # "signed an agreement in Rome", "talks in Geneva": a venue
            refs = [r for r in sa.resolve(t) if r.kind == "state" and r.country
                    and len(r.country) == 3 and sa.names_place(t)] or sa.city(t)
            for r in refs:
                if r.country not in own:
                    found.setdefault(r.country, r)
    if len(found) != 1:
        return [], None
    r = next(iter(found.values()))
    return [guessed(r.country, None, r.actor.text)], "place"


def actor_in_content(trigger: Any, code: str, sources: list[ActorRef], sa: SentenceActors,
                     reporter: Any = None) -> tuple[list[ActorRef], str | None]:
    """The target of a main act whose content names one foreign actor, though not as a place
    or a grammatical object: "agreed to remove roadblocks that hamper Palestinian movement"
    -> PSE, "committed $1 billion to rebuilding the Gaza Strip" -> PSE.  Read like
    :func:`place_in_content` (the object's and complement's phrases, never the act's venue or
    its times), with people and bodies too; only when a single other country is named there,
    so a guess.  (An act's background, "after Israel's offensive", is outside the content.)"""
    if code.startswith(RELEASE_ASKED) or not _main_act(misattached_conj(trigger) or trigger,
                                                        sa, reporter):
        # (whose release is asked for is not whom it is asked of: that is their captors)
        return [], None
    own = {r.country for r in sources if r.country}
    told = _about_people(trigger, sa)
    found: dict[str, ActorRef] = {}
    for child in _content_phrases(trigger):
        # (nor where anything inside it happens: "journalists held hostage in Iraq")
        wheres = {d.i for t in child.subtree if t.dep_ == "prep"
                  and t.lower_ in NOT_WHERE | {"in", "near", "inside", "outside"}
                  for d in t.subtree}
        for t in child.subtree:
            # (a name that only says where a thing is, "its West Bank barrier", is no party)
            if t.i in told or t.i in wheres or t.pos_ not in {"PROPN", "NOUN", "ADJ"} \
                    or t.dep_ == "compound":
                continue
            if t.pos_ == "ADJ" and not sa.resolve(t.head):
                continue  # ("a teenager of Moroccan descent": no people the phrase names)
            for r in sa.resolve(t):
                # (a common noun counts as itself an actor, "the refugees", not as a thing
                # its modifiers place: "its West Bank barrier")
                if r.country and len(r.country) == 3 and r.kind != "group" and (
                        t.pos_ != "NOUN" or r.actor.sector or r.kind in {"person", "org"}):
                    found.setdefault(r.country, r)
    found = {c: r for c, r in found.items() if c not in own}
    if len(found) != 1:
        return [], None
    r = next(iter(found.values()))
    return [ActorRef(r.actor, r.kind, "guess", r.plural, r.person_key)], "content"
