"""Shared fixtures: the real spaCy model and the real pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp():
    from eventwire.parse import load_model

    return load_model()


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def code(pipeline):
    """code(text, published="2022-08-15") -> list of event dicts (SCHEMA.md shape)."""
    from eventwire.records import Document

    counter = iter(range(10**9))

    def _code(text: str, published: str | None = "2022-08-15") -> list[dict]:
        doc = Document(id=f"t{next(counter)}", text=text, published=published)
        result = pipeline.code_document(doc)
        assert result.problem is None, result.problem
        return [e.to_dict() for e in result.events]

    return _code


def dyads(events: list[dict]) -> set[tuple]:
    """{(source country, target country, cameo root)} of a list of event dicts."""
    def c(a):
        return (a.get("code") or "")[:3] if a else None

    return {(c(e["source"]), c(e["target"]), e["cameo"]["code"][:2]) for e in events}
