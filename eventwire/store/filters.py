"""Event filters, shared by ``Store.events``, the ``eventwire events`` command, exports and plots.

An actor is matched by CAMEO code prefix ("RUS" matches RUS, RUSGOV, RUSMIL), by country, or by
Wikidata id ("Q7747").  Dates are matched by overlap: ``since="2022-07-01"`` keeps an event dated
"2022-07" (month precision) because July may include the day asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from eventwire.store.rows import date_range

__all__ = ["EventFilter", "parse_dyad"]

_QID = re.compile(r"^Q\d+$")
_MODALITIES = ("asserted", "negated", "hypothetical", "future", "intended")


def _as_tuple(value: str | Iterable[str] | None, *, split: bool = True) -> tuple[str, ...]:
    """Codes may come as "19,20" or ["19", "20"]; ids are taken exactly as given."""
    if value is None:
        return ()
    if isinstance(value, str):
        if not split:
            return (value,)
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if not split:
        return tuple(str(v) for v in value)
    return tuple(str(v).strip() for v in value if str(v).strip())


def parse_dyad(value: str | Sequence[str]) -> tuple[str, str]:
    """``"RUS:PRK"`` or ``("RUS", "PRK")`` -> ``("RUS", "PRK")``."""
    parts = value.split(":") if isinstance(value, str) else list(value)
    if len(parts) != 2 or not all(str(p).strip() for p in parts):
        raise ValueError(f"dyad {value!r} must be two actors, SOURCE:TARGET, e.g. RUS:PRK")
    return str(parts[0]).strip().upper(), str(parts[1]).strip().upper()


def _actor_condition(prefix: str, actor: str) -> tuple[str, list[Any]]:
    if _QID.match(actor):
        return f"{prefix}_entity = ?", [actor]
    code = actor.upper()
    return f"(starts_with({prefix}_code, ?) OR {prefix}_country = ?)", [code, code]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to return; every field is optional and fields combine with AND."""

    actor: str | None = None  # source or target
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None  # directed: source, target
    root: tuple[str, ...] = ()
    code: tuple[str, ...] = ()  # CAMEO code prefixes
    plover: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    modality: tuple[str, ...] = ()
    min_confidence: float | None = None
    doc: tuple[str, ...] = ()
    cluster: str | None = None
    run: str | None = None
    limit: int | None = None

    @classmethod
    def from_kwargs(cls, **kwargs: Any) -> EventFilter:
        """Build from keyword arguments, normalising strings, lists and comma-separated values."""
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(kwargs) - names)
        if unknown:
            raise TypeError(
                f"unknown event filter {', '.join(unknown)}; use one of {', '.join(sorted(names))}"
            )
        values: dict[str, Any] = {k: v for k, v in kwargs.items() if v is not None}
        for key in ("root", "code", "plover", "modality", "doc"):
            if key in values:
                values[key] = _as_tuple(values[key], split=key != "doc")
        if "dyad" in values:
            values["dyad"] = parse_dyad(values["dyad"])
        for key in ("since", "until"):
            if key in values:
                values[key] = str(values[key])
                if date_range(values[key])[0] is None:
                    raise ValueError(
                        f"{key}={values[key]!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"
                    )
        bad = [m for m in values.get("modality", ()) if m not in _MODALITIES]
        if bad:
            raise ValueError(f"unknown modality {bad[0]!r}; use one of {', '.join(_MODALITIES)}")
        values["plover"] = tuple(p.upper() for p in values.get("plover", ()))
        return cls(**values)

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition (``TRUE`` when empty) and its parameters, for the events table."""
        parts: list[str] = []
        params: list[Any] = []

        def add(sql: str, values: Iterable[Any] = ()) -> None:
            parts.append(sql)
            params.extend(values)

        if self.actor:
            src, src_params = _actor_condition("source", self.actor)
            tgt, tgt_params = _actor_condition("target", self.actor)
            add(f"({src} OR {tgt})", [*src_params, *tgt_params])
        for prefix, actor in (("source", self.source), ("target", self.target)):
            if actor:
                add(*_actor_condition(prefix, actor))
        if self.dyad:
            src, src_params = _actor_condition("source", self.dyad[0])
            tgt, tgt_params = _actor_condition("target", self.dyad[1])
            add(f"({src} AND {tgt})", [*src_params, *tgt_params])
        if self.root:
            add(f"cameo_root IN ({', '.join('?' * len(self.root))})", self.root)
        if self.code:
            add("(" + " OR ".join("starts_with(cameo_code, ?)" for _ in self.code) + ")", self.code)
        if self.plover:
            add(f"plover_type IN ({', '.join('?' * len(self.plover))})", self.plover)
        if self.since:
            add("date_end >= ?", [date_range(self.since)[0]])
        if self.until:
            add("date_start <= ?", [date_range(self.until)[1]])
        if self.modality:
            add(f"modality IN ({', '.join('?' * len(self.modality))})", self.modality)
        if self.min_confidence is not None:
            add("confidence >= ?", [float(self.min_confidence)])
        if self.doc:
            add(f"doc_id IN ({', '.join('?' * len(self.doc))})", self.doc)
        if self.cluster:
            add("cluster_id = ?", [self.cluster])
        if self.run:
            add("run_id = ?", [self.run])
        return (" AND ".join(parts) if parts else "TRUE"), params
