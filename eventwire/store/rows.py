"""Records <-> flat table rows.

An event is stored as one flat row (actors and codes spread over columns) so that SQL can filter
and group without JSON functions; ``row_to_dict`` rebuilds exactly ``Event.to_dict()`` and
``row_to_event`` the record itself, so record -> store -> record is lossless.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from eventwire.records import Actor, Cameo, Document, Event, Place, Plover

__all__ = [
    "date_range",
    "dict_to_event",
    "document_to_row",
    "event_to_row",
    "row_to_dict",
    "row_to_document",
    "row_to_event",
]

_ACTOR_PARTS = ("text", "name", "code", "country", "sector", "entity")


def date_range(value: str | None) -> tuple[date | None, date | None]:
    """The first and last day a truncated ISO date can mean: "2022-07" -> (07-01, 07-31).

    Used for ``--since``/``--until`` and clustering, where "in July" must overlap "July 15".
    Anything that is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` gives ``(None, None)``.
    """
    if not value:
        return None, None
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            return date(numbers[0], 1, 1), date(numbers[0], 12, 31)
        if len(numbers) == 2:
            year, month = numbers
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if len(numbers) == 3:
            day = date(*numbers)
            return day, day
    except ValueError:
        pass
    return None, None


def _actor_to_columns(prefix: str, actor: Actor | None) -> dict[str, Any]:
    return {
        f"{prefix}_{part}": (getattr(actor, part) if actor is not None else None)
        for part in _ACTOR_PARTS
    }


def event_to_row(event: Event, run_id: str | None = None) -> dict[str, Any]:
    """One ``events`` row for a record (the stored confidence is not rounded)."""
    start, end = date_range(event.date)
    reported = event.reported_by
    row: dict[str, Any] = {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "sentence_index": event.sentence_index,
        "span_start": event.span[0],
        "span_end": event.span[1],
        "evidence": event.evidence,
        **_actor_to_columns("source", event.source),
        **_actor_to_columns("target", event.target),
        "cameo_code": event.cameo.code,
        "cameo_root": event.cameo.root,
        "cameo_name": event.cameo.name,
        "quad_class": event.cameo.quad_class,
        "goldstein": event.cameo.goldstein,
        "plover_type": event.plover.type,
        "plover_mode": event.plover.mode,
        "plover_context": event.plover.context,
        "date": event.date,
        "date_precision": event.date_precision,
        "date_basis": event.date_basis,
        "modality": event.modality,
        "reported_by_text": reported.text if reported else None,
        "reported_by_code": reported.code if reported else None,
        "reported_by_country": reported.country if reported else None,
        "quote": event.quote,
        "locations": json.dumps([p.to_dict() for p in event.locations], ensure_ascii=False),
        "confidence": event.confidence,
        "coder": event.coder,
        "trigger": event.trigger,
        "reported_by_name": reported.name if reported else None,
        "reported_by_sector": reported.sector if reported else None,
        "reported_by_entity": reported.entity if reported else None,
        "date_start": start,
        "date_end": end,
        "cluster_id": None,
        "cluster_block": None,
        "run_id": run_id,
    }
    return row


def _actor_from_row(prefix: str, row: Mapping[str, Any]) -> Actor | None:
    # An actor's text is required in the record, so a NULL text means "no actor".
    if row.get(f"{prefix}_text") is None:
        return None
    return Actor(**{part: row.get(f"{prefix}_{part}") for part in _ACTOR_PARTS})


def _locations(raw: Any) -> list[dict[str, Any]]:
    if raw is None or raw == "[]":  # most events: skip the JSON parser
        return []
    return json.loads(raw) if isinstance(raw, str) else list(raw)


def row_to_event(row: Mapping[str, Any]) -> Event:
    """The record an ``events`` row was made from."""
    reported = None
    if row.get("reported_by_text") is not None:
        reported = Actor(
            text=row["reported_by_text"],
            code=row.get("reported_by_code"),
            country=row.get("reported_by_country"),
            sector=row.get("reported_by_sector"),
            name=row.get("reported_by_name"),
            entity=row.get("reported_by_entity"),
        )
    return Event(
        doc_id=row["doc_id"],
        sentence_index=row["sentence_index"],
        span=(row["span_start"], row["span_end"]),
        evidence=row["evidence"],
        source=_actor_from_row("source", row),
        target=_actor_from_row("target", row),
        cameo=Cameo(
            code=row["cameo_code"],
            root=row["cameo_root"],
            name=row["cameo_name"],
            quad_class=row["quad_class"],
            goldstein=row["goldstein"],
        ),
        plover=Plover(
            type=row["plover_type"], mode=row.get("plover_mode"), context=row.get("plover_context")
        ),
        date=row.get("date"),
        date_precision=row.get("date_precision"),
        date_basis=row.get("date_basis"),
        modality=row.get("modality") or "asserted",
        reported_by=reported,
        quote=row.get("quote"),
        locations=tuple(Place(**p) for p in _locations(row.get("locations"))),
        confidence=row["confidence"],
        coder=row.get("coder") or "",
        trigger=row.get("trigger"),
    )


def row_to_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    """``Event.to_dict()`` of the stored record, built without recomputing the id."""
    return tuples_to_dicts(list(row), [tuple(row.values())])[0]


def tuples_to_dicts(names: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[dict[str, Any]]:
    """``row_to_dict`` for many rows straight from a cursor's tuples.

    The same result as ``row_to_dict(dict(zip(names, row)))`` but without building a mapping
    per row first: for a large answer (a busy dyad, tens of thousands of events) the Python
    objects made per row are most of the query's time.
    """
    at = {name.strip('"'): i for i, name in enumerate(names)}
    missing = len(names)
    get = at.get

    def col(name: str) -> int:
        return get(name, missing)

    src = [col(f"source_{p}") for p in _ACTOR_PARTS]
    tgt = [col(f"target_{p}") for p in _ACTOR_PARTS]
    (event_id, doc_id, sentence, span_start, span_end, evidence, cameo_code, cameo_root,
     cameo_name, quad, goldstein, plover_type, plover_mode, plover_context, date_, precision,
     basis, modality, rep_text, rep_code, rep_country, quote, locations, confidence, coder) = (
        col(n) for n in (
            "event_id", "doc_id", "sentence_index", "span_start", "span_end", "evidence",
            "cameo_code", "cameo_root", "cameo_name", "quad_class", "goldstein", "plover_type",
            "plover_mode", "plover_context", "date", "date_precision", "date_basis",
            "modality", "reported_by_text", "reported_by_code", "reported_by_country",
            "quote", "locations", "confidence", "coder"))
    parts = _ACTOR_PARTS
    out = []
    for raw in rows:
        r = (*raw, None)  # index `missing` reads None for a column not selected
        conf = r[confidence]
        out.append({
            "event_id": r[event_id],
            "doc_id": r[doc_id],
            "sentence_index": r[sentence],
            "span": [r[span_start], r[span_end]],
            "evidence": r[evidence],
            "source": dict(zip(parts, (r[i] for i in src), strict=True))
            if r[src[0]] is not None else None,
            "target": dict(zip(parts, (r[i] for i in tgt), strict=True))
            if r[tgt[0]] is not None else None,
            "cameo": {"code": r[cameo_code], "root": r[cameo_root], "name": r[cameo_name],
                      "quad_class": r[quad], "goldstein": r[goldstein]},
            "plover": {"type": r[plover_type], "mode": r[plover_mode],
                       "context": r[plover_context]},
            "date": r[date_],
            "date_precision": r[precision],
            "date_basis": r[basis],
            "modality": r[modality],
            "reported_by": {"text": r[rep_text], "code": r[rep_code],
                            "country": r[rep_country]} if r[rep_text] is not None else None,
            "quote": r[quote],
            "locations": _locations(r[locations]),
            "confidence": round(conf, 3) if conf is not None else None,
            "coder": r[coder],
        })
    return out


def document_to_row(document: Document, run_id: str | None = None) -> dict[str, Any]:
    return {
        "id": document.id,
        "url": document.url,
        "title": document.title,
        "publisher": document.publisher,
        "published": document.published,
        "language": document.language,
        "content_hash": document.content_hash,
        "text": document.text,
        "origin": document.origin,
        "published_basis": document.published_basis,
        "run_id": run_id,
    }


def row_to_document(row: Mapping[str, Any]) -> Document:
    return Document(
        id=row["id"],
        text=row["text"],
        title=row.get("title"),
        url=row.get("url"),
        publisher=row.get("publisher"),
        published=row.get("published"),
        language=row.get("language"),
        origin=row.get("origin"),
        published_basis=row.get("published_basis"),
    )


def dict_to_event(data: Mapping[str, Any]) -> Event:
    """The record of an ``Event.to_dict()`` dict (extra keys are ignored; ``reported_by``
    keeps only text, code and country, as the public record does).  An optional ``trigger``
    key (not in the public record) fills ``Event.trigger``."""
    def actor(value: Mapping[str, Any] | None) -> Actor | None:
        if value is None:
            return None
        return Actor(text=value["text"], code=value.get("code"), country=value.get("country"),
                     sector=value.get("sector"), name=value.get("name"),
                     entity=value.get("entity"))

    cameo, plover = data["cameo"], data["plover"]
    return Event(
        doc_id=data["doc_id"],
        sentence_index=data["sentence_index"],
        span=(int(data["span"][0]), int(data["span"][1])),
        evidence=data["evidence"],
        source=actor(data.get("source")),
        target=actor(data.get("target")),
        cameo=Cameo(code=cameo["code"], root=cameo["root"], name=cameo["name"],
                    quad_class=cameo["quad_class"], goldstein=cameo["goldstein"]),
        plover=Plover(type=plover["type"], mode=plover.get("mode"), context=plover.get("context")),
        date=data.get("date"),
        date_precision=data.get("date_precision"),
        date_basis=data.get("date_basis"),
        modality=data.get("modality") or "asserted",
        reported_by=actor(data.get("reported_by")),
        quote=data.get("quote"),
        locations=tuple(Place(**p) for p in data.get("locations") or ()),
        confidence=float(data.get("confidence", 0.5)),
        coder=data.get("coder") or "",
        trigger=data.get("trigger"),
    )
