"""Sentence boundaries: abbreviations, quotes, lines, long runs, and offset properties."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.clean import clean_document
from eventwire.records import Document
from eventwire.sentences import MAX_SENTENCE_CHARS, split_sentences

SEED = Path(__file__).resolve().parent.parent / "examples" / "seed_article.txt"


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. President Joe Biden met U.N. envoys in the U.K. on Tuesday.",
        "Mr. Kim and Mrs. Lee met Dr. Park, Gen. Milley and Lt. Col. Vindman.",
        "Sgt. Ruiz, Gov. Newsom, Sen. Warren and Rep. Cheney spoke.",
        "The talks began on Jan. 6, Feb. 2, Aug. 15 and Sept. 11.",
        "They met at No. 10 Downing Street and St. Petersburg.",
        "Acme Ltd. and Apex Inc. signed with Smith Co. on Monday.",
        "It was Russia vs. Ukraine, e.g. in Kherson, i.e. in the south.",
        "The strike came at 3 a.m. Moscow time, not 5 p.m. as reported.",
        "J. R. Smith and George W. Bush attended.",
        "Growth slowed to 3.5 percent from 4.25 percent.",
        "He said the plan was good... for now.",
        '"Leave now!" the officer shouted at the crowd.',
        "Is it over? he asked.",
    ],
)
def test_no_split_inside(sentence: str) -> None:
    assert sentences(sentence) == [sentence]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia attacked. Ukraine responded.", ["Russia attacked.", "Ukraine responded."]),
        ("Is it over? No! Talks go on.", ["Is it over?", "No!", "Talks go on."]),
        (
            '"We will not give up," he said. "Never." The crowd cheered.',
            ['"We will not give up," he said.', '"Never."', "The crowd cheered."],
        ),
        (
            'The minister said: "The talks failed." Next week they resume.',
            ['The minister said: "The talks failed."', "Next week they resume."],
        ),
        (
            "Sanctions were imposed on the U.S. The move angered Washington.",
            ["Sanctions were imposed on the U.S.", "The move angered Washington."],
        ),
        (
            "Talks ended at 5 p.m. The envoys left.",
            ["Talks ended at 5 p.m.", "The envoys left."],
        ),
        (
            "The deal was signed by Acme Inc. It takes effect in May.",
            ["The deal was signed by Acme Inc.", "It takes effect in May."],
        ),
        ("Troops left (Reuters). 2,000 stayed.", ["Troops left (Reuters).", "2,000 stayed."]),
        ("What now?! Nobody knows.", ["What now?!", "Nobody knows."]),
    ],
)
def test_splits(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_every_line_is_at_least_one_sentence() -> None:
    text = "WHO'S ANSWER\nRussia President Putin\n\n  The war went on. It did not end.  \n"
    assert sentences(text) == [
        "WHO'S ANSWER",
        "Russia President Putin",
        "The war went on.",
        "It did not end.",
    ]


def test_offsets_are_trimmed_and_point_into_the_text() -> None:
    text = "  One.   Two.  \n\n   Three.  "
    spans = split_sentences(text)
    assert spans == [(2, 6), (9, 13), (20, 26)]
    assert [text[s:e] for s, e in spans] == ["One.", "Two.", "Three."]


def test_empty_and_blank_text() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t ") == []


def test_long_list_is_cut_at_semicolons() -> None:
    items = "; ".join(f"item number {n} of the sanctions list" for n in range(200))
    pieces = sentences(items + ".")
    assert len(pieces) > 1
    assert all(len(piece) <= MAX_SENTENCE_CHARS for piece in pieces)
    assert all(piece.endswith(";") for piece in pieces[:-1])
    assert "".join(pieces).replace(";", "; ").count("item number") == 200


def test_long_run_without_punctuation_is_cut_at_spaces_or_anywhere() -> None:
    words = " ".join(["word"] * 2000)
    assert all(len(s) <= MAX_SENTENCE_CHARS for s in sentences(words))
    assert all(" " not in s[-1:] for s in sentences(words))
    blob = "x" * 5000
    assert sentences(blob) == ["x" * 1000] * 5


def test_seed_article_sentences() -> None:
    if not SEED.exists():
        pytest.skip("examples/seed_article.txt missing")
    doc = clean_document(
        Document(id="seed", text=SEED.read_text(encoding="utf-8"), origin=str(SEED))
    )
    found = sentences(doc.text)
    assert "Russia President Putin" in found
    assert (
        "North Korean state media KCNA announced that Russian President Vladimir Putin has "
        "called for stronger relations between Moscow and Pyongyang." in found
    )
    assert (
        '"Since then, this strategic and tactical cooperation, support and solidarity between '
        "the two countries has reached a new level to prevent the threats and provocations of "
        'the enemy military forces," the letter said.' in found
    )
    assert (
        "The leaders of the two countries signed a cooperation agreement during Kim's visit "
        "to Russia in 2019." in found
    )
    assert len(found) == 19


def test_splitting_is_linear_on_a_large_text() -> None:
    unit = "Mr. Kim met U.S. envoys on Aug. 15. Talks went on; they ended at 5 p.m. Then? None!\n"
    small, large = unit * 10_000, unit * 100_000
    start = time.perf_counter()
    split_sentences(small)
    small_time = time.perf_counter() - start
    start = time.perf_counter()
    spans = split_sentences(large)
    large_time = time.perf_counter() - start
    assert len(spans) == 100_000 * 4
    # Ten times the text should take about ten times as long; 40 leaves room for noise.
    assert large_time < 40 * max(small_time, 1e-3)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Mr.",
                "U.S.",
                " ",
                "  ",
                "\n",
                "\n\n",
                ".",
                "?",
                "!",
                '"',
                "'",
                ")",
                "The",
                "a",
                "3.5",
                "x" * 300,
                ";",
                ",",
                "\t",
                "e.g.",
                "J.",
                "said",
            ]
        )
        | st.text(max_size=8),
        max_size=60,
    ).map("".join)
)
def test_offsets_are_in_bounds_ordered_trimmed_and_short(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        assert "\n" not in piece
        assert len(piece) <= MAX_SENTENCE_CHARS
        previous_end = end
    # Nothing but whitespace is left out.
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())


@pytest.mark.parametrize("text, first", [
    ("SARAJEVO, Bosnia-Herzegovina (AP) — Serb forces shelled the city.",
     "SARAJEVO, Bosnia-Herzegovina (AP) —"),
    ("MOSCOW (Reuters) - Russia expelled two diplomats.", "MOSCOW (Reuters) -"),
    ("KYIV, March 3 - Russian forces shelled Kharkiv.", "KYIV, March 3 -"),
    ("BRUSSELS, Dec. 10 (Reuters) - EU ministers met.", "BRUSSELS, Dec. 10 (Reuters) -"),
    ("NEW DELHI (Xinhua) -- India accused Pakistan.", "NEW DELHI (Xinhua) --"),
    ("BAGHDAD, Iraq (AP)—Gunmen attacked a checkpoint.", "BAGHDAD, Iraq (AP)—"),
])
def test_a_wire_dateline_is_a_sentence_of_its_own(text: str, first: str) -> None:
    # parsed with the lead, the city takes the lead's subject ("COLOMBO, Sri Lanka (AP) — Tamil
    # Tiger rebels … declared" read as COLOMBO declaring)
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans][0] == first
    assert len(spans) == 2


@pytest.mark.parametrize("text", [
    "NATO - The alliance met on Monday.",  # a bare capitalised name and a dash: no dateline
    "The U.S. - led coalition attacked.",
    "UN VETO -- Russia and China vetoed the draft.",
])
def test_capitals_and_a_dash_without_country_date_or_agency_are_no_dateline(text: str) -> None:
    assert len(split_sentences(text)) == 1
