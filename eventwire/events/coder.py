"""The event coder: triggers + actors -> CAMEO/PLOVER events for one parsed sentence.

For every trigger the lexicon finds (``triggers.py``), the coder looks for the acting source
and the target in one syntactic structure (``arguments.py``) — never stitching an actor from an
unrelated clause — resolves them to actors (``actors.mentions``), and reads off modality,
attribution, quote, date and places.  Frame verbs ("pledged to", "urged … to", "threatened to",
"refused to") wrap the action they embed and give it the code of their family.  A reporting
verb with no codable content gives a 010 statement, and only when it names someone the
statement is about.

Bounds: at most ``MAX_EVENTS_PER_SENTENCE`` events per sentence, one role code per actor, no
event without a source, no event whose source and target are the same actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from eventwire.actors.mentions import BORDERS, STATE_SECTORS, ActorRef, SentenceActors
from eventwire.events import ontology
from eventwire.events.arguments import (
    DIPLOMATIC_POSTS,
    HOLDING,
    MESSAGES,
    RELEASE_ASKED,
    TAKING_PART,
    captors,
    carrier_of,
    indefinite_act,
    leavers,
    misattached_conj,
    noun_source_tokens,
    noun_target_tokens,
    passive_patient,
    rejected_things,
    subject_of,
    verb_target_tokens,
)
from eventwire.events.attribution import attribution_of, quote_spans, reporting_verb_above
from eventwire.events.cues import Cues
from eventwire.events.lexicon import base_forms
from eventwire.events.modality import dropped_plan, modality_of, own_plan, unrealised_content
from eventwire.events.resolve import (
    MEETING_ROOTS,
    actor_in_content,
    first_actors,
    guessed,
    locatives,
    only_other_actor,
    people_of_own_place,
    place_in_content,
    preposition_objects,
    same_actor,
    sources_of,
    the_authorities,
)
from eventwire.events.triggers import REQUEST_NOUNS
from eventwire.places import find_places
from eventwire.records import Actor, Event, Place

__all__ = ["SentenceInput", "code_sentence"]

MAX_EVENTS_PER_SENTENCE = 8
# Codes whose event holds in both directions when the other side is named ("A and B met",
# "A signed an agreement with B").  Prefixes; the lexicon can also flag single patterns.
# Only acts that take two by their nature: handing over, extraditing or sharing is one-way.
RECIPROCAL_PREFIXES = ("030", "031", "036", "037", "040", "041", "044", "046", "050", "057",
                       "062")
# With two or more named sources and nobody else, cooperation is among them ("Israel and
# Bahrain established relations", "a truce between Israel and Hamas took effect").
# Giving aid (07) or yielding (08) is done to others, not among the givers ("the US and
# Britain sent aid"), except de-escalation between them (087: "a ceasefire took effect").
MUTUAL_ROOTS = {"03", "04", "05", "06", "087"}
# "Indian and Chinese soldiers fought", "… exchanged fire": with no one else named, fighting
# between coordinated sides is against each other.
FIGHTING_ROOTS = {"18", "19"}
TRUCE_VIOLATION = "196"
# ... but only verbs and nouns of fighting each other: "the US and Europe were prolonging the
# war" is no war between them.
FIGHTING_EACH_OTHER = {"fight", "clash", "battle", "skirmish", "exchange", "trade", "engage",
                       "fighting", "clashes", "battles", "skirmishes", "duel", "firefight",
                       "gunbattle", "gunfight", "confrontation", "hostility", "hostilities"}
# What two sides swap goes from each to the other ("a prisoner swap", "exchanged envoys").
EXCHANGES = {"swap", "exchange", "trade", "interchange"}
# mediators and visitors act on others; so do donors promising aid and sides promising to
# yield ("Japan, the United States and the EU pledged $1.2 billion" is no aid among them)
NOT_MUTUAL = ("038", "039", "045", "042", "043", "033", "034", "0351", "0352", "0353", "0354",
              "0355")
# Sports reports name teams by their countries ("Morocco beat Portugal 1-0"): in a sentence
# that reads like sport, words of contest ("beat", "attacked", "crushed") code no hostile event.
# Other hostile acts there stay events: "police jailed fans after the match", and "League" in
# "the Arab League condemned" or "the National League for Democracy" is no sport at all.
SPORTS = re.compile(
    # (a score is two small numbers: "1990-91" and "Mirage 2000-5" are no scores)
    r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])"
    r"|\b(?:world cup|semi-finals?|quarter-finals?|final whistle|tournament|"
    r"striker|midfielder|goalkeeper|defender|penalt(?:y|ies)|championship|"
    r"olympics?|match(?:es)?|stadium|goals?|fifa|uefa|grand slam|seed(?:ed)?|"
    r"(?:first|second) half|half-time|extra time|injury time|the \w+ (?:team|squad)\b(?! of))\b"
    # ("league" only in lower case: "the Arab League", "the Awami League" are no sport)
    r"|\b(?-i:league)\b",
    re.IGNORECASE)
CONTEST_WORDS = {"beat", "defeat", "thrash", "crush", "rout", "trounce", "hammer", "edge", "down",
                 "overcome", "eliminate", "knock", "attack", "clash", "battle", "fight", "face",
                 "draw", "lose", "win", "victory", "upset", "stun", "humiliate", "dominate",
                 "sink", "overpower", "outplay", "sweep", "whitewash", "blank", "duel",
                 "rivalry", "revenge", "counterattack"}
DISSENT_CUES = re.compile(r"\b(?:protest|demonstrat|against|demand|strike|boycott|riot|"
                          r"anger|angry|outrage|denounc|oppos)", re.IGNORECASE)
HOSTILE_ROOTS = {"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
STATEMENT_CODE = "010"
# Dissent, and calling it off: with no one named, it is aimed at the authorities where it
# happens (CAMEO's convention for protests; "called off the rally" eases the same dissent).
PROTEST = ("14", "082", "0352")
# Disapproval: aimed at what it is about, not at whom it is voiced to.
DISAPPROVE = ("11",)
REJECT = "12"
FOR_WHAT = ("051", "055", "056")  # praise, apologise, forgive: "for" names the topic
CLAIM_RESPONSIBILITY = "015"
PHONE = "041"
SUE = "115"  # bring a lawsuit against
WITHDRAW = "087"  # de-escalate militarily: retreat, withdraw, ceasefire
RELEASE, RELEASE_PERSONS = "084", "0841"
SEIZE, ABDUCT, ARREST, OCCUPY = "1711", "181", "173", "192"
STATE_FORCES = {"GOV", "MIL", "COP", "SPY", "JUD"}
INSURGENTS = {"REB", "SEP", "INS"}
HAND_OVER = "063"
COOPERATE = "06"  # engage in material cooperation
# Role nouns that name a body, not a person ("seized the army" is no one taken)
BODIES = {"army", "government", "police", "military", "parliament", "force", "navy", "ministry",
          "cabinet", "court", "council", "regime", "administration", "party", "movement", "group",
          "militia", "guard", "junta", "opposition", "legislature", "assembly", "senate",
          "congress", "garrison", "unit", "battalion", "brigade", "division", "station",
          "embassy", "office", "headquarters", "base", "compound", "camp", "palace"}
ASSASSINATE, ASSASSINATION_ATTEMPT = "186", "185"
PLAIN_KILLING = {"180", "182", "1823", "190", "193"}
KILLING_VERBS = {"kill", "murder", "slay", "behead"}
SHOOTING_VERBS = {"shoot", "gun", "stab"}  # killing only with "dead" or "down"
REPRESSION = "175"
SEIZING_VERBS = {"seize", "grab", "snatch", "take", "capture"}
JOINT_CODE = "062"  # cooperate militarily
SHOW_OF_FORCE = "150"  # demonstrate military or police power
DRILL_VERBS = {"stage", "hold", "conduct", "launch", "begin", "start", "carry"}
RALLY_SUPPORT = "053"  # appeal to others to support someone
CONSULT = "04"
ADDRESSING = {"tell", "assure", "inform", "promise", "remind", "warn", "notify"}
INVESTIGATE = "09"
CLAIMS = {"allegation", "charge", "claim", "accusation", "report", "suspicion", "complaint",
          "evidence"}
ULTIMATUM = "139"
AIMING = {"aim", "direct", "target", "intend", "gear"}
EASE_SANCTIONS, EASE_PARTY_BAN = "081", "0812"
PARTIES = {"PTY", "OPP", "REB", "SEP"}
CIVILIANS = {"CVL", "REF", "PPL", "EDU", "HLH", "REL", "LAB", "MED"}
TOLL_VERBS = {"kill", "wound", "injure", "leave", "claim", "maim", "sicken", "poison",
              "burn", "blind"}
MASS_KILLING = "202"  # engage in mass killings
FIGHTERS = {"soldier", "troop", "fighter", "rebel", "militant", "guerrilla", "insurgent",
            "policeman", "officer", "militiaman", "combatant", "jihadist", "attacker"}
# Nouns for a task under way, done by whoever undertakes it ("on a mission to protect …"); a
# plan, a right or a call to do something is not the doing.
ATTEMPTS = {"bid", "attempt", "push", "drive"}
STARTING_VERBS = {"launch", "mount", "make", "begin", "start", "lead", "step", "renew",
                   "intensify", "spearhead", "press", "redouble", "join", "announce", "unveil"}
UNDERTAKINGS = {"mission", "operation", "campaign", "effort", "expedition",
                "deployment", "crusade", "offensive", *ATTEMPTS}
COMPLAINTS = {"complaint", "protest", "objection", "grievance"}
# "because of fighting", "due to the war", "in the wake of the attack": a cause, not an event
# the sentence reports.
CAUSE_WORDS = {"because", "due", "owing", "wake", "aftermath", "view", "light", "result"}
# Prepositions whose event noun is the setting of the clause's own event.
SETTING_PREPS = {"in", "during", "amid", "amidst", "throughout", "after", "following", "since",
                 "under"}  # ("killed under military rule": a regime is the setting)
SHELTER = {"asylum", "refuge", "sanctuary", "haven", "safe_haven", "protection", "shelter"}
MILITARY_BOMBING = "195"  # employ aerial weapons
# Violence that hits whoever is where it happens: bombings, shelling, air strikes.
ON_PEOPLE_THERE = ("18", "193", "194", "195")
POLICE_ALERT, MILITARY_ALERT = "151", "152"  # increase police / military alert status
VISIT_CODES = {"042", "043"}
TRAVEL_VERBS = {"fly", "jet", "travel", "go", "come", "head", "journey", "take", "bring"}
AIRCRAFT = re.compile(r"\b(?:war ?planes?|jets?|(?<!suicide )(?<!car )(?<!truck )bombers?|aircraft|"
                      r"helicopters?|"
                      r"gunships?|drones?|air force)\b", re.IGNORECASE)
SUICIDE_BOMBERS = re.compile(r"\bsuicide (?:(?:car |truck )?bombers?|attackers?)\b",
                             re.IGNORECASE)
SUICIDE_BOMBING = "1831"
RIOT = "145"
COERCE = "170"
DESTROY_PROPERTY = "1712"
ARMED = {"MIL", "REB", "UAF", "INS", "SEP"}
MILITANT_GROUPS = "IMG"  # international militarized groups: Islamic State, al Qaeda
# Acts only authorities perform on people: investigate them (09x: "was put under investigation
# in Italy"), arrest, detain or charge (173), expel or deport (174), impose restrictions (172x).
BY_AUTHORITIES = ("09", "172", "173", "174")
EXPEL_VERBS = {"expel", "deport", "evict", "banish"}  # "expelled from X": X's authorities
PEACEKEEPING = "074"  # provide military protection or peacekeeping
FORCE_ROOTS = {"18", "19", "20"}  # assault, fight, mass violence
PLACE_NOUNS = {"capital", "city", "town", "village", "province", "region", "territory",
               "coast", "island", "port", "border", "countryside", "soil"}
# Places and posts taken, never people ("captured the U.N. safe area", "seized the embassy")
SEIZED_PLACES = PLACE_NOUNS | {"area", "zone", "enclave", "base", "post", "position", "outpost",
                               "compound", "headquarters", "building", "airport", "embassy",
                               "consulate", "office", "station", "palace", "stronghold"}
# Weapons named as the doer ("U.S. cruise missiles destroyed a factory", "Israeli shells
# slammed into the base"): the act is an attack with that weapon, whatever verb tells it.
# (no "bomber": suicide bombers are people)
AERIAL_WEAPONS = {"missile", "warplane", "jet", "drone", "gunship", "helicopter", "aircraft",
                  "plane"}
GROUND_WEAPONS = {"shell", "artillery", "mortar", "rocket", "tank", "howitzer", "column",
                  "cannon"}
# Families of measures a state keeps or drops on its own (aid, relations, blockades, sanctions)
OWNED_MEASURES = {"08", "16"}
FUTURE_INTENT_ROOTS = {"04", "05", "06", "07", "08"}
FUTURE_THREAT_ROOTS = {"16", "17", "18", "19", "20"}
# Cooperation someone "will not", "would not" or "cannot" do is refused.
REFUSABLE_ROOTS = {"03", "04", "05", "06", "07", "08"}
REFUSING_AUX = {"will", "would", "wo", "shall", "'ll", "can", "ca"}
# Codes about territory: where they happen is whom they hit ("imposed a curfew in Garissa",
# "reimposed blockades in the West Bank").
# curfews, emergencies, their lifting, resignations: acts on one's own people
# (and property seized with no owner named: "plans to seize 3,000 white-owned farms")
ON_POPULATION = ("1721", "1722", "1723", "1724", "081", "083", "1711")
TERRITORIAL = ("081", "083", "152", "153", "154", "175", "191", "192", "1721", "1722", "1723",
               "1724", "1711")
POSTURE = "15"  # exhibit force posture
THREAT_VERBS = {"threaten", "warn"}
# Orders a government gives its own forces and agencies are its acts.
COMMAND_VERBS = {"order", "instruct", "direct", "command"}
SUBORDINATES = {"MIL", "COP", "SPY"}
CAUSE_MARKS = {"after", "because"}  # a clause telling what an act answers
AID_CODES = ("07", "162")  # provide aid; reduce or stop it
THREATEN = "13"
ARREST = "173"  # arrest, detain, or charge with legal action
CONVICT = "116"  # find guilty or liable (legally)
APOLOGIZE = "055"
VISIT = "042"  # make a visit
VIOLENT_REPRESSION = "175"
UNDIRECTED_FORCE = {"180", "190", "193", "182", "1823", "183"}  # force not told more exactly
PROTESTERS = {"protester", "protestor", "demonstrator", "marcher", "rioter", "crowd",
              "demonstration", "protest", "rally", "march"}
CROSSING_VERBS = {"cross", "enter", "drive", "march", "walk", "ride"}
PROTECTIVE_WORDS = {"humanitarian", "peacekeeping", "protect", "rescue", "evacuate"}
PEACEKEEPING_CUES = re.compile(
    r"peace-?keep|multinational force|stabili[sz]ation force|U\.?N\.?-(?:backed|mandated|"
    r"sanctioned|led)|to (?:help )?restore (?:order|peace)|peace (?:enforcement|support) "
    r"(?:force|mission)",
    re.IGNORECASE)
ACCUSE_OF_CRIME = "112"  # accuse of crime, corruption
# Clauses that tell what came before ("after …"), what goes on around the act ("as students
# occupied the grounds") or what it waits for ("until Hezbollah frees the soldiers")
BACKGROUND_MARKS = {"after", "before", "following", "as", "until"}
POLICE_DEPLOYMENT = "153"  # mobilize or increase police power: at home
# Verbs whose subject carries out the dissent their object names ("staged a protest")
DISSENT_LIGHT_VERBS = {"stage", "hold", "organise", "organize", "lead", "launch", "join", "call",
                       "begin", "start", "mount", "continue", "resume", "plan", "announce",
                       "go", "keep", "step", "escalate", "intensify", "spark", "end", "stop",
                       "suspend", "halt", "observe", "conduct"}
COOPERATION_NOUNS = {
    "cooperation",
    "relation",
    "tie",
    "partnership",
    "friendship",
    "solidarity",
    "collaboration",
    "alliance",
    "relationship",
    "exchange",
}
GROWTH_VERBS = {
    "grow",
    "expand",
    "strengthen",
    "deepen",
    "develop",
    "improve",
    "continue",
    "boost",
    "increase",
    "enhance",
    "flourish",
    "advance",
    "intensify",
    "widen",
}
MODALITY_FACTOR = {"hypothetical": 0.6, "future": 0.9, "intended": 0.9, "negated": 0.9}
HOW_FACTOR = {"name": 1.0, "surname": 0.95, "coref": 0.85, "description": 0.85,
              "possessive": 0.85, "guess": 0.7}
RECIPROCAL_HOWS = {"object", "preposition", "pattern", "passive"}


@dataclass
class SentenceInput:
    """One parsed sentence and everything the coder needs to know about where it sits."""

    doc: Any  # spaCy Doc of the sentence
    doc_id: str
    sentence_index: int
    offset: int  # character offset of the sentence in the cleaned document text
    published: str | None
    actors: SentenceActors
    coder: str = ""
    places: Any = None  # callable(span, token) -> tuple[Place, ...]
    dates: Any = None  # callable(span, token) -> (date, precision, basis)
    # the sentence's text (spaCy rebuilds Doc.text from its tokens on every access)
    text: str = ""
    require_target: bool = False  # events with no target will be dropped


@dataclass
class _Candidate:
    trigger: Any  # the token carrying the event (a frame verb for framed events)
    code: str
    sources: list[ActorRef]
    targets: list[ActorRef]
    confidence: float
    reciprocal: bool = False
    frame_verb: Any = None
    how: list[str] = field(default_factory=list)
    label: str = ""
    intended: bool = False
    # the pattern says the act is one-sided ("reciprocal: false"): coordinated doers never
    # do it to each other ("Spain, Ireland and Norway recognised a Palestinian state")
    directed: bool = False


# CAMEO splits dissent (141-145) by what it is for: 1 leadership change, 2 policy change,
# 3 rights, 4 change in institutions or regime.  Cue words of each, looked for in the clause of
# the act ("marched to demand the president's resignation", "struck against the new tax law").
DISSENT_CODES = {"141", "142", "143", "144", "145"}
DISSENT_PURPOSES = (
    ("1", {"resignation", "resign", "ouster", "oust", "removal", "downfall", "impeachment",
           "impeach", "dismissal", "abdication", "abdicate", "overthrow", "departure"}),
    # (early elections count as a change of leadership, as the lexicon's own patterns do)
    ("4", {"democracy", "constitution", "constitutional", "regime", "institution",
           "parliamentary", "federalism", "autonomy", "referendum"}),
    ("3", {"right", "freedom", "liberty", "equality", "recognition", "discrimination",
           "citizenship", "suffrage"}),
    ("2", {"law", "bill", "tax", "policy", "decision", "plan", "price", "budget", "measure",
           "reform", "austerity", "cut", "subsidy", "wage", "pension", "privatisation",
           "privatization", "deal", "agreement", "ban", "closure", "project", "visit"}),
)


# What a demand (100), refusal (120) or threat (130) is about, by the words of its clause,
# most telling first (see _by_content).  Written from the CAMEO definitions of the sub-codes.
_LEADERSHIP = {"resign", "resignation", "ouster", "oust", "removal", "downfall", "abdicate",
               "abdication", "quit", "impeachment", "impeach", "dismissal", "overthrow"}
_INSTITUTIONS = {"constitution", "constitutional", "democracy", "democratization",
                 "democratisation", "regime", "institution", "referendum", "federalism",
                 "autonomy", "multiparty", "multi-party", "parliamentary", "judiciary"}
_RIGHTS = {"right", "freedom", "liberty", "equality", "recognition", "discrimination",
           "citizenship", "suffrage"}
_ECONOMIC = {"trade", "export", "import", "market", "tariff", "investment", "economic",
             "economy", "fta", "commerce", "commercial", "loan", "debt"}
_MILITARY = {"military", "alliance", "weapon", "arm", "troop", "missile", "defense",
             "defence", "base", "warship", "aircraft"}
_JUDICIAL = {"extradite", "extradition", "handover", "surrender", "court", "tribunal",
             "prosecute", "trial"}
CONTENT_SUBCODES = {
    "100": [("1041", _LEADERSHIP), ("1044", _INSTITUTIONS), ("1043", _RIGHTS),
            ("1011", _ECONOMIC), ("1012", _MILITARY), ("1013", _JUDICIAL)],
    "120": [("1231", _LEADERSHIP), ("1234", _INSTITUTIONS), ("1233", _RIGHTS),
            ("1224", {"peacekeeper", "peacekeeping"}),
            ("1245", {"observer", "inspector", "monitor", "inspection", "investigator"}),
            ("1211", _ECONOMIC), ("1212", _MILITARY), ("1213", _JUDICIAL)],
    "130": [("1385", {"nuclear", "chemical", "biological", "genocide"}),
            ("1383", {"terrorist", "terrorism", "suicide", "bombing", "kidnapping"}),
            ("138", {"war", "attack", "blow", "strike", "force", "retaliation", "retaliate",
                     "invasion", "invade", "offensive", "bomb", "military"}),
            ("134", {"negotiation", "talk", "dialogue"}),
            ("131", {"sanction", "embargo", "boycott", "tariff"})],
}


def _clause_of(tok: Any) -> Any:
    """The verb whose clause an event word belongs to (itself, or the verb of its noun)."""
    if (tok.pos_ in {"NOUN", "PROPN"} or tok.dep_ in {"dobj", "nsubj", "nsubjpass"}) \
            and tok.head.pos_ in {"VERB", "AUX"} and tok.head.i != tok.i:
        return tok.head
    return tok


def _dissent_purpose(tok: Any, code: str) -> str:
    """The CAMEO sub-code of a protest, strike or blockade from what it demands or opposes."""
    if code not in DISSENT_CODES:
        return code
    lemmas = {t.lemma_.lower() for t in _clause_of(tok).subtree if t.i != tok.i}
    for digit, cues in DISSENT_PURPOSES:
        if lemmas & cues:
            return code + digit
    return code


def _by_content(tok: Any, code: str) -> str:
    """A demand, refusal or threat coded only by its frame's catch-all code (100, 120, 130)
    takes the sub-code of what its clause is about: "demanded that Kagame agree to
    constitutional changes" is a demand for a change of institutions (1044), "rejected a
    free-trade proposal" a rejection of economic cooperation (1211), "threatened to stop the
    negotiations" a threat to halt them (134).  The first family whose words the clause uses
    wins; the speaker's own words (its subject) are left out."""
    cues = CONTENT_SUBCODES.get(code)
    if not cues:
        return code
    subject = {d.i for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} for d in c.subtree}
    lemmas = {t.lemma_.lower() for t in tok.subtree if t.i != tok.i and t.i not in subject}
    for sub, words in cues:
        if lemmas & words:
            return sub
    return code


def _opposed(tok: Any) -> list[tuple[Any, str]]:
    """Whom dissent is aimed at, wherever the parser hangs it in the clause: "against X",
    "in defiance of X", "in protest at X"."""
    out = []
    for t in _clause_of(tok).subtree:
        if t.dep_ != "pobj":
            continue
        prep = t.head
        if prep.lower_ == "against" or (prep.lower_ == "of" and prep.head.lemma_.lower() in {
                "defiance", "opposition"}):
            out.append((t, "preposition"))
            # "against the abuses by the army", "against Tbilisi's demand": an act stands for
            # its author
            out += [(p, "preposition") for by in t.children if by.lower_ == "by"
                    for p in by.children if p.dep_ == "pobj"]
            out += [(p, "preposition") for p in t.children if p.dep_ == "poss"]
        elif t.lemma_.lower() in DIPLOMATIC_POSTS and prep.lower_ in {
                "past", "outside", "at", "near", "before", "to", "around", "on"}:
            # "marched past the U.S. embassy", "protested outside the French consulate": a
            # protest at a foreign post is aimed at its state
            out.append((t, "preposition"))
    return out


PROPOSALS = {"plan", "proposal", "initiative", "resolution", "draft", "offer", "formula",
             "blueprint", "roadmap", "settlement", "deal"}
PRESSURES = {"demand", "call", "appeal", "request", "pressure", "plea", "protest", "objection",
             "ultimatum", "opposition", "criticism"}


def _defied(tok: Any) -> list[tuple[Any, str]]:
    """Whose demands a refusal defies: "will keep the state of emergency despite demands from
    the parties to lift it", "in defiance of U.N. appeals", "stood firm against Australian
    demands" (the demanders, or the adjective or possessor that names them)."""
    out = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"despite", "against", "in", "over"}:
            continue
        nouns = [p for p in prep.children if p.dep_ == "pobj"]
        if prep.lower_ == "in":  # "in defiance of …"
            nouns = [p for n in nouns if n.lemma_.lower() == "defiance" for of in n.children
                     if of.dep_ == "prep" and of.lower_ == "of" for p in of.children
                     if p.dep_ == "pobj"]
        for n in nouns:
            if n.lemma_.lower() not in PRESSURES:
                continue
            out += [(p, "preposition") for fr in n.children if fr.dep_ == "prep"
                    and fr.lower_ in {"from", "by", "of"} for p in fr.children if p.dep_ == "pobj"]
            out += [(m, "preposition") for m in n.children
                    if m.dep_ in {"poss", "amod", "compound", "nmod"} and m.i < n.i]
    return out


def _is_reciprocal(code: str, flagged: bool | None) -> bool:
    """Whether an act holds both ways: as its pattern says, else as its code's family ("send
    an envoy to" is 050 and directed, "cooperate" is 050 and mutual)."""
    return flagged if flagged is not None else code.startswith(RECIPROCAL_PREFIXES)


def code_sentence(si: SentenceInput, triggers: list[Any], lexicon: Any, cues: Cues) -> list[Event]:
    """All events of one sentence."""
    doc, sa = si.doc, si.actors
    consumed: set[int] = set()
    # violent acts named by a noun ("a car bomb", "the blast"): subjects that act without actors
    sa.violent_tokens = {t.token.i: t.pattern.code for t in triggers
                         if t.token.pos_ in {"NOUN", "PROPN"}
                         and t.pattern.code[:2] in FORCE_ROOTS}
    sa.verb_codes = {t.token.i: t.pattern.code for t in triggers
                     if t.token.pos_ in {"VERB", "AUX"}}
    sa.event_codes = {t.token.i: t.pattern.code for t in triggers}
    # (an object the pattern names is part of the act, "held talks"; whatever fills a
    # "meet [*]" is not: "met the Russian foreign minister")
    sa.event_tokens = {t.token.i for t in triggers} | {
        t.object_token.i for t in triggers
        if t.object_token is not None and t.object_token.pos_ == "NOUN"
        and not any(i.kind == "object" and i.any_object for i in t.pattern.items)}
    for t in triggers:
        if t.token.pos_ in {"VERB", "AUX"}:
            consumed |= {i for i in t.consumed if i != t.token.i}
        consumed |= _said_of(t)
    candidates: list[_Candidate] = []
    # "called for an immediate halt to Israel's air strikes": what a call or demand is for
    # (the strikes to be halted) is its content, not an event of its own
    framed = {t.i for trig in triggers if trig.frame is not None
              and trig.frame.name in {"appeal", "demand"} and trig.frame_token is trig.token
              for prep in trig.token.children if prep.dep_ == "prep" and prep.lower_ == "for"
              for thing in prep.children if thing.dep_ == "pobj"
              and thing.i not in sa.event_codes
              for t in thing.subtree}

    # "agreed to the deployment of a peacekeeping force": what the object of an act consists
    # of is part of that act
    # (an object the pattern names, "deployment": not whatever fills "discuss [*]")
    of_objects = {p.i for t in triggers if t.object_token is not None
                  and t.token.pos_ in {"VERB", "AUX"}
                  and not any(i.kind == "object" and i.any_object for i in t.pattern.items)
                  for prep in t.object_token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for p in prep.children if p.dep_ == "pobj"}

    for trig in triggers:
        tok = trig.token
        if tok.i in consumed or tok.i in framed or (
                tok.i in of_objects and tok.pos_ in {"NOUN", "PROPN"}):
            continue
        if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "compound":
            continue
        if tok.pos_ in {"NOUN", "PROPN"} and trig.frame is None and any(
                c.dep_ == "amod" and c.lower_ in UNREAL_ADJECTIVES for c in tok.children):
            continue  # "massed troops for a possible offensive": no offensive took place
        if tok.pos_ in {"NOUN", "PROPN"} and trig.pattern.code.startswith(CONSULT) and \
                _speech_occasion(tok, cues):
            continue  # "told a meeting of his party", "said at a news conference": a venue
        if (tok.dep_ == "acl" or (tok.dep_ == "relcl" and any(
                c.dep_ == "auxpass" for c in tok.children))) and tok.tag_ == "VBN" \
                and tok.head.i in consumed and any(
                tok.head.i in t.consumed for t in triggers
                if t.token.i not in {tok.i, tok.head.i}):
            # "shortened the curfew imposed after the coup", "freed prisoners arrested last
            # year", "the release of aid workers who were seized on Tuesday": the participle
            # or passive relative clause tells the history of another event's object
            continue
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in FORCING_VERBS and (
                (tok.head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                               for c in tok.head.children))
                or (tok.head.tag_ == "VBG" and tok.head.dep_ == "pcomp")):
            # "halting all flights to force the prime minister to resign", "a strike aimed at
            # forcing Chavez to resign": what someone is to be made to do is an aim, not done
            # ("forced him to resign", "…, forcing him to resign" are done)
            continue
        if tok.dep_ in {"acl", "pcomp"} and tok.tag_ == "VBG" and tok.lemma_.lower() in HOLDING:
            # "the rebels holding 300 hostages", "troops occupying the town": who someone is,
            # a standing state, not an act reported here
            continue
        if tok.tag_ == "VBG" and trig.code[:2] in {"02", "10"} and _protesters_aim(tok, sa):
            # "protesters demanding the president's ouster blocked highways", "marched through
            # Cluj, demanding the right to study in Hungarian": what protesters demand is what
            # their protest is for (its sub-code), not a demand of its own
            continue
        clause = tok
        if trig.frame is not None and trig.frame_token is not None and any(
                c.lower_ in RELATIVE_WORDS or (c.dep_ in {"nsubj", "nsubjpass"} and any(
                    g.lower_ in RELATIVE_WORDS for g in c.children))
                for c in trig.frame_token.children):
            # (a frame's own verb: "rulers, who have refused to hand over bin Laden"; not a
            # main verb misread as a relative clause, "Daniel arap Moi has asked …")
            clause = trig.frame_token
        elif trig.frame is not None and trig.frame_token is not None and \
                trig.frame_token.i != tok.i:
            # (an act a frame wraps is told by the frame, however the parser hung it:
            # "brushed aside opposition demands that he step down")
            clause = None
        if clause is not None and clause.dep_ == "relcl" and (
                (clause.tag_ in {"VBZ", "VBP"} and not any(
                    c.dep_ in {"aux", "auxpass"} for c in clause.children)) or (
                clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"have", "has"}
                                             for c in clause.children)) or (
                clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had"
                                             for c in clause.children) and any(
                    c.dep_ == "nsubj" and c.lower_ in BACK_PRONOUNS for c in clause.children))):
            # "al Shabaab militants, whom Nairobi blames for the kidnappings", "Western
            # governments, which have shunned the junta": a relative clause in the simple
            # present or the present perfect describes a standing state, not an event
            # (and one in the past perfect an earlier act of someone named: "restored the
            # constitution he had suspended six weeks earlier", "the Front, which had observed
            # a truce"; not "freed two aid workers, whom Abu Sayyaf gunmen had abducted in
            # May", news of others)
            continue
        if tok.dep_ == "advcl" and not trig.pattern.items and trig.frame is None and \
                tok.head.i in sa.event_codes and tok.head.i != tok.i and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "let aid agencies in to help drought victims": a bare verb of purpose after an
            # act is why it was done, not a second act
            continue
        if trig.frame is not None and trig.frame_token is not None:
            cand = _frame_candidate(trig, sa, cues)
        elif tok.pos_ in {"VERB", "AUX"} or trig.pattern.pos == "VERB":
            # (a verb the tagger called a name: "voted to impeach President Collor")
            cand = _verb_candidate(trig, sa, cues)
        else:
            cand = _noun_candidate(trig, sa, cues)
        if cand is not None:
            candidates.append(cand)

    # 3. Statements: a reporting verb whose content yields nothing more specific.
    covered = {c.trigger.i for c in candidates}
    acts_here = covered | {t.token.i for t in triggers}
    for tok in doc:
        if tok.tag_ == "VBG" and tok.dep_ in {"advcl", "conj"} and tok.head.i in acts_here:
            continue  # "urged Nairobi to allow parties, telling an audience that …": how
        if tok.lemma_.lower() in cues.reporting_verbs and tok.pos_ == "VERB":
            cand = _statement_candidate(tok, candidates, covered, sa, cues)
            if cand is not None:
                candidates.append(cand)

    _acts_condemned(candidates)
    _trips_for_talks(candidates)
    _the_border_named_before(candidates)
    _release_from_captors(candidates)
    _protests_at_repressors(candidates)
    _fire_returned(candidates)
    events = []
    if not si.text:
        si.text = doc.text
    if SPORTS.search(si.text):
        # (and crowds in the streets after a match celebrate: dissent only when it says so)
        says_dissent = bool(DISSENT_CUES.search(si.text))
        # (and a country named bare, acting on another named bare, is a national team:
        # "Brazil hosted Germany", "England crushed Pakistan by 62 runs")
        candidates = [c for c in candidates if not (
            c.code[:2] in HOSTILE_ROOTS and c.trigger.lemma_.lower() in CONTEST_WORDS) and not (
            c.code.startswith("14") and not says_dissent) and not (
            c.targets and all(_bare_state(a) for a in [*c.sources, *c.targets]))]
    quotes = quote_spans(si.text)
    # "Mauritania severed ties with Senegal after months of violence in which thousands were
    # expelled", "executed thousands after capturing the enclave": what happened before the
    # act tells its background; coded only when the sentence reports nothing else
    main = [c for c in candidates if not _background(c.trigger)]
    if main:
        candidates = main
    coded = [(cand, _events_of(cand, si, cues, lexicon, quotes)) for cand in candidates]
    # "slapped an embargo on Haiti to force its rulers to restore Aristide", "flooded the
    # streets to stop a rally": what an act is done for is its aim, not a second act
    acting = {cand.trigger.i for cand, found in coded if found}
    # "Eritrea blamed Ethiopia for reigniting the war, saying Ethiopian warplanes had pounded
    # its positions": what an accuser says in support is the accusation's content
    # (… and what an admission or a denial is of: "denied that its troops had crossed into
    # India")
    accusing = {cand.trigger.i for cand, found in coded
                if found and (cand.code[:2] == "11" or cand.code.startswith(("015", "016")))}
    found_at = {cand.trigger.i: found for cand, found in coded if found}
    for cand, found in coded:
        if _restated(cand.trigger, found, found_at) or _counted_again(cand, coded):
            continue
        if not _purpose_of(cand.trigger, acting) and not (
                cand.code[:2] != "11" and _said_in_support(cand.trigger, accusing, cues)) \
                and not _participle_of_act(cand, acting) \
                and not _said_alongside(cand.trigger, acting - {cand.trigger.i}, cues) \
                and not _done_for(cand.trigger, acting - {cand.trigger.i}) \
                and not ((cand.trigger.tag_ == "VBN"
                          or cand.code[:2] in FORCE_ROOTS | {"15", "17"})
                         and _describes_participant(cand.trigger, acting)):
            events.extend(found)
    return _dedupe(_one_crackdown(events))[:MAX_EVENTS_PER_SENTENCE]


def _one_crackdown(events: list[Event]) -> list[Event]:
    """Beatings told beside tear gas or shots fired at the crowd are one crackdown: "security
    forces beat monks and fired tear gas at crowds" is violent repression (175), not also a
    separate assault (18x) on the same people."""
    repressed = {_dyad(e) for e in events if e.cameo.code.startswith(VIOLENT_REPRESSION)}
    return [e for e in events if not (e.cameo.code in BEATINGS and _dyad(e) in repressed)]


def _side(a: Actor | None) -> str | None:
    """An event's side as sides are compared: its country, or its code without one (IGOs)."""
    return (a.country or a.code) if a else None


def _dyad(e: Event) -> tuple[str | None, str | None]:
    return (_side(e.source), _side(e.target))


def _bare_state(ref: ActorRef) -> bool:
    """A country named by itself (no government, army or people named)."""
    return ref.kind == "state" and not ref.actor.sector


def _at_protesters(verb: Any) -> bool:
    """Whether a verb of force is aimed at protesters: its object, or the object of its
    preposition ("fired into crowds of demonstrators", "opened fire on a rally")."""
    aims = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    aims += [p for c in verb.children if c.dep_ == "prep" for p in c.children
             if p.dep_ == "pobj"]
    aims += [p for a in list(aims) for c in a.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    return any(a.lemma_.lower() in PROTESTERS for a in aims)


def _said_in_support(tok: Any, acts: set[int], cues: Cues) -> bool:
    """Whether an event word stands in what a participle of saying ("…, saying …") attached
    to one of `acts` reports."""
    t = tok
    joined = False  # through a conjunct, which may be a main verb the parser hung there
    for _ in range(4):
        if t.head.i == t.i:
            return False
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in cues.reporting_verbs \
                and t.head.dep_ in {"advcl", "xcomp", "conj"} and t.head.head.i in acts:
            return True
        # … or what the accusation itself says: "Armenia charged that Azerbaijani troops had
        # attacked Armenian villages", "convicted him of murdering 270 people in the bombing"
        if not joined and t.dep_ == "ccomp" and t.head.i in acts:
            return True
        if not joined and t.dep_ in {"pcomp", "pobj"} and t.head.lower_ in {"of", "for"} \
                and t.head.head.i in acts:
            return True
        if not joined and t is not tok and t.dep_ == "dobj" and t.head.i in acts:
            # "denied any role in the blast that killed Hariri", "condemned the bombing that
            # killed 20": what is denied or condemned is the act's object, not an event
            return True
        joined = joined or t.dep_ == "conj"
        t = t.head
    return False


def _done_for(tok: Any, acts: set[int]) -> bool:
    """Whether an event word is what another coded act is done *for* ("imposed sanctions on
    Eritrea's leaders for backing insurgents and refusing to withdraw", "arrested him for
    spying"): the target's deed, the act's reason, not an event of the sentence."""
    t = tok
    if t.dep_ == "conj" and t.tag_ == "VBG" and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" for g in c.children)
            for c in t.head.children):
        # ("… for backing insurgents and refusing to withdraw", with "refusing" hung on the
        # act beside the "for")
        holder = t.head
        return holder.i in acts or (holder.dep_ == "conj" and holder.head.i in acts)
    for _ in range(3):  # (through the conjuncts of the reason: "… and refusing …")
        if t.dep_ != "conj":
            break
        t = t.head
    if t.dep_ != "pcomp" or t.tag_ != "VBG" or t.head.lower_ != "for":
        return False
    holder = t.head.head
    return holder.i in acts or (holder.dep_ == "conj" and holder.head.i in acts)


def _said_alongside(tok: Any, acts: set[int], cues: Cues) -> bool:
    """Whether an event word stands in what a participle of saying set off after another
    coded act reports ("lifted the embargo against Vietnam, saying Hanoi had cooperated
    fully"): the reason the actor gives, not an event the sentence reports."""
    t = tok
    for _ in range(5):
        if t.head.i == t.i:
            return False
        verb = t.head
        if t.dep_ == "ccomp" and verb.tag_ == "VBG" and verb.dep_ == "advcl" \
                and verb.lemma_.lower() in cues.reporting_verbs and verb.head.i in acts \
                and verb.i > 0 and verb.nbor(-1).text == ",":
            return True
        t = verb
    return False


VETO = "129"
# Participles that give the reason an act was done ("…, bowing to U.S. pressure", "…, heeding
# a call by their leader"): why, not a second act (defying someone is an act against them)
REASON_PARTICIPLES = {"bow", "heed", "bend", "yield", "succumb", "obey", "comply", "respond",
                      "react",
                      # … or what it answers or rewards ("lifted the emergency, meeting a key
                      # demand of the opposition", "lifted the embargo, rewarding Gaddafi")
                      "meet", "satisfy", "fulfil", "fulfill", "answer", "reward"}


def _participle_of_act(cand: _Candidate, acts: set[int]) -> bool:
    """Whether a protest, an appeal, a demand or a reason is a participle on another coded act
    ("walked out of the conference, protesting against the draft", "boycotted the election,
    urging a caretaker government", "overran Kuwait, seizing the palace and forcing the emir
    to flee", "…, bowing to U.S. pressure"): the act said again, what it brought about, or why
    it was done."""
    tok = cand.trigger
    # (… and a deadline given with an expulsion: "expelled the correspondent, giving him 24
    # hours to leave")
    if not (cand.code.startswith(PROTEST) or cand.code.startswith(ULTIMATUM)
            or cand.code[:2] in {"02", "10"}
            or tok.lemma_.lower() in REASON_PARTICIPLES) or tok.tag_ != "VBG":
        return False
    # ("seizing the palace and forcing the emir to flee": a second participle of the same)
    if tok.dep_ == "conj" and tok.head.tag_ == "VBG" and tok.head.dep_ == "advcl":
        tok = tok.head
    # (set off by a comma: "monks marching through Rangoon" are other people, marching)
    return tok.dep_ == "advcl" and tok.head.i in acts and tok.head.i != tok.i and tok.i > 0 \
        and tok.nbor(-1).text == ","


SECOND_ACT_ROOTS = {"13", "17", "18", "19", "20"}  # a deed of force, or a threat of one
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "latest", "last", "next", "1st", "2nd", "3rd"}


def _counted_again(cand: _Candidate, coded: list[tuple[_Candidate, list[Event]]]) -> bool:
    """Whether an event noun counts an act the sentence has told with a verb: "are holding
    indirect peace talks, …, their first negotiations in eight years", "welcomed Ahmadinejad
    to Caracas, the Iranian leader's second visit" — the same act, numbered."""
    tok = cand.trigger
    if tok.pos_ not in {"NOUN", "PROPN"} or not any(
            c.dep_ == "amod" and c.lower_ in ORDINALS for c in tok.children):
        return False
    return any(other.trigger.i != tok.i and other.trigger.pos_ in {"VERB", "AUX"}
               and other.code[:2] == cand.code[:2] and found for other, found in coded)


def _restated(tok: Any, found: list[Event], found_at: dict[int, list[Event]]) -> bool:
    """Whether an act is a participle set off after another act between the same two sides:
    "imposed sanctions on India, cutting off most U.S. aid", "lifted sanctions on Libya,
    rewarding Tripoli for …", "expelled the ambassador, accusing him of spying" — the act
    told again, what it meant, how or why it was done, not a second act. (A participle of
    other sides is one: "…, prompting Jakarta to recall its ambassador"; so is a violent deed
    of another kind: "seized the theatre, taking 700 people hostage".)"""
    # (… or a "while" participle: "killed thousands while crushing an uprising")
    if not found or tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i == 0 or not (
            tok.nbor(-1).text == "," or any(c.dep_ == "mark" and c.lower_ == "while"
                                            for c in tok.children)) or \
            tok.head.i == tok.i or tok.head.i not in found_at:
        return False

    told = found_at[tok.head.i]
    # (what it meant, how or why: "severed ties with Qatar, accusing it of backing terrorism",
    # "seized the town, disarming a local militia"; but a deed of force of another kind, or
    # a threat, is a second act: "seized the theatre, taking 700 people hostage and
    # threatening to blow it up")
    return {_dyad(e) for e in found} <= {_dyad(e) for e in told} and all(
        e.cameo.code[:2] not in SECOND_ACT_ROOTS or any(e.cameo.code[:2] == t.cameo.code[:2]
                                                        for t in told) for e in found)


BACK_PRONOUNS = {"he", "she", "it", "they", "we", "which", "who", "that"}
FORCING_VERBS = {"force", "compel", "pressure", "pressurize", "pressurise", "oblige", "coerce"}


# Nouns that, after "in a" or "in an", say what an act is for.
PURPOSE_NOUNS = {"bid", "effort", "attempt", "drive", "push", "move", "order"}


def _purpose_of(tok: Any, verbs: set[int]) -> bool:
    """Whether an event word stands in a "to …" clause of purpose of one of `verbs`."""
    t = tok
    for _ in range(5):
        # (… or parsed as a complement of a verb that has its own object: "declared martial
        # law on Saturday to end five weeks of protests")
        if (t.dep_ == "advcl" or (t.dep_ == "xcomp" and any(
                c.dep_ == "dobj" for c in t.head.children))) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return t.head.i in verbs
        if t.dep_ == "acl" and t.head.lemma_.lower() in PURPOSE_NOUNS and \
                t.head.dep_ == "pobj" and any(c.dep_ == "aux" and c.lower_ == "to"
                                              for c in t.children):
            # "imposed martial law in a bid to end a month of protests"
            return t.head.head.head.i in verbs
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _describes_participant(tok: Any, acts: set[int]) -> bool:
    """Whether an event word is a participle describing someone another act is done to:
    "supplied missiles to guerrillas fighting Soviet troops", "urged clemency for a housemaid
    sentenced to death by a Saudi court" — who they are, not a second act the sentence reports.
    (An "-ing" participle only for force: "dispersed workers demanding pay" still reports what
    the workers demand.)"""
    if tok.dep_ != "acl" or tok.tag_ not in {"VBG", "VBN"}:
        return False
    t = tok.head
    for _ in range(3):
        if t.dep_ not in {"dobj", "pobj", "dative", "nsubjpass", "prep", "appos", "conj"} or \
                t.head.i == t.i:
            return False
        t = t.head
        if t.i in acts:
            return True
    return False


def _background(tok: Any) -> bool:
    """Whether an event word tells what came before the act: it stands in an "after …",
    "before …" or "following …" clause, or in a relative clause that tells an earlier deed."""
    if _after_the_main_clause(tok):
        return True
    # (a clause with its own "after" hung on the main verb as a conjunct is background too:
    # "…, two days after mutinous soldiers toppled President Keita")
    # (and all that "after months of ethnic violence in which hundreds were killed" says)
    # (the parser may file "…, a day after NATO began air strikes" as a complement clause)
    # (and verbs coordinated after such a clause carry it on, though the parser hangs them on
    # the main verb: "…, hours after the rebels hijacked an airliner, forced it to land and
    # kidnapped a senator")
    return _within(tok, lambda t: (t.dep_ in {"advcl", "conj", "ccomp"} and _marked_background(t))
                   or (t.dep_ in {"pcomp", "pobj"} and t.head.lower_ in BACKGROUND_MARKS)
                   # (and a relative clause in the past tells an earlier deed of something
                   # the sentence names: "to give up the absolute power he seized last year",
                   # "a report that accused Khartoum of orchestrating abuses"; of someone, all
                   # but its own verb: "Fujimori, who spent two years fighting extradition",
                   # but "Charles Taylor, who stepped down hours earlier" is news)
                   or (t.dep_ == "relcl" and (_of_a_thing(t) or t.i != tok.i) and (
                       t.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"}
                                              for c in t.children)))
                   or (t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and not any(
                       c.dep_ in {"nsubj", "nsubjpass"} for c in t.children) and any(
                       s.dep_ == "advcl" and t.head.i < s.i < t.i and _marked_background(s)
                       and not any(c.dep_ == "cc" and s.i < c.i < t.i for c in t.head.children)
                       for s in t.head.children)), steps=6)


def _of_a_thing(relcl: Any) -> bool:
    """Whether a relative clause restricts a thing ("the power he seized", "a report that
    accused …"), not a person it tells news of ("Charles Taylor, who stepped down hours
    earlier", "supporters who tried to march")."""
    head = relcl.head
    left = relcl.left_edge
    return head.pos_ == "NOUN" and not head.ent_type_ and left.i > 0 and \
        left.nbor(-1).text != "," and not any(
            t.lower_ in {"who", "whom", "whose"} for t in relcl.subtree if t.i < relcl.i)


def _after_the_main_clause(tok: Any) -> bool:
    """Whether an event word follows an "after" the parser made the root of the sentence,
    with the main clause hung on it as a complement: "Russia and China vetoed a resolution,
    hours after activists said government forces had killed 200 people" """
    root = tok.sent.root
    mark = next((c for c in root.children
                 if c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS), None)
    return mark is not None and tok.i > mark.i and any(
        c.dep_ == "ccomp" and c.i < mark.i for c in root.children)


def _marked_background(clause: Any) -> bool:
    """Whether a clause opens with "after", "before", "as" or the like."""
    return any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in clause.children)


def _frame_candidate(trig: Any, sa: SentenceActors, cues: Cues) -> _Candidate | None:
    """An action wrapped by a frame verb: the frame verb's subject acts ("Iran pledged to …")."""
    ftok, action, frame = trig.frame_token, trig.token, trig.frame
    subj, passive = subject_of(ftok)
    sources = sources_of(subj, sa)
    if not sources:
        return None
    code = trig.code
    if trig.pattern.code.startswith("143") and _armed_strike(trig, sources):
        code = frame.code_for("190")  # "threatened to launch an all-out strike" (138)
    if action is not ftok and trig.pattern.code.startswith("15"):
        # "agreed to undertake joint exercises": joint drills are military cooperation
        joint = _joint(action, trig.pattern.code, sources)
        if joint != trig.pattern.code:
            code = frame.code_for(joint)
    if frame.name == "demand" and action is not ftok and action.pos_ in {"VERB", "AUX"} \
            and ftok.lemma_.lower() in COMMAND_VERBS:
        ordered = _own_forces([c for c in ftok.children if c.dep_ in {"dobj", "dative"}],
                              sources, sa)
        if ordered is not None and all(s.actor.sector in {None, "GOV"} for s in sources):
            # "Santos ordered the armed forces to stop bombing FARC camps": a government's
            # order to its own forces is its own act, done when ordered
            targets, how = first_actors(verb_target_tokens(action, trig, cues), sa,
                                        [*sources, *ordered])
            if not targets:
                # ("to stop bombing FARC camps": whom the act named in the clause is on)
                targets, how = first_actors(
                    [(t, "object") for t in action.subtree
                     if t.i > action.i and t.pos_ in {"NOUN", "PROPN"}], sa, [*sources, *ordered])
            return _Candidate(ftok, trig.pattern.code, sources, targets,
                              min(trig.pattern.confidence, 0.85), how=[how or "none"],
                              label="frame:order")
    # "pledged/plans/vowed to …": the 03x code says intent; the modality says it too, so that
    # counting only asserted acts never counts a promise as the act.
    intended = frame.name == "intend"
    if intended and action is not ftok and code == frame.default and trig.pattern.code[:2] >= "09":
        # "plans to expel": CAMEO has no intent-to-expel code; keep the act, mark the intent.
        code = trig.pattern.code
    cands: list[tuple[Any, str]] = []
    if frame.name == "reject":
        # "A U.S. proposal for talks was rebuffed by Shamir", "spurned Iraq's offer": a
        # rejection is aimed at whoever made what is rejected, before anyone it is about
        things = [c for c in ftok.children if c.dep_ in {"dobj", "nsubjpass"}
                  and c.lemma_.lower() in MESSAGES]
        if action is not ftok and action.pos_ in {"NOUN", "PROPN"}:
            things.append(action)
        cands += [(m, "object") for t in things for m in t.children
                  if m.dep_ in {"poss", "compound", "amod", "nmod"}]
        # "dismissed as null and void an arrest warrant issued by the ICC": whoever issued,
        # passed or drew up what is rejected
        # (the object shifted after "as …" may be parsed as that preposition's object)
        rejected = [t for t in ftok.children if t.dep_ in {"dobj", "nsubjpass"}] + [
            p for c in ftok.children if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children if p.dep_ == "pobj"]
        cands += [(p, "object") for t in rejected
                  for acl in t.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                  for by in acl.children if by.dep_ == "agent"
                  for p in by.children if p.dep_ == "pobj"]
    if code == RALLY_SUPPORT and action is not ftok and action.pos_ in {"VERB", "AUX"}:
        # "urged the EU to back Kosovo": rallying support on someone's behalf is about whom
        # the support is for, not whom the appeal is to
        cands += [(t, h) for t, h in verb_target_tokens(action, trig, cues) if h == "object"]
    if frame.name in {"appeal", "demand", "threaten"}:
        # Whom the appeal, demand or warning is to ("urged Iran", "warned Washington against
        # selling fighters to Taiwan"), before whom the act it names would touch
        cands += [
            (c, "object") for c in ftok.children if c.dep_ in {"dobj", "dative"} and c.i != action.i
        ]
    if frame.name in {"appeal", "demand"}:
        # … and "called on Iran", "demanded that the US …", "demanded an admission by Moscow"
        # (… and "piled pressure on Rome", "sent a request to Britain for …": whom the
        # pressure is on, the request to)
        cands += [(p, "preposition") for c in ftok.children
                  if c.dep_ == "dobj" and c.lemma_.lower() in ASKING_NOUNS
                  for prep in c.children if prep.dep_ == "prep"
                  and prep.lower_ in {"on", "to", "upon", "with", "from"}
                  for p in prep.children if p.dep_ == "pobj"]
        if action is not ftok and action.dep_ == "ccomp" and action.head.i != ftok.i:
            # (the demanded clause the parser hung on a later reporting verb: "demanded that
            # Pakistan hand over …, a spokeswoman said")
            cands += [(g, "object") for g in action.children if g.dep_ in {"nsubj", "nsubjpass"}]
        for c in ftok.children:
            # (and "pleaded with the Islamic Army in Iraq to free …": whom one pleads with)
            if c.dep_ in {"prep", "dative"} and (c.lower_ in {"on", "to", "upon"} or (
                    c.lower_ == "with" and frame.name == "appeal")):
                cands += [(p, "preposition") for p in c.children if p.dep_ == "pobj"]
            if c.dep_ == "ccomp":
                cands += [(g, "object") for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
                # "warned that any attempt by Ukraine would …": an act stands for its author
                cands += [(p, "object") for g in c.children if g.dep_ == "nsubj"
                          for by in g.children if by.lower_ == "by"
                          for p in by.children if p.dep_ == "pobj"]
            if c.dep_ == "dobj":
                # "sent a message that the junta must …": the clause hangs on the message
                cands += [(g, "object") for clause in c.children
                          if clause.dep_ in {"acl", "ccomp"}
                          for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"}]
        if action is not ftok and code.startswith(RELEASE_ASKED):
            # "called for the release of hostages held by Hezbollah": a release is asked of
            # whoever holds them
            cands = [(p, "object") for p in captors(action)] + cands
        if action is not ftok and action.pos_ in {"NOUN", "PROPN"}:
            for c in action.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    cands += [(p, "object") for p in c.children if p.dep_ == "pobj"]
            cands += [(p, "object") for p in leavers(action)]
            stopped = trig.object_token
            if action.lemma_.lower() in STOPPINGS and stopped is not None \
                    and stopped.i != action.i and stopped.pos_ == "NOUN":
                # "demanded an end to student protests", "called for a halt to rebel raids":
                # an act asked to stop is asked of whoever does it
                cands += [(p, "object") for p, _ in noun_source_tokens(stopped)]
    # "rejected calls from lawmakers to send troops": who made the call is whom the answer
    # is to
    cands += [(p, "object") for c in ftok.children if c.dep_ == "dobj"
              and c.lemma_.lower() in MESSAGES for prep in c.children
              if prep.dep_ == "prep" and prep.lower_ in {"from", "by"}
              for p in prep.children if p.dep_ == "pobj"]
    if action is not ftok and code.startswith(RELEASE_ASKED):
        # (… else where they are held: "the release of hostages held in Lebanon")
        cands += [(p, "object") for p in captors(action, places=True)]
    if action.i != ftok.i and trig.pattern.code.startswith(HAND_OVER):
        # "refused to hand over bin Laden to the United States": whom they would be handed to,
        # before whom they are (as for the act itself)
        objects = [c for c in action.children if c.dep_ == "dobj"]
        cands += [p for h in [action, *objects] for p in preposition_objects(h, {"to"})]
        cands += _requesters(action)  # "refused to extradite officers indicted by the tribunal"
    if action.i != ftok.i and action.lemma_.lower() in STOPPINGS:
        # "was prepared to stop fighting Burmese army troops": whom the stopped act is on
        cands += [t for g in action.children if g.dep_ in {"xcomp", "dobj", "ccomp"}
                  and g.tag_ == "VBG" for t in verb_target_tokens(g, None, cues)]
    if action.i != ftok.i:
        cands += list(
            verb_target_tokens(action, trig, cues)
            if action.pos_ in {"VERB", "AUX"}
            else noun_target_tokens(action, trig, cues)
        )
    # (the frame verb alone: its own pattern's preposition, "balked at a U.N. plan")
    cands += list(verb_target_tokens(ftok, trig if action.i == ftok.i else None, cues))
    if frame.name == "threaten":
        # "warned that any attempt by Ukraine would bring …": the one whose act is warned of
        cands += [(p, "object") for c in ftok.children if c.dep_ == "ccomp"
                  for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}
                  for by in g.children if by.lower_ == "by"
                  for p in by.children if p.dep_ == "pobj"]
        # "warned that police will no longer tolerate rallies by the opposition": whose acts
        # the warning says will not be tolerated
        cands += [(p, "object") for c in ftok.children if c.dep_ == "ccomp"
                  for g in c.children if g.dep_ == "dobj"
                  for by in g.children if by.lower_ == "by"
                  for p in by.children if p.dep_ == "pobj"]
        # "threatened to stop talks if the United States goes ahead": a threat is addressed to
        # whoever the condition is about
        # (… or in what is warned of: "warned that not a drop of oil would pass if the United
        # States and the European Union imposed sanctions"; each coordinated side is one)
        said = [g for c in ftok.children if c.dep_ == "ccomp" for g in c.children]
        for c in [*ftok.children, *(action.children if action is not ftok else []), *said]:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"}
                                         for m in c.children):
                cands += [(x, "object") for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}
                          for x in [g, *(j for j in g.children if j.dep_ == "conj")]]
    if action.i == ftok.i:
        # "offered to hand over to Britain …": an uncoded embedded verb still names the target.
        for c in ftok.children:
            if c.dep_ in {"xcomp", "ccomp"} or (
                c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            ):
                cands += list(verb_target_tokens(c, None, cues))
    targets, how = first_actors(cands, sa, sources)
    if action is not ftok and trig.pattern.code.startswith(SUE):
        targets, how = _sued(action, targets, how, sa, sources)  # "threatened to take X to court"
    if not targets and (code.startswith(PROTEST) or (
            trig.pattern.code.startswith(PROTEST) and ftok.lemma_.lower() in THREAT_VERBS
            and all(s.actor.sector for s in sources) and not code.startswith("138"))):
        # (… and a threat to protest: "threatened to lead mass demonstrations unless …"; a
        # vow to fast "until the government agrees" is no threat, and a state named bare, or
        # a body the base does not know ("Samoa's Rugby Union"), threatens nobody's rule)
        targets, how = the_authorities(sources, sa)
    home = sources[0].country
    if not targets and action is not ftok and trig.pattern.code.startswith(
            (*ON_POPULATION, REPRESSION)) and home and len(home) == 3:
        # "threatened to crush the protests", "vowed to impose a curfew": on the source's own
        # people (a guess)
        targets = [guessed(home, "CVL", "population")]
        how = "role"
    if not targets and frame.name == "intend":
        # "offered to trim the price rise if the Labour Congress calls off its strike": an
        # offer held out on a condition is made to whom the condition is about
        # (the condition may hang on an uncoded embedded verb: "offered to trim … if …")
        embedded = [c for c in ftok.children if c.dep_ in {"xcomp", "ccomp"} or (
            c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))]
        targets, how = first_actors(
            [(s, "object") for a in [action, *embedded] for s in _condition_subjects(a)],
            sa, sources)
    if not targets and len({s.country for s in sources}) < 2:
        targets, how = only_other_actor(ftok, sources, sa, reporting_verb_above(ftok, cues))
        if not targets:
            targets, how = place_in_content(ftok, code, sources, sa,
                                            reporting_verb_above(ftok, cues))
        if not targets:
            targets, how = actor_in_content(ftok, code, sources, sa,
                                            reporting_verb_above(ftok, cues))
    targets, how = _host_of_force(code, action, targets, how, sa, sources)
    conf = trig.pattern.confidence + (0.1 if action is not ftok else 0.0)
    return _Candidate(
        ftok,
        code,
        sources,
        targets,
        min(conf, 0.95),
        # a one-sided offer, appeal, threat or refusal is not mutual; agreeing is, but not
        # accepting ("accepted an invitation from Vajpayee to visit India")
        frame.name == "agree" and ftok.lemma_.lower() != "accept"
        and _is_reciprocal(code, trig.pattern.reciprocal),
        frame_verb=ftok,
        how=[how or "none"],
        label=f"frame:{frame.name}",
        intended=intended,
    )


def _own_forces(objects: list[Any], sources: list[ActorRef],
                sa: SentenceActors) -> list[ActorRef] | None:
    """The actors of objects that are all the sources' own forces or agencies, named with
    their country or with none ("ordered the army to …"); None when any is not."""
    own = {s.country for s in sources if s.country}
    found: list[ActorRef] = []
    for obj in objects:
        refs = sa.actors(obj)
        if refs and not all(r.country in own and r.actor.sector in SUBORDINATES for r in refs):
            return None
        if not refs and sa.role_only(obj) not in SUBORDINATES:
            return None
        found += refs
    return found if objects else None


def _drops_a_coded_plan(verb: Any, sa: SentenceActors) -> bool:
    """ "shelved plans to lift the embargo": the dropping is coded as a refusal of the planned
    cooperation (on the planned act), not as a yielding of its own."""
    plans = [o for o in verb.children if o.dep_ == "dobj"]
    acts = [c for o in plans for c in o.children if c.dep_ == "acl"] + [
        c for c in verb.children if c.dep_ == "advcl"]
    return any(dropped_plan(a) and sa.event_codes.get(a.i, "")[:2] in REFUSABLE_ROOTS
               for a in acts)


def _weapon_bearer(participle: Any, sa: SentenceActors) -> bool:
    """ "a roadside bomb planted by insurgents killed three soldiers", "were killed by a bomb
    planted by …": the planting is how the killing verb's attack was done, and that verb
    codes it (with the planter as the attacker)."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return False
    weapon = participle.head
    verb = weapon.head.head if weapon.dep_ == "pobj" and weapon.head.dep_ == "agent" \
        else weapon.head if weapon.dep_ in {"nsubj", "nsubjpass"} else None
    return verb is not None and sa.event_codes.get(verb.i, "")[:2] in FORCE_ROOTS \
        and not sa.actors(weapon)


def _verb_candidate(trig: Any, sa: SentenceActors, cues: Cues) -> _Candidate | None:
    tok = trig.token
    if _weapon_bearer(tok, sa) or _drops_a_coded_plan(tok, sa):
        return None
    subj, passive = subject_of(tok)
    sources = sources_of(subj, sa)
    if not sources and tok.dep_ in {"acl", "relcl"} \
            and tok.head.dep_ == "attr" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "Canada became the first donor to halt assistance", "was the first country to
        # recognise Croatia": the subject of the copula does it
        holder, holder_passive = subject_of(tok.head.head)
        if not holder_passive:
            subj, sources = holder, sources_of(holder, sa)
    if not sources and subj is None and (own_plan(tok) or dropped_plan(tok)):
        # "Britain announced plans to expel four diplomats": who announced the plans acts
        announcer, announced_passive = subject_of(tok.head.head if tok.dep_ == "acl"
                                                  else tok.head)
        if not announced_passive:
            subj, sources = announcer, sources_of(announcer, sa)
    if trig.pattern.inverse:
        # "Russian troops came under fire from Chechen rebels": the rebels fire on the troops
        doers, _ = first_actors([t for t in verb_target_tokens(tok, trig, cues)
                                 if t[1] == "pattern"], sa)
        if not doers or not sources or passive:
            return None
        return _candidate(trig, sa, doers, sources, "pattern", [tok], trig.pattern.confidence,
                          [], cues)
    if not sources and tok.dep_ in {"relcl", "acl", "xcomp"} \
            and tok.head.lemma_.lower() in UNDERTAKINGS and tok.head.pos_ != "VERB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "crossed into Rwanda on a mission to protect civilians", "launched a bid to oust
        # him": a task named by a noun is done by whoever undertakes the noun
        # ("Croatia's offensive to retake Krajina entered its second day": whose the
        # undertaking the sentence is about is, first)
        sources = [r for p in tok.head.children if p.dep_ == "poss"
                   and tok.head.dep_ in {"nsubj", "nsubjpass"} for r in sa.actors(p)]
        holder = tok.head.head.head if tok.head.head.dep_ == "prep" else tok.head.head
        if not sources and holder.pos_ in {"VERB", "AUX"} and (
                tok.head.lemma_.lower() not in ATTEMPTS
                or holder.lemma_.lower() in STARTING_VERBS):
            # (an attempt is its launcher's, not its opponent's: "rebuffed a push to ease")
            outer, outer_passive = subject_of(holder)
            if not outer_passive:
                sources = sources_of(outer, sa)
    if not sources and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i in trig.consumed \
            and not sa.actors(tok.head):
        # "a general strike called by the opposition paralysed the capital": the participle's
        # own object is the noun it describes (a thing, not "Taylor, besieged by rebels"),
        # and its agent did the act
        # (a role with no country is placed as a subject would be: "called by Kurdish
        # activists")
        sources = [r for a in tok.children if a.dep_ == "agent"
                   for p in a.children if p.dep_ == "pobj" for r in sources_of(p, sa)]
    if not sources and passive:
        # "was freed on the orders of the new military ruler": who ordered it did it
        sources = [r for p in _ordered_by(tok) for r in sa.actors(p)]
    if not sources and passive:
        # "was placed under investigation by Milan magistrates": the agent hung on the
        # pattern's own noun
        sources = [r for prep in tok.children if prep.dep_ == "prep"
                   for o in prep.children if o.dep_ == "pobj" and o.i in trig.consumed
                   for by in o.children if by.dep_ == "prep" and by.lower_ == "by"
                   for p in by.children if p.dep_ == "pobj" for r in sa.actors(p)]
    if not sources and passive and subj is None:
        # "inspectors were given access to the site by Damascus": a "by" the parser hung on
        # the object, or on the verb as a plain preposition, names the agent
        # (… anywhere in the object's phrase: "access to Iran's plant by Tehran")
        sources = [r for by in [*tok.children, *(t for c in tok.children if c.dep_ == "dobj"
                                                 for t in c.subtree)]
                   if by.dep_ == "prep" and by.lower_ == "by"
                   for p in by.children if p.dep_ == "pobj" for r in sa.actors(p)]
    expel = tok.lemma_.lower() in EXPEL_VERBS
    if not sources and passive and subj is None and (
            trig.pattern.code[:2] in OWNED_MEASURES
            # ("Bosnia's lawsuit against Yugoslavia was filed": the pattern's own noun)
            or any(c.dep_ == "nsubjpass" and c.i in trig.consumed and c.ent_type_ != "PERSON"
                   for c in tok.children)):
        # "Japan's aid to China was suspended", "Israel's blockade of Gaza was eased": with no
        # agent named, whose aid, blockade or strike it is acts on it
        # ("a hunger strike by leftist inmates was called off": whose strike it is)
        # (a role with no country is placed as a subject would be: "by inmates in Turkish
        # jails")
        sources = [r for c in tok.children if c.dep_ == "nsubjpass" for p in [
            *(p for p in c.children if p.dep_ == "poss"),
            *(o for by in c.children if by.dep_ == "prep" and by.lower_ == "by"
              for o in by.children if o.dep_ == "pobj")] for r in sources_of(p, sa)]
    if not sources and passive and subj is None and (
            trig.pattern.code.startswith(BY_AUTHORITIES) or expel):
        # "a journalist was arrested in Iran": who arrests, expels or tries people with no
        # agent named is the authorities where it happens (a guess)
        country = sa.place_country() or next(
            (r.country for p, _ in preposition_objects(tok, {"from"}) for r in sa.actors(p)
             if r.country and len(r.country) == 3 and expel),
            None)  # "expelled from Ethiopia"
        if country:
            sources = [guessed(country, "GOV", "the authorities")]
        else:
            # "three opposition newspapers were closed, the information ministry said": with
            # no place named, a state body that announces it is the authority that did it
            sources = _announcing_authority(tok, sa, cues)
    if not sources and subj is not None and trig.pattern.code[:2] in FORCE_ROOTS:
        # "a roadside bomb planted by Taliban insurgents killed three soldiers", "three
        # soldiers were killed by a roadside bomb planted by …": whoever planted, fired or sent
        # the weapon is the attacker, and the planting says how
        for acl in subj.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN":
                by = [p for a in acl.children if a.dep_ == "agent"
                      for p in a.children if p.dep_ == "pobj"]
                sources = [r for p in by for r in sa.actors(p)]
                act = sa.event_codes.get(acl.i, "")
                if sources and act[:2] in FORCE_ROOTS and act[-1:] != "0":
                    trig = replace(trig, code=act, pattern=replace(trig.pattern, code=act))
                if sources:
                    break
                if acl.lemma_.lower() in FIRING_VERBS:
                    # "killed by missiles fired from an Israeli helicopter gunship": whose the
                    # craft or ground it was fired from is (how is the killing's own code)
                    sources = [r for a in acl.children if a.dep_ == "prep" and a.lower_ == "from"
                               for p in a.children if p.dep_ == "pobj" for r in sa.actors(p)]
                    if sources:
                        break
        if not sources and passive:
            # "were killed by poison gas dropped from Iraqi warplanes", the participle read as
            # a second verb of the clause
            sources = [r for c in tok.children if c.dep_ == "conj" and c.tag_ in {"VBD", "VBN"}
                       and c.lemma_.lower() in FIRING_VERBS and c.i > subj.i
                       and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
                       for a in c.children if a.dep_ == "prep" and a.lower_ == "from"
                       for p in a.children if p.dep_ == "pobj" for r in sa.actors(p)]
    if not sources and subj is not None and not passive and trig.pattern.code[:2] in FORCE_ROOTS \
            and subj.i in sa.violent_tokens:
        # "a car bomb in Mosul killed three policemen": nobody named; CAMEO codes the
        # unidentified attackers as armed men of the place (UAF).  A guess.
        country = sa.place_country()
        if country:
            sources = [guessed(country, "UAF", "unidentified attackers")]
    if not sources:
        return None
    if trig.pattern.armed and not any(_armed(s) for s in sources):
        return None  # "a U.N. delegation entered Mogadishu": nobody armed, no occupation
    if trig.pattern.armed and PEACEKEEPING_CUES.search(tok.sent.text):
        # "Australian-led peacekeepers entered Dili", "a U.N.-backed force moved into the
        # town": troops sent to keep the peace enter to protect (074), not to occupy
        trig = replace(trig, code=PEACEKEEPING, pattern=replace(trig.pattern, code=PEACEKEEPING))
    if trig.pattern.code == PHONE and any(c.dep_ in {"oprd", "xcomp"} for c in tok.children):
        return None  # "calling Johnson-Sirleaf a reformer" names her; no telephone call
    carried = passive or (tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children))
    if trig.pattern.code == "042" and tok.lemma_.lower() in TRAVEL_VERBS and (carried or any(
            c.dep_ == "dobj" and any(r.kind in {"person", "role"} for r in sa.actors(c))
            for c in tok.children)):
        # "flew Honecker to Berlin": someone carried, no visit of the carrier; "with the
        # Americans flown to Doha" (a participle with no auxiliary is passive): nor of the
        # carried
        return None
    # (… or named as the instrument: "fired back with self-propelled howitzers")
    weapon = _weapon_code(subj if not passive else None) or next(
        (w for p, _ in preposition_objects(tok, {"with"}) for w in [_weapon_code(p)] if w), None)
    if weapon and (trig.pattern.code[:2] in {"17", "18"} or trig.pattern.code == "190"):
        trig = replace(trig, code=weapon, pattern=replace(trig.pattern, code=weapon))
    if trig.pattern.code[:2] in FORCE_ROOTS and trig.pattern.code[-1:] == "0":
        # "a roadside bombing killed two soldiers", "wounded two soldiers in a bomb attack":
        # the act is the bombing (1833), and "killed" only says what it did
        means = [subj] if subj is not None and not passive else []
        means += [p for p, _ in preposition_objects(tok, {"in", "with"})]
        act = next((sa.violent_tokens[m.i] for m in means if m.i in sa.violent_tokens), None)
        if act is not None and act != trig.pattern.code and act[-1:] != "0":
            trig = replace(trig, code=act, pattern=replace(trig.pattern, code=act))
    targets: list[ActorRef] = []
    how = None
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not trig.pattern.no_target and trig.pattern.code.startswith(INVESTIGATE):
        targets, how = first_actors(_investigated(tok), sa, sources, own_country=True)
    if not targets and trig.pattern.code.startswith(HAND_OVER):
        # "handed Gotovina over to the U.N. tribunal", "handed Yousef to U.S. agents": judicial
        # cooperation is with whom the person is handed to
        to = [p for h in [tok, *objects] for p in preposition_objects(h, {"to"})]
        targets, how = first_actors(to + _requesters(tok), sa, sources)
    if not targets and not trig.pattern.no_target \
            and trig.pattern.code.startswith(DISAPPROVE) and (
            not objects or all(o.lemma_.lower() in COMPLAINTS for o in objects)):
        # "complained to the UN over Israeli air raids", "lodged a complaint with the UN over
        # …": a complaint is against whom it is about; whom it is made to only hears it
        targets, how = first_actors(
            [g for h in [tok, *objects] for g in _grievance(h)], sa, sources)
    if not targets and not trig.pattern.no_target and trig.pattern.code.startswith(
            (APOLOGIZE, CLAIM_RESPONSIBILITY)) \
            and not any(c.dep_ in {"dative", "dobj"} and sa.actors(c) for c in tok.children):
        # "apologised for the suffering Japan inflicted on China and Korea", "claimed
        # responsibility for the killing of two Spanish policemen": an apology or a claim is
        # aimed at whom the wrong it is for was done to (else where it was done)
        wrongs = [w for h in [tok, *objects] for w, _ in preposition_objects(h, {"for"})]
        inside = [(t, "preposition") for w in wrongs for t in w.subtree
                  if t.dep_ in {"pobj", "dobj", "compound", "amod", "poss"} and t.i != w.i]
        targets, how = first_actors(inside, sa, sources)
        if not targets and wrongs and trig.pattern.code.startswith(CLAIM_RESPONSIBILITY):
            country = sa.place_country()
            if country:
                targets, how = [guessed(country, None, "the victims")], "place"
    if not targets and not trig.pattern.no_target:
        found = verb_target_tokens(tok, trig, cues)
        if trig.pattern.code.startswith(CONSULT):
            # "telephoned King Fahd to discuss Iraq's invasion of Kuwait": a topic is no
            # partner, nor is anyone inside it
            # (an object the pattern names, "held talks", is the meeting itself; one it takes
            # whatever it is, "discuss [*]", is what is talked about)
            named = trig.object_token.i if trig.object_token is not None and not any(
                i.kind == "object" and i.any_object for i in trig.pattern.items) else None
            topic = {d.i for o in objects if o.i != named and (
                         o.i in sa.event_tokens or tok.lemma_.lower() in TOPIC_VERBS)
                     and not sa.event_codes.get(o.i, "").startswith(CONSULT)
                     for d in o.subtree}
            found = (t for t in found if t[0].i not in topic)
        targets, how = first_actors(found, sa, sources)
    return _candidate(trig, sa, sources, targets, how, [tok], trig.pattern.confidence, [],
                      cues)


OUTCOME_VERBS = {"end", "break", "lift", "resolve", "defuse", "close", "suspend"}
# Verbs of sending a missile or shell on its way
FIRING_VERBS = {"fire", "launch", "lob", "drop", "shoot"}
# Nouns of stopping an act: "an end to the protests", "a halt to the raids"
STOPPINGS = {"end", "halt", "stop", "cessation", "suspension"}
# verbs whose object is always what is talked about ("discussed the Iraq crisis"), never a
# partner (who is named after "with")
TOPIC_VERBS = {"discuss", "debate"}
RELATIVE_WORDS = {"who", "which", "that", "whom", "whose"}
REASON_VERBS = {"cite", "invoke"}
ANSWERS = {"protest", "response", "retaliation", "reaction", "reprisal", "revenge", "answer"}
ANSWERING_VERBS = {"answer", "respond", "retaliate", "react", "reply", "counter", "avenge"}
# Ways of doing violence a participle adds to a violent act ("executed 60 civilians, going from
# house to house and shooting residents"): the same act told again
VIOLENT_MANNERS = {"shoot", "fire", "bomb", "shell", "burn", "torch", "loot", "beat", "rape",
                   "torture", "kill", "execute", "massacre", "hack", "stab", "pillage", "raze",
                   "go", "storm", "raid"}
PARTS_PLAYED = {"role", "part", "involvement", "complicity", "conduct", "responsibility"}


# Nouns that name a hostile act told elsewhere in the sentence ("…, and Khartoum denounced the
# strike"): whoever did it is whom the denunciation is aimed at.
ACT_NOUNS = {"strike", "attack", "raid", "bombing", "shelling", "assault", "killing",
             "massacre", "invasion", "incursion", "shooting", "arrest", "detention", "seizure",
             "execution", "downing", "bombardment", "operation", "offensive", "expulsion",
             "deportation", "kidnapping", "abduction", "crackdown"}


def _foreign_doer(cand: _Candidate, candidates: list[_Candidate], roots: set[str],
                  on_me: bool, before: bool = True) -> _Candidate | None:
    """The first other candidate of the sentence, of one of `roots` (and, with `before`, told
    before `cand`), whose doers are of another country than `cand`'s (and, with `on_me`, aimed
    at `cand`'s)."""
    mine = {s.country for s in cand.sources if s.country}
    for other in candidates:
        if other is not cand and other.code[:2] in roots and other.sources and \
                (not before or other.trigger.i < cand.trigger.i) and \
                not mine & {s.country for s in other.sources} and \
                (not on_me or mine & {t.country for t in other.targets}):
            return other
    return None


def _acts_condemned(candidates: list[_Candidate]) -> None:
    """A condemnation or rejection with no target whose object names another candidate's act
    ("U.S. missiles destroyed a factory …, and Khartoum denounced the strike") is aimed at
    that act's doers, of another country."""
    for cand in candidates:
        if cand.targets or cand.code[:2] not in {"11", "12"} or not any(
                c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in ACT_NOUNS and any(
                    d.dep_ == "det" and d.lower_ in {"the", "this", "that", "these"}
                    for d in c.children) for c in cand.trigger.children):
            continue
        other = _foreign_doer(cand, candidates, HOSTILE_ROOTS - {"11", "12"}, on_me=False)
        if other is not None:
            cand.targets, cand.how = list(other.sources), [*cand.how[:-1], "act"]


# Nouns that carry an appeal or demand to someone ("a request to Britain", "pressure on Rome").
ASKING_NOUNS = REQUEST_NOUNS.keys() | {"pressure"}
# Codes of asking for, or promising, someone's release (appeal, demand, intent, act).
RELEASE_CODES = ("0253", "1053", "0353", "084")
# Taking people: arrest and detention, abduction and hostage-taking.
CAPTURE_CODES = ("173", "1711", "181")


# Verbs of going somewhere: "flew to Lahore for talks", "rode a bus across the border".
MOTION_VERBS = {"fly", "travel", "ride", "drive", "go", "come", "head", "arrive", "cross",
                "journey", "sail", "jet", "leave", "return", "set", "hop", "rush", "dash"}


def _trips_for_talks(candidates: list[_Candidate]) -> None:
    """A meeting one side travels for ("flew into Pyongyang for a summit with Kim", "rode a bus
    to Lahore for talks with Sharif") is a visit (042) by the traveller to the host — CAMEO's
    "travel to another location for a meeting" — not a meeting held both ways."""
    for cand in candidates:
        tok = cand.trigger
        if not cand.code.startswith("04") or cand.code.startswith(("042", "043", "045")) or \
                tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ != "pobj" or \
                tok.head.lower_ != "for":
            continue
        verb = tok.head.head
        if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in MOTION_VERBS:
            cand.code, cand.reciprocal = "042", False


def _the_border_named_before(candidates: list[_Candidate]) -> None:
    """Force put on alert or massed "along the border" with no country named for it is aimed
    at the country across it that the sentence names in another act ("broke off relations
    with Colombia and put troops on high alert along the border")."""
    for cand in candidates:
        if cand.targets or not cand.code.startswith("15"):
            continue
        verb = cand.frame_verb if cand.frame_verb is not None else cand.trigger
        borders = [t for t in verb.subtree if t.lemma_.lower() in BORDERS and any(
            d.dep_ == "det" and d.lower_ == "the" for d in t.children) and not any(
            c.dep_ in {"poss", "amod", "compound", "prep"} for c in t.children)]
        if not borders:
            continue
        mine = {s.country for s in cand.sources if s.country}
        across = [t for o in candidates if o is not cand for t in o.targets
                  if t.country and len(t.country) == 3 and t.country not in mine]
        if len({t.country for t in across}) == 1:
            cand.targets, cand.how = across[:1], [*cand.how[:-1], "border"]


# The press as an audience: "told reporters", "told a news conference".
PRESS_WORDS = {"reporter", "journalist", "correspondent", "newsman", "press", "newspaper",
               "conference", "briefing"}


def _announcing_authority(tok: Any, sa: SentenceActors, cues: Cues) -> list[ActorRef]:
    """The state bodies of one country that report an agentless act of authority."""
    if tok.dep_ not in {"ROOT", "ccomp", "conj", "parataxis"}:
        return []  # a participle on a noun ("sailors detained by …") tells no announced act
    reporting = reporting_verb_above(tok, cues)
    subj = next((c for c in reporting.children if c.dep_ == "nsubj"), None) \
        if reporting is not None else None
    speakers = sa.actors(subj) if subj is not None else []
    if speakers and all(r.country and len(r.country) == 3 and r.actor.sector in STATE_SECTORS
                        for r in speakers) and len({r.country for r in speakers}) == 1:
        return list(speakers)
    return []


def _speaker_acts(reporting: Any, sources: list[ActorRef], sa: SentenceActors) -> bool:
    """Whether the one who speaks is (one of) the act's sources: "Akihito told Roh that he felt
    regret", not "Mugabe and Tsvangirai reached a deal, Mbeki told reporters"."""
    subj, _ = subject_of(reporting)
    if subj is None:
        return True
    speakers = sa.actors(subj)
    return not speakers or bool({r.code for r in speakers} & {s.code for s in sources})


def _release_from_captors(candidates: list[_Candidate]) -> None:
    """A call for a release with no target ("Iranian guards seized 15 British sailors, and
    London demanded their immediate release") is aimed at whoever the sentence says took
    them, of another country than the caller."""
    for cand in candidates:
        if cand.targets or not cand.code.startswith(RELEASE_CODES):
            continue
        mine = {s.country for s in cand.sources if s.country}
        captors = [o for o in candidates if o is not cand and o.code.startswith(CAPTURE_CODES)
                   and o.sources and not mine & {s.country for s in o.sources}]
        if len({s.code for o in captors for s in o.sources}) == 1:
            cand.targets, cand.how = list(captors[0].sources), [*cand.how[:-1], "act"]


def _protests_at_repressors(candidates: list[_Candidate]) -> None:
    """Protesters the sentence shows under a foreign state's force ("Israeli police fired at
    Palestinians hurling stones") protest against that state, not their own authorities."""
    for cand in candidates:
        if not cand.code.startswith("14") or cand.how[-1:] != ["role"] or not all(
                t.how == "guess" and t.actor.sector == "GOV" for t in cand.targets):
            continue
        other = _foreign_doer(cand, candidates, {"17", "18", "19"}, on_me=True, before=False)
        country = other.sources[0].country if other is not None else None
        if country and len(country) == 3:
            cand.targets = [guessed(country, "GOV", "the authorities")]


def _fire_returned(candidates: list[_Candidate]) -> None:
    """Force used back with no target named ("…, and the South's forces fired back",
    "Israel retaliated") is aimed at whoever the sentence says attacked them."""
    for cand in candidates:
        tok = cand.trigger
        if cand.targets or cand.code[:2] not in {"18", "19"} or not (
                tok.lemma_.lower() in {"retaliate", "respond", "reply", "return"}
                or any(c.lower_ == "back" for c in tok.children)):
            continue
        other = _foreign_doer(cand, candidates, {"18", "19", "20"}, on_me=True)
        if other is not None:
            cand.targets, cand.how = list(other.sources), [*cand.how[:-1], "act"]


def _lemma_in(tok: Any, lemmas: set[str]) -> bool:
    """Whether the token's lemma, or a base form of the word when spaCy's lemma is wrong
    ("staged" read as "stag"), is one of ``lemmas``."""
    return tok.lemma_.lower() in lemmas or any(f in lemmas for f in base_forms(tok.lower_))


def _one_sided(code: str, trig: Any) -> bool:
    """Whether coordinated doers of this cooperative act never do it to each other (donors
    pledging aid, states recognising a third): its pattern or its code says so."""
    return trig.pattern.reciprocal is False or (
        code.startswith(NOT_MUTUAL) and not trig.pattern.reciprocal)


# Verbs of unrest that happens, with nobody as its doer ("protests erupted", "riots swept")
UNREST_VERBS = {"erupt", "break", "spread", "rage", "continue", "paralyse", "paralyze", "grip",
                "sweep", "rock", "shake", "cripple", "hit", "engulf", "flare", "escalate",
                "enter", "shut", "close", "halt", "bring", "turn"}
WORK_STOPPAGES = {"strike", "walkout", "stoppage", "stayaway", "stay-away"}
# Coercion and violence: what a reaction can be "over" as its reason
VIOLENT_ROOTS = {"17", "18", "19", "20"}
# Verbs that keep an act going ("keep up the protests", "press on with the offensive", "hold
# the soldier"), and what keeping each kind of act going "until" a condition is met refuses
CONTINUING = {"keep", "continue", "maintain", "hold", "press", "pursue", "persist", "carry",
              "prolong", "extend", "sustain"}
CAPTIVES = {"soldier", "hostage", "captive", "prisoner", "detainee", "pow", "sailor", "pilot"}
REFUSED_BY_FAMILY = (("124", None), ("163", "1244"), ("162", "1244"), ("16", "1241"),
                     ("14", "1242"), ("17", "1243"), ("18", "1246"), ("19", "1246"),
                     ("20", "1246"))


def _kept_up_until(cand: _Candidate, sa: SentenceActors) -> bool:
    """ "Vowed to keep up the protests until Milosevic concedes", "will hold the soldier until
    Israel frees its prisoners", "would press on with the offensive until the last stronghold
    falls": keeping a hostile act going until the other side yields is a refusal to yield
    (124x), aimed at whom the condition names.  Recodes the candidate; True when it did."""
    chain = [cand.trigger]
    for _ in range(3):
        # (the infinitive may be parsed as an adverbial clause: "vowed … to keep up")
        chain += [c for c in chain[-1].children if c.dep_ in {"xcomp", "ccomp"} or (
            c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                      for a in c.children))][:1]
    until = next((c for v in chain for c in v.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in {"until", "till"} for m in c.children)), None)
    if until is None:
        return False
    family = None
    for verb in reversed(chain):
        if verb.lemma_.lower() not in CONTINUING:
            continue
        kept = [c for c in verb.children if c.dep_ == "dobj"] + [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj"]
        for obj in kept:
            family = sa.event_codes.get(obj.i) or (
                "17" if any(t.lemma_.lower() in CAPTIVES for t in obj.subtree if t.i <= obj.i)
                or any(r.kind == "person" for r in sa.actors(obj)) else None)
            if family:
                break
        family = family or sa.event_codes.get(verb.i)
        if family:
            break
    refused = next((code or family for prefix, code in REFUSED_BY_FAMILY
                    if family and family.startswith(prefix)), None)
    if refused is None:
        return False
    cand.code, cand.intended = refused, False
    named = [r for g in until.children if g.dep_ in {"nsubj", "nsubjpass"}
             for r in sa.actors(g) if not any(same_actor(r, s) for s in cand.sources)]
    if named:
        cand.targets = named
    return True


def _protesters_aim(participle: Any, sa: SentenceActors) -> bool:
    """Whether a participle of demanding tells what a protest is for: it describes the
    protest's doers (the subject of a protest verb) or follows the protest verb itself."""
    head = participle.head
    if participle.dep_ == "acl" and head.dep_ in {"nsubj", "nsubjpass"}:
        return sa.event_codes.get(head.head.i, "").startswith("14")
    if participle.dep_ in {"advcl", "xcomp", "conj"}:
        return sa.event_codes.get(head.i, "").startswith("14")
    return False


def _unowned_unrest(carrier: Any) -> bool:
    """Whether a protest noun is the doer of the sentence's main verb of unrest ("protests
    erupted", "a strike paralysed the capital") or the agent of its passive ("was brought
    to a standstill by a strike") — so that nobody else is named as its doer."""
    if carrier.dep_ == "nsubj":
        verb = carrier.head
    elif carrier.dep_ == "pobj" and carrier.head.dep_ == "agent":
        verb = carrier.head.head
    else:
        return False
    return verb.dep_ == "ROOT" and verb.lemma_.lower() in UNREST_VERBS


# Participles whose agent asks for a person to be handed over ("wanted by Interpol")
WANTING = {"indict", "want", "seek", "charge", "request", "accuse", "convict", "sentence"}


def _requesters(verb: Any) -> list[tuple[Any, str]]:
    """Who wants the people a verb hands over: "extradited three officers indicted by the
    U.N. tribunal" -> the tribunal (the state that hands over its own nationals deals with
    whoever asked for them)."""
    return [(p, "object") for o in verb.children if o.dep_ in {"dobj", "nsubjpass"}
            for acl in o.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
            and acl.lemma_.lower() in WANTING
            for a in acl.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def _sued(verb: Any, targets: list[ActorRef], how: str | None, sa: SentenceActors,
          sources: list[ActorRef]) -> tuple[list[ActorRef], str | None]:
    """Whom a suit is against: "took Russia to the International Court of Justice" — the
    court hears the case; the one sued is the object."""
    if targets and all(_court(t) for t in targets):
        sued, sued_how = first_actors(
            [(o, "object") for o in verb.children if o.dep_ == "dobj"], sa, sources)
        if sued:
            return sued, sued_how
    return targets, how


def _court(ref: ActorRef) -> bool:
    """A court or tribunal: a national judiciary, or an international court."""
    return ref.actor.sector == "JUD" or (ref.code or "").startswith(("IGOUNOICJ", "IGOICC"))


def _armed(ref: ActorRef) -> bool:
    """An armed actor: forces, rebels, militants, international militant groups (IMG), or a
    state named as such ("Russia moved into Crimea")."""
    return ref.actor.sector in ARMED or (ref.code or "").startswith(MILITANT_GROUPS) or (
        ref.kind == "state" and not ref.actor.sector)


def _weapon_code(subj: Any) -> str | None:
    """195 for aircraft and missiles as the subject, 194 for guns and shells, else None."""
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    lemma = subj.lemma_.lower()
    if lemma in AERIAL_WEAPONS:
        return "195"
    if lemma in GROUND_WEAPONS:
        return "194"
    return None


def _investigated(word: Any) -> list[tuple[Any, str]]:
    """Who an investigation looks into: the accused of the allegation it examines ("into
    allegations that German firms helped Libya" → the firms) or the author of the act ("into
    the downing of an airliner by the USS Vincennes" → the Vincennes)."""
    things = [c for c in word.children if c.dep_ == "dobj"]
    things += [p for prep in word.children if prep.dep_ == "prep"
               and prep.lower_ in {"into", "of", "on", "over", "about"}
               for p in prep.children if p.dep_ == "pobj"]
    out = []
    for thing in things:
        if thing.lemma_.lower() in PARTS_PLAYED:
            # "into the army's role in the massacre": whose part is looked into
            out += [(g, "object") for g in thing.children if g.dep_ == "poss"]
            out += [(g, "object") for of in thing.children if of.lower_ == "of"
                    for g in of.children if g.dep_ == "pobj"]
        if thing.lemma_.lower() in CLAIMS:
            out += [(g, "object") for clause in thing.children if clause.dep_ in {"acl", "ccomp"}
                    for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"}]
        for t in thing.subtree:
            if t.lower_ == "by" and t.dep_ in {"prep", "agent"}:
                out += [(p, "object") for p in t.children if p.dep_ == "pobj"]
    return out


def _grievance(verb: Any) -> list[tuple[Any, str]]:
    """What a complaint is about ("over the raids", "about Russia's conduct") and the author
    of that act ("the raids by Israel")."""
    out = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"over", "about", "at", "against"}:
            continue
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            out.append((p, "preposition"))
            out += [(g, "preposition") for by in p.children if by.lower_ == "by"
                    for g in by.children if g.dep_ == "pobj"]
    return out


def _candidate(trig: Any, sa: SentenceActors, sources: list[ActorRef], targets: list[ActorRef],
               how: str | None, holders: list[Any], confidence: float,
               hows: list[str], cues: Cues) -> _Candidate | None:
    """The fallbacks shared by verb and noun triggers, then the candidate itself."""
    tok = trig.token
    code = _crowd_deed(_military(_joint(tok, trig.pattern.code, sources), sources,
                                 tok.sent.text), tok, sources)
    if code.startswith("143") and _armed_strike(trig, sources):
        code = "190"
    if code[:2] in {"18", "19"} and trig.object_token is not None and any(
            CHEMICALS.search(t.text) for t in trig.object_token.subtree):
        # "detonated three chlorine-laden truck bombs", "dropped canisters of sarin": a
        # chemical weapon, whatever carries it (2041)
        code = CHEMICAL_ATTACK
    if code[:2] in {"18", "19"} and tok.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"advcl", "conj"} and c.tag_ == "VBG" and c.lemma_.lower() == "kill"
            and _thousands(c) for c in tok.children):
        # "opened fire on displaced Hutus at the camp, killing at least 2,000 people": force
        # whose toll runs to thousands is a mass killing
        code = MASS_KILLING
    elif code in {"180", "1823", "193"} and tok.pos_ in {"VERB", "AUX"} and \
            tok.lemma_.lower() in MASS_KILLING_VERBS and _many_killed(tok) and not any(
                t.lemma_.lower() in PROTESTERS for t in tok.sent):
        # "killed at least 45 ethnic Albanians in the village", "massacred at least 85
        # villagers", "hacked to death more than 320 civilians": killing people by the score
        # is a mass killing (not when troops kill protesters: that is repression)
        code = MASS_KILLING
    own = {s.country for s in sources if s.country}
    if targets and code.startswith(PROTEST) and how not in {"pattern"}:
        # "blocked the road to the Russian base to protest against Tbilisi's demand": what
        # dissent is against is whom it is aimed at, before the places it uses
        opposed, opp_how = first_actors(_opposed(tok), sa, sources)
        if opposed:
            targets, how = opposed, opp_how
    if targets and how != "place" and not code.startswith(INVESTIGATE) and all(
            t.country in own and t.kind == "state" and not t.actor.sector for t in targets):
        # the source's own country at large is never its target (see _events_of): look on
        targets, how = [], None
    at_home = False
    if targets and code.startswith(POSTURE) and all(
            t.country in own and t.actor.sector in ARMED | {"COP"} for t in targets):
        # "deployed soldiers and riot police in Harare": its own forces are the means of a
        # show of force, not whom it is aimed at (where they are sent may be: "ordered
        # paratroopers to Chad")
        near = holders + [c for h in holders for c in h.children if c.dep_ == "dobj"]
        targets, how = first_actors(
            [(p, "preposition") for h in near
             for p, _ in preposition_objects(h, {"to", "into", "toward", "towards"})],
            sa, sources)
    if not targets and not trig.pattern.no_target and code.startswith(POSTURE):
        # "sent paramilitary police into Srinagar to contain protests by separatists", "will
        # send 500 troops to counter a surge in IRA attacks": a show of force is aimed at
        # whom its purpose names
        purposes = [c for h in holders for c in h.children if c.dep_ in {"advcl", "xcomp"}
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        # (the purpose's own object first: "to hunt Abu Sayyaf guerrillas holding 20
        # hostages, among them three Americans")
        targets, how = first_actors(
            [*((o, "object") for p in purposes for o in p.children if o.dep_ == "dobj"),
             *((t, "object") for p in purposes for t in p.subtree
               if t.i != p.i and t.pos_ in {"NOUN", "PROPN"})], sa, sources)
    if not targets and not trig.pattern.no_target and code.startswith((POSTURE, "087")):
        # "massed tanks on the Jordanian border", "scaled back its forces along the Kuwaiti
        # frontier": force shown at, or pulled back from, a border is aimed across it
        near = holders + [c for h in holders for c in h.children if c.dep_ == "dobj"]
        # (… or on a noun inside the object: "massed 64,000 troops, including two
        # divisions, near the Kuwaiti border")
        near += [t for h in holders for c in h.children if c.dep_ == "dobj"
                 for t in c.subtree if t.i != c.i and t.pos_ in {"NOUN", "PROPN"}]
        targets = [r for h in near for p, _ in preposition_objects(h, BORDER_PREPS)
                   for r in _across_border(p, sa, own)][:1]
        how = "place" if targets else how
    if not targets and not trig.pattern.no_target and code.startswith(WITHDRAW):
        # "completed their withdrawal from the right bank of the Dnieper, including the city
        # of Kherson": a withdrawal is from the country of the place left
        left = next((p.country for p in find_places(tok.sent, tok)
                     if p.country and p.country not in own), None)
        if left:
            targets, how = [guessed(left, None, "the country left")], "place"
    if not targets and not trig.pattern.no_target:
        if code.startswith(TERRITORIAL):
            # "imposed a curfew in Garissa": where a territorial act happens is whom it hits
            places = [c for h in holders for c in locatives(h)]
            targets, how = first_actors(places, sa, sources)
            if not targets:
                # "sealed off Yemen's air, sea and land ports": whose places they are
                objects = [c for h in holders for c in h.children if c.dep_ == "dobj"]
                # (… or the particle's object: "sealed off Yemen's ports" read with "off" as
                # a preposition)
                objects += [g for h in holders for c in h.children
                            if c.dep_ in {"prt", "prep"} and c.lower_ in {"off", "down", "up"}
                            for g in c.children if g.dep_ == "pobj"]
                objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
                targets, how = first_actors(
                    [(p, "possessive") for o in objects for p in o.children
                     if p.dep_ == "poss"], sa, sources)
            own = {s.country for s in sources if s.country}
            # ("sealed off Tibetan neighbourhoods": an own place as the object, too)
            spots = places + [(c, "object") for h in holders for c in h.children
                              if c.dep_ == "dobj"]
            at_home = (bool(targets) and all(t.country in own and t.kind == "state"
                                             for t in targets)) or (not targets and any(
                r.country in own for p, _ in spots for r in [*sa.resolve(p), *sa.located(p)]
                if r.kind == "state" and not r.actor.sector))
            if at_home:
                # "a curfew in northeastern Kenya" by Kenya, "a curfew on the capital Juba" by
                # South Sudan: on its population
                targets = []
            if not targets and (code.startswith(ON_POPULATION) or (
                    at_home and not code.startswith(POSTURE))) and sources[0].country \
                    and len(sources[0].country) == 3:
                # "imposed a nationwide curfew": on the source's own population
                c = sources[0].country
                targets = [guessed(c, "CVL", "population")]
                how = "role"
        if not targets and not (code[:2] == COOPERATE and len(own) >= 2):
            # "began naval exercises … in a show of force aimed at Gaddafi", "sanctions
            # directed against Moscow": whom the act is aimed at (not what joint drills of two
            # sides are aimed at: they hold them with each other)
            aims = [p for h in holders for t in h.subtree
                    if t.dep_ == "acl" and t.lemma_.lower() in AIMING
                    for prep in t.children if prep.dep_ == "prep"
                    and prep.lower_ in {"at", "against"}
                    for p in prep.children if p.dep_ == "pobj"]
            targets, how = first_actors([(p, "preposition") for p in aims], sa, sources)
        obj = trig.object_token
        if not targets and code.startswith(CLAIM_RESPONSIBILITY):
            # "claimed responsibility for an attack on a Kenyan base": the act's target
            acts = [p for h in holders for p, _ in preposition_objects(h, {"for"})]
            if obj is not None:
                acts += [p for p, _ in preposition_objects(obj, {"for"})]
            targets, how = first_actors(
                [c for a in acts for c in noun_target_tokens(a, None, cues)], sa, sources)
        if not targets and code.startswith(DISAPPROVE):
            # "condemned the coup in Niger": an act named by nobody's name is aimed at where
            # it happened
            acts = [c for h in holders for c in h.children
                    if c.dep_ == "dobj" and c.i in sa.event_tokens]
            for act in acts:
                targets = sa.located(act)
                if targets:
                    how = "place"
                    break
        if not targets and obj is not None and obj.lemma_.lower() in SHELTER:
            # "sought refuge in Germany": protection is asked of the state where it is sought
            targets, how = first_actors(
                [*preposition_objects(tok, {"in"}), *preposition_objects(obj, {"in"})],
                sa, sources)
        if not targets and code[:2] >= "11":
            # "fired shells at targets in Jericho": for hostile acts "at" names the target
            # (but "went on strike at South African mines" only says where: first_actors
            # never takes the source's own country at large)
            targets, how = first_actors(preposition_objects(tok, {"at"}), sa, sources)
        if not targets and code[:2] >= "11" and tok.dep_ in {"advcl", "conj"} \
                and tok.head.lemma_.lower() in ANSWERING_VERBS:
            # "Pakistan answered India's tests, detonating five nuclear devices": a hostile
            # act done in answer is aimed at whoever did what it answers
            answered = [o for o in tok.head.children if o.dep_ == "dobj"]
            answered += [p for p, _ in preposition_objects(tok.head, {"to", "for", "against"})]
            targets, how = first_actors(
                [(n, "other") for o in answered for n in (o, *(p for p in o.children
                                                            if p.dep_ == "poss"))], sa, sources)
        if not targets and code[:2] in FORCE_ROOTS:
            # "Syrian troops shelled Hama": force used in the forces' own country hits the
            # people there
            targets, how = people_of_own_place(
                [*verb_target_tokens(tok, trig, cues), *preposition_objects(tok, {"at"})]
                if tok.pos_ in {"VERB", "AUX"} else [], sa, sources)
        if not targets and code[:2] in FORCE_ROOTS and tok.pos_ in {"VERB", "AUX"}:
            # "detonated two car bombs in Mogadishu, killing ten people": whom the toll names
            tolls = [c for c in tok.children if c.dep_ in {"advcl", "conj"}
                     and c.tag_ == "VBG" and c.lemma_.lower() in TOLL_VERBS]
            victims = [v for t in tolls for v in verb_target_tokens(t, None, cues)]
            targets, how = first_actors(victims, sa, sources)
            if not targets:
                targets, how = people_of_own_place(victims, sa, sources)
        if not targets and code[:2] in FORCE_ROOTS and tok.pos_ in {"VERB", "AUX"}:
            # "struck targets in Gaza": force on things named by nobody's name hits the
            # country they are in (a guess)
            own = {s.country for s in sources}
            places = [r for obj in tok.children if obj.dep_ == "dobj" for r in sa.located(obj)]
            spots = [p for p, _ in locatives(tok)]
            # … and the name beside a place noun: "in the capital Kabul"
            spots += [a for p in spots for a in p.children if a.dep_ == "appos"]
            # (or a place noun a nationality describes: "in the Sudanese capital")
            places += [r for p in spots if sa.names_place(p) or p.lemma_.lower() in PLACE_NOUNS
                       for r in sa.resolve(p) if r.kind == "state"]
            found = [r for r in places if r.country and r.country not in own]
            if found:
                targets, how = found[:1], "place"
            elif code.startswith(ON_PEOPLE_THERE) and all(s.actor.sector for s in sources):
                # (a state named alone is not said to attack its own people)
                # "rebels exploded bombs in Kabul": bombs and shells in one's own country
                # hit the people there
                home = next((r.country for r in places if r.country in own
                             and len(r.country) == 3), None)
                if home:
                    targets = [guessed(home, "CVL", "population")]
                    how = "role"
    if not targets and not trig.pattern.no_target and (code.startswith(POSTURE) or (
            code.startswith(AID_CODES) and tok.pos_ in {"VERB", "AUX"})):
        # "began war games in the Taiwan Strait", "held drills off Japan's coast": force shown
        # at another country's place is shown to that country (after whom it is said to be
        # aimed at; not at home: see below); "suspended relief operations across Bosnia": aid
        # given or stopped somewhere is for the people there (a "peacekeeping force in
        # Macedonia" is no act of aid: verbs only)
        near = holders + [c for h in holders for c in h.children if c.dep_ == "dobj"]
        spots = [p for h in near for p, _ in [*locatives(h), *preposition_objects(h, {"off"})]]
        spots += [o for p in spots for o in p.children if o.dep_ == "poss"]  # "Japan's coast"
        found = [r for p in spots for r in [*sa.located(p), *sa.resolve(p)]
                 if r.kind == "state" and r.country and len(r.country) == 3
                 and r.country not in own]
        if len({r.country for r in found}) == 1:
            targets, how = [guessed(found[0].country, None, found[0].actor.text)], "place"
    if not targets and not trig.pattern.no_target and code.startswith(POSTURE):
        # "put their forces on alert after North Korea fired a missile": force shown in answer
        # to another state's act is aimed at that state (after where it is shown)
        causes = [c for h in holders for c in h.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in CAUSE_MARKS for m in c.children)]
        targets, how = first_actors(
            [(n, "other") for c in causes for n in c.children if n.dep_ == "nsubj"], sa, sources)
        targets = [t for t in targets if t.country and t.country not in own]
    if not targets and code.startswith("16"):
        # "closed his embassy in Bogota": relations are cut with the mission's host
        targets, how = first_actors(
            # (the "in" may hang on the verb: "closed his embassy in Bogota")
            [(p, "object") for o in tok.children if o.dep_ in {"dobj", "nsubjpass"}
             and o.lemma_.lower() in MISSIONS for prep in [*o.children, *tok.children]
             if prep.dep_ == "prep" and prep.lower_ in {"in", "to"}
             for p in prep.children if p.dep_ == "pobj"], sa, sources)
    if not targets and code.startswith("12"):
        # "threw out the U.N.-European Community peace plan": a proposal is its authors' …
        proposals = [o for o in tok.children if o.dep_ in {"dobj", "nsubjpass"}
                     and o.lemma_.lower() in PROPOSALS]
        # (… a refusal named by a noun too: "Vajpayee's rejection of an offer of talks from
        # Musharraf")
        # (the "of" may hang on a date between: "rejection on Saturday of an offer")
        proposals += [o for prep in tok.subtree if tok.pos_ in {"NOUN", "PROPN"}
                      and prep.dep_ == "prep" and prep.lower_ == "of"
                      for o in prep.children if o.dep_ == "pobj"
                      and o.lemma_.lower() in PROPOSALS]
        authors = [(m, "object") for o in proposals for m in o.subtree
                   if m.i < o.i and m.dep_ in {"poss", "compound", "amod", "nmod"}]
        # (… or named after it: "an offer of talks from Musharraf", "a plan by the U.N.")
        authors += [(m, "preposition") for o in proposals for prep in o.subtree
                    if prep.dep_ == "prep" and prep.lower_ in {"from", "by"}
                    for m in prep.children if m.dep_ == "pobj"]
        targets, how = first_actors(authors, sa, sources)
        if not targets and not proposals:
            # … and whose demands a refusal defies (not who pleaded for the proposal)
            targets, how = first_actors(_defied(tok), sa, sources)
    if not targets and code.startswith(PROTEST):
        # "marched in defiance of the government", "rallied against the junta"
        targets, how = first_actors(_opposed(tok), sa, sources)
        first = sa.event_codes.get(tok.head.i, "") if tok.dep_ == "conj" else ""
        if not targets and not first.startswith(("14", "18", "19")):
            # (not "stoned Israeli troops and burned tyres": a second deed of the same riot,
            # whose target the first names)
            targets, how = the_authorities(sources, sa)
    if not targets and not trig.pattern.no_target and code[:2] in FUTURE_THREAT_ROOTS | {
            "14", "15"}:
        # "will shut the Strait of Hormuz if the United States and the EU impose sanctions": a
        # hostile act held out on a condition is aimed at whom the condition is about
        targets, how = first_actors(
            [(s, "object") for s in _condition_subjects(tok)], sa, sources)
    reporting = reporting_verb_above(tok, cues)
    if not targets and not trig.pattern.no_target and reporting is not None \
            and reporting.lemma_.lower() in ADDRESSING and _speaker_acts(reporting, sources, sa):
        # "told the visiting president that he felt deep regret": said to whom it concerns
        # (when the speaker is who acts; never the reporters told)
        targets, how = first_actors(
            [(c, "object") for c in reporting.children if c.dep_ in {"dobj", "dative"}
             and c.lemma_.lower() not in PRESS_WORDS],
            sa, sources)
    home = sources[0].country
    if not targets and not trig.pattern.no_target and code.startswith("087") and home and \
            len(home) == 3 and all(s.actor.sector in INSURGENTS for s in sources):
        # "the IRA declared a cessation of military operations", "has put its weapons beyond
        # use, the disarmament commission's head said": rebels who stop fighting stop fighting
        # the state they fight (not whoever else the sentence names)
        targets, how = [guessed(home, "GOV", "the government")], "role"
    if not targets and not trig.pattern.no_target and (
            len({s.country for s in sources}) < 2 or _one_sided(code, trig)) \
            and (not code.startswith(CONSULT) or _has_partner(tok)):
        # (two or more sides named as the source act on each other, or with each other, unless
        # the act is one-sided: "Japan, the US and the EU pledged $1.2 billion to rebuild
        # Afghanistan"; a meeting's partner is named by its grammar: "the cabinet met on
        # Sunday" is a session)
        targets, how = only_other_actor(tok, sources, sa, reporting)
        if not targets:
            targets, how = place_in_content(tok, code, sources, sa, reporting)
        if not targets:
            targets, how = actor_in_content(tok, code, sources, sa, reporting)
    if not targets and not trig.pattern.no_target and code.startswith(POSTURE) and (
            at_home or code.startswith(POLICE_DEPLOYMENT)) and home and len(home) == 3:
        # "deployed soldiers and riot police in Harare", "police deployed thousands of officers
        # across the city": force shown at home, with nobody else named, is shown to its people
        targets = [guessed(home, "CVL", "population")]
        how = "role"
    if code == VETO and tok.pos_ in {"VERB", "AUX"}:
        # "vetoed the extension of a U.N. peacekeeping force in Macedonia": a veto blocks a
        # decision of the body it is cast in, whoever the decision was about
        bodies = [r for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}
                  for t in c.subtree for r in sa.resolve(t)
                  if r.kind == "org" and (r.code or "").startswith("IGO")]
        # (… or named as where it was cast: "a Western-backed draft was vetoed in the U.N.
        # Security Council by Russia and China")
        bodies += [r for p, _ in preposition_objects(tok, {"in", "at"}) for r in sa.resolve(p)
                   if r.kind == "org" and (r.code or "").startswith("IGO")]
        if bodies:
            targets, how = bodies[:1], "object"
    if how == "place" and code[:2] in MEETING_ROOTS and len({s.country for s in sources}) >= 2:
        # "Armenia and Azerbaijan held a fourth day of negotiations near Washington": where two
        # sides meet is the venue; they meet each other
        targets, how = [], None
    if code[:2] in FORCE_ROOTS and tok.lemma_.lower() in CROSSING_VERBS and any(
            t.lemma_.lower() in PROTECTIVE_WORDS for t in tok.subtree):
        # "French troops crossed into Rwanda on a humanitarian mission to protect civilians":
        # forces sent in to protect provide protection
        code = PEACEKEEPING
    if code[:2] in FORCE_ROOTS and tok.lemma_.lower() in CROSSING_VERBS and sources and all(
            s.actor.sector and s.actor.sector not in ARMED | {"COP"} for s in sources):
        # "Jimmy Carter crossed the border into North Korea": a leader or an envoy who
        # crosses a border travels; only forces invade (and workers who cross do neither)
        if not all(s.actor.sector in {"GOV", "ELI"} for s in sources):
            return None
        code = VISIT
    if not targets and code == ARREST and tok.lemma_.lower() == "charge":
        # "Amnesty International charged that torture remains widespread in Turkish police
        # stations": a charge made in a clause is against whom the clause names
        content = [c for c in tok.children if c.dep_ == "ccomp"]
        targets, how = first_actors(
            [(t, "content") for c in content for t in c.subtree
             if t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
             and t.pos_ in {"NOUN", "PROPN"}], sa, sources)
    if code == ARREST and tok.lemma_.lower() == "charge" and targets and (
            all(t.kind == "state" for t in targets) or (
            any(c.dep_ == "ccomp" for c in tok.children)
            and not any(c.dep_ in {"dobj", "nsubjpass"} for c in tok.children))):
        # "charged Lima with launching attacks": a state is accused, never brought to court
        # (its agents may be: "charged two Libyan agents with the bombing"); "charged that
        # police torture detainees" is a claim, not a charge sheet
        code = ACCUSE_OF_CRIME
    if code.startswith(SUE):
        targets, how = _sued(tok, targets, how, sa, sources)
    if code == ARREST and tok.dep_ == "conj" and sa.event_codes.get(
            (misattached_conj(tok) or tok.head).i, "").startswith(CONVICT):
        return None  # "found him guilty … and jailed him for life": one act, the verdict
    targets, how = _host_of_force(code, tok, targets, how, sa, sources)
    if not targets and not trig.pattern.no_target and code[:2] in {"04", "05", "06"} and \
            tok.pos_ in {"VERB", "AUX"}:
        # "began sharing intelligence on suspected militants with Saudi Arabia", the "with"
        # hung on the object's own phrase: with whom the act is shared
        targets, how = first_actors(
            [(p, "preposition") for o in tok.children if o.dep_ in {"dobj", "prep"}
             for w in o.subtree if w.i != o.i and w.dep_ == "prep" and w.lower_ == "with"
             for p in w.children if p.dep_ == "pobj"], sa, sources)
    if not targets and not trig.pattern.no_target and code.startswith(MILITARY_BLOCKADE) and \
            sources and all(s.actor.sector in INSURGENTS for s in sources):
        # "Maoist rebels cut off Kathmandu with a blockade of all roads": insurgents' siege is
        # laid against the state they fight
        targets, how = the_authorities(sources, sa)
    if not targets and not trig.pattern.no_target and code.startswith(REPRESSION) and \
            tok.pos_ in {"VERB", "AUX"} and sources[0].country and len(sources[0].country) == 3:
        # "security forces fired tear gas and warning shots at crowds outside the pagoda":
        # repression that names no one else, and no place, falls on the source's own people
        targets, how = [guessed(sources[0].country, "CVL", "population")], "role"
    if code[:2] in {"15", "19"}:
        # "crossed into northern Iraq in a ground offensive against Kurdish PKK rebels",
        # "massed troops along the border for a possible offensive against Kurdish rebels":
        # the force is aimed at whom the offensive is against, not at the land it crosses
        against, a_how = first_actors(_offensive_against(tok), sa, sources)
        if against:
            targets, how = against, a_how
    return _Candidate(tok, code, sources, targets, confidence,
                      _is_reciprocal(code, trig.pattern.reciprocal),
                      how=[*hows, how or "none"], label=trig.pattern.origin,
                      directed=trig.pattern.reciprocal is False)


BORDER_PREPS = {"on", "along", "near", "at", "to", "toward", "towards", "from"}
# Words of a multinational force one contributes to
FORCE_WORDS = ("force", "mission", "peacekeep", "contingent", "operation")
# Codes of contributing to a force: intent to give aid, aid, a show of force (not accepting a
# force, 0355 or 086, nor leaving it, 087 or 166: those deal with the force itself)
CONTRIBUTING_CODES = ("033", "07", "15")


MASS_KILLING_VERBS = {"kill", "massacre", "slaughter", "execute", "murder", "slay", "butcher",
                      "hack", "club", "shoot", "gun", "behead", "burn"}
MANY_WORDS = {"scores", "hundreds", "thousands", "millions"}
THOUSAND_WORDS = {"thousand", "thousands", "million", "millions"}
MANY_KILLED = 40  # enough dead people to be a massacre rather than a killing


def _people_counted(verb: Any, floor: int, words: set[str]) -> bool:
    """Whether a killing or toll verb's object counts `floor` people or more, or says so in
    `words` ("at least 2,000 people", "scores of villagers") — never soldiers or fighters
    ("killing more than 1,000 Libyan soldiers" is a battle, not a massacre)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if any(t.lemma_.lower() in FIGHTERS for t in obj.subtree):
            continue
        for t in obj.subtree:
            if t.lower_ in words:
                return True
            if t.like_num and not _in_prepositional_phrase(t, obj):
                try:
                    if float(t.text.replace(",", "")) >= floor:
                        return True
                except ValueError:
                    continue
    return False


def _in_prepositional_phrase(tok: Any, obj: Any) -> bool:
    """Whether a word hangs on a prepositional phrase inside `obj` ("3 people in a town of
    5,000") rather than counting `obj` itself."""
    t = tok
    while t.i != obj.i and t.head.i != t.i:
        if t.dep_ == "prep":
            return True
        t = t.head
    return False


def _many_killed(verb: Any) -> bool:
    """Whether a killing verb's object counts people by the score: "at least 45 ethnic
    Albanians", "scores of villagers", "hundreds of Tutsis"."""
    return _people_counted(verb, MANY_KILLED, MANY_WORDS)


def _thousands(verb: Any) -> bool:
    """Whether a toll verb's object counts a thousand or more ("killing at least 2,000
    people", "killing thousands")."""
    return _people_counted(verb, 1000, THOUSAND_WORDS)


def _host_of_force(code: str, tok: Any, targets: list[ActorRef], how: str | None,
                   sa: SentenceActors, sources: list[ActorRef]
                   ) -> tuple[list[ActorRef], str | None]:
    """ "committed troops to a West African peacekeeping force for Liberia", "will send 2,000
    troops to the U.N. force in southern Lebanon": troops sent to a multinational force are
    sent to the country it serves in, named by the force's own "in"/"for" or the act's "to",
    "into" or "in"; the force is only the vehicle.  Only when one such country is named."""
    if not targets or not code.startswith(CONTRIBUTING_CODES) or not all(
            (t.code or "").startswith("IGO") and any(
                w in t.actor.text.lower() for w in FORCE_WORDS) for t in targets):
        return targets, how
    own = {s.country for s in sources if s.country}
    forces = [t for t in sa.tokens if any(w in t.lower_ for w in FORCE_WORDS)
              and any((r.code or "").startswith("IGO") for r in sa.resolve(t))]
    spots = [p for f in forces for p, _ in preposition_objects(f, {"in", "for", "to"})]
    spots += [p for p, _ in preposition_objects(tok, {"to", "into", "in"})]
    hosts = {r.country: r for p in spots for r in [*sa.located(p), *sa.resolve(p)]
             if r.kind == "state" and r.country and len(r.country) == 3
             and r.country not in own}
    if len(hosts) != 1:
        return targets, how
    host = next(iter(hosts.values()))
    return [guessed(host.country, None, host.actor.text)], "place"


def _across_border(place: Any, sa: SentenceActors, own: set[str]) -> list[ActorRef]:
    """The state a nationality names on a border ("the Jordanian border"), if not one's own."""
    if place.lemma_.lower() not in BORDERS:
        return []
    return [r for r in sa.nationality_of(place) if r.country not in own]


def _in_answer_to(prep: Any) -> bool:
    """ "in protest at Moscow's recognition of …", "in response to the raids", "in
    retaliation for the attack": what an act answers is its cause, not an event here."""
    noun = prep.head
    return prep.lower_ in {"at", "over", "against", "for", "to"} and \
        noun.lemma_.lower() in ANSWERS and noun.dep_ == "pobj" and \
        noun.head.lower_ in {"in", "as"}


def _within(tok: Any, clause: Any, steps: int = 4) -> bool:
    """Whether a token, or one of its nearest heads, is a clause of the kind tested."""
    t = tok
    for _ in range(steps):
        if clause(t):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _since_clause(tok: Any) -> bool:
    """Whether an event word stands in a "since …" clause of another act."""
    return _within(tok, lambda t: t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in t.children))


def _in_relative_clause(tok: Any) -> bool:
    return _within(tok, lambda t: t.dep_ in {"relcl", "acl"} and t.pos_ in {"VERB", "AUX"})


def _seized_people(verb: Any, si: SentenceInput) -> bool:
    """Whether what a verb seizes is people ("seized 500 U.N. peacekeepers", "two aid workers
    were seized"), not property or control of it."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(o.lemma_.lower() in SEIZED_PLACES for o in objects):
        return False  # "captured the U.N. safe area": a place, whoever it is said to be of
    refs = [(o, r) for o in objects for r in si.actors.actors(o)]
    if not refs and objects and all(
            o.pos_ == "PROPN" and si.actors.role_only(o) for o in objects):
        return True  # "militant leader Yasin Malik": a titled person the base does not know
    # (whatever their sector: "seized rebel leader Abdullah Ocalan", "seized 15 British
    # sailors"; a body named as a whole, "seized the army", is no people)
    return bool(refs) and all(
        r.kind == "person" or (r.kind in {"role", "group"} and r.actor.sector is not None
                               and si.actors.is_named(o)  # (not "part of a stronghold")
                               and (o.tag_ in {"NNS", "NNPS"}
                                    or o.lemma_.lower() not in BODIES))
        or (r.kind in {"role", "group", "org"} and (r.code or "").startswith(("IGO", "NGO")))
        for o, r in refs)


def _speech_occasion(noun: Any, cues: Cues) -> bool:
    """Whether a meeting noun is where something was said: the object of a reporting verb, or
    of a preposition hung on one ("told a meeting of his party", "said at a rally")."""
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in noun.children):
        return False  # "said at a meeting with Chirac": the meeting took place
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ not in {"dobj", "dative"}:
        return False
    return verb.lemma_.lower() in cues.reporting_verbs or verb.lemma_.lower() in {
        "tell", "address"}


ORDERS = {"order", "orders", "instruction", "instructions", "command", "behest", "direction"}


def _ordered_by(verb: Any) -> list[Any]:
    """Who a passive act was done on the orders of ("on the orders of", "at the behest of",
    "by order of")."""
    return [p for prep in verb.children if prep.dep_ == "prep"
            and prep.lower_ in {"on", "at", "by", "under"}
            for o in prep.children if o.dep_ == "pobj" and o.lower_ in ORDERS
            for of in o.children if of.dep_ == "prep" and of.lower_ == "of"
            for p in of.children if p.dep_ == "pobj"]


def _each_other(tok: Any) -> bool:
    """Whether an act is done to "each other" or "one another"."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "npadvmod"}] + [
        p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    # (… or to each other's things: "pounded each other's trenches")
    objects += [p for o in objects for p in o.children if p.dep_ == "poss"]
    pairs = {("other", "each"), ("another", "one"), ("one", "another")}  # as parsed
    return any((o.lower_, d.lower_) in pairs for o in objects for d in o.children)


def _has_partner(verb: Any) -> bool:
    """Whether a verb's grammar names someone it is done with or to ("met a Vatican envoy",
    "held talks with the rebels"), resolved or not."""
    return any(c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ in {
        "with", "to", "between"}) for c in verb.children)


def _joint(tok: Any, code: str, sources: list[ActorRef]) -> str:
    """Military exercises held jointly are military cooperation, not a show of force; "joint"
    drills of one country's forces with no partner named ("the PLA staged joint drills around
    Taiwan": its services together) are a show of force."""
    countries = {s.country for s in sources if s.country}
    named = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    # (not "near the border with Pakistan", with the "with" misparsed onto the verb)
    # Two states that each raise their alert or mobilise are not drilling together: only a
    # show of force (drills, patrols) with two of them is joint
    partner = (len(countries) >= 2 and code == SHOW_OF_FORCE) or any(
        c.dep_ == "prep" and c.lower_ in {"with", "alongside"}
        and c.doc[c.i - 1].lemma_.lower() not in {"border", "frontier", "boundary"}
        # ("with riot police ringing the campus": what goes with the act, not a partner)
        and not any(g.dep_ in {"acl", "pcomp"} and g.tag_ == "VBG"
                    for p in c.children for g in [p, *p.children])
        for n in named for c in n.children)
    together = partner or any(
        c.lower_ in {"joint", "jointly", "combined", "bilateral", "trilateral"}
        for c in [*tok.children, *tok.head.children]
    )
    if code == JOINT_CODE and len(countries) == 1 and not partner \
            and _lemma_in(tok, DRILL_VERBS):
        return SHOW_OF_FORCE
    return JOINT_CODE if together and code.startswith("15") else code


CROWDS = re.compile(r"\b(?:protest\w*|demonstrat\w*|rioters?|crowds?|mobs?|marchers?|"
                    r"supporters)\b", re.IGNORECASE)
SEIZING_CODES = {"190", "192", "171", "1711"}  # storming, seizing or taking over a place
WRECKING_CODES = {"180", "171", "1712"}  # setting fire to it, smashing it
PASSAGES = {"airport", "road", "highway", "bridge", "port", "railway", "rail", "station",
            "runway", "crossing", "border", "motorway", "junction", "terminal", "harbor",
            "harbour", "street", "square"}
OBSTRUCT = "144"  # obstruct passage, block
MILITARY_BLOCKADE = "191"  # impose blockade, restrict movement
BEATINGS = {"180", "182"}  # force on people told no more exactly than a beating


CHEMICALS = re.compile(r"chlorine|sarin|mustard[- ]gas|nerve[- ]gas|poison[- ]gas|chemical|"
                       r"\bvx\b|tabun|phosgene", re.IGNORECASE)
CHEMICAL_ATTACK = "2041"  # use chemical, biological, or radiological weapons
MISSIONS = {"embassy", "consulate", "mission", "legation", "representation", "ambassador"}
UNREAL_ADJECTIVES = {"possible", "potential", "planned", "imminent", "expected", "likely",
                     "feared", "threatened", "proposed", "hypothetical", "eventual"}
OFFENSIVES = {"offensive", "operation", "campaign", "assault", "attack", "push", "raid",
              "incursion", "drive", "counteroffensive", "counter-offensive"}


def _offensive_against(tok: Any) -> list[tuple[Any, str]]:
    """Whom an offensive a verb of force is done "in" or "for" is against: the objects of its
    "against"."""
    return [(p, "preposition") for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ in {"in", "for"}
            for n in prep.children if n.dep_ == "pobj" and n.lemma_.lower() in OFFENSIVES
            for a in n.children if a.dep_ == "prep" and a.lower_ == "against"
            for p in a.children if p.dep_ == "pobj"]


def _armed_strike(trig: Any, sources: list[ActorRef]) -> bool:
    """Whether a "strike" is an army's: "the military threatened to launch an all-out strike"
    is an attack, not a stoppage of work."""
    return bool(sources) and all(s.actor.sector == "MIL" for s in sources) and any(
        t is not None and t.lemma_.lower() == "strike" for t in (trig.object_token, trig.token))


def _crowd_deed(code: str, tok: Any, sources: list[ActorRef]) -> str:
    """A crowd that storms, seizes or wrecks a place protests: "protesters seized Bangkok's
    main airport" blocks passage (144), "rioters set fire to shops", "stormed government
    headquarters" riot (145) — neither is war waged by a state (19x) nor property seized
    by one (171)."""
    if code not in SEIZING_CODES | WRECKING_CODES or not sources or not all(
            s.actor.sector not in ARMED and CROWDS.search(s.actor.text or "") for s in sources):
        return code
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if code in SEIZING_CODES and any(o.lemma_.lower() in PASSAGES for o in objects):
        return OBSTRUCT
    return RIOT


def _military(code: str, sources: list[ActorRef], text: str = "") -> str:
    """A bombing by armed forces is aerial/military force (195), not a terrorist bombing;
    peacekeepers who arrive keep the peace, and so do troops sent as a peacekeeping force
    (``text``: the sentence)."""
    if code.startswith("183") and any(s.actor.sector == "MIL" for s in sources):
        return MILITARY_BOMBING
    if code in {"180", "183"} and any(SUICIDE_BOMBERS.search(s.actor.text or "")
                                      for s in sources):
        return SUICIDE_BOMBING  # "suicide bombers … killing 50 people"
    if code == POLICE_ALERT and any(s.actor.sector == "MIL" for s in sources):
        return MILITARY_ALERT  # "troops remained on alert"
    if code in {"180", "190", "193", "194"} and any(
            AIRCRAFT.search(s.actor.text or "") for s in sources):
        return MILITARY_BOMBING  # "warplanes struck …": force from the air
    if code.startswith(OBSTRUCT) and sources and all(
            s.actor.sector in ARMED and not CROWDS.search(s.actor.text or "") for s in sources):
        # "the navy blockaded Lebanese ports", "Maoist rebels cut off Kathmandu with a
        # blockade of all roads": armed men who block passage impose a blockade, not a protest
        # (their supporters in the street protest)
        return MILITARY_BLOCKADE
    if code.startswith(RIOT) and sources and all(
            s.actor.sector in {"COP", "SPY", "JUD"} for s in sources):
        # "intelligence agents stormed the mayor's office": the state's agents who storm a
        # place coerce; they do not riot
        return COERCE
    if code.startswith(RIOT) and any(s.actor.sector in ARMED for s in sources):
        # armed men who set houses on fire are not rioting protesters: they destroy property
        return DESTROY_PROPERTY
    if code in VISIT_CODES and any(
            "peacekeep" in (s.actor.text or "").lower() or (s.code or "").endswith("PKO")
            or (s.actor.sector == "MIL" and PEACEKEEPING_CUES.search(text))
            for s in sources):
        # peacekeepers arriving somewhere are no visitors: they provide protection (074)
        return PEACEKEEPING
    return code


def _noun_candidate(trig: Any, sa: SentenceActors, cues: Cues) -> _Candidate | None:
    tok = trig.token
    carrier = carrier_of(tok)
    prep = carrier.head
    if carrier.dep_ == "pobj" and prep.lower_ == "in" and indefinite_act(tok) and \
            prep.head.i in sa.event_codes:
        return None  # "seized 20 aides in a raid on a hotel": how the verb's act was done
    if carrier.dep_ == "pobj" and prep.lower_ == "over" and trig.pattern.code[:2] in VIOLENT_ROOTS:
        # "chanting slogans over NATO's bombing of the embassy", "protests over the killing of
        # a student": violence a reaction is over is its reason, told as background
        return None
    if carrier.dep_ == "pobj" and ((prep.lower_ in SETTING_PREPS
                                    and prep.head.lemma_.lower() not in TAKING_PART
                                    and not (prep.lower_ == "in" and indefinite_act(tok)))
                                   or prep.lower_ in CAUSE_WORDS
                                   or (prep.lower_ in {"of", "to"}
                                       and prep.head.lower_ in CAUSE_WORDS)
                                   or _in_answer_to(prep)):
        # "launched an offensive in its war with Iraq", "amid fighting": the setting of
        # another event, not an event reported here
        return None
    cands = list(noun_source_tokens(tok))
    if trig.pattern.code.startswith(PROTEST) and carrier.dep_ == "dobj" \
            and not _lemma_in(carrier.head, DISSENT_LIGHT_VERBS):
        # "to crush a week of mass protests", "banned the rally": who acts on dissent does
        # not dissent
        cands = [(t, h) for t, h in cands if h != "light-verb"]
    other = sa.verb_codes.get(carrier.head.i) if carrier.dep_ == "dobj" else None
    if other is not None and other[:2] != trig.pattern.code[:2]:
        # "Russia condemned the attack": a verb that is an event of its own speaks of the
        # noun's event, it does not carry it out
        cands = [(t, h) for t, h in cands if h != "light-verb"]
    sources, src_how = first_actors(cands, sa)
    if not sources:
        # "the assassination of Rabin by a Jewish law student at a rally in Tel Aviv": a role
        # named as the doer with no country is placed as a subject would be (a guess)
        for t, h in cands:
            if h == "by":
                sources = sources_of(t, sa)
                if sources:
                    src_how = h
                    break
    targets: list[ActorRef] = []
    how = None
    if not trig.pattern.no_target and trig.pattern.code.startswith(INVESTIGATE):
        targets, how = first_actors(_investigated(tok), sa, sources, own_country=True)
    if not targets and not trig.pattern.no_target:
        targets, how = first_actors(noun_target_tokens(tok, trig, cues), sa, sources)
    if not sources and how == "between" and len(targets) >= 2:
        # "talks between A and B": both sides act, unless one of them is who says so ("Kim
        # replied that cooperation between Russia and North Korea will grow" is Kim's word)
        verb = reporting_verb_above(tok, cues)
        subj = subject_of(verb)[0] if verb is not None else None
        speaker = [r for r in sa.actors(subj)] if subj is not None else []
        mine = [t for t in targets if any(t.country == r.country for r in speaker)]
        if speaker and mine:
            sources = speaker
            targets = [t for t in targets if all(t.country != r.country for r in speaker)]
        else:
            sources, targets = targets, []
    if not sources and trig.pattern.code.startswith(PROTEST) and _unowned_unrest(carrier):
        # "violent protests erupted in Lagos", "Greece was brought to a standstill by a general
        # strike against the government's austerity plan": unrest nobody is named for is the
        # people's of where it happens (a strike the workers'), against their authorities
        country = sa.place_country() or next(
            (t.country for t in targets if t.country and len(t.country) == 3), None)
        if country is None:
            country = next((r.country for t in sa.tokens if t.dep_ in {"nsubj", "nsubjpass"}
                            and t.head.dep_ == "ROOT" for r in sa.actors(t)
                            if r.kind == "state" and r.country), None)
        if country is not None:
            sector = "LAB" if tok.lemma_.lower() in WORK_STOPPAGES else "OPP"
            sources = [guessed(country, sector, tok.text)]
            if not targets:
                targets, how = the_authorities(sources, sa)
    if not sources:
        return None
    if not targets and trig.pattern.code[:2] in FORCE_ROOTS and carrier.dep_ == "pobj" \
            and prep.lower_ in {"in", "by"} and prep.head.pos_ in {"VERB", "AUX"}:
        # "33 Turkish soldiers were killed in an air strike by Syrian forces": whom the
        # strike killed is whom it hit
        patient = passive_patient(prep.head)
        if patient is not None:
            targets, how = first_actors([(patient, "passive")], sa, sources)
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    return _candidate(trig, sa, sources, targets, how, holders,
                      trig.pattern.confidence * 0.95, [src_how or "none"], cues)


def _statement_candidate(
    tok: Any, candidates: list[_Candidate], covered: set[int], sa: SentenceActors, cues: Cues
) -> _Candidate | None:
    content = [c for c in tok.children if c.dep_ in {"ccomp", "parataxis"}]
    if not content:
        return None
    inside = {t.i for c in content for t in c.subtree}
    if any(c.trigger.i in inside for c in candidates) or tok.i in covered:
        return None
    if any(
        t.i != tok.i and t.lemma_.lower() in cues.reporting_verbs and t.pos_ == "VERB"
        for c in content
        for t in c.subtree
    ):
        return None  # "media said that Kim replied that …": the inner statement is the act
    subj, passive = subject_of(tok)
    if subj is None or passive:
        return None
    sources = [r for r in sa.actors(subj) if r.actor.sector != "MED"]
    if not sources:
        return None  # a medium that reports is attribution, not a statement of its own
    # The addressee ("told Kim that …") first, then actors the content is about.
    cands = [(c, "object") for c in tok.children if c.dep_ in {"dobj", "dative"}]
    for c in content:
        for t in c.subtree:
            anchor = t
            while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
                anchor = anchor.head
            if anchor.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"}:
                continue
            prep = anchor.head.lower_ if anchor.dep_ == "pobj" else ""
            if prep in cues.non_target_prepositions and prep != "of":
                continue
            cands.append((t, "between" if prep in {"between", "among"} else "content"))
    targets, how = first_actors(cands, sa, sources)
    # Only a statement *to* someone (the addressee) or about the speaker's relations with
    # someone ("between Russia and North Korea") is about that someone: otherwise the
    # reporting verb is mere attribution of something the coder did not code.
    if not targets or how not in {"object", "between"}:
        return None
    code = STATEMENT_CODE
    for c in content:
        for t in c.subtree:
            if t.lemma_.lower() in COOPERATION_NOUNS and t.head.lemma_.lower() in GROWTH_VERBS:
                code = "030"  # "cooperation will continue to grow": intent to cooperate
    return _Candidate(
        tok, code, sources, targets, 0.6, False, how=[how or "none"], label="statement"
    )


def _events_of(
    cand: _Candidate,
    si: SentenceInput,
    cues: Cues,
    lexicon: Any,
    quotes: list[tuple[int, int, str]],
) -> list[Event]:
    tok = cand.trigger
    refusal = _kept_up_until(cand, si.actors)
    pairs: list[tuple[ActorRef, ActorRef | None]] = []
    if len({s.code for s in cand.sources}) >= 2 and _each_other(tok):
        # "Rwandan and Ugandan troops battled each other in Kisangani": the sources act on
        # one another, whatever else the sentence names
        cand.targets = []
        cand.reciprocal = True
    if tok.lemma_.lower() in EXCHANGES and cand.how[-1] not in {"pattern", "preposition"} \
            and len({s.country for s in cand.sources if s.country}) >= 2:
        # "Hamas and Israel carried out a prisoner swap, with Shalit crossing into Egypt":
        # sides that exchange do it with each other; where it happens is no party
        cand.targets = []
        cand.reciprocal = True
    if cand.code[:2] == COOPERATE and cand.targets and cand.how[-1] not in {
            "pattern", "preposition"} and len({s.country for s in cand.sources if s.country}) >= 2:
        # "Russian and Chinese troops launched joint war games … aimed at U.S. influence",
        # "South Korea, the United States and Japan began sharing North Korean missile data":
        # sides that cooperate do it with each other; whom it is about is no partner (one
        # named by the pattern's slot or a target preposition is: "shared intelligence with
        # Ukraine", "turned over evidence to FBI agents")
        cand.targets = []
        cand.reciprocal = True
    if cand.targets:
        # The reverse direction only when the other side is a partner in the act ("met B",
        # "signed with B"), not someone the act is merely about ("relations between …").
        mutual = cand.reciprocal and cand.how[-1] in RECIPROCAL_HOWS
        for s in cand.sources:
            for t in cand.targets:
                pairs.append((s, t))
                if mutual:
                    pairs.append((t, s))
    elif (cand.reciprocal or (cand.code[:2] in FIGHTING_ROOTS
                              and tok.lemma_.lower() in FIGHTING_EACH_OTHER)
          # "both the army and the rebels violated the truce": the truce between them
          or cand.code == TRUCE_VIOLATION or (
            cand.code.startswith(tuple(MUTUAL_ROOTS)) and not cand.directed
            and not cand.code.startswith(NOT_MUTUAL))) and len(
            {s.code for s in cand.sources}) >= 2:  # ("the government and the rebels" too)
        for s in cand.sources:
            for t in cand.sources:
                if s is not t:
                    pairs.append((s, t))
    else:
        pairs = [(s, None) for s in cand.sources]
    if si.require_target and all(t is None for _, t in pairs):
        return []  # dropped by the caller anyway: spare the dates and places
    attribution = attribution_of(tok, cues, quotes, si.text)
    reporter = si.actors.actors(attribution.reporter) if attribution.reporter is not None else []
    if _conditional(tok):
        return []  # "… if Israel attacked Iraq": a condition, not an event
    planned = cand.frame_verb is None and own_plan(tok)
    dropped = cand.frame_verb is None and dropped_plan(tok) \
        and cand.code[:2] in REFUSABLE_ROOTS and "reject" in lexicon.frames
    if dropped:
        # "shelved plans to lift the arms embargo": a refusal to do what was planned
        cand.code = lexicon.frames["reject"].code_for(cand.code)
        refusal = True
    if not (planned or dropped) and unrealised_content(
            tok if cand.frame_verb is None else cand.frame_verb):
        # what a plan, charge or attempt is about has not happened ("vetoed a resolution that
        # would have called on Israel to …": nor has what it would have urged)
        return []
    modality = "asserted" if refusal else modality_of(tok, cues, frame_verb=cand.frame_verb)
    if planned and modality in {"asserted", "hypothetical"}:
        modality = "intended"  # "announced plans to widen the Kurds' rights"
    if cand.intended and modality == "asserted" and not cand.code.startswith(THREATEN):
        # (a promise to harm is a threat, and a threat is made, not intended: "vowed to
        # retaliate" is an asserted 13x)
        modality = "intended"
    if modality == "negated" and cand.frame_verb is None and _refused(tok) \
            and cand.code[:2] in REFUSABLE_ROOTS and "reject" in lexicon.frames:
        # "Syria will not accept more refugees", "won't meet": a refusal, which CAMEO codes
        # as a rejection (12x) that did happen, not as a negated act
        cand.code = lexicon.frames["reject"].code_for(cand.code)
        modality = "asserted"
        pairs = [(s, t) for s, t in pairs if any(s is x for x in cand.sources)]
    if modality in {"future", "intended"} and cand.frame_verb is None \
            and cand.code[:2] in FUTURE_INTENT_ROOTS and "intend" in lexicon.frames:
        # CAMEO codes announced cooperation ("will visit", "plans to reopen the embassy") as
        # an expression of intent (03x); the act itself is coded when it happens.
        cand.code = lexicon.frames["intend"].code_for(cand.code)
        if cand.targets:
            # an intent is the one side's: "China will send an envoy to hold talks with Kyiv"
            pairs = [(s, t) for s, t in pairs if any(s is x for x in cand.sources)]
    elif modality == "future" and cand.frame_verb is None \
            and cand.code[:2] in FUTURE_THREAT_ROOTS and "threaten" in lexicon.frames:
        # … and announced coercion ("will extend the curfew", "said it would tighten the
        # blockade") as a threat (13x): a hostile act said to come is a threat until it does
        cand.code = lexicon.frames["threaten"].code_for(cand.code)
        pairs = [(s, t) for s, t in pairs if any(s is x for x in cand.sources)]
    elif cand.frame_verb is None and cand.code[:2] in FUTURE_THREAT_ROOTS | {"14", "15"} \
            and "threaten" in lexicon.frames and _on_condition(tok, modality):
        # "voted to break off relations with Britain unless London disowned the novel", "its
        # army was ready to strike unless Damascus expelled Ocalan": force or sanctions held
        # out on a condition are a threat
        cand.code = lexicon.frames["threaten"].code_for(cand.code)
        modality = "asserted"
        pairs = [(s, t) for s, t in pairs if any(s is x for x in cand.sources)]
    cand.code = _by_content(tok, _dissent_purpose(tok, cand.code))
    home = cand.sources[0].country if cand.sources else None
    if cand.code in UNDIRECTED_FORCE and home and all(
            s.actor.sector in {"MIL", "COP"} and s.country == home for s in cand.sources) and \
            all(t.country == home for t in cand.targets) and _at_protesters(tok):
        # "troops fired into crowds of demonstrators", "police beat marchers": force on
        # protesters by the state's own forces is violent repression
        cand.code = VIOLENT_REPRESSION
        cand.targets = [guessed(home, "OPP", "protesters")]
        pairs = [(s, t) for s in cand.sources for t in cand.targets]
    if cand.code == "190" and cand.targets and all(
            t.actor.sector in CIVILIANS for t in cand.targets):
        cand.code = "180"  # "militiamen attacked a camp of refugees": violence on civilians
    if cand.code in {SEIZE, OCCUPY} and tok.lemma_.lower() in SEIZING_VERBS and \
            _seized_people(tok, si):
        # "rebels seized 500 U.N. peacekeepers": people seized are taken hostage; seized by a
        # state's forces ("Turkish commandos seized Ocalan") they are arrested
        cand.code = ARREST if cand.sources and all(
            s.actor.sector in STATE_FORCES or (s.kind == "state" and not s.actor.sector)
            for s in cand.sources) else ABDUCT
    lemma = tok.lemma_.lower()
    victims = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if cand.code in PLAIN_KILLING and cand.targets and (all(
            t.kind == "person" for t in cand.targets) or (victims and all(
                # a titled name the base does not know: "shot dead Senator Luis Galan"
                v.tag_ == "NNP" for v in victims) and all(
                t.kind == "role" for t in cand.targets))):
        # "President Vieira was shot dead by renegade soldiers": killing a named person is an
        # assassination (186); "shot and wounded Prime Minister Fico" an attempt (185)
        kids = {c.lower_ for c in tok.children}
        if tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "dead":
            kids.add("dead")  # ("shot dead Senator X", "dead" parsed as the title's adjective)
        if lemma in KILLING_VERBS or (lemma in SHOOTING_VERBS and kids & {"dead", "down"}):
            cand.code = ASSASSINATE
        elif lemma in SHOOTING_VERBS and any(c.dep_ == "conj" and c.lemma_.lower() in {
                "wound", "injure"} for c in tok.children):
            cand.code = ASSASSINATION_ATTEMPT
    if cand.code == ASSASSINATION_ATTEMPT and lemma in SHOOTING_VERBS and (
            any(c.lower_ == "dead" for c in tok.children)
            or (tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "dead")):
        cand.code = ASSASSINATE  # "shot dead Governor Pedro Alvarado": no mere attempt
    if cand.code == RELEASE and cand.targets and all(
            t.kind in {"person", "role", "group"} for t in cand.targets):
        cand.code = RELEASE_PERSONS  # "Obasanjo was freed": a release of people
    if cand.code == EASE_SANCTIONS and cand.targets and all(
            t.actor.sector in PARTIES for t in cand.targets):
        cand.code = EASE_PARTY_BAN  # "lifted the ban on the ANC": on a party or movement
    date, precision, basis = (
        si.dates(si.doc[:], tok) if si.dates else (si.published, "day", "publication")
    )
    if _since_clause(tok) or (
            _in_relative_clause(tok) and basis != "publication" and date and si.published
            and int(date[:4]) <= int(si.published[:4]) - 2):
        # "Mehmet Ali Agca, the gunman who tried to kill him in 1981": a relative clause
        # dated years back tells who someone is, not news; and "for the first time since
        # Riyadh cut ties with Baghdad" tells the past
        return []
    places = tuple(si.places(si.doc[:], tok)) if si.places else ()
    cameo = ontology.cameo(cand.code)
    plover = ontology.plover(cand.code)
    text = si.text or si.doc.text
    out = []
    for s, t in pairs:
        # (an inquiry into one's own side is an event: "the Pentagon ordered an investigation
        # into the downing of an airliner by the U.S. cruiser Vincennes")
        if t is not None and not cand.code.startswith(INVESTIGATE) and (
            same_actor(s, t)
            # an organisation and a part of it ("the Security Council" and "UNIFIL", IGOUNO
            # and IGOUNOPKO) do not act on each other
            or (s.code and t.code and s.code[:3] in {"IGO", "NGO"}
                and (s.code.startswith(t.code) or t.code.startswith(s.code)))
            or (
                s.country
                and s.country == t.country
                and t.kind == "state"
                and not t.actor.sector
                and cand.how[-1] != "place"
            )
        ):
            continue  # an actor acting on its own country at large is a misreading
        if s.code is None:
            continue
        reported = None
        if reporter and reporter[0].code and reporter[0].code != s.code:
            reported = reporter[0].actor
        conf = _confidence(cand, s, t, modality)
        source = s.actor  # first person inside a quote was resolved to the speaker already
        out.append(
            Event(
                doc_id=si.doc_id,
                sentence_index=si.sentence_index,
                span=(si.offset, si.offset + len(text)),
                evidence=text,
                source=source,
                target=t.actor if t is not None else None,
                cameo=cameo,
                plover=plover,
                date=date,
                date_precision=precision,
                date_basis=basis,
                modality=modality,
                reported_by=reported,
                quote=attribution.quote,
                locations=_places_not_actors(places, s, t),
                confidence=max(0.05, min(0.99, conf)),
                coder=si.coder,
                trigger=tok.text,
            )
        )
    return out


def _confidence(cand: _Candidate, s: ActorRef, t: ActorRef | None, modality: str) -> float:
    """How sure the coder is, from how the event was found.

    Starts from the pattern's own confidence (specific patterns are surer than bare verbs) and
    discounts what measurably goes wrong more often (benchmarks/calibration.py): actors found
    through coreference or guessed from context, hypothetical events, family-level codes
    (a bare "attack" is right less often than "carried out air strikes"), and the violent
    families 18/19, which are easily confused with each other.
    """
    conf = cand.confidence * HOW_FACTOR.get(s.how, 0.8)
    conf *= HOW_FACTOR.get(t.how, 0.8) if t is not None else 0.8
    conf *= MODALITY_FACTOR.get(modality, 1.0)
    if len(cand.code) == 3 and cand.code.endswith("0"):
        conf *= 0.9
    if cand.code[:2] in {"18", "19"}:
        conf *= 0.85
    return conf


def _places_not_actors(
    places: tuple[Place, ...], s: ActorRef, t: ActorRef | None
) -> tuple[Place, ...]:
    names = {s.actor.text.lower()} | ({t.actor.text.lower()} if t is not None else set())
    return tuple(p for p in places if p.name.lower() not in names)


def _conditional(tok: Any) -> bool:
    """Whether an event word stands in an "if" or "unless" clause."""
    t = tok.head if tok.pos_ in {"NOUN", "PROPN"} else tok
    for _ in range(4):
        # (a root with "if" is a conditional clause the parser cut loose from its main one)
        if t.dep_ in {"advcl", "ROOT"} and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"}
                                               for c in t.children):
            return True
        if t.dep_ not in {"conj", "xcomp"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def _conditions(tok: Any) -> Iterator[tuple[Any, set[str]]]:
    """The "if" and "unless" clauses on an act or on the verbs it is the complement of ("ready
    to strike unless …"), with their marks, nearest first."""
    t = tok
    # (an event noun through the preposition or role that holds it to its verb: "will shut
    # down the country with a general strike unless …")
    while t.pos_ in {"NOUN", "PROPN", "ADP"} and t.dep_ in {
            "pobj", "prep", "dobj", "nsubj", "nsubjpass", "conj"} and t.head.i != t.i:
        t = t.head
    for _ in range(4):
        for c in t.children:
            if c.dep_ == "advcl":
                marks = {m.lower_ for m in c.children if m.dep_ == "mark"} & {"if", "unless"}
                if marks:
                    yield c, marks
        if t.dep_ not in {"xcomp", "acomp", "conj", "ccomp"} or t.head.i == t.i:
            return
        t = t.head


def _on_condition(tok: Any, modality: str) -> bool:
    """Whether an act is held out on a condition: an "unless" clause, or an "if" clause on an
    act still to come ("would cut supplies if Kiev did not pay")."""
    return any("unless" in marks or modality in {"future", "hypothetical", "intended"}
               for _, marks in _conditions(tok))


def _condition_subjects(tok: Any) -> list[Any]:
    """The subjects (each coordinated one) of the nearest condition an act is held out on."""
    clause = next((c for c, _ in _conditions(tok)), None)
    if clause is None:
        return []
    return [x for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"}
            for x in [g, *(j for j in g.children if j.dep_ == "conj")]]


# Frames whose content has not happened (agreeing to something is coded as the agreement, and
# its content is the agreement's: see the frame table)
UNREALISED_FRAMES = {"appeal", "demand", "threaten", "intend", "reject"}
TOPICAL_ROOTS = {"03", "04", "05"}  # agreements, meetings and their topics
TALKS = {"talk", "meeting", "negotiation", "discussion", "consultation", "summit"}


def _content(heads: Iterable[Any]) -> set[int]:
    """The words under `heads`, but not under a coordinated verb: "urged Iran to stop bombing
    cities and to return to the table" urges two acts, and "demanded that Japan revoke the
    purchase and dispatched two ships" may hang a main verb there."""
    out: set[int] = set()
    todo = list(heads)
    while todo:
        t = todo.pop()
        out.add(t.i)
        todo += [c for c in t.children
                 if not (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    return out


def _said_of(t: Any) -> set[int]:
    """The words of what an event is about, or of what it only demands: a topic, a toll or a
    cause is no event of its own."""
    out: set[int] = set()
    code, tok = t.pattern.code, t.token
    kids = list(tok.children)
    if code.startswith(INVESTIGATE):
        # "an inquiry into allegations that firms helped Libya", "an investigation into the
        # downing of an airliner": what is investigated is the topic, not an event reported
        out |= {d.i for c in kids if c.dep_ == "dobj"
                or (c.dep_ == "prep" and c.lower_ in {"into", "of", "on", "over"})
                for d in c.subtree if d.i != tok.i}
    if code == ULTIMATUM:
        # "gave Saddam until Saturday to begin a withdrawal": what is demanded by a deadline
        # has not happened
        out |= {d.i for c in kids if c.dep_ in {"advcl", "xcomp"}
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for d in c.subtree}
    # "launched direct flights, ending a ban imposed in 1949", "let the inspectors back,
    # ending a standoff": what an act ends is its outcome, not a second act
    # (and all it says of what ended: "ending an insurgency that killed 13,000 people"); what
    # it cites is its reason ("severed ties, citing a U.N. report that accused Pyongyang")
    # (hung on the verb whose complement the act is: "voted to impeach Collor, suspending
    # him from office")
    holders = kids + (list(tok.head.children) if tok.dep_ in {"xcomp", "advcl"} else [])
    out |= {d.i for c in holders if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i != tok.i
            and c.lemma_.lower() in OUTCOME_VERBS | REASON_VERBS for d in c.subtree}
    if code[:2] in {"17", "18", "19", "20"}:
        # "shelled the town, killing 20 people": the toll of the shelling, not a second act;
        # "executed 60 civilians, going from house to house and shooting residents": how
        out |= {c.i for c in kids if c.dep_ in {"advcl", "conj"}
                and c.tag_ == "VBG" and c.lemma_.lower() in TOLL_VERBS}
        out |= {d.i for c in kids if c.dep_ == "advcl" and c.tag_ == "VBG"
                for d in c.subtree if (d.dep_ in {"advcl", "conj", "xcomp"} or d is c)
                and d.lemma_.lower() in VIOLENT_MANNERS}
    if code.startswith(POSTURE):
        # "sent police to Catalonia to stop a banned referendum", "deployed troops to crush the
        # protests": what a show of force is for is its aim, not an event of its own
        out |= {d.i for c in kids if c.dep_ in {"advcl", "xcomp"}
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for d in c.subtree}
    if code.startswith(FOR_WHAT) or code == CLAIM_RESPONSIBILITY:
        # "apologised to Putin for the downing of a Russian warplane", "claimed responsibility
        # for the massacre": what one apologises for, praises, forgives or claims is the
        # topic, not an event reported again
        holders = [tok, *(c for c in kids if c.dep_ == "dobj")]
        out |= {d.i for h in holders for prep in h.children
                if prep.dep_ == "prep" and prep.lower_ == "for"
                for p in prep.children if p.dep_ == "pobj" for d in p.subtree}
    if code[:2] in {"10", "12", "13", "16"}:
        # "demanded an apology for the bombing of its embassy", "suspended Syria over its
        # crackdown on protesters", "threatened Iran over its nuclear work": the grievance
        # is the topic of the demand, sanction or threat, not an event reported again
        holders = [tok, *(c for c in kids if c.dep_ == "dobj")]
        out |= {d.i for h in holders for prep in h.children
                if prep.dep_ == "prep" and prep.lower_ in {"over", "for"}
                for p in prep.children if p.dep_ == "pobj" for d in p.subtree}
    if t.frame is not None and t.frame_token is not None and t.frame_token.i != tok.i \
            and t.frame.name in UNREALISED_FRAMES:
        # "called on Iran and Iraq to send their ministers to Geneva for direct peace talks",
        # "threatened to quit the talks": what is urged, demanded, threatened or promised has
        # not happened, and the events it names are its content (not a conjunct: the parser
        # may hang a second main verb there)
        out |= _content(c for c in kids if c.dep_ not in {"conj", "cc"})
    elif t.frame is not None and t.frame.name in UNREALISED_FRAMES:
        # (the frame verb alone, wrapping an act that has no code of its own: "called on Iran
        # and Iraq to send their ministers to Geneva for direct peace talks")
        out |= _content(c for c in kids if c.dep_ in {"xcomp", "ccomp"})
    if code[:2] in TOPICAL_ROOTS:
        # "hosted Christopher for talks on reviving Arab-Israeli peace negotiations", "reached
        # agreement on Palestinian self-rule": what a meeting or an agreement is about is its
        # topic
        holders = [tok, *(c for c in kids if c.dep_ == "dobj")]
        holders += [p for h in list(holders) for prep in h.children
                    if prep.dep_ == "prep" and prep.lower_ == "for"
                    for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in TALKS]
        out |= {d.i for h in holders for prep in h.children
                if prep.dep_ == "prep" and prep.lower_ in {"on", "about", "over"}
                for d in prep.subtree if d.i != prep.i}
    if code.startswith(REJECT) and tok.pos_ in {"VERB", "AUX"}:
        # "reneged on his commitment to …", "backed out of the agreement": what is rejected
        # is the content of the rejection, not an event of its own
        out |= {o.i for o in rejected_things(tok)}
    if code.startswith(DISAPPROVE):
        # "complained over Israeli air raids": what a complaint is about is its topic,
        # reported as the complaint's, not coded again as an event of its own
        holders = [tok, *(c for c in kids if c.dep_ == "dobj"
                          and c.lemma_.lower() in COMPLAINTS)]
        # (… and what is said of it: "over demonstrations in Beijing, in which protesters
        # stoned its embassy")
        out |= {d.i for h in holders for prep in h.children
                if prep.dep_ == "prep" and prep.lower_ in {"over", "about"}
                for p in prep.children if p.dep_ == "pobj" for d in p.subtree}
        if tok.pos_ in {"VERB", "AUX"}:
            # "condemned the U.S. invasion of Panama": what is condemned is the topic (its
            # author the target), not a second event
            # "denounced as an ugly crime Serbia's suppression of …", "condemned Israel for
            # the raid": what it is denounced as, or for, is the topic too
            out |= {d.i for c in kids if c.dep_ == "dobj" or (
                c.dep_ == "prep" and c.lower_ in {"as", "for"}) for d in c.subtree}
    return out


def _refused(tok: Any) -> bool:
    """Whether a verb is negated with "will", "would" or "can" ("will not", "won't",
    "cannot"): a refusal rather than a mere non-event ("did not meet")."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    kids = list(tok.children)
    return any(c.dep_ == "neg" for c in kids) and any(
        c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in kids)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (source, target, code, modality) in a sentence, compared by country:
    "Moscow urged Kyrgyzstan" and "… urged Bishkek" in one sentence are one event, kept with
    the most specific actor codes, then the highest confidence."""
    best: dict[tuple, Event] = {}

    def rank(e: Event) -> tuple:
        return (len(e.source.code or "") + len((e.target.code if e.target else "") or ""),
                e.confidence)

    for e in events:
        key = (*_dyad(e), e.cameo.code, e.modality)
        if key[0] == key[1]:  # inside one country the parts are the actors: GOV and REB
            key = (e.source.code, e.target.code if e.target else None, e.cameo.code, e.modality)
        if key not in best or rank(e) > rank(best[key]):
            best[key] = e
    kept = list(best.values())

    def generic(e: Event) -> bool:
        """A bare statement, or a family's catch-all code, beside a more specific event of
        the same pair ("issued a declaration demanding …": the demand, not the statement)."""
        code = e.cameo.code
        return any(o is not e and _dyad(o) == _dyad(e) and o.cameo.code != code and (
            code == STATEMENT_CODE
            or (code == o.cameo.root + "0" and o.cameo.code.startswith(o.cameo.root))
            or o.cameo.code.startswith(code))  # 033 beside its own sub-code 0333
            for o in kept)

    return [e for e in kept if not generic(e)]
