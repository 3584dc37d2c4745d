"""eventwire.evaluate: the scoring rules, the reports, the gold reader, and the project's gold set.

When ../shared/eval/score.py (the reference scorer) is present, score() is checked against it on
synthetic predictions, so the two can never drift apart; without it those tests are skipped.
"""

from __future__ import annotations

import collections
import datetime as dt
import importlib.util
import json
import random
import re
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.errors import InputError
from eventwire.evaluate import (
    LEVELS,
    calibration,
    confusions,
    format_calibration,
    format_report,
    judge_predictions,
    read_gold,
    score,
    worst_records,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
GOLD = GOLD_DIR / "gold_sentences.jsonl"
HISTORICAL = GOLD_DIR / "gold_historical.jsonl"  # 1979-1999 wire copy, written the same way
WIRE3 = GOLD_DIR / "gold_wire_3.jsonl"  # 1981-2008 wire copy, all roots and regions
WIRE4 = GOLD_DIR / "gold_wire_4.jsonl"  # 1995-2022, harder: domestic, two events, web junk
WIRE5 = GOLD_DIR / "gold_wire_5.jsonl"  # 1982-2011, two or more acts in 41 of 100 sentences
WIRE6 = GOLD_DIR / "gold_wire_6.jsonl"  # 1980-2014, held out: never developed on
WIRE7 = GOLD_DIR / "gold_wire_7.jsonl"  # 1988-2006, one focal event, wide vocabulary
WIRE8 = GOLD_DIR / "gold_wire_8.jsonl"  # 1986-2009, the same, held out: never developed on
WIRE9 = GOLD_DIR / "gold_wire_9.jsonl"  # 1985-2003, weighted to appeals, refusals, threats …
WIRE10 = GOLD_DIR / "gold_wire_10.jsonl"  # 1990-2008, the same, held out: never developed on
WIRE11 = GOLD_DIR / "gold_wire_11.jsonl"  # 1985-2005, three or more actors a sentence
WIRE12 = GOLD_DIR / "gold_wire_12.jsonl"  # 1988-2010, the same, held out: never developed on
WIRE13 = GOLD_DIR / "gold_wire_13.jsonl"  # 1990-2009, the event among look-alikes
WIRE14 = GOLD_DIR / "gold_wire_14.jsonl"  # 1990-2007, the same, held out: never developed on
WIRE15 = GOLD_DIR / "gold_wire_15.jsonl"  # 1990-2012, the other party out of the obvious slot
WIRE16 = GOLD_DIR / "gold_wire_16.jsonl"  # 1990-2012, the same, held out: never developed on
WIRE17 = GOLD_DIR / "gold_wire_17.jsonl"  # 1994-2015, ordinary leads, common verbs, half domestic
WIRE18 = GOLD_DIR / "gold_wire_18.jsonl"  # 1994-2015, the same, held out: never developed on
WIRE19 = GOLD_DIR / "gold_wire_19.jsonl"  # 1995-2014, the act on the border between two codes
WIRE20 = GOLD_DIR / "gold_wire_20.jsonl"  # 1996-2019, the same, held out: never developed on
WIRE21 = GOLD_DIR / "gold_wire_21.jsonl"  # 2014-2024, many outlets, state media, odd English
WIRE22 = GOLD_DIR / "gold_wire_22.jsonl"  # 2014-2024, the same, held out: never developed on
WIRE23 = GOLD_DIR / "gold_wire_23.jsonl"  # 1990-2018, several actors and several acts
WIRE24 = GOLD_DIR / "gold_wire_24.jsonl"  # 1990-2018, the same, held out: never developed on
WIRE25 = GOLD_DIR / "gold_wire_25.jsonl"  # 2001-2020, the act inside what someone says
WIRE26 = GOLD_DIR / "gold_wire_26.jsonl"  # 2000-2020, the same, held out: never developed on
WIRE27 = GOLD_DIR / "gold_wire_27.jsonl"  # 1990-2012, one sentence for every CAMEO code
WIRE28 = GOLD_DIR / "gold_wire_28.jsonl"  # 1990-2012, the same, held out: never developed on
WIRE29 = GOLD_DIR / "gold_wire_29.jsonl"  # 1990-2012, every CAMEO code again, in other words
WIRE30 = GOLD_DIR / "gold_wire_30.jsonl"  # 1990-2012, the same, held out: never developed on
WIRE31 = GOLD_DIR / "gold_wire_31.jsonl"  # 1988-2014, the doer apart from the act, datelines
WIRE32 = GOLD_DIR / "gold_wire_32.jsonl"  # 1988-2015, the same, held out: never developed on
WIRE33 = GOLD_DIR / "gold_wire_33.jsonl"  # 1988-2020, politics inside one country
WIRE34 = GOLD_DIR / "gold_wire_34.jsonl"  # 1988-2020, the same, held out: never developed on
WIRE35 = GOLD_DIR / "gold_wire_35.jsonl"  # 1988-2022, doers a dictionary does not know
WIRE36 = GOLD_DIR / "gold_wire_36.jsonl"  # 1988-2022, the same, held out: never developed on
WIRE37 = GOLD_DIR / "gold_wire_37.jsonl"  # 2002-2009, every PLOVER type and mode
WIRE38 = GOLD_DIR / "gold_wire_38.jsonl"  # 2000-2009, the same, held out: never developed on
WIRE39 = GOLD_DIR / "gold_wire_39.jsonl"  # 1995-2012, asking, refusing, yielding, punishing
WIRE40 = GOLD_DIR / "gold_wire_40.jsonl"  # 1995-2012, the same, held out: never developed on
WIRE41 = GOLD_DIR / "gold_wire_41.jsonl"  # 2001-2010, who is who: states and their parts
WIRE42 = GOLD_DIR / "gold_wire_42.jsonl"  # 2000-2010, the same, held out: never developed on
SHARED_EVAL = ROOT.parent / "shared" / "eval"


# ----------------------------------------------------------------------------- helpers


def gold(rid, *events, evaluate=True):
    return {"id": rid, "text": f"sentence {rid}", "expected_events": list(events),
            "no_event": not events, "evaluate": evaluate}  # fmt: skip


def g(source, target, code=None, plover=None, alt=None):
    event = {"source": source, "target": target, "code": code, "plover_event": plover}
    if alt:
        event["alt_roots"] = alt
    return event


def p(rid, source, target, code="", plover=""):
    def actor(a):
        return {"code": a} if a else None

    return {"doc_id": rid, "source": actor(source), "target": actor(target),
            "cameo": {"code": code}, "plover": {"type": plover}}  # fmt: skip


def counts(result, level):
    r = result[level]
    return r["tp"], r["fp"], r["fn"], r["records"]


# ----------------------------------------------------------------------------- the rules


def test_actors_compare_by_their_first_three_letters():
    golds = [gold("a", g("RUSGOV", "UKRMIL", "190")), gold("b", g("IGOUNO", "SYRGOV", "1055"))]
    preds = [
        p("a", "RUSMIL", "UKR", "190"),  # role codes differ, countries agree
        {
            "doc_id": "b",
            "source": {"code": None, "country": "IGO"},
            "target": {"code": "SYRREB"},
            "cameo": {"code": "1055"},
        },  # fmt: skip
    ]
    assert counts(score(golds, preds), "code") == (2, 0, 0, 2)
    assert counts(score(golds[:1], [p("a", "RUSGOV", "POLGOV", "190")]), "dyad") == (0, 1, 1, 1)


def test_a_missing_target_matches_a_missing_target():
    golds = [gold("a", g("IRNGOV", None, "154"))]
    assert counts(score(golds, [p("a", "IRNMIL", None, "154")]), "code") == (1, 0, 0, 1)
    assert counts(score(golds, [p("a", "IRNMIL", "ISRGOV", "154")]), "code") == (0, 1, 1, 1)


def test_a_repeated_prediction_counts_once():
    golds = [gold("a", g("USAGOV", "MEXGOV", "1312", "THREATEN"))]
    twice = [p("a", "USAGOV", "MEXGOV", "1312", "THREATEN")] * 2
    result = score(golds, twice)
    assert all(counts(result, level) == (1, 0, 0, 1) for level in LEVELS)
    # Two predictions that differ only below the root are one prediction at the root level.
    near = [p("a", "USAGOV", "MEXGOV", "1312"), p("a", "USAGOV", "MEXGOV", "130")]
    result = score(golds, near)
    assert counts(result, "root") == (1, 0, 0, 1)
    assert counts(result, "code") == (1, 1, 0, 1)


def test_each_gold_event_is_matched_once():
    golds = [gold("a", g("CHNGOV", "RUSGOV", "040"), g("CHNGOV", "RUSGOV", "057"))]
    one = [p("a", "CHNGOV", "RUSGOV", "057")]
    assert counts(score(golds, one), "dyad") == (1, 0, 1, 1)
    assert counts(score(golds, one), "code") == (1, 0, 1, 1)
    # at the dyad level the two predictions collapse into one, so one gold event stays unmatched
    both = one + [p("a", "CHNGOV", "RUSGOV", "040")]
    assert counts(score(golds, both), "dyad") == (1, 0, 1, 1)
    assert counts(score(golds, both), "code") == (2, 0, 0, 1)


def test_alt_roots_are_accepted_at_the_root_level_only():
    golds = [gold("a", g("SOMREB", "KENMIL", "015", alt=["18", "19"]))]
    attack = [p("a", "SOMREB", "KENMIL", "190")]
    result = score(golds, attack)
    assert counts(result, "root") == (1, 0, 0, 1)
    assert counts(result, "code") == (0, 1, 1, 1)
    assert counts(score(golds, [p("a", "SOMREB", "KENMIL", "111")]), "root") == (0, 1, 1, 1)


def test_reciprocal_events_are_two_gold_events():
    golds = [gold("a", g("ISRGOV", "BHRGOV", "054"), g("BHRGOV", "ISRGOV", "054"))]
    one_way = [p("a", "ISRGOV", "BHRGOV", "054")]
    assert counts(score(golds, one_way), "code") == (1, 0, 1, 1)
    both = one_way + [p("a", "BHRGOV", "ISRGOV", "054")]
    assert counts(score(golds, both), "code") == (2, 0, 0, 1)


def test_records_without_a_label_are_skipped_at_that_level():
    golds = [
        gold("a", g("RUSGOV", "USAGOV", "011", None)),  # CAMEO only: no PLOVER type
        gold("b", g("UKRGOV", "RUSGOV", None, "ACCUSE")),  # PLOVER only: no CAMEO code
        gold("c", g("TURGOV", "SWEGOV", "044", "CONSULT"), g("SWEGOV", "TURGOV", "044", None)),
    ]
    preds = [
        p("a", "RUSGOV", "USAGOV", "011", "REJECT"),
        p("b", "UKRGOV", "RUSGOV", "112", "ACCUSE"),
    ]
    result = score(golds, preds)
    assert result["dyad"]["records"] == 3
    assert counts(result, "root") == (1, 0, 2, 2)  # b has no code: only a and c
    assert counts(result, "plover") == (1, 0, 0, 1)  # c has one event without a type: only b


def test_records_not_to_evaluate_are_skipped():
    golds = [
        gold("a", g("FRAGOV", "IRNGOV", "0242")),
        gold("b", g("X", "Y", "010"), evaluate=False),
    ]
    preds = [p("a", "FRAGOV", "IRNGOV", "0242"), p("b", "ABC", "DEF", "190")]
    assert counts(score(golds, preds), "code") == (1, 0, 0, 1)


def test_plover_draft_names_are_mapped_on_both_sides():
    golds = [
        gold("a", g("RUSMIL", "UKRMIL", "194", "FIGHT")),
        gold("b", g("USAGOV", "RUSGOV", "1056", "DEMAND")),
        gold("c", g("CHNGOV", "USAGOV", "112", "DISAPPROVE")),
        gold("d", g("IGOICC", "RUSMIL", "094", "INVESTIGATE")),
        gold("e", g("SAUMIL", "YEMCVL", "195", "ASSAULT")),
    ]
    preds = [
        p("a", "RUSMIL", "UKRMIL", "194", "ASSAULT"),
        p("b", "USAGOV", "RUSGOV", "1056", "request"),  # predictions are upper-cased
        p("c", "CHNGOV", "USAGOV", "112", "ACCUSE"),
        p("d", "IGOICC", "RUSMIL", "094", "ACCUSE"),
        p("e", "SAUMIL", "YEMCVL", "195", "FIGHT"),
    ]
    assert counts(score(golds, preds), "plover") == (5, 0, 0, 5)
    wrong = [p("a", "RUSMIL", "UKRMIL", "194", "COERCE")]
    assert counts(score(golds[:1], wrong), "plover") == (0, 1, 1, 1)


def test_no_event_records_count_false_positives_and_exact_records():
    golds = [gold("a"), gold("b"), gold("c", g("JPNGOV", "CHNGOV", "114"))]
    preds = [p("a", "DEUGOV", "ITAGOV", "190"), p("c", "JPNGOV", "CHNGOV", "114")]
    result = score(golds, preds)
    assert counts(result, "code") == (1, 1, 0, 3)
    assert result["code"]["exact_records"] == round(2 / 3, 3)
    assert result["code"]["precision"] == 0.5 and result["code"]["recall"] == 1.0


def test_predictions_for_unknown_records_are_ignored_and_empty_input_scores_zero():
    golds = [gold("a", g("INDGOV", "PAKGOV", "152"))]
    result = score(golds, [p("zzz", "INDGOV", "PAKGOV", "152")])
    assert counts(result, "code") == (0, 0, 1, 1)
    empty = score([], [])["root"]
    assert empty["f1"] == 0.0 and empty["records"] == 0 and empty["exact_records"] == 0.0


def test_event_records_are_accepted_as_predictions():
    from eventwire.records import Actor, Cameo, Event, Plover

    event = Event(
        doc_id="a", sentence_index=0, span=(0, 10), evidence="…",
        source=Actor(text="Russia", code="RUSGOV", country="RUS"),
        target=Actor(text="Ukraine", code="UKRGOV", country="UKR"),
        cameo=Cameo(code="190", root="19", name="Use conventional military force",
                    quad_class=4, goldstein=-10.0),
        plover=Plover(type="ASSAULT"), date=None, date_precision=None, date_basis=None,
    )  # fmt: skip
    result = score([gold("a", g("RUSMIL", "UKRGOV", "190", "ASSAULT"))], [event])
    assert all(counts(result, level) == (1, 0, 0, 1) for level in LEVELS)


def test_unknown_level_is_refused():
    with pytest.raises(ValueError, match="unknown level"):
        score([], [], levels=("dyad", "quad"))


# ----------------------------------------------------------------------------- reports


def _confused():
    golds = [
        gold("a", g("RUSMIL", "UKRMIL", "190")),
        gold("b", g("ISRMIL", "PSEREB", "195")),
        gold("c", g("SOMREB", "KENMIL", "015", alt=["19"])),
        gold("d", g("CHNGOV", "USAGOV", "111")),
    ]
    preds = [
        p("a", "RUSMIL", "UKRMIL", "183"),  # dyad right, root wrong: 19 -> 18
        p("b", "ISRMIL", "PSEREB", "1831"),  # 19 -> 18 again
        p("b", "ISRMIL", "LBNREB", "195"),  # another dyad: a false positive, no confusion
        p("c", "SOMREB", "KENMIL", "190"),  # accepted through alt_roots: no confusion
        p("d", "USAGOV", "CHNGOV", "111"),  # dyad reversed: recall error, no confusion
    ]
    return golds, preds


def test_confusions_count_dyad_hits_with_the_wrong_root():
    found = confusions(*_confused())
    assert [(c.gold_root, c.predicted_root, c.count) for c in found] == [("19", "18", 2)]
    assert found[0].record_ids == ("a", "b")
    assert confusions(*_confused(), top=0) == []


def test_worst_records_rank_by_errors_and_show_both_sides():
    worst = worst_records(*_confused(), top=2)
    assert [(r.id, r.false_positives, r.false_negatives) for r in worst] == [
        ("b", 2, 1),
        ("a", 1, 1),
    ]
    assert worst[0].gold == ("ISR>PSE 19",)
    assert set(worst[0].predicted) == {"ISR>PSE 18", "ISR>LBN 19"}
    assert worst[0].text == "sentence b"
    dyads = worst_records(*_confused(), level="dyad")
    assert {r.id for r in dyads} == {"b", "d"}


def test_format_report_has_the_table_the_confusions_and_the_records():
    golds, preds = _confused()
    text = format_report(score(golds, preds), confusions(golds, preds), worst_records(golds, preds))
    lines = text.splitlines()
    assert lines[0].split() == ["level", "P", "R", "F1", "tp", "fp", "fn", "records", "exact"]
    root_row = next(line for line in lines if line.startswith("root"))
    s = score(golds, preds)["root"]
    assert root_row.split()[1:4] == [
        f"{s['precision']:.3f}",
        f"{s['recall']:.3f}",
        f"{s['f1']:.3f}",
    ]
    assert "19 -> 18  x2" in text
    assert "ISR>PSE 19" in text and "sentence b" in text
    assert format_report(score(golds, preds)).count("\n") == len(LEVELS)  # table only


# ----------------------------------------------------------------------------- calibration


def pc(rid, source, target, code, confidence, plover=""):
    """A prediction with a confidence."""
    return {**p(rid, source, target, code, plover), "confidence": confidence}


def _calibrated():
    golds = [
        gold("a", g("RUSMIL", "UKRMIL", "190")),
        gold("b", g("ISRMIL", "PSEREB", "195"), g("PSEREB", "ISRMIL", "190")),
        gold("c"),  # no events: any prediction is wrong
        gold("d", g("X", "Y", "010"), evaluate=False),  # not scored: its prediction not counted
    ]
    preds = [
        pc("a", "RUSMIL", "UKRMIL", "190", 0.3),  # right, lowest band
        pc("a", "RUSMIL", "UKRMIL", "193", 0.95),  # the same root-level key: counts once, at 0.95
        pc("b", "ISRMIL", "PSEREB", "1951", 0.65),  # right
        pc("b", "ISRMIL", "LBNREB", "190", 0.85),  # wrong dyad
        pc("c", "DEUGOV", "FRAGOV", "040", 0.8),  # wrong: nothing to find
        pc("c", "FRAGOV", "DEUGOV", "040", 1.0),  # wrong, and 1.0 lands in the last band
        {**p("b", "PSEREB", "ISRMIL", "180")},  # wrong root, no confidence: counts as 0
        pc("d", "X", "Y", "010", 0.9),
        pc("zzz", "USAGOV", "RUSGOV", "040", 0.9),  # no such record: ignored
    ]
    return golds, preds


def test_judge_predictions_are_scores_predictions_one_by_one():
    golds, preds = _calibrated()
    judged = judge_predictions(golds, preds, "root")
    s = score(golds, preds)["root"]
    assert sum(ok for _, ok in judged) == s["tp"] == 2
    assert sum(not ok for _, ok in judged) == s["fp"] == 4
    verdicts = {(e["doc_id"], e["cameo"]["code"], e.get("confidence")): ok for e, ok in judged}
    assert verdicts == {
        ("a", "193", 0.95): True,  # the most confident of the repeats represents the key
        ("b", "1951", 0.65): True,
        ("b", "190", 0.85): False,
        ("b", "180", None): False,
        ("c", "040", 0.8): False,
        ("c", "040", 1.0): False,
    }
    # at the code level the two predictions of "a" are distinct, and 193 is wrong
    judged_code = {(e["doc_id"], e["cameo"]["code"]): ok
                   for e, ok in judge_predictions(golds, preds, "code")}  # fmt: skip
    assert judged_code[("a", "190")] is True and judged_code[("a", "193")] is False
    with pytest.raises(ValueError, match="unknown level"):
        judge_predictions(golds, preds, "quad")


def test_calibration_counts_events_and_precision_per_band():
    golds, preds = _calibrated()
    rows = calibration(golds, preds, thresholds=(0.5, 0.8, 0.9))
    assert [(r["low"], r["high"]) for r in rows] == [(0.0, 0.5), (0.5, 0.8), (0.8, 0.9),
                                                     (0.9, None)]  # fmt: skip
    # 0.3 is not the band of "a": its repeat at 0.95 represents it; 180 without confidence is 0
    assert [(r["events"], r["correct"]) for r in rows] == [(1, 0), (1, 1), (2, 0), (2, 1)]
    assert [r["precision"] for r in rows] == [0.0, 1.0, 0.0, 0.5]
    split = rows[2]  # at 0.8: events of 0.8 and more against the rest
    assert (split["events_at_or_above"], split["precision_at_or_above"]) == (4, 0.25)
    assert (split["events_below"], split["precision_below"]) == (2, 0.5)
    assert rows[0]["events_below"] == 0 and rows[0]["precision_below"] is None
    assert rows[0]["events_at_or_above"] == 6
    assert calibration(golds, [], thresholds=(0.5,))[1]["precision"] is None


def test_calibration_adds_up_to_score_and_knows_plover(gold_set):
    rng = random.Random(7)
    preds = [{**e, "confidence": rng.random()} for e in perturbed(gold_set, rng)]
    for level in LEVELS:
        s = score(gold_set, preds)[level]
        rows = calibration(gold_set, preds, level=level)
        assert sum(r["correct"] for r in rows) == s["tp"], level
        assert sum(r["events"] for r in rows) == s["tp"] + s["fp"], level
        assert rows[0]["precision_at_or_above"] == round(s["precision"], 3), level
    # a coder whose confidence is right: correct events above 0.8, wrong ones below
    marked = [(e, ok) for e, ok in judge_predictions(gold_set, preds, "plover")]
    honest = [{**e, "confidence": 0.9 if ok else 0.4} for e, ok in marked]
    row = next(r for r in calibration(gold_set, honest, level="plover") if r["low"] == 0.8)
    assert row["precision_at_or_above"] == 1.0 and row["precision_below"] == 0.0


@pytest.mark.parametrize("thresholds", [(0.8, 0.5), (0.5, 0.5), (0.0, 0.5), (0.5, 1.2), ()])
def test_calibration_refuses_bad_thresholds(thresholds):
    if not thresholds:  # no thresholds: one band holding every event
        assert len(calibration([], [], thresholds=thresholds)) == 1
        return
    with pytest.raises(ValueError, match="thresholds must increase"):
        calibration([], [], thresholds=thresholds)


def test_format_calibration_prints_one_line_per_band():
    golds, preds = _calibrated()
    rows = calibration(golds, preds, thresholds=(0.5, 0.8, 0.9))
    lines = format_calibration(rows, title="root level").splitlines()
    assert lines[0] == "root level"
    assert lines[1].split()[:4] == ["confidence", "events", "correct", "P"]
    assert len(lines) == 2 + len(rows)
    assert lines[2].split() == ["0.00-0.50", "1", "0", "0.000", "|", "6", "0.333", "0", "-"]
    assert lines[4].split() == ["0.80-0.90", "2", "0", "0.000", "|", "4", "0.250", "2", "0.500"]
    assert lines[5].split()[:2] == [">=", "0.90"]
    assert format_calibration(rows).splitlines()[0].startswith("confidence")


# ----------------------------------------------------------------------------- reading


def write(tmp_path, *lines):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = json.dumps(gold("a", g("RUSGOV", "UKRGOV", "190", "ASSAULT")))


def test_read_gold_reads_records_and_skips_blank_lines(tmp_path):
    path = write(tmp_path, GOOD, "", json.dumps(gold("b")))
    assert [r["id"] for r in read_gold(path)] == ["a", "b"]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "expected a JSON object"),
        ('{"text": "x", "expected_events": []}', 'missing or empty "id"'),
        ('{"id": "x", "expected_events": []}', 'missing "text"'),
        ('{"id": "x", "text": "t"}', 'no "expected_events"'),
        ('{"id": "x", "text": "t", "expected_events": [], "evaluate": "yes"}', "true or false"),
        ('{"id": "x", "text": "t", "expected_events": [{"code": 190}]}', "leading zeros"),
        ('{"id": "x", "text": "t", "expected_events": [{"code": "attack"}]}', "not a CAMEO code"),
        ('{"id": "x", "text": "t", "expected_events": [{"code": "19", "alt_roots": "18"}]}',
         "alt_roots"),
        ('{"id": "x", "text": "t", "expected_events": [{"plover_event": "assault"}]}',
         "upper-case"),
        ('{"id": "x", "text": "t", "expected_events": [{"modality": "maybe"}]}', "modality"),
        ('{"id": "x", "text": "t", "no_event": true, "expected_events": [{"code": "010"}]}',
         "no_event"),
    ],
)  # fmt: skip
def test_read_gold_names_file_and_line_of_a_malformed_record(tmp_path, bad, message):
    path = write(tmp_path, GOOD, bad)
    with pytest.raises(InputError) as err:
        read_gold(path)
    assert f"{path}:2:" in str(err.value)
    assert message in str(err.value)
    assert str(err.value).startswith("[E100]")


def test_read_gold_reports_a_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such gold file"):
        read_gold(tmp_path / "absent.jsonl")


# ----------------------------------------------------------------------------- the gold set

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.fixture(scope="module",
                params=[GOLD, HISTORICAL, WIRE3, WIRE4, WIRE5, WIRE6, WIRE7, WIRE8, WIRE9,
                        WIRE10, WIRE11, WIRE12, WIRE13, WIRE14, WIRE15, WIRE16, WIRE17, WIRE18,
                        WIRE19, WIRE20, WIRE21, WIRE22, WIRE23, WIRE24, WIRE25, WIRE26,
                        WIRE27, WIRE28, WIRE29, WIRE30, WIRE31, WIRE32, WIRE33, WIRE34,
                        WIRE35, WIRE36, WIRE37, WIRE38, WIRE39, WIRE40, WIRE41, WIRE42],
                ids=["main", "historical", "wire3", "wire4", "wire5", "wire6", "wire7", "wire8",
                     "wire9", "wire10", "wire11", "wire12", "wire13", "wire14", "wire15",
                     "wire16", "wire17", "wire18", "wire19", "wire20", "wire21", "wire22",
                     "wire23", "wire24", "wire25", "wire26", "wire27", "wire28", "wire29",
                     "wire30", "wire31", "wire32", "wire33", "wire34", "wire35", "wire36",
                     "wire37", "wire38", "wire39", "wire40", "wire41", "wire42"])
def gold_set(request):
    return read_gold(request.param)


def test_gold_set_covers_every_root_and_grammar_case():
    gold_set = read_gold(GOLD)
    assert len(gold_set) >= 240
    per_root = collections.Counter(
        root for r in gold_set for root in {e["code"][:2] for e in r["expected_events"]}
    )
    assert {f"{n:02d}" for n in range(1, 21)} <= set(per_root)
    assert min(per_root.values()) >= 8, per_root
    tags = collections.Counter(t for r in gold_set for t in r["grammar"])
    for tag in ("active", "passive", "control", "coordination_actors", "coordination_verbs",
                "apposition", "nominalisation", "relative_clause", "reported_speech", "quote",
                "negation", "modality", "threaten", "reciprocal", "metonym"):  # fmt: skip
        assert tags[tag] >= 5, tag
    assert tags["no_event"] >= 20
    assert sum(1 for r in gold_set if r["no_event"]) == tags["no_event"]


def test_gold_codes_and_plover_types_agree_with_the_ontology(gold_set):
    from eventwire.events import ontology

    for r in gold_set:
        assert r["root"] == (r["expected_events"][0]["code"][:2] if r["expected_events"] else None)
        for e in r["expected_events"]:
            assert ontology.is_code(e["code"]), (r["id"], e["code"])
            if e["code"][:2] in ("01", "02"):
                # PLOVER 2021 does not code statements and appeals: no type in the gold
                assert e["plover_event"] is None, r["id"]
            else:
                assert e["plover_event"] == ontology.plover(e["code"]).type, (r["id"], e["code"])


def test_gold_records_are_consistent_with_their_tags(gold_set):
    for r in gold_set:
        events, tags = r["expected_events"], set(r["grammar"])
        modalities = {e["modality"] for e in events}
        assert re.fullmatch(r"(19[789]|20[0-2])\d[01]\d[0-3]\d", r["date"]), r["id"]
        assert ("negation" in tags) == ("negated" in modalities), r["id"]
        assert ("modality" in tags) == bool(modalities & {"hypothetical", "future", "intended"})
        assert ("reported_speech" in tags) == any("reported_by" in e for e in events), r["id"]
        assert ("threaten" in tags) == any(e["code"].startswith("13") for e in events), r["id"]
        assert r["id"].startswith("INV-") == ("invented" in tags), r["id"]
        if "reciprocal" in tags:
            pairs = {(e["source"][:3], e["target"][:3], e["code"]) for e in events}
            assert any((t, s, c) in pairs for s, t, c in pairs), r["id"]
        # identical keys could never all be matched: the scorer collapses repeated predictions
        keys = [(e["source"][:3], e["target"][:3], e["code"]) for e in events]
        assert len(keys) == len(set(keys)), r["id"]


def test_gold_event_dates_fit_the_text_and_the_publication_date(gold_set):
    for r in gold_set:
        published = dt.date(int(r["date"][:4]), int(r["date"][4:6]), int(r["date"][6:]))
        named = {d for d in DAYS if re.search(rf"\bon {d}\b", r["text"])}
        for e in r["expected_events"]:
            if "date" not in e:
                continue
            precision = e["date_precision"]
            assert precision in ("day", "month", "year"), r["id"]
            assert len(e["date"]) == {"day": 10, "month": 7, "year": 4}[precision], r["id"]
            if precision == "day":
                day = dt.date.fromisoformat(e["date"])
                assert day <= published, r["id"]
                if named:
                    assert DAYS[day.weekday()] in named, r["id"]


@pytest.mark.parametrize("path", [WIRE27, WIRE28, WIRE29, WIRE30],
                         ids=["wire27", "wire28", "wire29", "wire30"])
def test_per_code_sets_code_every_cameo_code(path):
    """Sets 27 to 30 each hold one sentence for every three- and four-digit CAMEO code."""
    from eventwire.events import ontology

    focal = {r["expected_events"][0]["code"] for r in read_gold(path) if r["expected_events"]}
    wanted = {c for c in ontology.all_codes() if len(c) > 2}
    assert wanted <= focal, sorted(wanted - focal)


def test_historical_set_covers_every_root():
    historical = read_gold(HISTORICAL)
    assert len(historical) >= 80
    assert all("1979" <= r["date"][:4] <= "1999" for r in historical)
    per_root = collections.Counter(
        root for r in historical for root in {e["code"][:2] for e in r["expected_events"]})
    assert {f"{n:02d}" for n in range(1, 21)} <= set(per_root)
    assert min(per_root.values()) >= 4, per_root


def test_invented_records_use_the_invented_actor_file():
    gold_set = read_gold(GOLD)
    actors = yaml.safe_load((GOLD_DIR / "invented_actors.yaml").read_text(encoding="utf-8"))
    names = [a["name"] for a in actors["actors"]]
    for a in actors["actors"]:
        assert set(a) >= {"name", "code", "country", "sector"}
        assert a["code"][:3] == (a["country"] or a["sector"]) and a["sector"] in a["code"]
    invented = [r for r in gold_set if r["id"].startswith("INV-")]
    assert len(invented) >= 5
    for r in invented:
        assert any(n in r["text"] for n in names), r["id"]


# ----------------------------------------------------------------------------- against score.py


def _reference() -> ModuleType:
    path = SHARED_EVAL / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval/score.py is not present")
    spec = importlib.util.spec_from_file_location("reference_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def perturbed(records, rng):
    """Predictions built from the gold events, with the mistakes a coder makes."""
    roots = [f"{n:02d}" for n in range(1, 21)]
    plovers = ["ASSAULT", "FIGHT", "request", "DEMAND", "AGREE", "", "CONSULT"]
    preds = []
    for r in records:
        for e in r["expected_events"]:
            if rng.random() < 0.15:
                continue  # missed
            code = e.get("code") or rng.choice(roots) + "0"
            if rng.random() < 0.2:
                code = rng.choice(roots) + rng.choice(["0", "1", "31"])  # wrong root or code
            elif rng.random() < 0.15 and len(code) > 3:
                code = code[:3]  # right root, less specific code
            source, target = e.get("source"), e.get("target")
            if rng.random() < 0.1:
                source, target = target, source
            if rng.random() < 0.05:
                target = None
            plover = e.get("plover_event") or ""
            if rng.random() < 0.25:
                plover = rng.choice(plovers)
            src = (
                {"code": source}
                if rng.random() < 0.6
                else {"code": None, "country": (source or "")[:3]}
            )
            pred = {"doc_id": r["id"], "source": src if source else None,
                    "target": {"code": target} if target else None,
                    "cameo": {"code": code}, "plover": {"type": plover}}  # fmt: skip
            preds.append(pred)
            if rng.random() < 0.2:
                preds.append(dict(pred))  # repeated
        if rng.random() < 0.15:  # spurious
            preds.append({"doc_id": r["id"], "source": {"code": "USAGOV"},
                          "target": {"code": "RUSGOV"}, "cameo": {"code": "040"},
                          "plover": {"type": "CONSULT"}})  # fmt: skip
    preds.append({"doc_id": "not-a-record", "source": None, "target": None, "cameo": None})
    rng.shuffle(preds)
    return preds


def test_score_equals_the_reference_scorer_on_the_gold_set(gold_set):
    reference = _reference()
    for seed in range(12):
        preds = perturbed(gold_set, random.Random(seed))
        assert score(gold_set, preds) == reference.score(gold_set, preds), seed
    perfect = perturbed(gold_set, _NoMistakes())
    assert score(gold_set, perfect) == reference.score(gold_set, perfect)
    # two gold events of one pair and one root (a demand and a threat both 1x) can never both
    # be matched at the root level; without such pairs a perfect coder scores 1.0
    shared = any(len(keys) != len(set(keys)) for keys in (
        [(e["source"][:3], e["target"][:3], e["code"][:2]) for e in r["expected_events"]]
        for r in gold_set))
    if not shared:
        assert score(gold_set, perfect)["root"]["recall"] == 1.0
    assert score(gold_set, perfect)["code"]["recall"] == 1.0


class _NoMistakes(random.Random):
    """A random source under which `perturbed` copies the gold events unchanged."""

    def random(self) -> float:
        return 0.99

    def shuffle(self, x) -> None:  # type: ignore[override]
        return None


@pytest.mark.parametrize("name", ["plover_gsr_dev.jsonl", "petr_unittest.jsonl"])
def test_score_equals_the_reference_scorer_on_the_shared_gold(name):
    reference = _reference()
    path = SHARED_EVAL / name
    if not path.exists():
        pytest.skip(f"{path} is not present")
    records = read_gold(path)
    for seed in range(3):
        preds = perturbed(records, random.Random(seed))
        assert score(records, preds) == reference.score(records, preds)


_actor = st.sampled_from(["RUSGOV", "RUSMIL", "UKRGOV", "IGOUNO", "IGOEUR", None])
_code = st.sampled_from(["190", "195", "1831", "111", "0231", "040", "", None])
_plover = st.sampled_from(["ASSAULT", "FIGHT", "ACCUSE", "DISAPPROVE", "request", "", None])
_gold_event = st.fixed_dictionaries(
    {"source": _actor, "target": _actor, "code": _code, "plover_event": _plover},
    optional={"alt_roots": st.lists(st.sampled_from(["18", "19", "11"]), max_size=2)},
)
_records = st.lists(
    st.tuples(st.lists(_gold_event, max_size=3), st.sampled_from([True, False, None])),
    max_size=4,
)
_preds = st.lists(
    st.tuples(st.integers(0, 4), _actor, _actor, _code, _plover),
    max_size=8,
)


@settings(max_examples=200, deadline=None)
@given(_records, _preds)
def test_score_equals_the_reference_scorer_on_arbitrary_input(records, preds):
    reference = _reference()
    golds = [
        {"id": str(i), "text": "", "expected_events": events, "evaluate": flag}
        for i, (events, flag) in enumerate(records)
    ]
    predictions = [
        {"doc_id": str(i), "source": {"code": s} if s else None,
         "target": {"code": t} if t else None, "cameo": {"code": c}, "plover": {"type": pl}}
        for i, s, t, c, pl in preds
    ]  # fmt: skip
    assert score(golds, predictions) == reference.score(golds, predictions)
