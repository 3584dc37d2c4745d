"""The parse stage: the model eventwire loads annotates exactly as spaCy's own load does.

eventwire swaps the model's attribute ruler for a table lookup (eventwire/attribute_table.py);
these tests compare every annotation the rest of the pipeline reads, token by token, on the
project's own sentences.
"""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES, ROOT

spacy = pytest.importorskip("spacy")


def _signature(token) -> tuple:
    return (token.text, token.tag_, token.pos_, str(token.morph), token.lemma_, token.dep_,
            token.head.i, token.ent_iob_, token.ent_type_, token.is_sent_start)


def _project_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for path in sorted(EXAMPLES.glob("*.txt")):
        texts.extend(p for p in path.read_text(encoding="utf-8").split("\n") if p.strip())
    # the ruler's word exceptions and its two-token patterns, and whitespace tokens
    texts += [
        "I ain't gonna go, y'all, and we gotta leave.",
        "Let's c'm on; there's 'nuff nothin' in ol' Moscow, goin' or doin'.",
        "  \n  Tabs\there   and\n\nblank lines  ",
        "He'd have had it; she'll do it, wo n't she? They ca n't, sha n't.",
        "Something, anyone, everybody: nobody saw it but him and them themselves.",
        "",
    ]
    return texts


def test_the_model_eventwire_loads_uses_the_table(nlp):
    from eventwire.attribute_table import AttributeTable
    from eventwire.parse import load_model

    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable)
    assert nlp.pipe_names == load_model(stock=True).pipe_names
    assert type(load_model(stock=True).get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_table_and_stock_ruler_annotate_identically(nlp):
    from eventwire.parse import load_model

    stock = load_model(stock=True)
    texts = _project_texts()
    assert len(texts) > 500
    differences = []
    for fast_doc, stock_doc in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
        assert len(fast_doc) == len(stock_doc)
        for a, b in zip(fast_doc, stock_doc, strict=True):
            if _signature(a) != _signature(b):
                differences.append((_signature(a), _signature(b)))
    assert differences == []


def _blank_with_ruler(patterns: list[dict]):
    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return blank


def test_table_follows_pattern_order_index_and_operators():
    """Later patterns win; a negative index sets the last token; IN, NOT_IN, REGEX, IS_SPACE."""
    from eventwire.attribute_table import install

    patterns = [
        {"patterns": [[{"LOWER": {"IN": ["troops", "army"]}}]], "attrs": {"LEMMA": "force"}},
        {"patterns": [[{"LOWER": "army"}]], "attrs": {"LEMMA": "military"}},
        {"patterns": [[{"LOWER": "peace"}, {"LOWER": "talks"}]], "attrs": {"LEMMA": "talk"},
         "index": -1},
        {"patterns": [[{"LOWER": {"REGEX": "^un"}}]], "attrs": {"MORPH": "Polarity=Neg"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["the", "army", "troops"]}, "IS_SPACE": False}]],
         "attrs": {"POS": "X"}},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    ]
    text = "the army and troops held peace talks  unopposed"
    stock, fast = _blank_with_ruler(patterns), _blank_with_ruler(patterns)
    assert install(fast)
    a, b = stock(text), fast(text)
    assert [_signature(t) for t in a] == [_signature(t) for t in b]
    by_word = {t.text: t for t in b}
    assert by_word["army"].lemma_ == "military"     # the later pattern wins
    assert by_word["troops"].lemma_ == "force"
    assert by_word["talks"].lemma_ == "talk" and by_word["peace"].lemma_ != "talk"
    assert str(by_word["unopposed"].morph) == "Polarity=Neg"
    assert by_word["held"].pos_ == "X" and by_word["the"].pos_ != "X"
    assert any(t.pos_ == "SPACE" for t in b)


def test_a_ruler_the_table_cannot_read_stays_stock():
    from eventwire.attribute_table import install

    blank = _blank_with_ruler([{"patterns": [[{"LOWER": "very", "OP": "+"}]],
                                "attrs": {"POS": "ADV"}}])
    assert not install(blank)
    assert type(blank.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    assert not install(spacy.blank("en"))  # no ruler at all: nothing to swap
