"""eventwire: news articles in, political event data out.

Public API::

    import eventwire

    events = eventwire.code_text("Russia invaded Ukraine.", published="2022-02-24")
    events[0].cameo.code            # '190' family, an Event record (see eventwire.records)

    db = eventwire.open("eventwire.duckdb")
    db.events(dyad=("RUS", "PRK"), since="2022-01-01")   # a pandas DataFrame

Everything else (the pipeline stages, the knowledge base, the lexicon) is importable from its
module, but only the names in ``__all__`` are the stable API.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["Actor", "Document", "Event", "EventwireError", "__version__", "code_documents",
           "code_text", "open"]

from eventwire.errors import EventwireError  # noqa: E402
from eventwire.records import Actor, Document, Event  # noqa: E402


def code_text(text: str, published: str | None = None, doc_id: str = "text",
              model: str | None = None) -> list[Event]:
    """Code one article's text; ``published`` (YYYY-MM-DD) anchors relative dates."""
    from eventwire.pipeline import shared_pipeline

    doc = Document(id=doc_id, text=text, published=published, origin=doc_id)
    result = shared_pipeline(model).code_document(doc)
    if result.problem is not None:
        raise EventwireError(str(result.problem))
    return list(result.events)


def code_documents(documents: Any, model: str | None = None) -> Any:
    """Code an iterable of Documents lazily; yields ``pipeline.Result`` records."""
    from eventwire.pipeline import shared_pipeline

    return shared_pipeline(model).run(documents)


def open(path: str = "eventwire.duckdb") -> Any:  # noqa: A001 - mirrors sqlite-utils/duckdb style
    """Open an eventwire database for queries (see ``eventwire.query.Database``)."""
    from eventwire import query

    return query.open(path)
