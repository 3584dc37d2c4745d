"""The records that flow through the pipeline.

Every stage takes records and returns records; all are frozen so a stage can never change what
an earlier stage produced behind its back. ``Event.to_dict`` is the public JSON shape of
``SCHEMA.md`` (the record contract): change it only by adding fields.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

__all__ = [
    "Actor",
    "Cameo",
    "Document",
    "Event",
    "InputProblem",
    "Place",
    "Plover",
    "content_id",
]


def content_id(*parts: object, prefix: str = "", length: int = 16) -> str:
    """A stable id from content: the same parts give the same id on every machine and run."""
    digest = hashlib.sha256(
        json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    ).hexdigest()
    return prefix + digest[:length]


@dataclass(frozen=True, slots=True)
class Document:
    """One article.

    ``text`` is the raw text as read; after :func:`eventwire.clean.clean_document` it is the
    cleaned text, and every span in the events refers to it.  ``published`` is an ISO date
    (``YYYY-MM-DD``) or ``None`` when unknown; ``origin`` says where the document came from
    (``path`` or ``path:line``) so that errors can name it.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    origin: str | None = None
    published_basis: str | None = None  # metadata | text | html | None: where `published` came from

    def with_changes(self, **changes: Any) -> Document:
        return replace(self, **changes)

    @property
    def content_hash(self) -> str:
        return content_id(self.text, self.title, self.published, length=32)


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A document that could not be read: where it was and why, in words a user can act on."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: CAMEO-style code plus its parts.

    ``code`` is the ISO 3166-1 alpha-3 country (or IGO/NGO code) followed by at most one role
    code, e.g. ``RUSGOV``, ``PRKMED``, ``IGOUNO``.  ``entity`` is a Wikidata id when known.
    """

    text: str
    code: str | None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "entity": self.entity,
        }


@dataclass(frozen=True, slots=True)
class Cameo:
    code: str
    root: str
    name: str
    quad_class: int
    goldstein: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Plover:
    type: str
    mode: str | None = None
    context: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event, exactly the record of SCHEMA.md."""

    doc_id: str
    sentence_index: int
    span: tuple[int, int]
    evidence: str
    source: Actor | None
    target: Actor | None
    cameo: Cameo
    plover: Plover
    date: str | None
    date_precision: str | None
    date_basis: str | None
    modality: str = "asserted"
    reported_by: Actor | None = None
    quote: str | None = None
    locations: tuple[Place, ...] = field(default_factory=tuple)
    confidence: float = 0.5
    coder: str = ""
    trigger: str | None = None  # the trigger words, kept for explanations and the store

    @property
    def event_id(self) -> str:
        """Content hash: the same input and coder version give the same id."""
        return content_id(
            self.doc_id,
            self.sentence_index,
            self.span,
            self.source.code if self.source else None,
            self.target.code if self.target else None,
            self.cameo.code,
            self.modality,
            self.coder,
            prefix="e:",
        )

    def to_dict(self) -> dict[str, Any]:
        def actor(a: Actor | None) -> dict[str, Any] | None:
            return a.to_dict() if a else None

        reported = None
        if self.reported_by is not None:
            reported = {
                "text": self.reported_by.text,
                "code": self.reported_by.code,
                "country": self.reported_by.country,
            }
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "span": list(self.span),
            "evidence": self.evidence,
            "source": actor(self.source),
            "target": actor(self.target),
            "cameo": self.cameo.to_dict(),
            "plover": self.plover.to_dict(),
            "date": self.date,
            "date_precision": self.date_precision,
            "date_basis": self.date_basis,
            "modality": self.modality,
            "reported_by": reported,
            "quote": self.quote,
            "locations": [p.to_dict() for p in self.locations],
            "confidence": round(self.confidence, 3),
            "coder": self.coder,
        }
