"""Reading actor and agent dictionaries in PETRARCH's format."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.petrarch import read_actors, read_agents
from eventwire.errors import DataFileError

FIXTURES = Path(__file__).parent / "fixtures" / "actors"
REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "petrarch"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(
        petrarch_actors=[FIXTURES / "sample.actors.txt"],
        petrarch_agents=[FIXTURES / "sample.agents.txt"],
        petrarch_strict=True,
    )


def test_actors_with_synonyms_and_plain_codes(kb: KnowledgeBase) -> None:
    freedonia = kb.lookup("Freedonia")[0]
    assert (freedonia.kind, freedonia.code, freedonia.country) == ("state", "FRD", "FRD")
    assert kb.lookup("Freedonians")[0].key == freedonia.key
    assert kb.lookup("Freedonian")[0].form == "alias"
    assert kb.lookup("Sylvanian")[0].code == "SYL"  # comment after the code ignored
    league = kb.lookup("the League of Freedom")[0]
    assert (league.code, league.country) == ("IGOFRDLOF", None)


def test_dated_codes(kb: KnowledgeBase) -> None:
    firefly = kb.lookup("Rufus T. Firefly")[0]
    assert firefly.kind == "person"
    assert kb.role_at(firefly, "1930-05-01").code == "FRD"
    assert kb.role_at(firefly, "1935-05-01").code == "FRDGOV"
    assert kb.role_at(firefly, "1937-12-31").code == "FRDGOV"  # PETRARCH ranges include the end
    assert kb.role_at(firefly, "1938-01-01").code == "FRDELI"
    assert kb.lookup("Firefly")[0].key == firefly.key
    trentino = kb.lookup("Ambassador Trentino")[0]
    assert kb.role_at(trentino, "1934-01-01").code == "SYLGOV"  # YYMMDD dates
    assert kb.role_at(trentino, "1936-01-01") is None
    assert trentino.code == "SYL"  # the undated block is the default


def test_names_before_a_block_share_it_and_discards(kb: KnowledgeBase) -> None:
    assert kb.lookup("Vera Marcal")[0].code == "FRDCVL"
    assert kb.lookup("Mrs. Marcal")[0].code == "FRDCVL"
    chicolini = kb.lookup("Chicolini")[0]
    assert (chicolini.code, chicolini.country) == (None, None)  # [---]: known, not coded
    assert kb.lookup("an old-style comment opener") == ()


def test_agents(kb: KnowledgeBase) -> None:
    for noun in ("treasuryman", "treasurymen", "treasurywoman", "treasurywomen"):
        assert kb.lookup(noun)[0].sector == "GOV", noun
    assert kb.lookup("ministry of silly walks")[0].sector == "GOV"
    assert kb.lookup("minister of silly walks")[0].sector == "GOV"
    assert kb.lookup("marching bands")[0].sector == "CVL"
    assert kb.lookup("bailiffes")[0].sector == "JUD"
    assert kb.lookup("spy rings")[0].sector == "SPY"  # regular plurals always added
    assert kb.lookup("charity board")[0].sector == "NGO"
    assert all(e.kind == "role" for e in kb.lookup("spy ring"))


def test_petrarch_layer_overrides_packaged_data() -> None:
    kb = KnowledgeBase.load(petrarch_actors=[FIXTURES / "sample.actors.txt"])
    assert kb.lookup("Freedonia")[0].code == "FRD"
    assert kb.lookup("Russia")[0].country == "RUS"  # packaged data still there


def test_malformed_dictionary_strict_and_lenient(tmp_path: Path) -> None:
    bad = FIXTURES / "malformed.actors.txt"
    with pytest.raises(DataFileError) as caught:
        KnowledgeBase.load(petrarch_actors=[bad], petrarch_strict=True)
    assert f"{bad}:4" in str(caught.value) and "1933-1937" in str(caught.value)
    kb = KnowledgeBase.load(petrarch_actors=[bad], builtin=False)
    assert any(f"{bad}:4" in w for w in kb.warnings)
    assert kb.lookup("Freedonia")[0].code == "FRD"


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ("+SYNONYM\nACTOR [AAA]\n", 1, "before any actor"),
        ("ACTOR [AAA\n", 1, "unbalanced"),
        ("ACTOR\n  [AAA 20200230-20210101]\n", 2, "not a date"),
        ("ACTOR\n", 1, "no code block"),
    ],
)
def test_malformed_actor_lines(tmp_path: Path, content: str, line: int, words: str) -> None:
    path = tmp_path / "bad.actors.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_actors(path)
    assert f"{path}:{line}" in str(caught.value) and words in str(caught.value)


def test_malformed_agent_lines(tmp_path: Path) -> None:
    path = tmp_path / "bad.agents.txt"
    path.write_text("GOOD [~GOV]\nBROKEN [~GOV}\n!NOPE!_MAN [~CVL]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=":2: agent line"):
        read_agents(path)
    warnings: list[str] = []
    entries = read_agents(path, warnings)
    assert [p for p, _ in entries] == ["GOOD", "GOODS"]
    assert len(warnings) == 2 and ":3:" in warnings[1] and "!NOPE!" in warnings[1]


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="../shared/reference is not present")
def test_petrarch_validation_dictionaries() -> None:
    kb = KnowledgeBase.load(
        builtin=False,
        petrarch_actors=[REFERENCE / "PETR.Validate.actors.txt"],
        petrarch_agents=[REFERENCE / "PETR.Validate.agents.txt"],
        petrarch_strict=True,
    )
    gollum = kb.lookup("Smeagol")[0]
    assert kb.role_at(gollum, "1994-01-01").code == "HOB"
    assert kb.role_at(gollum, "1997-01-01").code == "HOBGOV"
    assert kb.role_at(gollum, "2001-01-01").code == "HOBREB"
    sam = kb.lookup("Sam Gamgee")[0]
    assert kb.role_at(sam, "2010-01-10").code == "ORCHOB"  # listed first, so it wins
    assert kb.lookup("Arnor")[0].code == "ARN"
    assert kb.lookup("congressmen")[0].sector == "LEG"
    assert kb.lookup("foreign minister")[0].sector == "GOVFRM"


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="../shared/reference is not present")
def test_phoenix_dictionaries_load_with_warnings() -> None:
    kb = KnowledgeBase.load(
        petrarch_actors=[REFERENCE / "Phoenix.MilNonState.actors.txt"],
        petrarch_agents=[REFERENCE / "Phoenix.agents.txt"],
    )
    assert kb.lookup("Boko Haram")[0].code == "NGAREB"
    assert kb.warnings and all("line skipped" in w for w in kb.warnings)
