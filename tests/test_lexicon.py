"""Loading and validating the event lexicon (eventwire/data/lexicon/*.yaml)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.events import ontology
from eventwire.events.lexicon import (
    Frame,
    Lexicon,
    base_forms,
    bundled_paths,
    default_lexicon,
    spelling_variants,
)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return default_lexicon()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- coverage


def test_every_code_is_reachable(lexicon):
    """Every base code and sub-code has its own pattern or a frame that produces it; a root
    ("19") is read as its 0 code ("190")."""
    reachable = lexicon.codes()
    missing = [c for c in ontology.all_codes() if (c + "0" if len(c) == 2 else c) not in reachable]
    assert missing == []


def test_families_02_03_10_12_13_reachable_through_frames_or_patterns(lexicon):
    own = {p.code for p in lexicon.patterns()}
    framed = {code for f in lexicon.frames.values() for code in (f.default, *f.map.values())}
    for code in ontology.all_codes():
        if len(code) > 2 and code[:2] in {"02", "03", "10", "12", "13"}:
            assert code in own | framed, code


def test_breadth(lexicon):
    patterns = list(lexicon.patterns())
    verbs = [p for p in patterns if p.pos == "VERB"]
    nouns = [p for p in patterns if p.pos == "NOUN"]
    assert len(verbs) > 1500
    assert len(nouns) > 500
    for lemma in (
        "slap",
        "shell",
        "bombard",
        "storm",
        "detain",
        "expel",
        "recall",
        "boycott",
        "veto",
        "mediate",
        "broker",
        "hail",
        "condemn",
        "denounce",
        "extradite",
        "annex",
        "blockade",
        "massacre",
        "assassinate",
        "apologize",
        "ratify",
    ):
        assert lemma in lexicon.verbs, lemma
    for noun in ("invasion", "sanction", "talk", "ceasefire", "curfew", "airstrike", "strike"):
        assert noun in lexicon.nouns, noun


def test_british_spellings_are_added(lexicon):
    assert "criticise" in lexicon.verbs
    assert "apologise" in lexicon.verbs
    assert "normalise" in lexicon.verbs
    cut = lexicon.verbs["cut"]
    assert any("defence_cooperation" in item.words for p in cut for item in p.items) or any(
        "defence_spending" in item.words for p in cut for item in p.items
    )


def test_whole_word_british_spellings():
    assert "programme" in spelling_variants("program")
    assert "manoeuvre" in spelling_variants("maneuver")
    assert spelling_variants("visit") == ("visit",)


def test_wire_verbs_have_a_bare_fallback_or_object_patterns(lexicon):
    """Common wire verbs: a bare fallback where that reading is safe, at a lower confidence
    than a pattern that names the object."""
    for lemma, code in (("capture", "192"), ("wound", "180"), ("suspend", "160"),
                        ("pause", "160"), ("detonate", "183"), ("violate", "128"),
                        ("kill", "180"), ("ambush", "190"), ("airlift", "070")):
        bare = [p for p in lexicon.verbs[lemma] if not p.items and not p.target_prep]
        assert [p.code for p in bare] == [code], lemma
    assert {p.confidence for p in lexicon.verbs["pause"] if not p.items} == {0.5}
    # no bare "beat": sport and elections are no assault
    assert all(p.items or p.target_prep for p in lexicon.verbs["beat"] if not p.blocks)


def test_base_forms_undo_regular_and_irregular_inflection():
    assert "slap" in base_forms("slapped")
    assert "deny" in base_forms("denied")
    assert "retake" in base_forms("retook")
    assert "withhold" in base_forms("withheld")
    assert "overthrow" in base_forms("overthrew")
    assert "shoot" in base_forms("shot")
    assert base_forms("go") == []


def test_reachable_forms_cover_what_base_forms_can_reach(lexicon):
    """The matcher rejects a token unless its spelling or lemma is in ``reachable``: every
    inflection that base_forms maps back to a lexicon lemma must be there."""
    for word in ("slapped", "retook", "retaken", "withheld", "denied", "shelling", "bombed"):
        assert any(b in lexicon.verbs for b in base_forms(word)), word
        assert word in lexicon.reachable, word
    assert "the" not in lexicon.reachable


def test_patterns_are_sorted_most_specific_first(lexicon):
    for patterns in lexicon.verbs.values():
        scores = [p.specificity for p in patterns]
        assert scores == sorted(scores, reverse=True)


def test_pattern_parts(lexicon):
    [pattern] = [p for p in lexicon.verbs["impose"] if p.text.startswith("impose [sanction|")]
    assert pattern.code == "163"
    assert pattern.target_prep == "on"
    assert pattern.items[0].kind == "object" and "sanction" in pattern.items[0].words
    assert pattern.origin.startswith("verbs.yaml:")
    assert pattern.confidence == 0.85
    [breakoff] = [p for p in lexicon.verbs["break"] if p.text.startswith("break off [relation")]
    assert [i.kind for i in breakoff.items] == ["word", "object"]
    assert breakoff.specificity > min(p.specificity for p in lexicon.verbs["break"])


def test_frames(lexicon):
    assert set(lexicon.frames) == {"intend", "agree", "appeal", "demand", "threaten", "reject"}
    intend = lexicon.frame_of["pledge"]
    assert isinstance(intend, Frame) and intend.name == "intend"
    assert intend.code_for("0711") == "0331"
    assert intend.code_for("042") == "036"
    assert intend.code_for("1832") == "1383"  # a promise to bomb is a threat
    assert intend.code_for(None) == "030"
    assert intend.code_for("115") == "115"  # "=": a promised lawsuit is still a lawsuit
    assert lexicon.frame_of["urge"].code_for("046") == "026"
    assert lexicon.frame_of["demand"].code_for("0841") == "1053"
    assert lexicon.frame_of["threaten"].code_for("163") == "1312"
    assert lexicon.frame_of["threaten"].code_for("161") == "1313"
    assert lexicon.frame_of["refuse"].code_for("046") == "125"
    assert lexicon.frame_of["refuse"].code_for("0256") == "1246"
    assert lexicon.frame_of["call"].requires["call"] == (("for",), ("on",), ("upon",))


def test_frame_adjectives_and_wrap_only_verbs(lexicon):
    intend = lexicon.frame_of["open"]
    assert intend.name == "intend" and "open" in intend.adjectives
    assert "open" not in intend.wrap_only
    assert {"offer", "commit", "resolve"} <= intend.wrap_only
    assert "order" in lexicon.frame_of["order"].wrap_only
    assert "pledge" not in intend.wrap_only | intend.adjectives
    assert "open" in intend.default_patterns  # still a frame word with a default pattern


def test_particle_flag(lexicon):
    [give_in] = [p for p in lexicon.verbs["give"] if p.text == "give in"]
    assert give_in.particle
    assert not any(p.particle for p in lexicon.verbs["visit"])


def test_default_lexicon_is_cached():
    assert default_lexicon() is default_lexicon()


def test_load_time_in_a_fresh_process():
    """The bundled lexicon loads in well under a second (the budget is 0.3 s on a quiet
    machine; the margin absorbs a busy CI runner)."""
    script = (
        "import time; from eventwire.events import ontology; ontology.all_codes();"
        "from eventwire.events.lexicon import Lexicon;"
        "t = time.perf_counter(); Lexicon.load(); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert float(out.stdout) < 1.0


# ----------------------------------------------------------------------------- validation


def test_unknown_code_names_file_and_line(tmp_path):
    path = write(
        tmp_path,
        "my_verbs.yaml",
        """
        "042":
          - visit
        "999":
          - frobnicate
    """,
    )
    with pytest.raises(DataFileError) as info:
        Lexicon.load([path])
    assert info.value.path == str(path)
    assert info.value.line == 3
    assert "unknown CAMEO code '999'" in str(info.value)


def test_unquoted_code_is_rejected(tmp_path):
    path = write(
        tmp_path,
        "my_verbs.yaml",
        """
        "042":
          - visit
        010:
          - comment
    """,
    )
    with pytest.raises(DataFileError, match="must be a quoted string") as info:
        Lexicon.load([path])
    assert info.value.line == 3


def test_duplicate_pattern_across_codes(tmp_path):
    path = write(
        tmp_path,
        "my_verbs.yaml",
        """
        "161":
          - cut [tie] with
        "162":
          - sever [tie]
          - cut [tie] with
    """,
    )
    with pytest.raises(DataFileError, match=r"duplicate pattern 'cut \[tie\] with'") as info:
        Lexicon.load([path])
    assert info.value.line == 5
    assert "my_verbs.yaml:2" in str(info.value)


def test_duplicate_of_a_bundled_pattern(tmp_path):
    path = write(
        tmp_path,
        "extra_verbs.yaml",
        """
        "161":
          - sever [contact|cooperation|link|communication]
    """,
    )
    with pytest.raises(DataFileError, match="already defined at verbs.yaml:"):
        Lexicon.load([*bundled_paths(), path])


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("cut [tie with", "unbalanced brackets"),
        ("cut tie] with", "unbalanced brackets"),
        ("[tie] cut", "must start with the trigger's lemma"),
        ("Cut [tie]", "must be a lower-case word"),
        ("cut [Tie|aid]", "must be lower-case lemmas"),
        ("cut [tie|tie]", "repeat a word"),
    ],
)
def test_malformed_patterns(tmp_path, pattern, message):
    path = write(
        tmp_path,
        "bad_verbs.yaml",
        f'''
        "161":
          - sever
          - "{pattern}"
    ''',
    )
    with pytest.raises(DataFileError, match=message) as info:
        Lexicon.load([path])
    assert info.value.line == 3


def test_bad_flags(tmp_path):
    path = write(
        tmp_path,
        "bad_verbs.yaml",
        """
        "057":
          - {pattern: "sign [treaty]", reciprocal: perhaps}
    """,
    )
    with pytest.raises(DataFileError, match="reciprocal must be true or false"):
        Lexicon.load([path])
    path = write(
        tmp_path,
        "bad2_verbs.yaml",
        """
        "057":
          - {pattern: "sign [treaty]", weight: 2}
    """,
    )
    with pytest.raises(DataFileError, match="unknown flag 'weight'") as info:
        Lexicon.load([path])
    assert info.value.line == 2
    path = write(
        tmp_path,
        "bad3_verbs.yaml",
        """
        "057":
          - {pattern: "sign [treaty]", confidence: 1.5}
    """,
    )
    with pytest.raises(DataFileError, match="confidence must be"):
        Lexicon.load([path])
    path = write(
        tmp_path,
        "bad4_verbs.yaml",
        """
        "080":
          - {pattern: "yield [ground]", particle: true}
    """,
    )
    with pytest.raises(DataFileError, match="needs a particle") as info:
        Lexicon.load([path])
    assert info.value.line == 2


def test_invalid_yaml_reports_the_line(tmp_path):
    path = write(
        tmp_path,
        "broken_verbs.yaml",
        """
        "057":
          - sign
          - {pattern: "ink [deal]"
        "042":
          - visit
    """,
    )
    with pytest.raises(DataFileError, match="not valid YAML") as info:
        Lexicon.load([path])
    assert info.value.line is not None


def test_noun_objects_need_a_preposition(tmp_path):
    path = write(
        tmp_path,
        "bad_nouns.yaml",
        """
        "0841":
          - release [prisoner]
    """,
    )
    with pytest.raises(DataFileError, match="must follow a preposition"):
        Lexicon.load([path])


def test_frame_validation(tmp_path):
    path = write(
        tmp_path,
        "my_frames.yaml",
        """
        intend:
          verbs: [pledge]
          default: "030"
          map:
            "99": "036"
    """,
    )
    with pytest.raises(DataFileError, match="no CAMEO code starts with '99'") as info:
        Lexicon.load([path])
    assert info.value.line == 5
    path = write(
        tmp_path,
        "other_frames.yaml",
        """
        wish:
          verbs: [wish]
          default: "030"
    """,
    )
    with pytest.raises(DataFileError, match="unknown frame 'wish'"):
        Lexicon.load([path])
    path = write(
        tmp_path,
        "third_frames.yaml",
        """
        intend:
          verbs: [pledge]
          adverbs: [gladly]
          default: "030"
    """,
    )
    with pytest.raises(DataFileError, match="optionally 'adjectives' and 'wrap_only'") as info:
        Lexicon.load([path])
    assert "'adverbs'" in str(info.value)
    path = write(
        tmp_path,
        "fourth_frames.yaml",
        """
        intend:
          verbs: [pledge]
          adjectives: [ready]
          wrap_only: [ready]
          default: "030"
    """,
    )
    with pytest.raises(DataFileError, match="both under 'adjectives' and 'wrap_only'"):
        Lexicon.load([path])
    path = write(
        tmp_path,
        "fifth_frames.yaml",
        """
        intend:
          verbs: [pledge]
          adjectives: [ready, keen]
          wrap_only: [offer to]
          default: "030"
    """,
    )
    frame = Lexicon.load([path]).frames["intend"]
    assert frame.adjectives == {"ready", "keen"}
    assert frame.wrap_only == {"offer"}
    assert frame.requires["offer"] == (("to",),)
    assert frame.verbs == ("pledge", "ready", "keen", "offer to")


def test_file_kind_from_name_or_key(tmp_path):
    anon = write(
        tmp_path,
        "mine.yaml",
        """
        "042":
          - visit
    """,
    )
    with pytest.raises(DataFileError, match="cannot tell whether"):
        Lexicon.load([anon])
    keyed = write(
        tmp_path,
        "mine2.yaml",
        """
        kind: nouns
        "042":
          - excursion to
    """,
    )
    lex = Lexicon.load([keyed])
    assert lex.nouns["excursion"][0].target_prep == "to"
    assert lex.verbs == {}


def test_user_file_extends_the_bundled_lexicon(tmp_path):
    extra = write(
        tmp_path,
        "extra_verbs.yaml",
        """
        "111":
          - excoriate [*] over
    """,
    )
    lex = Lexicon.load([*bundled_paths(), extra])
    assert any(p.origin.startswith("extra_verbs.yaml:2") for p in lex.verbs["excoriate"])
    assert len(list(lex.patterns())) == len(list(default_lexicon().patterns())) + 1


def test_inverse_flag_needs_a_target_slot(tmp_path, lexicon):
    [come] = [p for p in lexicon.verbs["come"] if p.inverse and p.code == "190"]
    assert come.target_prep == "from"
    path = write(
        tmp_path,
        "bad_verbs.yaml",
        """
        "190":
          - {pattern: "come under [fire]", inverse: true}
    """,
    )
    with pytest.raises(DataFileError, match="'inverse: true' needs a target slot") as info:
        Lexicon.load([path])
    assert info.value.line == 2
