"""The cleaner: each rule on sentences written for it, the seed article, and properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.clean import clean_document, clean_text, normalise_characters
from eventwire.records import Document

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed_article.txt"
SHARED_SEED = Path("/work/shared/examples/seed_article.txt")


def clean(text: str, **fields: object) -> Document:
    return clean_document(Document(id="t", text=text, **fields))  # type: ignore[arg-type]


def body(text: str) -> str:
    return clean(text).text


# --- the seed article --------------------------------------------------------------------------


@pytest.fixture(scope="module", params=["bundled", "shared"])
def seed(request: pytest.FixtureRequest) -> Document:
    path = SEED if request.param == "bundled" else SHARED_SEED
    if not path.exists():
        pytest.skip(f"{path} not available")
    raw = Document(id="seed_article", text=path.read_text(encoding="utf-8"), origin=str(path))
    return clean_document(raw)


def test_seed_markup_lines_are_gone(seed: Document) -> None:
    assert "medianet" not in seed.text
    assert "class=" not in seed.text
    assert ">" not in seed.text


def test_seed_creation_date_becomes_published(seed: Document) -> None:
    assert seed.published == "2022-08-15"
    assert seed.published_basis == "text"
    assert "Creation Date" not in seed.text
    assert "08:22" not in seed.text


def test_seed_glued_words_are_split(seed: Document) -> None:
    assert "PutinThe" not in seed.text
    assert "Russia President Putin\n\nThe war in Ukraine" in seed.text


def test_seed_title_is_kept_out_of_the_body(seed: Document) -> None:
    assert seed.title == "Flash North Korea step from Putin... 'enemy forces' response from Kim"
    assert not seed.text.startswith("Flash")
    assert seed.text.startswith("North Korean state media KCNA announced")


def test_seed_quotes_spacing_and_stray_lines(seed: Document) -> None:
    for character in "\u201c\u201d\u2018\u2019\u2026":
        assert character not in seed.text
    assert "Russia's invasion of Ukraine began" in seed.text
    assert "the order of, has been going on" in seed.text
    assert seed.text.endswith("cut its relations with Pyongyang after this move.")
    assert "\n\n\n" not in seed.text
    assert clean_document(seed) == seed


def test_example_with_scraper_debris() -> None:
    path = ROOT / "examples" / "kyrgyz_tajik_border_clash.txt"
    doc = clean_document(Document(id="k", text=path.read_text(encoding="utf-8"), origin=str(path)))
    assert doc.published == "2022-09-16" and doc.published_basis == "text"
    assert doc.title is not None and doc.title.startswith("Kyrgyzstan and Tajikistan trade fire")
    assert doc.text.startswith("BISHKEK, Sept 16 - Kyrgyz and Tajik troops fought")
    for debris in ("class=", "ADVERTISEMENT", "Read more", "Related Stories", "Creation Date"):
        assert debris not in doc.text
    assert doc.text.endswith("access to a reservoir in the Isfara valley.")


# --- 1. characters -----------------------------------------------------------------------------


def test_typographic_quotes_and_odd_characters() -> None:
    text = (
        "\u201cWe will respond,\u201d the minister\u2019s aide said\u2026 "
        "\u00abNon\u00bb, said\u00a0Paris.\u200b Kim\u2011Jong\u00adUn left\ufeff."
    )
    assert body(text) == (
        '"We will respond," the minister\'s aide said... "Non", said Paris. Kim-JongUn left.'
    )


def test_entities_are_decoded_even_when_escaped_twice() -> None:
    assert body("Russia&rsquo;s envoy &amp;amp; the U.N. met&nbsp;today.") == (
        "Russia's envoy & the U.N. met today."
    )


def test_windows_line_endings_and_control_characters() -> None:
    assert body("First line.\r\n\r\nSecond\x07 line.\rThird line.") == (
        "First line.\n\nSecond line.\nThird line."
    )


def test_normalise_characters_is_exposed_for_titles() -> None:
    assert normalise_characters("\u2018Liberation Day\u2019\u00a0\u2026") == "'Liberation Day' ..."


def test_inline_tags_and_script_blocks() -> None:
    text = (
        'Police <b>arrested</b> 12 people<br/>in Nairobi, <a href="/x">officials said</a>.\n'
        "<script>var x = 1; googletag.display('ad');</script>\n"
        "<!-- ad slot -->The army withdrew."
    )
    # <br/> became a line break, which the cleaner joined again: it is inside a sentence.
    assert body(text) == (
        "Police arrested 12 people in Nairobi, officials said.\n\nThe army withdrew."
    )


def test_unclosed_script_does_not_swallow_the_text() -> None:
    assert "Talks resumed." in body("<script>\nTalks resumed on Monday. Talks resumed.")


# --- 2. debris lines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "debris",
    [
        "class=\u201dmedianet-inline-adv\u201d>",
        'class="medianet-inline-adv">',
        '<div class="ad-slot" data-id="17">',
        "</div>",
        'style="display:none;"',
        "data-ad-unit=",
        'data-src="/img/1.jpg" alt="" />',
        "ADVERTISEMENT",
        "Advertisement",
        "- Advertisement -",
        "Story continues below advertisement",
        "Read more: Putin's letter to Kim, in full",
        "READ MORE | Sanctions explained",
        "Also read: EU ministers meet",
        "See also - the timeline",
        "Click here to subscribe to our newsletter",
        "Share this article",
        "We use cookies to give you the best experience on our website.",
        "By continuing to use this site you agree to our cookie policy.",
        "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
        "var adSlot = window.adSlots || [];",
        "* * *",
        ".",
        "\u2014",
    ],
)
def test_debris_lines_are_dropped(debris: str) -> None:
    text = f"The ministry said on Tuesday.\n\n{debris}\n\nTroops withdrew."
    assert body(text) == "The ministry said on Tuesday.\n\nTroops withdrew."


@pytest.mark.parametrize(
    "sentence",
    [
        "The advertisement campaign was paid for by the ruling party.",
        "Readers who read more than one paper were more likely to vote.",
        "Also, read the statement carefully, the minister told reporters.",
        "Click rates rose after the election, the company said.",
        "The bakery handed out cookies to protesters outside parliament.",
        "EU rules require websites to ask before they set cookies, the court said.",
        "Related talks will take place in Geneva next week.",
        'The judge said the law, section 3(b)="clear", applied.',
        "Subscribers to the state newspaper fell by half.",
        "Watchdog groups said the vote was fair.",
        "In 2019, the two leaders signed an agreement.",
        "North Korea fired 3 missiles.",
    ],
)
def test_real_sentences_are_kept(sentence: str) -> None:
    assert body(sentence) == sentence


def test_inline_capital_ad_marker_is_removed_from_a_sentence() -> None:
    assert body("ADVERTISEMENT The talks resumed on Monday.") == "The talks resumed on Monday."


# --- 3. metadata lines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Creation Date: August 15, 2022 08:22", "2022-08-15"),
        ("Published: 2022-08-15", "2022-08-15"),
        ("Published on 15 August 2022, 10:05 IST", "2022-08-15"),
        ("Posted: Aug. 15, 2022 at 8:22 p.m. ET", "2022-08-15"),
        ("Date: 2022-08-15T08:22:00Z", "2022-08-15"),
        ("Updated: Monday, August 15, 2022", "2022-08-15"),
        ("Last updated 20220815", "2022-08-15"),
        ("August 15, 2022", "2022-08-15"),
    ],
)
def test_metadata_line_becomes_published(line: str, date: str) -> None:
    doc = clean(f"Headline here\n\n{line}\n\nThe army said on Monday it had withdrawn.")
    assert doc.published == date
    assert doc.published_basis == "text"
    assert doc.text == "Headline here\n\nThe army said on Monday it had withdrawn."


def test_publication_label_wins_over_updated() -> None:
    doc = clean("Updated: 2022-08-16\nPublished: 2022-08-15\n\nThe army withdrew.")
    assert doc.published == "2022-08-15"
    assert doc.text == "The army withdrew."


def test_metadata_date_never_overrides_the_input_date() -> None:
    doc = clean(
        "Published: 2022-08-15\n\nThe army withdrew.",
        published="2022-08-14",
        published_basis="metadata",
    )
    assert doc.published == "2022-08-14" and doc.published_basis == "metadata"
    assert doc.text == "The army withdrew."


def test_unparseable_metadata_stays_text() -> None:
    doc = clean("Updated: two hours ago\n\nThe army withdrew.")
    assert doc.published is None
    assert doc.text == "Updated: two hours ago\n\nThe army withdrew."


def test_date_inside_a_sentence_is_not_metadata() -> None:
    doc = clean("The talks ended on August 15, 2022, officials said.")
    assert doc.published is None and doc.text.startswith("The talks ended")


# --- 4. glued words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "seam",  # "|" marks where the paragraph break was lost
    [
        "Russia President Putin|The war went on.",
        "Seoul accused North Korea|In 2019 talks collapsed.",
        "It rained yesterday|The minister resigned.",
        "Police arrived in minutes|He was arrested.",
        "The summit ended in 2019|The leaders met again.",
        "Talks stalled in Geneva|On Tuesday the envoy left.",
        "A row erupted over trade|But talks went on.",
    ],
)
def test_glued_words_are_split(seam: str) -> None:
    assert body(seam.replace("|", "")) == seam.replace("|", "\n\n")


def test_missing_space_after_a_period_is_restored() -> None:
    assert body("Iran denied it.The ministry said so.") == "Iran denied it. The ministry said so."


def test_glue_at_a_line_end_is_judged_with_the_next_line() -> None:
    assert body("Seoul accused North KoreaIn\n2019 talks collapsed.") == (
        "Seoul accused North Korea\n\nIn 2019 talks collapsed."
    )
    assert body("He joined LinkedIn\nlast year.") == "He joined LinkedIn last year."


@pytest.mark.parametrize(
    "sentence",
    [
        "McDonald's closed its stores in Russia.",
        "The iPhone maker met DeSantis and MacArthur.",
        "LeBron James posted on YouTube.",
        "LinkedIn said it would leave China.",
        "MoveOn said it would protest.",
        "The iPad and WeChat are banned, the official said.",
        "A protest at the OnePlus store drew crowds.",
    ],
)
def test_camel_case_names_are_not_split(sentence: str) -> None:
    assert body(sentence) == sentence


# --- 5. hard wraps -----------------------------------------------------------------------------


def test_hard_wrapped_paragraph_is_joined() -> None:
    wrapped = (
        "Russia and Ukraine agreed on Tuesday to hold a new round of talks\n"
        "in Istanbul next week, the Turkish foreign ministry said in a\n"
        "statement. Officials from both sides are expected to arrive on\n"
        "Monday, it said.\n"
        "\n"
        "The talks will focus on grain exports."
    )
    assert body(wrapped) == (
        "Russia and Ukraine agreed on Tuesday to hold a new round of talks in Istanbul next week, "
        "the Turkish foreign ministry said in a statement. Officials from both sides are expected "
        "to arrive on Monday, it said.\n\nThe talks will focus on grain exports."
    )


def test_lowercase_continuation_is_joined() -> None:
    assert body("The army said it had\nwithdrawn from the town.") == (
        "The army said it had withdrawn from the town."
    )


def test_one_sentence_a_line_stays_apart() -> None:
    text = (
        "The United Nations condemned the attack on the convoy.\n"
        "The European Union called for an independent inquiry.\n"
        "Russia denied any involvement in the attack on Friday.\n"
    )
    assert body(text) == text.strip()


def test_list_items_stay_apart() -> None:
    text = "Sanctions include:\n- a ban on oil imports from the country\n- asset freezes on banks"
    assert body(text) == text


# --- 6. title ----------------------------------------------------------------------------------


def test_txt_headline_becomes_the_title() -> None:
    doc = clean(
        "Kenya police fire tear gas at protesters\n\nNAIROBI, June 20 - Police fired tear gas.",
        origin="in/a.txt",
    )
    assert doc.title == "Kenya police fire tear gas at protesters"
    assert doc.text == "NAIROBI, June 20 - Police fired tear gas."


@pytest.mark.parametrize(
    "first_line",
    [
        "Police fired tear gas at protesters in Nairobi on Thursday.",  # a sentence
        "NAIROBI, June 20 -",  # a dateline
        "Police fired tear gas at protesters, officials said,",
        "Protests",  # one word
    ],
)
def test_first_line_that_is_no_headline_stays(first_line: str) -> None:
    doc = clean(f"{first_line}\n\nMore text follows here.", origin="a.txt")
    assert doc.title is None
    assert doc.text.startswith(first_line)


def test_headline_rule_needs_a_body_and_a_txt_origin() -> None:
    assert clean("Kenya police fire tear gas", origin="a.txt").title is None
    jsonl = clean("Kenya police fire tear gas\n\nPolice fired.", origin="in.jsonl:3")
    assert jsonl.title is None and jsonl.text.startswith("Kenya police")


def test_given_title_repeated_in_the_body_is_removed() -> None:
    doc = clean(
        "EU sanctions Iran\nEU sanctions Iran\n\nBRUSSELS - The EU imposed sanctions.",
        title="EU  sanctions\u00a0Iran",
    )
    assert doc.title == "EU sanctions Iran"
    assert doc.text == "BRUSSELS - The EU imposed sanctions."


# --- 7. spacing --------------------------------------------------------------------------------


def test_spacing_fixes() -> None:
    text = "  The war , which began in February ,  has   gone on .\n\n\n\n\nTalks ?  None !  "
    assert body(text) == "The war, which began in February, has gone on.\n\nTalks? None!"


def test_ellipsis_and_decimals_keep_their_spacing() -> None:
    assert body("Growth was 3.5 percent . . . at best.") == "Growth was 3.5 percent . . . at best."


# --- the document ------------------------------------------------------------------------------


def test_clean_document_keeps_the_other_fields() -> None:
    doc = Document(id="x", text="One.", url="u", publisher="p", language="en", origin="o.jsonl:1")
    cleaned = clean_document(doc)
    assert (cleaned.id, cleaned.url, cleaned.publisher, cleaned.language, cleaned.origin) == (
        "x",
        "u",
        "p",
        "en",
        "o.jsonl:1",
    )


def test_clean_text_returns_the_parts() -> None:
    text, title, published = clean_text(
        "A headline for you\nPublished: 2022-08-15\n\nBody.", find_headline=True
    )
    assert (text, title, published) == ("Body.", "A headline for you", "2022-08-15")


def test_text_of_only_debris_cleans_to_empty() -> None:
    assert body('class="x">\n\nADVERTISEMENT\n\n.') == ""


# --- properties --------------------------------------------------------------------------------

# Pieces that trigger the rules, mixed with arbitrary text, so that the property tests reach
# every branch rather than only random characters.
_PIECES = st.sampled_from(
    [
        "PutinThe",
        " war",
        "KoreaIn 2019",
        "\n",
        "\n\n",
        " ",
        "  ",
        "\u201c",
        "\u201d",
        "\u2019",
        "\u2026",
        "\u00a0",
        "\u200b",
        'class="ad">',
        "<div>",
        "</p>",
        "<script>x</script>",
        "ADVERTISEMENT",
        "Read more: x",
        "Creation Date: August 15, 2022 08:22",
        "Published: ",
        "2022-08-15",
        "&amp;",
        "&rsquo;",
        " ,",
        " .",
        "U.S.",
        "Mr. Kim",
        ".",
        "the talks",
        "Talks",
        "said.",
        "\r\n",
        "\t",
        "cookie policy",
        "-",
        "a",
        "In",
        "The",
        "1",
    ]
)
_TEXT = st.lists(_PIECES | st.text(max_size=12), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, origin=st.sampled_from([None, "a.txt", "b.jsonl:1"]), title=st.none() | _TEXT)
def test_cleaning_is_idempotent_and_never_crashes(
    text: str, origin: str | None, title: str | None
) -> None:
    once = clean_document(Document(id="p", text=text, origin=origin, title=title))
    twice = clean_document(once)
    assert twice == once
    assert "\n\n\n" not in once.text
    assert once.text == once.text.strip()
    assert "\r" not in once.text and "\u201c" not in once.text


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_cleaning_arbitrary_text_is_idempotent(text: str) -> None:
    once = clean_document(Document(id="p", text=text, origin="a.txt"))
    assert clean_document(once) == once


@pytest.mark.parametrize("raw, cleaned", [
    ("Listen to this article Kenya's parliament on Tuesday passed the bill.",
     "Kenya's parliament on Tuesday passed the bill."),
    ("Updated 14:05 GMT Ecuador granted asylum on Thursday.",
     "Ecuador granted asylum on Thursday."),
    ("Share this article: The talks resumed on Monday.", "The talks resumed on Monday."),
    # … but a sentence that merely contains the words keeps them
    ("Delegates listen to this article of the charter with care.",
     "Delegates listen to this article of the charter with care."),
])
def test_page_furniture_glued_before_the_text_is_cut(raw: str, cleaned: str) -> None:
    assert clean_text(raw)[0] == cleaned
