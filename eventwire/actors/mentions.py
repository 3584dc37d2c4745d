"""Actor mentions in a parsed sentence, resolved to CAMEO-style actor codes.

A noun phrase is read as a whole: "Russian President Vladimir Putin" is one actor (a person),
"North Korean state media KCNA" is KCNA, "the Russian Defence Ministry" is a country plus a role
(RUS + MIL), "Ukraine's parliament" a possessor plus a role (UKR + LEG), "Czech and Slovak
officials" two actors.  Inside the phrase a named person or organisation outranks a country
(a country in a compound is usually a modifier: "North Korea leader Kim"), and the role of the
head noun gives the sector.  Pronouns, surnames and descriptions go through the article context
(``coref.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from eventwire.actors.coref import ArticleContext, Found
from eventwire.actors.kb import sovereign_on
from eventwire.quotes import quote_spans
from eventwire.records import Actor

__all__ = ["ActorRef", "SentenceActors", "compose_code", "record_cheap_mentions"]

PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
            "itself", "they", "them", "their", "theirs", "themselves"}
# Inside a direct quote, the first person is the speaker: '"We condemn …," the ministry said.'
FIRST_PERSON = {"we", "us", "our", "ours", "ourselves", "i", "me", "my", "mine", "myself"}
SPEECH_VERBS = {"say", "tell", "state", "declare", "add", "announce", "write", "insist",
                "warn", "stress", "claim", "note", "vow", "pledge", "reply", "respond", "tweet"}
# Words that turn a role into a past one: "former President X" is no longer GOV.
FORMER = {"former", "ex", "ex-", "late", "then", "erstwhile", "one-time", "onetime"}
# Definite descriptions that point back at states.
COLLECTIVE_HEADS = {"country", "nation", "state", "side", "government", "capital", "neighbour",
                    "neighbor", "party", "power", "ally", "partner", "rival"}
NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "all": 0}
# Titles only a monarch or a royal holds ("King Abdullah", "Emir Tamim", "Crown Prince Sultan")
ROYAL_TITLES = {"king", "queen", "emir", "amir", "sultan", "prince", "princess", "monarch"}
# Heads that only count or group what their "of" names: "thousands of Nigerians", "a member of
# the Syrian parliament", "a delegation of Chinese officials".
QUANTITY_HEADS = {"thousand", "hundred", "dozen", "million", "ten", "score", "group", "number",
                  "some", "many", "member", "handful", "crowd", "band", "delegation", "team",
                  "contingent", "unit", "batch", "couple", "few", "several", "most", "all",
                  "majority", "minority", "part", "section", "wing", "faction", "body",
                  "deployment", "wave", "convoy", "detachment", "column", "flotilla",
                  "squadron", "patch", "rest", "remainder", "bulk", "any", "none", "each",
                  "both", "either", "first", "last",
                  # "an alliance of Kenyan opposition parties", "a coalition of rebel groups"
                  "alliance", "coalition", "grouping", "federation", "confederation",
                  "consortium", "umbrella"}
# Heads a nationality adjective describes without making them an actor.
NOT_ACTOR_HEADS = {"language", "alphabet", "script", "dialect", "cuisine", "currency",
                   "translation", "version", "edition", "passport",
                   # nature and markets act on nobody's behalf: "Chile's Calbuco volcano
                   # erupted, forcing 4,000 people to leave"
                   "volcano", "earthquake", "quake", "tremor", "storm", "cyclone", "hurricane",
                   "typhoon", "flood", "flooding", "drought", "tsunami", "wildfire", "landslide",
                   "mudslide", "avalanche", "heatwave", "epidemic", "pandemic", "outbreak",
                   "virus", "economy", "stock", "weather", "eruption",
                   # "Asian bourses staged a powerful rally" (a market is a place with
                   # people in it, unless a stock or bond market: see FINANCIAL)
                   "bourse", "share", "index", "price",
                   # "a teenager of North African descent": where a family comes from
                   "descent", "ancestry", "extraction", "heritage",
                   # sportsmen play for their country; they do not act for it
                   "footballer", "cricketer", "batsman", "bowler", "midfielder", "goalkeeper",
                   "winger", "playmaker", "sprinter", "midfield"}
# Sports whose unions, federations and boards act for no state ("Samoa's Rugby Union")
SPORT_WORDS = {"rugby", "football", "soccer", "cricket", "tennis", "athletics", "hockey",
               "basketball", "volleyball", "boxing", "cycling", "golf", "swimming", "chess",
               "handball", "baseball", "wrestling", "judo", "skiing", "badminton"}
FINANCIAL = {"stock", "bond", "equity", "share"}
# Honorifics written before a surname that are no given names ("Mr Fahmy", "Sheikh Yassin").
TITLE_WORDS = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "sheikh", "sheik",
               "general", "gen", "colonel", "col", "major", "captain", "capt", "president",
               "premier", "minister", "chancellor", "king", "queen", "prince", "princess", "emir",
               "sultan", "ayatollah", "imam", "rev", "father", "bishop", "cardinal", "pope",
               "senator", "sen", "governor", "gov", "judge", "justice", "marshal", "admiral",
               "commander", "chairman", "secretary", "ambassador", "mayor", "comrade", "madame",
               "monsieur", "herr", "señor", "senor", "don", "mullah", "maulana", "hajji", "haji"}
# People who follow someone: of that someone's country and camp.
FOLLOWERS = {"supporter", "follower", "loyalist", "backer", "sympathizer", "sympathiser",
             "partisan", "devotee"}
# Heads whose role is their of-object's: "leaders of the opposition" are opposition.
OWNED_BY_OF = {"leader", "head", "chief", "member", "spokesman", "spokeswoman", "spokesperson",
               "representative", "official", "supporter", "activist", "fighter", "candidate",
               "investigator", "expert", "envoy", "delegate", "negotiator", "commander"}
# Sectors of people who act in their own country: an unknown name with such a title is of
# the country where the sentence places the act.
ACT_AT_HOME = frozenset({"OPP", "REB", "LAB", "HRI", "EDU", "CVL"})
# Measures laid "on" a place ("a curfew on Srinagar")
LAID_ON = {"curfew", "blockade", "siege", "lockdown", "closure", "cordon", "crackdown"}
# Words of office that may follow the body whose officer they name ("U.S. Treasury Secretary
# Robert Rubin", "Pentagon spokesman Kenneth Bacon")
OFFICE_WORDS = {"secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "chief",
               "head", "director", "ambassador", "envoy", "commander", "chairman", "president",
               "official", "officials", "undersecretary"}
# Groupings that are of the kind of group written before them: an "opposition coalition" is
# the opposition, a "rebel alliance" rebels.
GROUPINGS = {"coalition", "alliance", "bloc", "front", "grouping"}
# Posts whose "of" says whom the holder serves: "the British commander of the NATO force".
ORG_OFFICERS = {"commander", "director", "chairman", "chairwoman", "envoy", "president",
                "secretary", "coordinator", "administrator", "negotiator", "mediator"}
# Words before "Indian(s)" that name the peoples of the Americas.
NATIVE_AMERICAN = {"american", "native", "amazon", "amazonian", "mayan", "maya", "aymara",
                   "quechua", "mapuche", "indigenous", "plains", "andean"}
BREAKAWAY = {"breakaway", "separatist", "secessionist", "rebel-held", "self-declared"}
# A state's own forces and offices: a spokesman of one speaks of its own troops and police.
STATE_FORCES = {"MIL", "COP", "GOV", "SPY"}
# People who speak or act for whom a "for" names.
SPEAKS_FOR = {"spokesman", "spokeswoman", "spokesperson", "representative", "envoy",
              "negotiator", "lawyer", "advocate", "mouthpiece"}
PRISONS = {"jail", "prison", "gaol", "penitentiary", "cell", "detention"}
# Modifier dependencies that belong to the noun phrase of a head.
NP_DEPS = {"compound", "amod", "nmod", "poss", "det", "nummod", "flat", "npadvmod",
           "case", "punct", "quantmod", "predet"}
VICE_WORDS = {"deputy"}
AFFILIATED = {"affiliate", "affiliated", "link", "linked", "loyal", "allied", "ally", "belong",
              "attach", "attached"}
# "a terror group based in Trinidad": where a group has its seat says whose it is
BASED = {"base", "based", "headquarter", "headquartered"}
# Nouns for people that the base has no role for, placed by where they come from.
PERSON_NOUNS = {"missionary", "national", "man", "woman", "tourist", "traveler", "traveller",
                "visitor", "businessman", "businesswoman", "priest", "nun", "teacher", "doctor",
                "engineer", "pilot", "sailor", "fisherman", "trucker", "driver", "climber",
                "backpacker", "researcher", "academic", "scientist", "volunteer", "contractor",
                "employee", "expatriate", "expat", "couple", "boy", "girl", "teenager"}
# Nouns whose "in/of/from X" complement says whose they are ("rebels in Syria", "the people's
# republics in Ukraine"); used only when the phrase itself names no actor.
GROUP_HEADS = {"republic", "region", "group", "force", "fighter", "militia", "movement",
               "authority", "people", "population", "community", "territory", "rebel",
               "separatist", "insurgent", "militant", "troop", "soldier", "unit", "official",
               "leader", "leadership", "government", "administration", "delegation",
               "representative", "side", "camp", "faction", "resident", "civilian", "worker"}
# Sectors that belong to a country's own society: naming them says which country a sentence
# is about ("the Zambian people", "the Kenyan opposition"), unlike its government or army,
# which are as often the foreign counterpart.
HOME_SECTORS = {"CVL", "PPL", "OPP", "EDU", "LAB", "REF", "JUD", "LEG", "PTY", "HRI", "REL",
                "BUS", "MED", "ELI"}
# Armed groups without a country word belong to the state they fight: its name or institutions
# place them, its nationals abroad do not.
ARMED_GROUPS = {"REB", "INS", "UAF", "SEP"}
STATE_SECTORS = {None, "GOV", "MIL", "COP", "LEG", "JUD", "SPY"}
SECTOR_WORDS = {"separatist": "SEP", "rebel": "REB", "insurgent": "INS", "militant": "UAF",
                "military": "MIL", "army": "MIL", "troop": "MIL", "soldier": "MIL",
                "government": "GOV", "official": "GOV", "leader": "GOV", "police": "COP",
                "opposition": "OPP", "civilian": "CVL", "resident": "CVL", "protester": "PPL"}


def compose_code(country: str | None, sector: str | None) -> str | None:
    """CAMEO actor code from its parts: one role code at most (no ``USAGOVMILGOV``)."""
    if country and sector:
        return country + sector if not country.endswith(sector) else country
    return country or sector


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor found for a token, with how it was found (for confidence and explanations)."""

    actor: Actor
    kind: str  # state | person | org | role | group
    how: str  # name | coref | description | surname | guess
    plural: bool = False
    person_key: str | None = None

    @property
    def code(self) -> str | None:
        return self.actor.code

    @property
    def country(self) -> str | None:
        return self.actor.country


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    entries: tuple[Any, ...]


class SentenceActors:
    """Resolves the actor(s) a token stands for in one parsed sentence (a spaCy Doc)."""

    def __init__(self, doc: Any, kb: Any, context: ArticleContext, sentence_index: int) -> None:
        self.doc = doc
        self.kb = kb
        self.context = context
        self.sentence_index = sentence_index
        self.date = context.published
        self._by_token: dict[int, _Match] = {}
        self._cache: dict[int, list[ActorRef]] = {}
        self.event_tokens: set[int] = set()  # tokens that are events, set by the coder
        # event nouns of force ("the bomb") and their codes, likewise
        self.violent_tokens: dict[int, str] = {}
        self.verb_codes: dict[int, str] = {}  # verbs that are events, and their codes
        self.event_codes: dict[int, str] = {}  # every event word, and its code
        self._reporters: frozenset[int] | None = None
        # spaCy builds a new Token object for every doc[i] and every iteration: read once
        tokens = list(doc)
        self.tokens = tokens
        self._place: tuple[str | None] | None = None  # place_country, once computed
        self._placing = False  # (while place_country runs)
        words = [t.text for t in tokens]
        raw: list[_Match] = []
        i = 0
        while i < len(words):
            found = kb.match(words, i)
            if found:
                end, entries = found
                raw.append(_Match(i, end, tuple(entries)))
                i = end
            else:
                # a one-letter slip in a country name is still the country ("Ethiopa")
                if len(words[i]) >= 6 and words[i][:1].isupper() and \
                        tokens[i].pos_ in {"PROPN", "ADJ", "NOUN"} and tokens[i].is_alpha:
                    typo = kb.misspelt(words[i])
                    if typo and _is_place_name(words[i]):
                        typo = None  # "Darfur" is a region, no slip for "Darfuri"
                    if typo:
                        raw.append(_Match(i, i + 1, typo))
                i += 1
        match_at = {j: m for m in raw for j in range(m.start, m.end)}
        people = {j for m in raw if all(e.kind == "person" for e in m.entries)
                  for j in range(m.start, m.end)}
        raw = [m for m in (_surname_as_place(doc, m) for m in raw) if m is not None
               and not _not_an_actor(doc, m) and not _someone_elses_surname(tokens, m, match_at)
               and not _part_of_a_longer_name(doc, m, people)]
        raw.extend(_elided_names(words, raw, kb))
        raw.extend(_halves(words, raw, kb, {f.actor.country for f in self.context.history}))
        raw.extend(_led_by_state(words, raw, kb))
        covered = {j for m in raw for j in range(m.start, m.end)}
        raw.extend(self._misspelt_people(tokens, kb, covered))
        covered = {j for m in raw for j in range(m.start, m.end)}
        # the sentence's own unambiguous states count as context too ("Brazil's Supreme Court
        # … both houses of Congress")
        here = {e.country for m in raw for e in m.entries
                if e.kind == "state" and e.country and not e.ambiguous}
        raw = [self._decide(m, words, here) for m in raw]
        role_words = {j for m in raw if all(e.kind == "role" for e in m.entries)
                      for j in range(m.start, m.end)}
        for m in raw:
            if _plausible(doc, m, covered, role_words):
                for j in range(m.start, m.end):
                    self._by_token[j] = m

    @staticmethod
    def _misspelt_people(tokens: list, kb: Any, covered: set[int]) -> list[_Match]:
        """Names the base misses by one letter of the surname ("Margaret Thatcer")."""
        out = []
        name = [i not in covered and t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()
                for i, t in enumerate(tokens)]
        i = 0
        while i < len(tokens):
            if not name[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(tokens) and name[j + 1]:
                j += 1
            if len(tokens[j].text) >= 7:  # (the base's shortest typo-tolerant surname)
                titled = i > 0 and (i - 1) in covered and tokens[i - 1].pos_ in {"PROPN", "NOUN"}
                found = kb.misspelt_person([t.text for t in tokens[i:j + 1]], titled=titled)
                if found:
                    out.append(_Match(i, j + 1, found))
            i = j + 1
        return out

    def _decide(self, m: _Match, words: list[str], here: set[str] | None = None) -> _Match:
        """An ambiguous name ("Congo", "Korea", "Georgia") takes the reading the article
        supports: the countries it already named or this sentence names, and cue words in its
        text."""
        if not any(e.ambiguous and e.kind != "person" for e in m.entries):
            return m
        countries = {f.actor.country for f in self.context.history if f.actor.country}
        countries |= here or set()
        chosen = self.kb.choose(words[m.start:m.end], m.entries, countries=countries,
                                words=self.context.text or " ".join(words))
        return _Match(m.start, m.end, tuple(chosen))

    # -- public ----------------------------------------------------------------------------
    def actors(self, token: Any) -> list[ActorRef]:
        """Actors a token (the head of an argument) stands for, with its conjuncts."""
        out = list(self.resolve(token))
        if not out:
            # An apposition says who an unnamed head is: "the group, Hamas, …"
            for c in token.children:
                if c.dep_ == "appos":
                    out = list(self.resolve(c))
                    if out:
                        break
        if not out and token.pos_ == "PROPN" and token.i > 0:
            # "Serbia's opposition coalition Zajedno vowed", parsed with two subjects or with
            # the noun as a fragment of its own: an unknown name right after a noun it is
            # not attached to names that noun's actor
            before = self.doc[token.i - 1]
            if before.pos_ == "NOUN" and before.head.i != token.i and (
                    before.dep_ == "ROOT" or (before.dep_ == token.dep_
                                              and before.head.i == token.head.i)):
                out = list(self.resolve(before))
        # "Prime Minister Koirala and Maoist leader Prachanda", parsed with the second name
        # coordinated with the first one's apposition
        appositions = [c for c in token.children if c.dep_ == "appos"]
        unnamed = []
        for conj in [*_conjuncts(token), *(c for a in appositions for c in _conjuncts(a))]:
            refs = self.resolve(conj)
            if not refs:
                unnamed.append(conj)
            for ref in refs:
                if ref not in out:
                    out.append(ref)
        # … or with the second name hung on the head as an apposition of its own: it names
        # the unnamed conjunct before it ("and Maoist leader Prachanda"; the first apposition
        # too when the head is named itself: "President Mwai Kibaki and opposition leader Raila
        # Odinga", with "Odinga" hung on "Kibaki")
        named_head = bool(self.resolve(token)) and token.pos_ == "PROPN"
        for a in appositions[0 if named_head else 1:]:
            if any(u.i < a.i for u in unnamed):
                for ref in self.resolve(a):
                    if ref not in out:
                        out.append(ref)
        if out and all(r.kind == "person" for r in out):
            # "telephoned Indian Prime Minister Atal Behari Vajpayee and Pakistani Prime
            # Minister Nawaz Sharif", parsed as one phrase headed by the last name: a person
            # named before an "and" inside it is a second one
            subtree = list(token.subtree)
            ands = [c for t in subtree if t.i < token.i and t.dep_ in {"nmod", "compound"}
                    and t.pos_ == "PROPN" for c in t.children
                    if c.dep_ == "cc" and c.lower_ == "and"]
            if ands:
                # (the first name's mention may be registered on its title: "Minister")
                for u in subtree:
                    if u.i >= ands[0].i:
                        break
                    refs = [r for r in self.resolve(u) if r.kind in {"person", "role"}
                            and r.country not in {o.country for o in out}]
                    if refs:
                        out.extend(refs[:1])
                        break
        out = self._share_role(token, out)
        if len(out) > 1:
            out = [ActorRef(r.actor, r.kind, r.how, True, r.person_key) for r in out]
        return out

    def _share_role(self, token: Any, refs: list[ActorRef]) -> list[ActorRef]:
        """ "Kyrgyz and Tajik troops" parsed as "Kyrgyz" + "Tajik troops": a bare nationality
        adjective coordinated with a role takes that role."""
        sectors = {r.actor.sector for r in refs if r.kind == "role" and r.actor.sector}
        if len(sectors) != 1:
            return refs
        sector = sectors.pop()
        adjectives = {t.i for t in [token, *_conjuncts(token)] if t.i in self._by_token and all(
            e.kind == "state" and e.form == "adjective" for e in self._by_token[t.i].entries)}
        if not adjectives:
            return refs
        out = []
        for r in refs:
            if r.kind == "state" and r.actor.sector is None and r.country and any(
                    self._by_token[i].entries[0].country == r.country for i in adjectives):
                r = ActorRef(Actor(text=r.actor.text, code=compose_code(r.country, sector),
                                   country=r.country, sector=sector, name=r.actor.name),
                             "role", r.how, r.plural)
            out.append(r)
        return out

    def located(self, token: Any) -> list[ActorRef]:
        """For a target that names no actor: the country it is in (a breakaway region, its
        separatists: "pulled its troops out of breakaway Chechnya" -> RUSSEP)."""
        found = self._located(token)
        if found and found[0].country and any(
                c.dep_ in {"amod", "compound"} and c.lower_ in BREAKAWAY
                for c in token.children):
            country = found[0].country
            return [ActorRef(Actor(text=token.text, code=compose_code(country, "SEP"),
                                   country=country, sector="SEP"), "role", "guess")]
        return found

    def _located(self, token: Any) -> list[ActorRef]:
        """For a target that names no actor: the country it is in.

        "inspectors to the Esfahan facilities in central Iran" -> IRN, "sent manpower to
        Donetsk" -> UKR (a city, through the gazetteer).  A guess, and marked as one.
        """
        if token.pos_ not in {"NOUN", "PROPN"}:
            return []
        frontier = [token]
        for _ in range(3):
            nxt = []
            for t in frontier:
                # (and through a participle: "refugees stranded along Iraq's border")
                kids = [*t.children, *(g for c in t.children if c.dep_ == "acl"
                                       and c.tag_ == "VBN" for g in c.children)]
                for prep in kids:
                    # ("on": "refugees stranded on mountainsides along Iraq's border")
                    if prep.dep_ == "prep" and (prep.lower_ in {"in", "of", "near", "outside",
                                                                  "for", "into", "inside",
                                                                  "along", "across", "on"} or (
                            prep.lower_ == "with" and t.lemma_.lower() in BORDERS)):
                        for pobj in prep.children:
                            if pobj.dep_ != "pobj":
                                continue
                            # a place, not people: "the arrival of Russian immigrants"
                            # is nowhere in Russia
                            refs = [r for r in self.resolve(pobj)
                                    if r.country and self.names_place(pobj)]
                            if not refs and pobj.pos_ == "PROPN":
                                refs = self.city(pobj)
                            if not refs:
                                # "in Indonesia's Aceh province": the owner of a region
                                refs = [r for g in pobj.children if g.dep_ == "poss"
                                        and self.names_place(g) for r in self.resolve(g)
                                        if r.country]
                            if refs:
                                r = refs[0]
                                return [ActorRef(Actor(text=token.text, code=r.country,
                                                       country=r.country), "state", "guess")]
                            nxt.append(pobj)
            frontier = nxt
        # the small model often tags a city as a person ("shelled Kharkiv"): the gazetteer
        # decides, and a name the knowledge base knows as a person is never a place
        if token.pos_ == "PROPN":
            found = self.city(token)
            if found:
                return found
        # "on the Romanian border", "into Turkish airspace", "in Greek waters": the country a
        # nationality adjective gives its border, skies, sea or soil
        if token.lemma_.lower() in OWNED_EXPANSES:
            found = self.nationality_of(token)
            if found:
                return found[:1]
        # "the Kherson region", "the Donetsk oblast", "Damascus International Airport": a
        # place name as a modifier
        if token.lemma_.lower() in WATERS:
            return []  # "the Taiwan Strait", "the Persian Gulf": waters, not the country
        if token.pos_ == "PROPN" and token.lemma_.lower() not in FACILITIES:
            return []  # "President Laurent Gbago": a name, not a place named after a town
        for c in token.children:
            if c.dep_ == "compound" and c.pos_ == "PROPN":
                found = self.city(c) or [
                    ActorRef(Actor(text=token.text, code=r.country, country=r.country),
                             "state", "guess")
                    for r in self.resolve(c)[:1] if r.country and self.names_place(c)]
                if found:
                    return found
        return []

    def nationality_of(self, place: Any) -> list[ActorRef]:
        """The states that nationality adjectives or names before a place noun give it ("the
        Romanian border", "Greek waters"), as guesses: one per modifier that names a state."""
        return [ActorRef(Actor(text=place.text, code=r.country, country=r.country), "state",
                         "guess")
                for c in place.children
                if c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "PROPN"}
                for r in self.resolve(c)[:1]
                if r.kind == "state" and r.country and not r.actor.sector]

    def is_named(self, token: Any) -> bool:
        """Whether the base matched the token itself (a name, a role noun …)."""
        return token.i in self._by_token

    def names_place(self, token: Any) -> bool:
        """Whether a token is itself a country or capital name ("Kenya", "Nairobi", "the West
        Bank"), not a noun a nationality describes ("Russian immigrants")."""
        m = self._by_token.get(token.i)
        return m is not None and any(
            e.kind == "state" and e.form not in {"adjective", "demonym"} for e in m.entries)

    def names_people(self, token: Any) -> bool:
        """Whether a token is a people's name in the plural ("Nigerians", "Iraqis")."""
        m = self._by_token.get(token.i)
        return m is not None and token.tag_ in {"NNS", "NNPS"} and any(
            e.kind == "state" and e.form == "demonym" for e in m.entries)

    def city(self, token: Any) -> list[ActorRef]:
        """A city name, through the gazetteer, as its country (never a known person)."""
        if token.i in self._by_token:
            return []
        from eventwire.places import gazetteer

        name = _entity_text(token)
        if not token.text[:1].isupper():
            return []  # "the western bank" is no town called Bank
        # a city name several countries share is the one of a country the sentence or article names
        mentioned = frozenset(
            {e.country for m in self._by_token.values() for e in m.entries
             if e.kind == "state" and e.country}
            | {f.actor.country for f in self.context.history if f.actor.country})
        country = gazetteer().place_country(name, mentioned=mentioned)  # a city or a region
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if country is not None and owner is not None:
            # "Monrovia's Freeport", "Bolivia's Santa Cruz": a place of a place is in its
            # owner's country, whatever other town has the name
            country = gazetteer().place_country(_entity_text(owner), mentioned=mentioned) \
                or next((e.country for e in (self._by_token[owner.i].entries
                                             if owner.i in self._by_token else ())
                         if e.kind == "state" and e.country), None) or country
        if country is None and name != token.text and token.dep_ == "compound":
            # "Damascus International Airport": the city the facility is named after
            country = gazetteer().place_country(token.text, mentioned=mentioned)
        if country is None:
            return []
        country = sovereign_on(country, self.date)
        return [ActorRef(Actor(text=name, code=country, country=country), "state", "guess")]

    def _place_word(self, token: Any) -> list[ActorRef]:
        """A one-word city or region ("Ambazonia") as its country, inside a longer name."""
        from eventwire.places import gazetteer

        country = sovereign_on(gazetteer().place_country(token.text), self.date)
        if country is None or token.i in self._by_token:
            return []
        return [ActorRef(Actor(text=token.text, code=country, country=country), "state", "guess")]

    def jailer(self) -> str | None:
        """The state whose prisons the sentence's people are in: "Palestinian prisoners in
        Israeli jails" protest against Israel, not their own authorities."""
        for t in self.tokens:
            if t.lemma_.lower() not in PRISONS or t.dep_ != "pobj" or \
                    t.head.lower_ not in {"in", "inside"}:
                continue
            refs = [r for c in t.children if c.dep_ in {"amod", "poss", "compound"}
                    for r in self.resolve(c)]
            country = next((r.country for r in refs if r.country and len(r.country) == 3),
                           None)
            if country:
                return country
        return None

    def occupier(self) -> str | None:
        """The state that holds the place the sentence names as occupied: "the
        Israeli-occupied West Bank", "territory occupied by Russia"."""
        for k, t in enumerate(self.tokens):
            if t.lower_ != "occupied":
                continue
            if k >= 2 and self.tokens[k - 1].text == "-":
                refs = self.resolve(self.tokens[k - 2])
            else:
                refs = [r for c in t.children if c.dep_ == "agent"
                        for p in c.children if p.dep_ == "pobj" for r in self.resolve(p)]
            country = next((r.country for r in refs if r.country and len(r.country) == 3),
                           None)
            if country:
                return country
        return None

    @property
    def reporter_tokens(self) -> frozenset[int]:
        """The words of the subjects of reporting verbs ("aid workers in Nairobi said")."""
        if self._reporters is None:
            self._reporters = frozenset(
                d.i for t in self.tokens
                if t.dep_ == "nsubj" and t.head.lemma_.lower() in REPORTING
                for d in t.subtree)
        return self._reporters

    def place_country(self) -> str | None:
        """The country where the sentence says things happen ("in Peshawar", "near Marib")."""
        if self._place is not None:
            return self._place[0]
        if self._placing:
            return None  # asked again while finding it (a place phrase naming a people)
        self._placing = True
        try:
            self._place = (self._place_country(),)
        finally:
            self._placing = False
        return self._place[0]

    def _place_country(self, speaker: bool = False) -> str | None:
        """``speaker``: where the one who reports is, which counts only for the reporter."""
        for t in self.tokens:
            if t.dep_ == "pobj" and (t.head.lower_ in {"in", "near", "outside", "inside",
                                                       "across", "at", "around",
                                                       "through"} or (
                    # "clamped a curfew on Srinagar": where a measure is laid is a place too
                    t.head.lower_ == "on" and t.head.head.lemma_.lower() in LAID_ON)) \
                    and (speaker or t.i not in self.reporter_tokens):
                # the place itself ("in Kenya", "in Nairobi"), not people named there
                refs = [r for r in self.resolve(t) if r.country and len(r.country) == 3
                        and self.names_place(t)]
                refs = refs or self.located(t)
                if not refs and t.lemma_.lower() in PLACE_HEADS:
                    # "across Mozambique's capital", "in Bosnia's Serb-held north"
                    refs = [r for c in t.children if c.dep_ == "poss"
                            for r in self.resolve(c) if r.country and len(r.country) == 3]
                if refs:
                    return refs[0].country
        return None

    def home_country(self, token: Any, sector: str | None = None) -> str | None:
        """Where an actor with a role but no country ("the president", "President Jo Bako")
        most likely belongs: where the sentence says things happen; else the one country
        whose own people, opposition or institutions the sentence names ("his promise to the
        Malawian opposition"); else the only country the article has named so far.  A guess.

        A government or army often deals with foreign ones, so only a country's society
        places them; rebels fight a state, so that state or its institutions place them ("the
        rebels shelled Burundi's army"), but not foreigners they hold ("freed three Italian aid
        workers"); judges, police or protesters act at home, so any one country named does
        ("Judge Jo Bako summoned Peruvian ministers")."""
        speaker = token.i in self.reporter_tokens  # "officials in Nairobi said": there
        if not speaker and sector in STATE_FORCES:
            # "a spokesman for the Israeli army said troops had arrested three Palestinians in
            # Hebron": the forces a state's spokesman speaks of are that state's, wherever
            # they act
            country = self._speakers_state(token)
            if country:
                return country
        country = self._place_country(speaker=True) if speaker else self.place_country()
        if country:
            return country
        home_only = sector in {"GOV", "MIL", None}
        armed = sector in ARMED_GROUPS
        # soldiers with no country acting on a country's leader or politician are that
        # country's own ("mutinous soldiers killed President Ndadaye"), when the person's is the
        # one country named (not "China's war games … aimed at Taiwan's President Lee")
        soldiers = sector == "MIL" and len({
            r.country for t in self.tokens if t.i != token.i for r in self.resolve(t)
            if r.country and len(r.country) == 3}) == 1
        domestic = set()
        for t in self.tokens:
            if t.i == token.i or (t.i in self.reporter_tokens and not speaker):
                continue
            for r in self.resolve(t):
                soldiers_on = soldiers and r.kind == "person"
                if not (r.country and len(r.country) == 3 and (
                        r.kind in {"role", "state"} or soldiers_on)):
                    continue
                if home_only and not (r.kind == "role" and r.actor.sector in HOME_SECTORS) \
                        and not soldiers_on:
                    continue
                if armed and not (r.actor.sector in STATE_SECTORS and (
                        r.kind == "role" or t.dep_ not in {"amod", "compound"})):
                    continue  # ("Italian" in "Italian aid workers" names no state)
                domestic.add(r.country)
        if len(domestic) == 1:
            return next(iter(domestic))
        if domestic:
            return None
        seen = {f.actor.country for f in self.context.history
                if f.sentence < self.sentence_index and f.actor.country
                and len(f.actor.country) == 3}
        return next(iter(seen)) if len(seen) == 1 else None

    def _speakers_state(self, token: Any) -> str | None:
        """The country of a state speaker ("the army said", "a government spokesman said")
        whose reported words `token` stands in, if any."""
        t = token
        for _ in range(6):
            if t.head.i == t.i:
                return None
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH_VERBS:
                for c in t.head.children:
                    if c.dep_ == "nsubj":
                        refs = self.resolve(c)
                        if refs and all(r.actor.sector in STATE_FORCES and r.country
                                        and len(r.country) == 3 for r in refs):
                            return refs[0].country
                return None
            t = t.head
        return None

    def role_only(self, token: Any) -> str | None:
        """The sector of a phrase that names a role but no country ("demonstrators")."""
        if token.lower_ in PRONOUNS or any(
                c.dep_ == "poss" and (c.lower_ in PRONOUNS | FIRST_PERSON or self.resolve(c))
                for c in token.children):
            return None  # "its ambassador" is somebody's: the possessor decides
        lemma = token.lemma_.lower()
        counted = lemma in QUANTITY_HEADS or token.like_num  # "two of her bodyguards"
        if lemma in OWNED_BY_OF or (counted and token.i not in self._by_token):
            # "thousands of protesters", "leaders of the opposition coalition", "activists
            # from the opposition party": the of-object says who they are
            owners = {"of", "from"} if lemma in OWNED_BY_OF else {"of"}
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in owners:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            inner = self.role_only(pobj)
                            if inner:
                                return inner
        sector = None
        for t in self._np_tokens(token):
            m = self._by_token.get(t.i)
            if m is None or (_stance_prefixed(self.doc, m)
                             and any(e.kind == "state" for e in m.entries)):
                continue  # ("pro-Russian rebels" name no country: the role alone)
            kinds = {e.kind for e in m.entries}
            if kinds - {"role"}:
                return None
            if all(e.ambiguous for e in m.entries) and not any(
                    c.dep_ in {"acl", "amod"} and c.lemma_.lower() in AFFILIATED
                    for c in token.children):
                # "fought with tanks": a tank is an actor only with a nationality, or with
                # whom it is loyal to ("tanks loyal to President Yeltsin")
                continue
            if m.start <= token.i < m.end or sector is None:
                sector = next((e.sector for e in m.entries if e.sector), sector)
            if m.end - 1 < token.i and lemma in OWNED_BY_OF:
                # "police commanders", "union leaders": of the body written before the head
                owner = next((e.sector for e in m.entries if e.sector), None)
                if owner:
                    return owner
        return sector

    def resolve(self, token: Any) -> list[ActorRef]:
        if token.i not in self._cache:
            self._cache[token.i] = [self._sovereign(r) for r in self._resolve(token)]
        return self._cache[token.i]

    def _sovereign(self, ref: ActorRef) -> ActorRef:
        """A state's names before its independence stand for the state it was part of."""
        country = sovereign_on(ref.country, self.date)
        if country == ref.country:
            return ref
        code = ref.code
        if code and code.startswith(ref.country):
            code = country + code[len(ref.country):]
        return replace(ref, actor=replace(ref.actor, country=country, code=code))

    def record_mentions(self) -> None:
        """Put every actor mention of this sentence into the article context, in order."""
        seen: set[int] = set()
        heads = sorted({self._np_head(self.doc[i]).i for i in self._by_token}
                       | {t.i for t in self.tokens if _is_description_head(t)})
        for h in heads:
            tok = self.doc[h]
            if h in seen:
                continue
            seen.add(h)
            refs = self.resolve(tok)
            subject = tok.dep_ in {"nsubj", "nsubjpass"}
            plural = tok.tag_ in {"NNS", "NNPS"} or len(refs) > 1 or any(
                c.dep_ == "conj" for c in tok.children) or tok.dep_ == "conj"
            for ref in refs:
                self.context.add(Found(
                    actor=ref.actor, kind=ref.kind, sentence=self.sentence_index, token=h,
                    subject=subject, plural=plural or ref.plural, person_key=ref.person_key))

    # -- resolution --------------------------------------------------------------------------
    def _np_head(self, token: Any) -> Any:
        """The head noun of the phrase a matched token sits in."""
        t = token
        while t.dep_ in {"compound", "amod", "flat", "nmod", "nummod"} and t.head.i != t.i \
                and t.head.i > t.i:
            t = t.head
        return t

    def _np_tokens(self, head: Any) -> list[Any]:
        out = [head]
        stack = [c for c in head.children if c.dep_ in NP_DEPS]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(c for c in t.children if c.dep_ in NP_DEPS | {"conj", "cc"})
        return sorted(out, key=lambda t: t.i)

    def _resolve(self, token: Any, np: list | None = None) -> list[ActorRef]:
        if np is None:
            split = self._coordinated_modifier(token)
            if split:
                return split
        low = token.lower_
        if low in PRONOUNS:
            return self._pronoun(token)
        if low in FIRST_PERSON and (token.text == "I" or not token.text.isupper()):
            return self._speaker(token)  # "we", "our" — but "US" is the United States
        if token.dep_ == "relcl" or low in {"which", "who", "that", "whom"}:
            return []
        if any(c.dep_ in {"compound", "amod"} and c.lower_ in SPORT_WORDS
               for c in token.children) and not (token.i in self._by_token and any(
                e.kind == "org" for e in self._by_token[token.i].entries)):
            return []  # "Samoa's Rugby Union", "the national football federation": sport
        if token.lemma_.lower() in NOT_ACTOR_HEADS and token.i not in self._by_token:
            return []  # "the Russian language" is no Russian actor (but "the Common Market" is)
        if token.lemma_.lower() == "market" and any(
                c.lemma_.lower() in FINANCIAL for c in token.children):
            return []  # "Asian stock markets staged a powerful rally"
        if token.lemma_.lower() in BORDERS | {"coast", "shore", "bank"} and token.dep_ == "pobj" \
                and token.head.lower_ in {"on", "along", "near", "at", "by", "off"} \
                and token.i not in self._by_token:
            # "a camp on the Thai border" says where, not whom (but "the ban on the Islamic
            # Salvation Front" names a party)
            return []
        if token.lemma_.lower() in {"country", "nation", "state", "government"} and any(
                c.dep_ == "det" and c.lower_ in {"a", "an", "another", "any", "some"}
                for c in token.children) and token.i not in self._by_token:
            # "his first state visit to a Western country": no country in particular
            return []
        if token.lemma_.lower() in NAMED_BY_OF and token.i not in self._by_token:
            # "the breakaway Yugoslav republics of Slovenia and Croatia": the states the "of"
            # names, not the adjective's
            named = [r for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for pobj in prep.children if pobj.dep_ == "pobj"
                     for r in self.actors(pobj) if r.kind == "state" and not r.actor.sector
                     # (… or a breakaway one: "the self-declared republic of Somaliland")
                     or r.actor.sector == "SEP"]
            if named:
                return named
        if (token.lemma_.lower() in QUANTITY_HEADS or token.like_num) \
                and token.i not in self._by_token:
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            found = self.actors(pobj)
                            if found:
                                return found
        np = np if np is not None else self._np_tokens(token)
        matches: list[_Match] = []
        for t in np:
            m = self._by_token.get(t.i)
            if m and m not in matches and not self._belongs_to_conjunct(m, token) \
                    and not _stance_prefixed(self.doc, m):
                matches.append(m)
        former = any(t.lower_.strip("-") in FORMER for t in np)
        persons, orgs, states, roles = [], [], [], []
        for m in matches:
            for e in m.entries:
                buckets = {"person": persons, "org": orgs, "state": states, "role": roles}
                bucket = buckets.get(e.kind)
                if bucket is not None:
                    bucket.append((m, e))
        text = _span_text(self.tokens, np)
        if states and any(self.doc[m.start - 1].lower_ == "ethnic" for m, _ in states
                          if m.start > 0):
            # (with a role the role is the sector: "ethnic Albanian rebels" are rebels)
            return self._ethnic_group(token, text, next(
                (e.sector for _, e in roles if e.sector), None) or "CVL")
        if orgs and any(m.start <= token.i < m.end for m, _ in states) and not any(
                m.start <= token.i < m.end for m, _ in orgs):
            orgs = []  # "EU member Poland": the head names the actor
        ref = None
        if persons:
            ref = self._person(persons, text, former)
            if ref is not None and ref.how == "surname" and any(
                    self.doc[m.start].lower_ in ROYAL_TITLES for m, _ in roles) and not any(
                    w in r.title.lower() for e in (e for _, e in persons) for r in e.roles
                    for w in ROYAL_TITLES):
                # "King Abdullah" is no Abdullah Abdullah: a crown before a bare surname needs
                # a person who wore one
                ref, persons = None, []
            if ref is not None and ref.how == "surname" and states and ref.actor.country \
                    and self.context.seen_person(ref.person_key) is None \
                    and all(e.country != ref.actor.country for _, e in states):
                # "Saudi Crown Prince Abdullah" is no Abdullah Abdullah of Afghanistan: a bare
                # surname that no earlier mention vouches for yields to the country written
                # with it (the title and the state say who)
                ref, persons = None, []
            if ref is not None and ref.how == "surname" and roles \
                    and self.context.seen_person(ref.person_key) is None:
                # "King Abdullah of Jordan": the state in the "of" says whose, as above
                whose = [r for prep in token.children if prep.dep_ == "prep"
                         and prep.lower_ == "of" for pobj in prep.children
                         if pobj.dep_ == "pobj" for r in self.actors(pobj)
                         if r.kind == "state" and not r.actor.sector]
                if whose and all(r.country != ref.actor.country for r in whose):
                    sector = next((r.sector for _, r in roles if r.sector), None)
                    country = whose[0].country
                    return [ActorRef(Actor(text=text, code=compose_code(country, sector),
                                           country=country, sector=sector), "role", "name")]
            # "U.N. Secretary-General Ban Ki-moon": when the base has no office for the person
            # at this date, the organisation named with them says whom they act for.
            # "NATO Secretary-General Jens Stoltenberg" acts for NATO even on a date the base
            # gives him another office: the title written with the name says which.
            held = self._pick_person([e for _, e in persons]) if ref and orgs else None
            named_office = held is not None and not former and any(
                r.code and oe.code and r.code.startswith(oe.code)
                for _, oe in orgs for r in held.roles)
            head_role = next((r for m, r in roles if m.start <= token.i < m.end and r.sector),
                             None)
            owned = any(self.doc[m.end - 1].dep_ == "poss"
                        and self.doc[m.end - 1].head.i == token.i for m, _ in persons)
            if ref and head_role is not None and owned and ref.actor.country and not former:
                # "President de Klerk's government", "Saddam's army": the institution of the
                # possessor's country, not the person ("accusing it" may stand for it)
                return [ActorRef(Actor(text=text, code=compose_code(ref.actor.country,
                                                                    head_role.sector),
                                       country=ref.actor.country, sector=head_role.sector,
                                       name=ref.actor.name), "role", ref.how)]
            if ref and (ref.actor.sector or not orgs or former) and not named_office:
                return [ref]
        if orgs:
            m, e = _pick_head_first(orgs, token)
            country, sector = e.country, e.sector
            role = self.kb.role_at(e, self.date) if e.roles else None
            owner_country = next((se.country for sm, se in states
                                  if self.doc[sm.end - 1].dep_ == "poss"
                                  and self.doc[sm.end - 1].i < m.start and se.country), None)
            if owner_country is None and role is None and e.ambiguous is True and country \
                    and country not in {f.actor.country for f in self.context.history} \
                    and not any(se.country == country for _, se in states) \
                    and not self.kb.readings(self.doc[m.start:m.end].text):
                # "the ruling Democratic Party's offices in the Albanian port of Vlora": a
                # name many countries' bodies bear, where the article has not named the base's
                # country, is the body of where it happens (finding the place resolves names
                # too: not from inside that search)
                owner_country = self.place_country() if not self._placing else None
            shared = role is None and country and owner_country is not None \
                and owner_country != country and e.ambiguous \
                and (not e.code or e.code[:3] == country)
            if role is not None:  # "the Taliban" was AFGREB, and is AFGGOV since 2021-08-15
                code, country, sector = role.code, role.country or country, role.sector
            elif e.code:
                code = e.code
                owner = next((se for sm, se in states if self.doc[sm.end - 1].dep_ == "poss"
                              and self.doc[sm.end - 1].i < m.start), None)
                if owner is not None and code.startswith("IGO"):
                    # "Russia's Security Council" is a body of Russia's, not the UN's
                    country, sector = owner.country, "GOV"
                    code = compose_code(country, sector)
                national = owner or next(
                    (se for sm, se in states if se.form == "adjective" and se.country
                     and sm.end <= m.start), None)
                if national is not None and national.country and code.startswith("NGO"):
                    # "North Korea's Red Cross", "the Iraqi Red Crescent": the national
                    # society, of its country
                    country, sector = national.country, "NGO"
                    code = compose_code(country, sector)
            else:
                # A role word can specialise an organisation without a fixed code.
                role_sector = next((r.sector for _, r in roles if r.sector), None)
                code = compose_code(country, sector or role_sector)
            if shared:
                # "Mexico's National Human Rights Commission": a name other states' bodies
                # share is the possessor's, not the one the base lists under it
                country = owner_country
                code = compose_code(country, sector)
            if ref is not None:  # a person acting for the organisation: still "he"/"she"
                return [ActorRef(Actor(text=text, code=code, country=country, sector=sector,
                                       name=ref.actor.name, entity=ref.actor.entity),
                                 "person", ref.how, person_key=ref.person_key)]
            return [ActorRef(Actor(text=text, code=code, country=country, sector=sector,
                                   name=e.name, entity=e.entity), "org", "name")]
        sector = None
        # "a deputy" sits in parliament, "the deputy chief of the militia" does not: before
        # another noun the word means "vice"
        roles = [(m, r) for m, r in roles if m.start <= token.i < m.end
                 or m.end - m.start > 1 or self.doc[m.start].lower_ not in VICE_WORDS]
        if roles:
            # The role closest to the head names the sector ("defence ministry spokesman").
            _, role = min(roles, key=lambda me: abs(me[0].end - 1 - token.i))
            if token.lemma_.lower() in OWNED_BY_OF | GROUPINGS:
                # … but a leader, member or spokesman is of the group written before:
                # "guerrilla leaders" are rebels, "union leaders" labour, an "opposition
                # coalition" the opposition
                owners = [(m, r) for m, r in roles if m.end - 1 < token.i and r.sector]
                if role.sector in ARMED_GROUPS:
                    # (but "Chechen fighters" are armed men, not the Chechen people)
                    owners = [(m, r) for m, r in owners if r.sector not in {"CVL", "PPL"}]
                if owners:
                    role = max(owners, key=lambda me: me[0].end)[1]
            sector = None if former else role.sector
        if states and token.lemma_.lower() in OWNED_BY_OF | ORG_OFFICERS and not former and all(
                m.end - 1 < token.i and e.form in {"adjective", "demonym"} for m, e in states):
            # "the American head of the OSCE's mission", "a French official of the UN
            # refugee agency": the adjective gives a nationality, the "of" whom the person acts
            # for — an international organisation's, whoever its staff are
            serves = self._served(token, text)
            if serves and all(not o.country and o.code for o in serves):
                return serves
        if states and roles and all(e.form == "capital" and m.end - 1 < token.i
                                    and self.doc[m.end - 1].dep_ == "compound"
                                    for m, e in states):
            # "the Moscow correspondent of U.S. News", "the Beirut bureau chief of Reuters": a
            # city before a post says where it is held; the "of" says whose it is
            found = self._description(token, np, sector, text)
            if found:
                return found
        if states:
            owners = [(m, e) for m, e in states if self.doc[m.end - 1].dep_ == "poss"
                      and self.doc[m.end - 1].head.i == token.i]
            if owners and any(m.start <= token.i < m.end and e.form == "demonym"
                              for m, e in states):
                # "Bosnia's Serbs", "Iraq's Kurds": a people of the state that has them
                states = owners
            out = []
            # Coordinated adjectives: "Czech and Slovak officials" -> two actors.
            for _m, e in _distinct_states(states, self.doc):
                st_sector = sector
                if e.code and not roles:
                    return_code = e.code
                    st_sector = e.sector
                else:
                    return_code = compose_code(e.country, st_sector)
                out.append(ActorRef(
                    Actor(text=text, code=return_code, country=e.country, sector=st_sector,
                          name=e.name, entity=e.entity),
                    "role" if roles else "state", "name"))
            return out
        if roles:
            # "its embassy", "our consulate", "their army": the possessor owns the role
            for c in token.children:
                if c.dep_ == "poss" and c.lower_ in PRONOUNS | FIRST_PERSON:
                    owners = self.resolve(c)
                    if owners:
                        return [ActorRef(Actor(text=text, code=compose_code(o.country, sector),
                                               country=o.country, sector=sector),
                                         "role", "possessive") for o in owners if o.country]
        homes = {r.country for _, r in roles if r.country and not former}
        if len(homes) == 1:
            # "Karen rebels": a people living in one state are that state's, unless the
            # sentence places them elsewhere ("Karens in Thailand")
            placed = [r.country for prep in token.children
                      if prep.dep_ == "prep" and prep.lower_ in {"in", "inside"}
                      for pobj in prep.children if pobj.dep_ == "pobj"
                      for r in self.resolve(pobj) if r.country and len(r.country) == 3]
            country = placed[0] if placed else homes.pop()
            return [ActorRef(Actor(text=text, code=compose_code(country, sector),
                                   country=country, sector=sector), "role", "name")]
        if roles and token.pos_ == "NOUN" and token.i in self._by_token:
            # "Darfur rebels", "Kandahar police": a place name as the modifier says whose
            # (not "Judge Anna Kovar": there the head is a name)
            country = self._place_modifier(np, token)
            if country:
                return [ActorRef(Actor(text=text, code=compose_code(country, sector),
                                       country=country, sector=sector), "role", "guess")]
        if roles and token.pos_ == "PROPN":
            country = self._place_before_title(np, token)
            if country:
                # "Quebec Premier Robert Bourassa", "Kandahar Governor Asadullah Khalid": a place
                # named before the title says whose officer the unknown name is
                return [ActorRef(Actor(text=text, code=compose_code(country, sector),
                                       country=country, sector=sector), "role", "guess")]
        if roles and token.pos_ == "PROPN" and sector in ACT_AT_HOME and not self._placing:
            # "veteran activist Anna Hazare began a fast in New Delhi": a dissident, rebel or
            # unionist the base does not know acts in their own country (a guess)
            country = self.place_country()
            if country:
                return [ActorRef(Actor(text=text, code=compose_code(country, sector),
                                       country=country, sector=sector), "role", "guess")]
        if roles or token.lemma_.lower() in COLLECTIVE_HEADS:
            found = self._description(token, np, sector, text)
            if found:
                return found
        if (roles or token.lemma_.lower() in PERSON_NOUNS) and token.pos_ == "NOUN":
            found = self._people_from(token, sector, text)
            if found:
                return found
        if token.lemma_.lower() in FOLLOWERS:
            # "supporters of former Prime Minister Imran Khan": his camp, of his country
            owners = [o for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for p in prep.children if p.dep_ == "pobj" for o in self.actors(p)
                      if o.country and len(o.country) == 3]
            if owners:
                o = owners[0]
                sec = o.actor.sector if o.actor.sector in {"OPP", "PTY", "REB", "SEP"} else "CVL"
                return [ActorRef(Actor(text=text, code=compose_code(o.country, sec),
                                       country=o.country, sector=sec), "group", "guess",
                                 token.tag_ in {"NNS", "NNPS"})]
        if token.lemma_.lower() in OWNED_BY_OF | ORG_OFFICERS and not former and not matches:
            # "the head of the IAEA", "the commander of the Iraqi army": a post with no title
            # of its own acts for what it heads
            serves = [o for o in self._served(token, text) if o.kind in {"org", "role"}]
            if serves:
                return serves
        return self._group_in_place(token, text)

    def _served(self, token: Any, text: str) -> list[ActorRef]:
        """Whom a post serves, by its "of": "the head *of the IAEA*" -> the IAEA, written as
        the whole phrase."""
        owners = [o for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for pobj in prep.children if pobj.dep_ == "pobj"
                  for o in self.actors(pobj) if o.code]
        return [ActorRef(replace(o.actor, text=text), o.kind, o.how, len(owners) > 1)
                for o in owners]

    def _people_from(self, token: Any, sector: str | None, text: str) -> list[ActorRef]:
        """People named by where they come from: "a missionary from Calgary", "tourists
        from Germany" are that country's (a guess: where one comes from is not always whose
        one is)."""
        # "workers affiliated with the Serbian union", "militants loyal to Baghdad"
        preps = [p for acl in token.children if acl.dep_ in {"acl", "amod"}
                 and acl.lemma_.lower() in AFFILIATED
                 for p in acl.children if p.dep_ == "prep" and p.lower_ in {"with", "to"}]
        preps += [p for acl in token.children if acl.dep_ in {"acl", "amod"}
                  and acl.lower_ in BASED
                  for p in acl.children if p.dep_ == "prep" and p.lower_ == "in"]

        if any(c.dep_ == "amod" and c.lower_ in {"foreign", "international", "overseas"}
               for m in [token, *(c for c in token.children if c.dep_ == "compound")]
               for c in m.children):
            return []  # "expelled foreign aid agencies from Darfur": not of the place
        for prep in [*token.children, *preps]:
            if prep.dep_ != "prep" or (prep.lower_ != "from" and prep not in preps):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                refs = [r for r in self.resolve(pobj) if r.kind == "state" and r.country
                        and len(r.country) == 3] or (
                    self.city(pobj) if pobj.pos_ == "PROPN" else [])
                if refs:
                    # ("troops from China and Russia": one group of each)
                    countries = [refs[0].country] + [
                        r.country for c in pobj.conjuncts if c.i > pobj.i
                        for r in self.resolve(c)[:1] if r.kind == "state" and r.country
                        and len(r.country) == 3]
                    countries = list(dict.fromkeys(countries))
                    return [ActorRef(Actor(text=text, code=compose_code(country, sector),
                                           country=country, sector=sector), "role", "guess",
                                     len(countries) > 1) for country in countries]
        return []

    def _place_before_title(self, np: list, head: Any) -> str | None:
        """The country of a region or city named before the first title of a name ("Kandahar
        Governor Abdul Khalil"); None when the phrase starts with no place ("Judge Anna
        Kovar")."""
        title = min((t.i for t in np if t.i < head.i and t.i in self._by_token), default=-1)
        places = [t for t in np if t.i < title and t.pos_ == "PROPN"
                  and t.i not in self._by_token and t.text[:1].isupper()]
        if not places or places[-1].i + 1 != title:
            return None
        from eventwire.places import gazetteer

        return gazetteer().place_country(self.doc[places[0].i:title].text)

    def _place_modifier(self, np: list, head: Any) -> str | None:
        """The country of a city or region named as a modifier inside a noun phrase."""
        names = [t for t in np if t.i < head.i and t.pos_ == "PROPN" and t.i not in
                 self._by_token and t.dep_ in {"compound", "amod", "nmod"}
                 and t.text[:1].isupper()]
        if not names:
            return None
        # the modifier words as written together ("South Darfur", "Nagorno-Karabakh")
        start, end = names[0].i, names[-1].i + 1
        if end - start != len(names) and any(
                self.doc[i].text != "-" for i in range(start, end) if i not in
                {t.i for t in names}):
            start = names[-1].i
        from eventwire.places import gazetteer

        return gazetteer().place_country(self.doc[start:end].text)

    def _ethnic_group(self, token: Any, text: str, sector: str = "CVL") -> list[ActorRef]:
        """ "ethnic Albanians in Serbia" are Serbia's civilians, not Albania: CAMEO codes an
        ethnic group by the country it lives in.  Unresolved when the sentence says none."""
        country = None
        for c in token.children:
            if c.dep_ == "poss":  # "Bosnia's ethnic Serbs"
                country = next((r.country for r in self.resolve(c)
                                if r.kind == "state" and r.country), None)
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "of", "from"}:
                for pobj in prep.children:
                    refs = [r for r in self.resolve(pobj) if r.country] or self.located(pobj)
                    country = country or next((r.country for r in refs), None)
        for pobj in _driven_from(token):
            # "drove thousands of ethnic Albanians out of Kosovo": the place they lived
            refs = [r for r in self.resolve(pobj) if r.country] or self.located(pobj)
            country = country or next((r.country for r in refs), None)
        country = country or self.place_country()
        if country is None:
            return []
        return [ActorRef(Actor(text=text, code=country + sector, country=country,
                               sector=sector), "group", "guess", token.tag_ == "NNPS")]

    def _coordinated_modifier(self, token: Any) -> list[ActorRef]:
        """ "The Colombian government and ELN rebels", parsed with "government and ELN" as a
        modifier of "rebels": two actors, each read from its own words."""
        if not token.n_lefts:
            return []
        for mod in token.lefts:
            # (cheap test first: the modifier needs "and" and a conjunct on its right)
            if mod.n_rights < 2 or mod.dep_ not in {"nmod", "compound"}:
                continue
            conj = [g for g in mod.children if g.dep_ == "conj" and g.i < token.i]
            if not conj or not any(g.dep_ == "cc" for g in mod.children):
                continue
            first_np = sorted([mod, *(t for g in mod.children if g.dep_ in NP_DEPS - {"conj"}
                                      for t in g.subtree)], key=lambda t: t.i)
            taken = {t.i for t in first_np} | {g.i for g in mod.children if g.dep_ == "cc"}
            second_np = [t for t in self._np_tokens(token) if t.i not in taken]
            if not any(t.i in self._by_token for t in first_np) or not any(
                    t.i in self._by_token for t in second_np):
                return []
            first = self._resolve(mod, first_np)
            second = self._resolve(token, second_np)
            sector = None if first else self.role_only(mod)
            if sector and second and second[0].country and len(second[0].country) == 3:
                # "the government and FMLN guerrilla negotiators": a role with no country is
                # of the country of the party it is named with
                c = second[0].country
                first = [ActorRef(Actor(text=mod.text, code=compose_code(c, sector), country=c,
                                        sector=sector), "role", "guess")]
            if all(r.kind == "state" and not r.actor.sector for r in first) and not (
                    token.dep_ == "pobj" and token.head.lower_ == "between"):
                # "U.S. and Philippine troops": a bare nationality shares the role (but a truce
                # "between Israel and Hamas militants" is between two parties)
                return []
            if first and second:
                return [ActorRef(r.actor, r.kind, r.how, True, r.person_key)
                        for r in (*first, *second)]
        return []

    def _belongs_to_conjunct(self, m: _Match, head: Any) -> bool:
        """A match inside a coordinated sibling ("Russia and Ukraine") is not this head's."""
        for conj in _conjuncts(head):
            if m.start <= conj.i < m.end:
                return True
        return False

    def _person(self, persons: list, text: str, former: bool) -> ActorRef | None:
        e = self._pick_person([e for _, e in persons])
        if e is None:
            return None
        role = None if former else self.kb.role_at(e, self.date)
        if role is not None:
            # an office of an international body has no country: its code says whose it is
            country, sector = role.country, role.sector
            code = role.code or compose_code(country, sector)
        else:
            country, sector = e.country, None
            if country is None and e.roles:
                country = e.roles[-1].country
            ended = [r.end for r in e.roles if r.end and r.end <= (self.date or "")]
            if former or (ended and max(ended) < _month_before(self.date)):
                # "former Prime Minister Najib Razak": out of office, an elite (CAMEO's ELI);
                # not in the month after leaving it, which news of the last days still covers
                sector = "ELI"
            code = compose_code(country, sector)
        return ActorRef(
            Actor(text=text, code=code, country=country, sector=sector,
                  name=e.name, entity=e.entity),
            "person", "surname" if e.form == "surname" else "name", person_key=e.key)

    def _pick_person(self, entries: list) -> Any | None:
        """Which person a name means.  A full name is itself; a surname alone is the person
        already named in the article, else the only person with that surname, else the only
        one in office at the date ("Kim" in 2022 with no antecedent stays unresolved when
        several Kims held office)."""
        full = [e for e in entries if e.form != "surname"]
        if len({e.key for e in full}) > 1 and self.date is not None:
            # one name, several people ("George Bush"): the one in office at the date, else
            # the one whose offices are nearest to it
            in_office = [e for e in full if self.kb.role_at(e, self.date) is not None]
            if in_office:
                return in_office[-1]
            return min(full, key=lambda e: _years_from(e, self.date))
        if full:
            return full[-1]
        seen = [e for e in entries if self.context.seen_person(e.key) is not None]
        if seen:
            return max(seen, key=lambda e: self.context.seen_person(e.key).sentence)
        unique = {e.key: e for e in entries}
        if len(unique) == 1:
            return next(iter(unique.values()))
        active = [e for e in unique.values() if self.kb.role_at(e, self.date) is not None]
        if len(active) == 1 and self.date is not None:
            return active[0]
        if len({e.country for e in unique.values()}) == 1 and self.date is not None:
            # "President Bush" between the two: which one is unsure, whose is not
            return min(unique.values(), key=lambda e: _years_from(e, self.date))
        return None

    def _speaker(self, token: Any) -> list[ActorRef]:
        """The speaker of the direct quote a first-person pronoun stands in."""
        text = self.doc.text
        quotes = [(a, b) for a, b, _ in quote_spans(text)]
        inside = next(((a, b) for a, b in quotes if a <= token.idx < b), None)
        if inside is None:
            return []
        for verb in self.doc:
            if verb.lemma_.lower() not in SPEECH_VERBS or inside[0] <= verb.idx < inside[1]:
                continue
            for c in verb.children:
                if c.dep_ == "nsubj" and not (inside[0] <= c.idx < inside[1]):
                    refs = self.resolve(c)
                    if refs:
                        return [ActorRef(r.actor, r.kind, "coref", r.plural, r.person_key)
                                for r in refs]
        return []

    def _pronoun(self, token: Any) -> list[ActorRef]:
        exclude = _own_subject(token)
        # … nor for what a pronoun subject stands for ("the government warned that it could
        # dissolve the Brotherhood and ban it": the subject "it" is the government, so the
        # object "it" is not)
        barred = {(r.code, r.person_key) for i in exclude if token.doc[i].lower_ in PRONOUNS
                  for r in self._pronoun(token.doc[i])}
        found = self.context.pronoun(token.lower_, self.sentence_index, token.i,
                                     exclude=exclude, barred=barred)
        return [ActorRef(f.actor, f.kind, "coref", f.plural, f.person_key) for f in found]

    def _description(self, token: Any, np: list, sector: str | None,
                     text: str) -> list[ActorRef]:
        """Definite descriptions: "the two countries", "the leaders of the two countries",
        "the president", "the ministry" — resolved against the article context."""
        # "the leaders of the two countries": the of-object says whose ("Foreign Minister
        # Jo Bako of Tunisia", parsed with the name in apposition, too).
        appositions = [c for c in token.children if c.dep_ == "appos"]
        # "activists from the Fatah party" belong to it as "members of" do
        owners_preps = {"of", "from"} if token.lemma_.lower() in OWNED_BY_OF else {"of"}
        if token.lemma_.lower() in SPEAKS_FOR:
            owners_preps = owners_preps | {"for"}  # "a spokesman for the Israeli army"
        # ("the secretary-general of NATO": the "of" hangs on the title's second half)
        halves = [c for c in token.children if c.dep_ in {"amod", "compound"}
                  and c.i in {t.i for t in np}]
        for prep in [*token.children, *(g for a in [*appositions, *halves] for g in a.children)]:
            if prep.dep_ == "prep" and prep.lower_ in owners_preps:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        owners = self.actors(pobj)
                        if owners and all(not o.country and o.code for o in owners):
                            # "foreign ministers of ASEAN": an organisation's officials act
                            # for it (a sector code alone would name nobody)
                            return [ActorRef(replace(o.actor, text=text), "org", o.how,
                                             len(owners) > 1)
                                    for o in owners]
                        if owners:
                            return [ActorRef(
                                Actor(text=text, code=compose_code(o.country, _owned_sector(
                                      sector, o.actor.sector)), country=o.country,
                                      sector=_owned_sector(sector, o.actor.sector),
                                      name=o.actor.name),
                                "role", o.how, len(owners) > 1) for o in owners]
        if token.lemma_.lower() in {"country", "nation", "homeland"} and token.tag_ == "NN":
            # "Bashir said his country would never accept U.N. troops": the country of whoever
            # the pronoun stands for
            owners = [o for c in token.children if c.dep_ == "poss"
                      and c.lower_ in {"his", "her", "its", "their"} for o in self.actors(c)]
            countries = list(dict.fromkeys(o.country for o in owners
                                           if o.country and len(o.country) == 3))
            if len(countries) == 1:
                return [ActorRef(Actor(text=text, code=countries[0], country=countries[0]),
                                 "state", "coref")]
        words = {t.lower_ for t in np}
        count = next((NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS), 1)
        lemma = token.lemma_.lower()
        definite = any(t.lower_ in {"the", "both", "this", "these"} for t in np)
        if lemma in COLLECTIVE_HEADS and definite:
            if count >= 2 or token.tag_ == "NNS":
                states = self.context.last_states(count or 2, self.sentence_index, token.i)
                if len(states) >= 2:
                    return [ActorRef(Actor(text=text, code=compose_code(s.country, sector),
                                           country=s.country, sector=sector, name=s.name),
                                     "state", "description", True) for s in states]
                return []
            if lemma in {"country", "nation", "state"} and count == 1:
                states = self.context.last_states(1, self.sentence_index, token.i)
                if states:
                    s = states[0]
                    return [ActorRef(Actor(text=text, code=s.country, country=s.country,
                                           name=s.name), "state", "description")]
                return []
        if sector and definite and token.tag_ in {"NN", "NNP"}:
            person = lemma in {"president", "leader", "minister", "premier", "chancellor",
                               "king", "spokesman", "spokeswoman", "spokesperson", "chief",
                               "secretary", "commander", "general", "envoy", "ambassador"}
            f = self.context.described(None, sector, person, self.sentence_index, token.i)
            if f is not None and f.actor.country:
                return [ActorRef(f.actor, f.kind, "description", False, f.person_key)]
        return []

    def _group_in_place(self, token: Any, text: str) -> list[ActorRef]:
        """A group named by where it is: "the separatist republics in Ukraine" -> UKR + SEP."""
        if token.lemma_.lower() not in GROUP_HEADS or token.pos_ not in {"NOUN", "PROPN"}:
            return []
        sector = _sector_from_words(token)
        frontier = [token]
        for _ in range(3):
            nxt = []
            for t in frontier:
                for prep in t.children:
                    # ("for": "the Movement for the Sovereign State of Biafra")
                    if prep.dep_ == "prep" and prep.lower_ in {"in", "of", "from", "for"}:
                        for pobj in prep.children:
                            if pobj.dep_ != "pobj":
                                continue
                            refs = self.resolve(pobj) or (
                                self._place_word(pobj) if pobj.pos_ == "PROPN" else [])
                            for ref in refs:
                                if ref.kind in {"state", "role", "group"} and ref.country:
                                    sec = sector or _sector_from_words(pobj)
                                    if not sec and ref.kind == "role" and prep.lower_ in {
                                            "for", "of"}:
                                        # "a camp for Congolese refugees" is the refugees'
                                        sec = ref.actor.sector
                                    return [ActorRef(Actor(
                                        text=text, code=compose_code(ref.country, sec),
                                        country=ref.country, sector=sec), "group", "guess")]
                            sector = sector or _sector_from_words(pobj)
                            nxt.append(pobj)
            frontier = nxt
        return []


# Places named after the town they serve: "Damascus International Airport", "Kandahar Air Base"
FACILITIES = {"airport", "airfield", "port", "harbour", "harbor", "base", "airbase", "station",
              "bridge", "dam", "plant", "refinery", "prison", "camp", "hospital", "university",
              "stadium", "palace", "crossing", "checkpoint", "terminal"}
WATERS = {"strait", "straits", "gulf", "sea", "ocean", "bay", "channel", "sound", "lake"}
BORDERS = {"border", "frontier", "boundary", "line", "front"}  # "its border with Ukraine"
# A state's own expanses, named by its nationality adjective ("the Romanian border")
# (not its border: "a smugglers' camp on the Cambodian border" may be on either side; the
# coder reads a border as a target only for a show of force at it)
OWNED_EXPANSES = {"airspace", "waters", "territory", "soil", "coast", "coastline", "mainland"}
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "central", "upper", "lower", "northeast", "northwest", "southeast", "southwest"}
NOT_ACTOR_ENTITIES = {"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "today", "yesterday",
              "tomorrow"}


# Verbs that attribute a report; where their speaker is ("officials in Nairobi said") is not
# where the reported things happen.
REPORTING = {"say", "tell", "report", "announce", "add", "claim", "confirm", "state"}




def _driven_from(group: Any) -> list[Any]:
    """Where the verb a group is the object of moves it from ("drove … out of Kosovo",
    "expelled … from Uganda")."""
    t = group
    for _ in range(4):  # through "thousands of": to the verb
        if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
            break
        t = t.head
    if t.pos_ not in {"VERB", "AUX"}:
        return []
    out = []
    for prep in t.children:
        if prep.dep_ != "prep" and prep.dep_ != "prt":
            continue
        if prep.lower_ == "from":
            out += [p for p in prep.children if p.dep_ == "pobj"]
        elif prep.lower_ == "out":
            out += [p for of in prep.children if of.lower_ == "of"
                    for p in of.children if p.dep_ == "pobj"]
    return out


# ("it" only as an object: the dependency check below sees to that)
# Nouns for a state whose "of" names it ("the republics of Slovenia and Croatia", "the
# island of Cyprus")
NAMED_BY_OF = {"republic", "island", "kingdom", "emirate", "sultanate", "principality",
               "enclave", "territory", "statelet"}
OBJECT_PRONOUNS = {"him", "her", "them", "it"}


def _own_subject(pronoun: Any) -> set[int]:
    """Tokens an object pronoun cannot stand for: the subject of its own clause ("Uribe ended
    the talks, accusing him of …": "him" is somebody else).  The participle or second verb
    of a clause shares its subject; an infinitive's controller may be the object ("asked
    Chavez to help him"), so the walk stops there."""
    if pronoun.lower_ not in OBJECT_PRONOUNS or pronoun.dep_ not in {"dobj", "dative", "pobj"}:
        return set()
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    for _ in range(4):
        if verb.pos_ not in {"VERB", "AUX"}:
            return set()
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return {t.i for t in subject.subtree}
        if not (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")):
            return set()
        verb = verb.head
    return set()


# Nouns of places whose possessor names where they are ("Kenya's northeastern province").
PLACE_HEADS = {"capital", "city", "town", "village", "province", "region", "district",
               "port", "island", "state", "area", "border", "outskirts", "suburb", "center",
               "centre", "streets", "street", "square", "north", "south", "east", "west"}


def _owned_sector(sector: str | None, owner: str | None) -> str | None:
    """The sector of a role named by whose it is: "fighters of the interim government" are
    its soldiers, "fighters of the Islamic Courts" its rebels; other roles keep their own."""
    if sector == "UAF" and owner:
        return "MIL" if owner in {"GOV", "MIL"} else owner
    return sector or owner


def _is_place_name(word: str) -> bool:
    """A place the gazetteer knows, or its adjective ("Siberian" is no slip for "Liberian",
    "Darfuri" none for anything)."""
    from eventwire.places import gazetteer

    places = gazetteer()
    stems = [word] + [word[:-len(end)] + add for end, add in (
        ("ian", "ia"), ("an", "a"), ("n", ""), ("i", ""), ("ese", ""), ("ese", "a"))
        if word.endswith(end) and len(word) > len(end) + 3]
    return any(places.place_country(w) is not None for w in stems)


def _plausible(doc: Any, m: _Match, covered: set[int],
               role_words: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether a name match can be an actor where it stands.

    Not inside a date or number ("on Friday" is no person called Friday), and not the first
    or last words of a longer proper name the knowledge base does not know ("West Darfur
    State" is not the West; "South Asia Free Trade Agreement" is not South Asia).
    """
    start, end = m.start, m.end
    if any(doc[i].ent_type_ in NOT_ACTOR_ENTITIES for i in range(start, end)):
        return False
    if end - start == 1 and doc[start].lower_ in DATE_WORDS and doc[start].ent_type_ in {
            "DATE", "TIME", ""}:
        return False  # "on Friday" is no person called Friday
    # A dateline ("DOHA, Dec 10 -", "BRUSSELS (Reuters) -") says where the story was filed.
    if start <= 1 and end < len(doc) and doc[end].text in {",", "("} and all(
            doc[i].text.isupper() and len(doc[i].text) > 2 for i in range(start, end)):
        return False
    # Regions are actors only when written as names: "the West", not "the western bank".
    if all(e.kind in {"state", "org"} and not e.country and (e.code or "")[:3] not in {
            "IGO", "NGO"} for e in m.entries) and doc[start].text[:1].islower():
        return False
    # A surname followed by a name the base does not know is somebody else's given name:
    # "Ahmed Zorgati" is nobody called Ahmed; so is a two-word name ("Sheikh Abdul Sattar Abu
    # Risha" is not Pakistan's Abdul Sattar).
    if all(e.kind == "person" and (e.form == "surname" or end - start <= 2)
           for e in m.entries) and end < len(doc) \
            and end not in covered and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and doc[start].head.i >= end and doc[start].head.pos_ == "PROPN":
        return False
    # Persons keep unknown first names and titles around them ("Ayatollah Ruhollah Khomeini").
    if any(e.kind == "person" for e in m.entries):
        return True
    if not all(doc[i].pos_ == "PROPN" for i in range(start, end)):
        return True
    # A role before a name the base does not know is its title: "President Jo Bako".
    titles = all(e.kind == "role" for e in m.entries)
    # A nationality before an unknown name that ends in a role word says whose the body is:
    # "Chilean Communist Party leader Gladys Marin", "the Russian Orthodox Church"
    head, chain = doc[start], []
    while head.dep_ in {"compound", "flat", "amod", "nmod"} and head.head.i > head.i:
        head = head.head
        chain.append(head.i)
    if any(i >= end and i in role_words for i in chain) and all(
            e.kind == "state" and e.form in {"adjective", "demonym"} for e in m.entries):
        return True
    for j in (start - 1, end):
        if j == end and (titles or doc[j].lower_ in OFFICE_WORDS):
            continue  # (a title after a body is its officer's: "U.S. Treasury Secretary X")
        if j == start - 1 and j >= 0 and doc[j].lower_ in DIRECTIONS:
            continue  # "South Lebanon", "East Timor" stay the country
        if j == start - 1 and j >= 0 and titles and _is_place_name(doc[j].text):
            continue  # "Kandahar Governor X", "Quebec Premier X": a place's officer
        if 0 <= j < len(doc) and j not in covered and doc[j].pos_ == "PROPN" \
                and doc[j].dep_ in {"compound", "flat"} | ({doc[j].dep_} if j == end else set()):
            same_phrase = doc[j].head.i in range(start, end) or any(
                doc[i].head.i == j or (doc[i].head.i == doc[j].head.i and doc[i].dep_ in {
                    "compound", "flat"}) for i in range(start, end))
            if same_phrase:
                return False
    return True


def record_cheap_mentions(context: ArticleContext, kb: Any, sentence: int,
                          entries: list[Any]) -> None:
    """Record actors named in a sentence that was not parsed (for salience and pronouns)."""
    for n, e in enumerate(entries):
        country, sector, code = e.country, e.sector, e.code
        if e.kind == "person" or e.roles:
            role = kb.role_at(e, context.published)
            if role is not None:
                country, sector, code = role.country, role.sector, role.code
        code = code or compose_code(country, sector)
        if code is None:
            continue
        context.add(Found(actor=Actor(text=e.name, code=code, country=country, sector=sector,
                                      name=e.name, entity=e.entity),
                          kind=e.kind, sentence=sentence, token=n,
                          person_key=e.key if e.kind == "person" else None))


def _years_from(entry: Any, date: str) -> float:
    """How far a person's offices lie from a date, in years (0 inside one; inf with none)."""
    year = int(date[:4])
    gaps = [0.0 if (r.start or "0")[:4] <= date[:4] <= (r.end or "9999")[:4] else min(
        abs(year - int((r.start or "0000")[:4])), abs(year - int((r.end or "9999")[:4])))
        for r in entry.roles]
    return min(gaps, default=float("inf"))


PLACE_PREPS = {"in", "at", "near", "outside", "from", "into", "across", "around"}
# Words that turn a role noun into a thing: "social media" are no news media.
NOT_ACTOR_BEFORE = {"media": {"social"}, "network": {"social"}}


def _part_of_a_longer_name(doc: Any, m: _Match, people: set[int]) -> bool:
    """A person's name that is only one half of a hyphenated name: "Jean-Paul Akayesu" is not
    Grand Duke Jean.  Two people joined by a hyphen stay two ("the Vance-Owen plan"); states
    keep their hyphens ("Israeli-Palestinian", "U.S.-led")."""
    if not all(e.kind == "person" for e in m.entries):
        return False
    after = m.end < len(doc) - 1 and doc[m.end - 1].whitespace_ == "" \
        and doc[m.end].text == "-" and doc[m.end].whitespace_ == "" \
        and doc[m.end + 1].is_alpha and m.end + 1 not in people
    before = m.start >= 2 and doc[m.start - 1].text == "-" \
        and doc[m.start - 1].whitespace_ == "" and doc[m.start - 2].whitespace_ == "" \
        and doc[m.start - 2].is_alpha and m.start - 2 not in people
    return after or before


def _not_an_actor(doc: Any, m: _Match) -> bool:
    """A role word that the word before it makes into something else ("social media"); a
    capital on a journey's route ("an airliner flying from Athens to Vilnius")."""
    if all(e.kind == "state" and e.form == "capital" for e in m.entries):
        head = doc[m.end - 1]
        verb = head.head.head
        return head.dep_ == "pobj" and head.head.lower_ in {"from", "to", "via"} and (
            verb.lemma_.lower() in JOURNEYS or (  # "took off from Athens"
                verb.lemma_.lower() == "take" and any(c.lower_ == "off" for c in verb.children)))
    if m.start > 1 and all(e.kind == "person" for e in m.entries) and \
            doc[m.start - 1].text == "-" and doc[m.start - 2].lower_ in {"i", "e"}:
        # "Mazar-i-Sharif", "Kuh-e-Nur": a Persian compound place name, no person (but
        # "al-Assad", "Zia-ul-Haq" are people)
        return True
    if all(e.kind == "org" and e.ambiguous for e in m.entries) and \
            not any(doc[i].text[:1].isupper() for i in range(m.start, m.end)) and \
            any(c.isupper() for c in doc.text):
        # "dissident republicans", "the conservatives": a party's name that is also a plain
        # word names the party only when written as a name (unless the text has no capitals)
        return True
    if m.end - m.start == 1 and doc[m.start].lower_ in {"indian", "indians"} and m.start > 0 \
            and (doc[m.start - 1].lower_ in NATIVE_AMERICAN or (
                doc[m.start - 1].text[:1].isupper() and doc[m.start - 1].pos_ == "PROPN"
                and doc[m.start - 1].ent_type_ not in {"GPE", "LOC"})):
        # "Aymara Indian farmers", "Amazon Indians", "American Indians": the peoples of the
        # Americas, not India's
        return True
    if m.end - m.start == 1 and all(e.kind == "role" and e.ambiguous for e in m.entries) \
            and doc[m.start].tag_ == "JJ" and doc[m.start].dep_ == "amod":
        # "its daily street protests", "local elections": a word that is a role only as a
        # noun ("the daily", "the locals") is none as an adjective
        return True
    if m.start == 0 or not all(e.kind == "role" for e in m.entries):
        return False
    before = NOT_ACTOR_BEFORE.get(doc[m.end - 1].lower_)
    return bool(before) and doc[m.start - 1].lower_ in before


def _someone_elses_surname(tokens: list, m: _Match, matched: dict[int, _Match]) -> bool:
    """ "Canadian journalist Mohamed Fahmy" is not Nabil Fahmy, "Dioncounda Traore" not Ibrahim
    Traore: a surname alone, right after a given name the base does not know, is another
    person's (a name the base knows with that given name matches whole, before this).  So is
    one right after another person's surname alone: "Police Commissioner Mohammed Hussein Ali"
    is neither King Hussein nor President Ali."""
    if m.start == 0 or not any(e.kind == "person" and e.form == "surname" for e in m.entries):
        return False
    prev = tokens[m.start - 1]
    if not all(e.kind == "person" and e.form == "surname" for e in m.entries):
        # "Ahmet Turk" is neither Volker Turk nor a Turk: a surname that is also another
        # word, after an unknown given name in one person's name
        if not (prev.ent_type_ == "PERSON" and tokens[m.start].ent_type_ == "PERSON"
                and tokens[m.start].ent_iob_ == "I" and m.end - m.start == 1):
            return False
    before = matched.get(prev.i)
    if before is not None:
        keys = {e.key for e in m.entries if e.kind == "person"}
        return all(e.kind == "person" and e.form == "surname" and e.key not in keys
                   for e in before.entries) and prev.text[:1].isupper()
    return prev.pos_ == "PROPN" and prev.text[:1].isupper() \
        and prev.is_alpha and prev.lower_ not in TITLE_WORDS


def _surname_as_place(doc: Any, m: _Match) -> _Match | None:
    """ "a rally in Lagos" is in the city, not by a President Lagos: after a place preposition
    a surname alone is no person when the name is also a place (a capital in the base, or a
    city in the gazetteer).  The match without its surname readings; None when none is left."""
    surnames = [e for e in m.entries if e.kind == "person" and e.form == "surname"]
    head = doc[m.end - 1]
    if not surnames or head.dep_ != "pobj" or head.head.lower_ not in PLACE_PREPS:
        return m
    rest = tuple(e for e in m.entries if e not in surnames)
    if rest:
        return _Match(m.start, m.end, rest)
    from eventwire.places import gazetteer

    return None if gazetteer().cities_named(doc[m.start:m.end].text) else m


def _entity_text(token: Any) -> str:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text


def _stance_prefixed(doc: Any, m: _Match) -> bool:
    """ "pro-Russian separatists" are not Russian: a stance prefix cancels the nationality."""
    first = doc[m.start]
    if first.lower_.startswith(("pro-", "anti-")):
        return True
    prev = [doc[i].lower_ for i in range(max(0, m.start - 2), m.start)]
    if bool(prev) and (prev[-1] in {"pro", "anti"} or (
            prev[-1] == "-" and len(prev) == 2 and prev[0] in {"pro", "anti"})):
        return True
    # "multi-party elections", "one-party state", "cross-party talks": a role word inside a
    # hyphenated word names nobody
    return prev[-1:] == ["-"] and m.start >= 2 and not doc[m.start - 1].whitespace_ and \
        not doc[m.start - 2].whitespace_ and all(e.kind == "role" for e in m.entries)


def _conjuncts(token: Any) -> list[Any]:
    later = [t for t in token.conjuncts if t.i > token.i]
    root = token.sent.root
    if later and root.i > token.i and root.tag_ in {"VBD", "VBZ", "VBP"} and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in root.children):
        # "… to Syria, Defence Minister Sergei Shoigu told Putin": the main verb's subject
        # read as one more conjunct is not one
        stranded = stranded_subject(root)
        if stranded is not None and token.i < stranded.i:
            later = [t for t in later if t.i < stranded.i]
    if not later or token.dep_ not in {"nsubj", "nsubjpass"}:
        return later
    second = second_clause_subject(token)
    return later if second is None else [t for t in later if t.i < second.i]


def _clause_verb(t: Any) -> bool:
    """A past tense read as a modifier: "swept" (VBD), or "rolled" tagged as a participle but
    with no agent of its own (unlike "backed by warplanes")."""
    return t.dep_ == "acl" and (t.tag_ == "VBD" or (t.tag_ == "VBN" and not any(
        c.dep_ in {"agent", "auxpass"} for c in t.children)))


def stranded_subject(verb: Any) -> Any | None:
    """The subject a misparse joined to the fronted phrase before it: "Eighteen months after
    breaking off ties over … Salman Rushdie, Britain and Iran agreed …", with "Britain" read
    as one more conjunct of "Rushdie". The first noun after the last comma before the verb
    that hangs on a word before that comma."""
    comma = next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.text == ","), None)
    if comma is None:
        return None
    for t in verb.doc[comma.i + 1:verb.i]:
        if t.pos_ in {"NOUN", "PROPN"} and t.dep_ in {"conj", "appos"} and t.head.i < comma.i:
            return t
        if t.pos_ in {"VERB", "AUX"}:
            return None
    return None


def second_clause_subject(subject: Any) -> Any | None:
    """The second conjunct of a subject that is really the subject of a second clause: ", and"
    before it, and a past tense of the first clause hung inside the first conjunct as a
    modifier ("Israeli columns backed by warplanes swept into Lebanon, and the Council
    demanded …").  None for a true coordinated subject ("Britain and France condemned")."""
    for conj in subject.children:
        if conj.dep_ != "conj" or conj.i < subject.i:
            continue
        before = conj.doc[max(conj.left_edge.i - 2, 0):conj.left_edge.i]
        if not (len(before) == 2 and before[0].text == "," and before[1].lower_ == "and"):
            continue
        if any(_clause_verb(t) for t in subject.subtree if t.i < before[0].i):
            return conj
    return None


def _span_text(sentence: list, tokens: list) -> str:
    """The words of a noun phrase without a leading article (``sentence``: the sentence's
    tokens, read once; slicing the Doc would build them again)."""
    idx = [t.i for t in tokens if t.dep_ not in {"det", "punct", "case"} or t.i != tokens[0].i]
    if not idx:
        return tokens[0].text
    base = sentence[0].i  # (a sentence parsed alone starts at 0; a Span may not)
    start, end = min(idx) - base, max(idx) + 1 - base
    while start < end and sentence[start].dep_ in {"det", "punct"}:
        start += 1
    if start >= end:
        return tokens[0].text
    return "".join(t.text_with_ws for t in sentence[start:end]).rstrip()


def _pick_head_first(items: list, head: Any) -> tuple:
    for m, e in items:
        if m.start <= head.i < m.end:
            return m, e
    return items[-1]


# Adjectives of peoples living as minorities in other states: written after the adjective of
# the state they live in ("Bosnian Serb", "Kosovo Albanian", "Iraqi Kurdish"), they name the
# ethnic group, not a second state.
ETHNIC_ADJECTIVES = {"serb", "serbian", "croat", "croatian", "albanian", "kurdish", "kurd",
                     "hungarian", "tamil", "uzbek", "tajik", "armenian", "azeri", "ossetian",
                     "chechen", "pashtun", "somali", "tutsi", "hutu"}


def _month_before(date: str) -> str:
    """The ISO date 30 days before ``date`` (ISO dates compare as strings)."""
    try:
        return (dt.date.fromisoformat(date[:10]) - dt.timedelta(days=30)).isoformat()
    except ValueError:
        return date


# Words of travel whose "from" and "to" are a route, not parties ("flying from Athens to Vilnius")
JOURNEYS = {"fly", "flight", "travel", "sail", "drive", "journey", "route", "bound", "head",
            "depart",
            "divert", "airliner", "plane", "train", "ferry", "bus", "voyage", "trip"}
LED_SUFFIXES = ("-led", "-based", "-run", "-owned", "-born")


def _led_by_state(words: list[str], raw: list, kb: Any) -> list:
    """ "U.S.-led foreign troops", "a Paris-based group": a state written into one hyphenated
    token with "-led" or "-based" is the group's (not "-backed": an Iranian-backed militia is
    not Iran's)."""
    covered = {j for m in raw for j in range(m.start, m.end)}
    out = []
    for i, w in enumerate(words):
        if i in covered or not w.endswith(LED_SUFFIXES):
            continue
        found = kb.match([w[:w.rindex("-")]], 0)
        if found and all(e.kind == "state" for e in found[1]):
            out.append(_Match(i, i + 1, tuple(found[1])))
    return out


def _elided_names(words: list[str], raw: list, kb: Any) -> list:
    """ "North and South Korea", "East and West Germany": the first word of a coordinated pair
    of names written once, matched with the name it shares."""
    starts = {m.start: m for m in raw}
    out = []
    for i in range(len(words) - 3):
        m = starts.get(i + 2)
        if words[i + 1] not in {"and", "or"} or m is None or i in starts \
                or not words[i][:1].isupper() or m.end - m.start < 2:
            continue
        found = kb.match([words[i], *words[m.start + 1:m.end]], 0)
        if found and found[0] == m.end - m.start:
            out.append(_Match(i, i + 1, tuple(found[1])))
    return out


# States split in two whose halves the news calls "the North" and "the South"
HALVES = {"Korea": {"KOR", "PRK"}, "Sudan": {"SDN", "SSD"}, "Vietnam": {"VNM"},
          "Yemen": {"YEM"}}


def _halves(words: list[str], raw: list, kb: Any, seen: set) -> list:
    """ "the South's forces fired back", "the North": one half of a divided state, when the
    sentence or the article already named either half."""
    covered = {j for m in raw for j in range(m.start, m.end)}
    here = {e.country for m in raw for e in m.entries if e.kind == "state"} | seen
    out = []
    for i, w in enumerate(words):
        if w not in {"South", "North"} or i in covered:
            continue
        if not ((i > 0 and words[i - 1].lower() == "the")
                or (i + 1 < len(words) and words[i + 1] in {"'s", "’s"})):
            continue
        for name, states in HALVES.items():
            if here & states:
                found = kb.match([w, name], 0)
                if found and found[0] == 2:
                    out.append(_Match(i, i + 1, tuple(found[1])))
                    break
    return out


def _distinct_states(states: list, doc: Any = None) -> list:
    if doc is not None and len(states) >= 2:
        # "Bosnian Serb paramilitaries" are Bosnia's (an ethnic group of the first state)
        states = [(m, e) for m, e in states if not (
            doc[m.start].lower_ in ETHNIC_ADJECTIVES and m.start > 0 and any(
                m2.end == m.start and m2 is not m for m2, _ in states))]
    out, seen = [], set()
    for m, e in states:
        key = e.country or e.code
        if key not in seen:
            seen.add(key)
            out.append((m, e))
    return out


def _sector_from_words(token: Any) -> str | None:
    for t in [token, *token.children]:
        s = SECTOR_WORDS.get(t.lemma_.lower())
        if s:
            return s
    return None


def _is_description_head(token: Any) -> bool:
    return token.lemma_.lower() in COLLECTIVE_HEADS and token.pos_ == "NOUN"
