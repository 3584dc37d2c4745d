"""Accuracy gate: the real pipeline on the project's own gold sentences (tests/gold/).

Every record of ``gold_sentences.jsonl`` is coded as ``eventwire eval`` codes it (one document
per record, published on the record's date), the ``INV-*`` records with a second pipeline whose
knowledge base also reads ``invented_actors.kb.yaml``, and the scores must stay above floors.

The floors are ratchets, pinned a little below the figures of the day they were last set
(given beside each): when the coder improves, raise them to just below the new figures so the
gain cannot be lost unnoticed; never lower one to let a change pass without saying in the commit
which records got worse and why that is acceptable.  See what changed with
``.venv/bin/eventwire eval tests/gold/gold_sentences.jsonl --actors
tests/gold/invented_actors.kb.yaml`` (the CLI applies the actor file to every record; on the
day the floors were set that gave the same figures as here).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventwire.evaluate import read_gold, score

GOLD_DIR = Path(__file__).resolve().parent / "gold"
GOLD = GOLD_DIR / "gold_sentences.jsonl"
INVENTED_KB = GOLD_DIR / "invented_actors.kb.yaml"

# F1 per level, about 0.02-0.03 below the figures measured when last raised (2026-11-28,
# eighth session; given in the comment).
F1_FLOORS = {
    "dyad": 0.90,  # 0.937 (P 0.967, R 0.910), 2026-11-29, ninth session
    "root": 0.89,  # 0.920 (P 0.942, R 0.899)
    "plover": 0.87,  # 0.906 (P 0.923, R 0.890)
}

# Dyad recall of the records carrying each grammar tag (tags on >= 5 records), pinned at the
# recall measured when last raised minus one gold event's share (at least 0.03), rounded down:
# one sentence changing hands does not fail the gate, a tag losing ground does.  The comments
# give that recall and the tag's number of gold events.
TAG_RECALL_FLOORS = {
    "active": 0.84,  # 0.871 (240)
    "apposition": 0.79,  # 0.824 (85)
    "control": 0.83,  # 0.864 (44)
    "coordination_actors": 0.90,  # 0.932 (59)
    "reciprocal": 0.85,  # 0.884 (43)
    "reported_speech": 0.78,  # 0.842 (19)
    "relative_clause": 0.85,  # 0.929 (14)
    "threaten": 0.63,  # 0.727 (11)
    "metonym": 0.83,  # 0.917 (12)
    "invented": 0.81,  # 0.909 (11)
    "passive": 0.66,  # 0.778 (9)
    "modality": 0.62,  # 0.750 (8)
    "coordination_verbs": 0.66,  # 0.733 (15)
    "negation": 0.87,  # 1.000 (8)
    "nominalisation": 0.66,  # 0.778 (9)
    "quote": 0.33,  # 0.500 (6)
}
# Tags the coder does not handle yet: no floor until it does (then move them above).
NOT_YET = {
    "no_event": "no gold events: see test_sentences_without_events_stay_quiet",
}
# Of the 26 sentences without events, how many may receive events.  On the day: 1 or 2.
NO_EVENT_RECORDS_WITH_EVENTS_MAX = 3


def _code(pipeline, records):
    from eventwire.dates import normalise_date
    from eventwire.records import Document

    docs = [
        Document(id=str(r["id"]), text=r["text"],
                 published=normalise_date(str(r["date"])) if r.get("date") else None,
                 origin=f"{GOLD.name}:{r['id']}")
        for r in records
    ]  # fmt: skip
    results = list(pipeline.run(docs))
    problems = [res.problem for res in results if res.problem is not None]
    assert not problems, problems
    return [e.to_dict() for res in results for e in res.events]


@pytest.fixture(scope="module")
def gold():
    return read_gold(GOLD)


@pytest.fixture(scope="module")
def invented_pipeline(pipeline):
    from eventwire.actors.kb import KnowledgeBase
    from eventwire.pipeline import Pipeline

    # The spaCy model is cached per process, so this second pipeline costs only the KB load.
    kb = KnowledgeBase.load(actor_files=[INVENTED_KB])
    return Pipeline(model=pipeline.model, kb=kb)


def _invented(records):
    return [r for r in records if str(r["id"]).startswith("INV-")]


@pytest.fixture(scope="module")
def predicted(gold, pipeline, invented_pipeline):
    plain = [r for r in gold if not str(r["id"]).startswith("INV-")]
    return _code(pipeline, plain) + _code(invented_pipeline, _invented(gold))


def test_f1_stays_above_the_floors(gold, predicted):
    scores = score(gold, predicted, levels=tuple(F1_FLOORS))
    below = {
        level: f"F1 {scores[level]['f1']:.3f} < floor {floor}"
        for level, floor in F1_FLOORS.items()
        if scores[level]["f1"] < floor
    }
    assert not below, f"{below}; run `eventwire eval` on {GOLD} to see which records changed"
    assert scores["root"]["records"] == len(gold)  # every record was scored, none skipped


def test_every_grammar_tag_keeps_its_dyad_recall(gold, predicted):
    tags = sorted({t for r in gold for t in r["grammar"]})
    counts = {t: sum(t in r["grammar"] for r in gold) for t in tags}
    undecided = [t for t in tags if counts[t] >= 5 and t not in TAG_RECALL_FLOORS
                 and t not in NOT_YET]  # fmt: skip
    assert not undecided, f"give these tags a floor in TAG_RECALL_FLOORS (or NOT_YET): {undecided}"
    below = {}
    for tag, floor in TAG_RECALL_FLOORS.items():
        records = [r for r in gold if tag in r["grammar"]]
        assert len(records) >= 5, tag
        recall = score(records, predicted, levels=("dyad",))["dyad"]["recall"]
        if recall < floor:
            below[tag] = f"dyad recall {recall:.3f} < floor {floor}"
    assert not below, below


def test_sentences_without_events_stay_quiet(gold, predicted):
    quiet = [r for r in gold if r["no_event"]]
    noisy = sorted({e["doc_id"] for e in predicted} & {r["id"] for r in quiet})
    assert len(quiet) >= 20
    assert len(noisy) <= NO_EVENT_RECORDS_WITH_EVENTS_MAX, noisy


# The historical set (1979-1999 wire copy, tests/gold/gold_historical.jsonl): older actors and
# offices, the era most public event data sets cover.  Same ratchet rule as above.
HISTORICAL = GOLD_DIR / "gold_historical.jsonl"
HISTORICAL_F1_FLOORS = {"dyad": 0.85, "root": 0.85, "plover": 0.84}


# The third set (1980-2012 wire copy of all regions, tests/gold/gold_wire_3.jsonl), written by
# the project in the fourth session before the coder was run on it (dyad 0.751, root 0.704 as
# written); the fourth session then developed on it.  Same ratchet rule.
WIRE3 = GOLD_DIR / "gold_wire_3.jsonl"
WIRE3_F1_FLOORS = {"dyad": 0.86, "root": 0.86, "plover": 0.83}


# The fourth set (harder sentences of 1995-2022, tests/gold/gold_wire_4.jsonl): dyad 0.675, root
# 0.588, PLOVER 0.629 as written; a few rules of the fourth session were found on it.
WIRE4 = GOLD_DIR / "gold_wire_4.jsonl"
WIRE4_F1_FLOORS = {"dyad": 0.76, "root": 0.77, "plover": 0.78}


# The fifth and sixth sets (tests/gold/gold_wire_5.jsonl, gold_wire_6.jsonl) were written in the
# fifth session by helpers that never ran eventwire, from the README's conventions alone.  The
# fifth (two or more acts in 41 sentences) is developed on; the sixth is held out: no rule is
# written from it, and its floors only guard against regressions.
WIRE5 = GOLD_DIR / "gold_wire_5.jsonl"
WIRE5_F1_FLOORS = {"dyad": 0.74, "root": 0.71, "plover": 0.72}
WIRE6 = GOLD_DIR / "gold_wire_6.jsonl"
WIRE6_F1_FLOORS = {"dyad": 0.77, "root": 0.72, "plover": 0.74}


# The seventh and eighth sets (tests/gold/gold_wire_7.jsonl, gold_wire_8.jsonl) were written in
# the sixth session the same way, each around one focal event with the widest range of verbs:
# the seventh is developed on, the eighth held out (only its totals are read).
WIRE7 = GOLD_DIR / "gold_wire_7.jsonl"
WIRE7_F1_FLOORS = {"dyad": 0.83, "root": 0.83, "plover": 0.85}
WIRE8 = GOLD_DIR / "gold_wire_8.jsonl"
WIRE8_F1_FLOORS = {"dyad": 0.77, "root": 0.71, "plover": 0.75}

# The ninth and tenth sets (gold_wire_9.jsonl, gold_wire_10.jsonl), written in the seventh
# session the same way, weighted to the families that are hardest to code (appeals, demands,
# refusals, threats, withdrawals and concessions, sanctions): the ninth is developed on, the
# tenth held out (only its totals are read).
WIRE9 = GOLD_DIR / "gold_wire_9.jsonl"
WIRE9_F1_FLOORS = {"dyad": 0.85, "root": 0.85, "plover": 0.83}
WIRE10 = GOLD_DIR / "gold_wire_10.jsonl"
WIRE10_F1_FLOORS = {"dyad": 0.80, "root": 0.72, "plover": 0.71}

# The eleventh and twelfth sets, written the same way in the seventh session, make the actors
# hard: every sentence names three or more actors or places, through titles, appositions,
# possessives, metonyms, pronouns, coordination, passives and nominalisations. The eleventh is
# developed on, the twelfth held out (only its totals are read).
WIRE11 = GOLD_DIR / "gold_wire_11.jsonl"
WIRE11_F1_FLOORS = {"dyad": 0.91, "root": 0.89, "plover": 0.91}
WIRE12 = GOLD_DIR / "gold_wire_12.jsonl"
WIRE12_F1_FLOORS = {"dyad": 0.89, "root": 0.88, "plover": 0.87}


# The thirteenth and fourteenth sets, written the same way in the eighth session, make the event
# hard to find among look-alikes (reporting verbs, reasons, purposes, relative clauses, the
# content of demands and refusals). The thirteenth is developed on, the fourteenth held out.
WIRE13 = GOLD_DIR / "gold_wire_13.jsonl"
WIRE13_F1_FLOORS = {"dyad": 0.86, "root": 0.82, "plover": 0.82}
WIRE14 = GOLD_DIR / "gold_wire_14.jsonl"
WIRE14_F1_FLOORS = {"dyad": 0.82, "root": 0.74, "plover": 0.74}


# The fifteenth and sixteenth sets, written the same way in the eighth session, put the other
# party out of the obvious slot (a place, a possessive deep in the object, a plan's author …).
# The fifteenth is developed on, the sixteenth held out.
WIRE15 = GOLD_DIR / "gold_wire_15.jsonl"
WIRE15_F1_FLOORS = {"dyad": 0.83, "root": 0.78, "plover": 0.78}
WIRE16 = GOLD_DIR / "gold_wire_16.jsonl"
WIRE16_F1_FLOORS = {"dyad": 0.76, "root": 0.68, "plover": 0.70}


# The seventeenth and eighteenth sets, written the same way in the eighth session: ordinary
# wire leads with their awkward sides, common verbs, half the dyads domestic. The seventeenth is
# developed on, the eighteenth held out.
WIRE17 = GOLD_DIR / "gold_wire_17.jsonl"
WIRE17_F1_FLOORS = {"dyad": 0.85, "root": 0.79, "plover": 0.79}
WIRE18 = GOLD_DIR / "gold_wire_18.jsonl"
WIRE18_F1_FLOORS = {"dyad": 0.78, "root": 0.73, "plover": 0.70}
# Sets 19-24, written in the ninth session: 19/20 the act on the border between two codes,
# 21/22 today's news from many outlets (state media, non-native English, scraping debris),
# 23/24 several actors and several acts.  20, 22 and 24 are held out.
WIRE19 = GOLD_DIR / "gold_wire_19.jsonl"
# now 0.930/0.900/0.909; first run .849/.775/.775
WIRE19_F1_FLOORS = {"dyad": 0.90, "root": 0.87, "plover": 0.87}
WIRE20 = GOLD_DIR / "gold_wire_20.jsonl"
# now 0.876/0.862/0.854; first run .849/.791/.792
WIRE20_F1_FLOORS = {"dyad": 0.85, "root": 0.83, "plover": 0.82}
WIRE21 = GOLD_DIR / "gold_wire_21.jsonl"
# now 0.838/0.793/0.798; first run .678/.574/.582
WIRE21_F1_FLOORS = {"dyad": 0.80, "root": 0.76, "plover": 0.76}
WIRE22 = GOLD_DIR / "gold_wire_22.jsonl"
# now 0.856/0.773/0.794; first run .807/.704/.718
WIRE22_F1_FLOORS = {"dyad": 0.82, "root": 0.74, "plover": 0.76}
WIRE23 = GOLD_DIR / "gold_wire_23.jsonl"
# now 0.830/0.805/0.808; first run .720/.641/.635
WIRE23_F1_FLOORS = {"dyad": 0.80, "root": 0.77, "plover": 0.77}
WIRE24 = GOLD_DIR / "gold_wire_24.jsonl"
# now 0.792/0.798/0.814; first run .767/.728/.737
WIRE24_F1_FLOORS = {"dyad": 0.76, "root": 0.76, "plover": 0.78}
# Sets 25/26 (ninth session): the act told inside what someone says.  26 is held out.
WIRE25 = GOLD_DIR / "gold_wire_25.jsonl"
# now 0.884/0.832/0.864; first run .820/.735/.776
WIRE25_F1_FLOORS = {"dyad": 0.85, "root": 0.80, "plover": 0.83}
WIRE26 = GOLD_DIR / "gold_wire_26.jsonl"
# now 0.841/0.781/0.758; first run .834/.764/.749
WIRE26_F1_FLOORS = {"dyad": 0.81, "root": 0.75, "plover": 0.73}
# Sets 27/28 (tenth session): one sentence for every three- and four-digit CAMEO code, in the
# voice of 1990-2012 wire copy.  28 is held out.
WIRE27 = GOLD_DIR / "gold_wire_27.jsonl"
# now 0.896/0.841/0.832; first run .771/.694/.682 (at 715bb06)
WIRE27_F1_FLOORS = {"dyad": 0.86, "root": 0.81, "plover": 0.80}
WIRE28 = GOLD_DIR / "gold_wire_28.jsonl"
# now 0.764/0.631/0.616; first run .727/.571/.557 (at 715bb06)
WIRE28_F1_FLOORS = {"dyad": 0.73, "root": 0.60, "plover": 0.58}
# Sets 29/30 (eleventh session): one sentence for every code again, each in words that none of
# the earlier sentences for that code used.  30 is held out.
WIRE29 = GOLD_DIR / "gold_wire_29.jsonl"
# now 0.841/0.744/0.749; first run .697/.546/.541
WIRE29_F1_FLOORS = {"dyad": 0.81, "root": 0.71, "plover": 0.71}
WIRE30 = GOLD_DIR / "gold_wire_30.jsonl"
# now 0.622/0.473/0.485; first run .580/.395/.410
WIRE30_F1_FLOORS = {"dyad": 0.59, "root": 0.44, "plover": 0.45}

# Sets 31-34 (thirteenth session): 31/32 put the doer apart from the act (wire datelines,
# fronted phrases, long subjects, far passive agents, nominalised acts), 33/34 are politics
# inside one country.  32 and 34 are held out.
WIRE31 = GOLD_DIR / "gold_wire_31.jsonl"
# now 0.828/0.803/0.763; first run .730/.687/.676
WIRE31_F1_FLOORS = {"dyad": 0.79, "root": 0.77, "plover": 0.73}
WIRE32 = GOLD_DIR / "gold_wire_32.jsonl"
# now 0.670/0.619/0.642; first run .446/.412/.398 (a dateline took the lead's subject)
WIRE32_F1_FLOORS = {"dyad": 0.64, "root": 0.58, "plover": 0.61}
WIRE33 = GOLD_DIR / "gold_wire_33.jsonl"
# now 0.822/0.726/0.745; first run .774/.633/.653
WIRE33_F1_FLOORS = {"dyad": 0.79, "root": 0.69, "plover": 0.71}
WIRE34 = GOLD_DIR / "gold_wire_34.jsonl"
# now 0.812/0.711/0.729; first run .806/.702/.720
WIRE34_F1_FLOORS = {"dyad": 0.78, "root": 0.68, "plover": 0.70}

# Sets 35/36 (thirteenth session): doers a dictionary does not know (titled unknown names,
# local bodies, militias, communities, officials named by title).  36 is held out.
WIRE35 = GOLD_DIR / "gold_wire_35.jsonl"
# now 0.905/0.789/0.785; first run .796/.670/.674
WIRE35_F1_FLOORS = {"dyad": 0.87, "root": 0.75, "plover": 0.75}
WIRE36 = GOLD_DIR / "gold_wire_36.jsonl"
# now 0.753/0.673/0.682; first run .740/.643/.659
WIRE36_F1_FLOORS = {"dyad": 0.72, "root": 0.64, "plover": 0.65}


# Sets 37-42 (fourteenth session): 37/38 every PLOVER type and mode as wire leads of 2000-2009,
# 39/40 demands, refusals, threats, concessions and sanctions, 41/42 actors named indirectly
# (capitals, seats of power, titles and surnames, ambiguous names).  38, 40 and 42 are held out.
WIRE37 = GOLD_DIR / "gold_wire_37.jsonl"
# now 0.900/0.844/0.844; first run .830/.744/.739 (at 4e720ed)
WIRE37_F1_FLOORS = {"dyad": 0.87, "root": 0.81, "plover": 0.81}
WIRE38 = GOLD_DIR / "gold_wire_38.jsonl"
# now 0.872/0.809/0.796; first run .857/.785/.783 (at 4e720ed)
WIRE38_F1_FLOORS = {"dyad": 0.84, "root": 0.77, "plover": 0.76}
WIRE39 = GOLD_DIR / "gold_wire_39.jsonl"
# now 0.910/0.868/0.865; first run .848/.774/.789 (at 4e720ed)
WIRE39_F1_FLOORS = {"dyad": 0.88, "root": 0.83, "plover": 0.83}
WIRE40 = GOLD_DIR / "gold_wire_40.jsonl"
# now 0.844/0.814/0.816; first run .839/.798/.798 (at 4e720ed)
WIRE40_F1_FLOORS = {"dyad": 0.81, "root": 0.78, "plover": 0.78}
WIRE41 = GOLD_DIR / "gold_wire_41.jsonl"
# now 0.886/0.836/0.832; first run .850/.740/.740 (at 4e720ed)
WIRE41_F1_FLOORS = {"dyad": 0.85, "root": 0.80, "plover": 0.80}
WIRE42 = GOLD_DIR / "gold_wire_42.jsonl"
# now 0.807/0.791/0.767; first run .782/.757/.729 (at 4e720ed)
WIRE42_F1_FLOORS = {"dyad": 0.77, "root": 0.76, "plover": 0.73}

# Non-political news (twelfth session): 1,006 sentences of sport, business, crime, weather,
# disasters and science that use the words of political events ("struck", "stormed", "seized",
# "hosted", "sanctions") with countries, firms and teams in them, written by three helpers.  No
# record holds an event; the gate is how many records still get one.
NO_EVENT = GOLD_DIR / "gold_noevent.jsonl"
# now 106 of 1,006 records (106 at the end of the twelfth session too); 197 (220 events) at
# the start of the twelfth session
NO_EVENT_MAX_RECORDS = 118


def test_non_political_news_stays_mostly_quiet(pipeline):
    records = read_gold(NO_EVENT)
    assert len(records) > 1000 and all(not r["expected_events"] for r in records)
    coded = _code(pipeline, records)
    noisy = sorted({e["doc_id"] for e in coded})
    assert len(noisy) <= NO_EVENT_MAX_RECORDS, (
        f"{len(noisy)} of {len(records)} non-political records got events; first: {noisy[:10]}")


@pytest.mark.parametrize("path, floors", [
    (HISTORICAL, HISTORICAL_F1_FLOORS), (WIRE3, WIRE3_F1_FLOORS), (WIRE4, WIRE4_F1_FLOORS),
    (WIRE5, WIRE5_F1_FLOORS), (WIRE6, WIRE6_F1_FLOORS), (WIRE7, WIRE7_F1_FLOORS),
    (WIRE8, WIRE8_F1_FLOORS), (WIRE9, WIRE9_F1_FLOORS), (WIRE10, WIRE10_F1_FLOORS),
    (WIRE11, WIRE11_F1_FLOORS), (WIRE12, WIRE12_F1_FLOORS), (WIRE13, WIRE13_F1_FLOORS),
    (WIRE14, WIRE14_F1_FLOORS), (WIRE15, WIRE15_F1_FLOORS), (WIRE16, WIRE16_F1_FLOORS),
    (WIRE17, WIRE17_F1_FLOORS), (WIRE18, WIRE18_F1_FLOORS), (WIRE19, WIRE19_F1_FLOORS),
    (WIRE20, WIRE20_F1_FLOORS), (WIRE21, WIRE21_F1_FLOORS), (WIRE22, WIRE22_F1_FLOORS),
    (WIRE23, WIRE23_F1_FLOORS), (WIRE24, WIRE24_F1_FLOORS), (WIRE25, WIRE25_F1_FLOORS),
    (WIRE26, WIRE26_F1_FLOORS), (WIRE27, WIRE27_F1_FLOORS), (WIRE28, WIRE28_F1_FLOORS),
    (WIRE29, WIRE29_F1_FLOORS), (WIRE30, WIRE30_F1_FLOORS), (WIRE31, WIRE31_F1_FLOORS),
    (WIRE32, WIRE32_F1_FLOORS), (WIRE33, WIRE33_F1_FLOORS), (WIRE34, WIRE34_F1_FLOORS),
    (WIRE35, WIRE35_F1_FLOORS), (WIRE36, WIRE36_F1_FLOORS), (WIRE37, WIRE37_F1_FLOORS),
    (WIRE38, WIRE38_F1_FLOORS), (WIRE39, WIRE39_F1_FLOORS), (WIRE40, WIRE40_F1_FLOORS),
    (WIRE41, WIRE41_F1_FLOORS), (WIRE42, WIRE42_F1_FLOORS)],
    ids=["historical", "wire3", "wire4", "wire5", "wire6", "wire7", "wire8", "wire9",
         "wire10", "wire11", "wire12", "wire13", "wire14", "wire15", "wire16", "wire17",
         "wire18", "wire19", "wire20", "wire21", "wire22", "wire23", "wire24", "wire25",
         "wire26", "wire27", "wire28", "wire29", "wire30", "wire31", "wire32", "wire33",
         "wire34", "wire35", "wire36", "wire37", "wire38", "wire39", "wire40", "wire41",
         "wire42"])
def test_other_sets_stay_above_their_floors(pipeline, path, floors):
    records = read_gold(path)
    scores = score(records, _code(pipeline, records), levels=tuple(floors))
    below = {level: f"F1 {scores[level]['f1']:.3f} < floor {floor}"
             for level, floor in floors.items() if scores[level]["f1"] < floor}
    assert not below, f"{below}; run `eventwire eval` on {path} to see which changed"


def test_invented_actors_kb_file_is_invented_actors_yaml():
    """The converted file names the same actors, with the same codes and other names."""
    from eventwire.actors.kb import KnowledgeBase

    source = yaml.safe_load(INVENTED_KB.with_name("invented_actors.yaml").read_text("utf-8"))
    kb = KnowledgeBase.load(actor_files=[INVENTED_KB])
    for actor in source["actors"]:
        for phrase in [actor["name"], *actor.get("aliases", [])]:
            entries = [e for e in kb.lookup(phrase) if e.origin.startswith(INVENTED_KB.name)]
            assert entries, f"{phrase!r} of invented_actors.yaml is missing from {INVENTED_KB}"
            assert entries[0].code == actor["code"], phrase
            assert entries[0].kind == actor["kind"], phrase


def test_invented_actors_are_coded_only_with_the_user_file(gold, predicted, pipeline):
    invented = _invented(gold)
    with_file = score(invented, predicted, levels=("dyad",))["dyad"]
    without = score(invented, _code(pipeline, invented), levels=("dyad",))["dyad"]
    # without the file the coder cannot know these actors (it can only place some of them by
    # where they act: "fighters … near Gao" are Malian); with it, clearly more dyads are found
    assert without["recall"] <= with_file["recall"] - 0.2, (without, with_file)
    assert with_file["recall"] >= TAG_RECALL_FLOORS["invented"], with_file
