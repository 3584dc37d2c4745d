"""Time expressions and event dates, on real spaCy parses of sentences written for these tests."""

# `nlp` is the session fixture of conftest.py: the real model, loaded once.

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Span, Token

from eventwire.dates import (
    PRECISIONS,
    TimeExpression,
    date_for_event,
    find_time_expressions,
    normalise_date,
)

PUB = "2022-08-15"  # a Monday
LENGTH = {"day": 10, "month": 7, "year": 4}


def sentence(nlp: Language, text: str) -> Span:
    return next(iter(nlp(text).sents))


def found(nlp: Language, text: str, published: str | None = PUB) -> list[tuple[str, str, str]]:
    return [
        (e.text, e.date, e.precision) for e in find_time_expressions(sentence(nlp, text), published)
    ]


def event_date(
    nlp: Language, text: str, trigger: str, published: str | None = PUB
) -> tuple[str | None, str | None, str | None]:
    sent = sentence(nlp, text)
    token: Token = next(t for t in sent if t.text == trigger)
    return date_for_event(sent, token, find_time_expressions(sent, published), published)


# ------------------------------------------------------------------------- normalise_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-08-15", "2022-08-15"),
        ("20220815", "2022-08-15"),
        ("2022-08-15T08:22:00Z", "2022-08-15"),
        ("2022-08-15 08:22:00+02:00", "2022-08-15"),
        ("2022-02-30", None),
        ("August 15, 2022", None),
        ("", None),
        (None, None),
        ("2022-08", None),
    ],
)
def test_normalise_date(value: str | None, expected: str | None) -> None:
    assert normalise_date(value) == expected


# ------------------------------------------------------------------------- precision


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("The talks collapsed in July.", "2022-07", "month"),
        ("The talks collapsed in August.", "2022-08", "month"),
        # A month after the publication month is last year's: the past is preferred.
        ("The talks collapsed in September.", "2021-09", "month"),
        ("The talks collapsed in July 2019.", "2019-07", "month"),
        ("The talks collapsed in March 2020.", "2020-03", "month"),
        ("The talks collapsed in early March.", "2022-03", "month"),
        ("The talks collapsed in 2019.", "2019", "year"),
        ("The talks collapsed in mid-2019.", "2019", "year"),
        ("The talks collapsed last year.", "2021", "year"),
        ("The talks collapsed last month.", "2022-07", "month"),
        ("The talks collapsed earlier this month.", "2022-08", "month"),
        ("The talks collapsed a decade ago.", "2012", "year"),
        ("The talks collapsed three days ago.", "2022-08-12", "day"),
        ("The talks collapsed yesterday.", "2022-08-14", "day"),
        ("The talks collapsed on 2022-03-04.", "2022-03-04", "day"),
        ("The talks collapsed on July 15, 2019.", "2019-07-15", "day"),
        ("The talks collapsed on 15 July 2021.", "2021-07-15", "day"),
        ("The talks collapsed on Aug. 3.", "2022-08-03", "day"),
        # Without a year, a day after publication is last year's.
        ("The talks collapsed on August 20.", "2021-08-20", "day"),
        ("The talks collapsed on Friday night.", "2022-08-12", "day"),
    ],
)
def test_expression_date_and_precision(nlp: Language, text: str, date: str, precision: str) -> None:
    result = found(nlp, text)
    assert [(d, p) for _, d, p in result] == [(date, precision)]


def test_since_gives_the_month(nlp: Language) -> None:
    assert event_date(nlp, "Rebels have shelled the town since February.", "shelled") == (
        "2022-02",
        "month",
        "text",
    )


def test_never_invents_a_day(nlp: Language) -> None:
    # dateparser would say 2022-07-15 / 2019-08-15; the text gives a month and a year only.
    for text in ("The army withdrew in July.", "The army withdrew in 2019."):
        for expression in find_time_expressions(sentence(nlp, text), PUB):
            assert expression.precision != "day"
            assert len(expression.date) == LENGTH[expression.precision]


def test_token_indices_are_doc_absolute(nlp: Language) -> None:
    doc = nlp("Protesters gathered on Sunday. Police dispersed them in July.")
    second = list(doc.sents)[1]
    [expression] = find_time_expressions(second, PUB)
    assert doc[expression.start : expression.end].text == "July" == expression.text
    assert expression.start >= second.start


# ------------------------------------------------------------------------- weekdays and weeks


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # Published Thursday 2022-09-01: the weekday falls back into August.
        ("Troops shelled the city on Tuesday.", "2022-08-30"),
        ("Troops shelled the city on Thursday.", "2022-09-01"),  # today, wire convention
        ("Troops shelled the city last Thursday.", "2022-08-25"),
        ("Troops shelled the city on Monday night.", "2022-08-29"),
        ("Troops will shell the city next Tuesday.", "2022-09-06"),
        ("The ministers will meet on Tuesday.", "2022-09-06"),  # a future clause looks ahead
    ],
)
def test_weekday_across_month_boundary(nlp: Language, text: str, date: str) -> None:
    assert [(d, p) for _, d, p in found(nlp, text, "2022-09-01")] == [(date, "day")]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2022-08-15", [("2022-08", "month")]),  # Mon 15 - Sun 21 August: inside August
        ("2022-09-01", [("2022", "year")]),  # Mon 29 August - Sun 4 September: two months
        ("2021-12-30", []),  # Mon 27 December 2021 - Sun 2 January 2022: not even one year
    ],
)
def test_this_week_never_picks_a_day(nlp: Language, published: str, expected: list) -> None:
    result = found(nlp, "Diplomats met this week.", published)
    assert [(d, p) for _, d, p in result] == expected


def test_future_month(nlp: Language) -> None:
    assert found(nlp, "The talks will resume in September.") == [("September", "2022-09", "month")]
    assert found(nlp, "The vote is scheduled for September.") == [("September", "2022-09", "month")]


# ------------------------------------------------------------------------- not dates


@pytest.mark.parametrize(
    "text",
    [
        "The rebels fought for months.",
        "The siege lasted for three years.",
        "A 52-year-old man was arrested.",
        "The army gave them 24 hours to leave.",
        "The shelling began at 08:22.",
        "His father fought in World War II.",
        "The border was closed in the 1990s.",
        "Officials counted 1948 rifles.",
        "Theresa May met the president.",
        "The march on the capital was peaceful.",
        "The talks collapsed a few days ago.",
        "Sanctions have risen over the last year.",
        "The minister told the Sunday Times about the plan.",
    ],
)
def test_not_dates(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


# ------------------------------------------------------------------------- no publication date


def test_without_publication_date_relative_is_skipped(nlp: Language) -> None:
    text = (
        "Troops shelled the city on Tuesday and in July, after talks in 2019 and on March 3, 2020."
    )
    assert [(d, p) for _, d, p in found(nlp, text, None)] == [
        ("2019", "year"),
        ("2020-03-03", "day"),
    ]
    assert event_date(nlp, "Troops shelled the city on Tuesday.", "shelled", None) == (
        None,
        None,
        None,
    )


def test_numeric_date_through_dateparser(nlp: Language) -> None:
    assert found(nlp, "The rally took place on 15/08/2021.") == [
        ("15/08/2021", "2021-08-15", "day")
    ]


# ------------------------------------------------------------------------- which date an event has


def test_relative_clause_on_a_date_dates_the_noun_event(nlp: Language) -> None:
    text = (
        "Russia has sent manpower to Donetsk and Luhansk since February, "
        "when Russia's invasion of Ukraine began."
    )
    assert event_date(nlp, text, "invasion") == ("2022-02", "month", "text")
    assert event_date(nlp, text, "sent") == ("2022-02", "month", "text")


def test_reporting_verb_lends_its_date(nlp: Language) -> None:
    text = "North Korea declared in July that it recognizes the independence of the two republics."
    assert event_date(nlp, text, "recognizes") == ("2022-07", "month", "text")


def test_date_inside_the_event_clause(nlp: Language) -> None:
    text = "The two leaders signed the agreement during Kim's visit to Russia in 2019."
    assert event_date(nlp, text, "signed") == ("2019", "year", "text")


def test_each_clause_keeps_its_own_date(nlp: Language) -> None:
    text = "Officials said the ministers met last Tuesday and the talks will resume in September."
    assert event_date(nlp, text, "met") == ("2022-08-09", "day", "text")
    assert event_date(nlp, text, "resume") == ("2022-09", "month", "text")
    # The reporting verb has no date of its own: publication.
    assert event_date(nlp, text, "said") == ("2022-08-15", "day", "publication")


def test_adverbial_clause_does_not_borrow_the_main_date(nlp: Language) -> None:
    text = "The West imposed sanctions on Monday after Russia invaded Ukraine."
    assert event_date(nlp, text, "imposed") == ("2022-08-15", "day", "text")
    assert event_date(nlp, text, "invaded") == ("2022-08-15", "day", "publication")


def test_publication_date_by_default(nlp: Language) -> None:
    text = "Putin told Kim that he wanted to expand relations."
    assert event_date(nlp, text, "told") == ("2022-08-15", "day", "publication")
    assert event_date(nlp, text, "told", "2022-08-15T10:00:00Z") == (
        "2022-08-15",
        "day",
        "publication",
    )


def test_expressions_of_other_sentences_are_ignored(nlp: Language) -> None:
    doc = nlp("Talks failed in 2019. Putin told Kim that he wanted to expand relations.")
    first, second = doc.sents
    told = next(t for t in second if t.text == "told")
    expressions = find_time_expressions(first, PUB) + find_time_expressions(second, PUB)
    assert date_for_event(second, told, expressions, PUB) == ("2022-08-15", "day", "publication")


# ------------------------------------------------------------------------- property

_WORDS = (
    "in on since last next this early late mid- ago the of and , . yesterday today tonight "
    "week month year years days decade for three a 2019 1999 2022-03-04 15/08/2021 15 31 "
    "January July September May March Tuesday Sunday night troops attacked met will said "
    "talks 24 hours 08:22 1990s"
).split()


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14),
    noise=st.text(max_size=12),
    published=st.one_of(
        st.none(),
        st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)).map(str),
    ),
)
def test_expressions_are_well_formed(
    nlp: Language, words: list[str], noise: str, published: str | None
) -> None:
    doc = nlp(" ".join(words) + " " + noise)
    for sent in doc.sents:
        expressions = find_time_expressions(sent, published)
        for e in expressions:
            assert isinstance(e, TimeExpression)
            assert e.precision in PRECISIONS
            assert len(e.date) == LENGTH[e.precision]
            assert sent.start <= e.start < e.end <= sent.end
            dt.date.fromisoformat((e.date + "-01-01")[:10])  # a real calendar date
        for token in sent:
            date, precision, basis = date_for_event(sent, token, expressions, published)
            assert (date is None) == (precision is None) == (basis is None)
            if date is not None:
                assert len(date) == LENGTH[precision]
                assert basis in ("text", "publication")
