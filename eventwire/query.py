"""Questions asked of the event database: dyad series, top actors, read-only SQL, DataFrames.

The same functions back the CLI (``eventwire events/sql/dyads/actors top``) and the Python API::

    import eventwire
    db = eventwire.open("eventwire.duckdb")
    df = db.events(dyad=("RUS", "PRK"), since="2022-01-01")   # a pandas DataFrame

pandas is an optional extra: ``pip install 'eventwire[data]'``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

from eventwire.errors import StoreError
from eventwire.records import Event
from eventwire.store import DEFAULT_PATH, EventFilter, Store, parse_dyad
from eventwire.store.schema import PUBLIC_EVENT_COLUMNS

if TYPE_CHECKING:
    import pandas

__all__ = [
    "PERIODS",
    "Database",
    "dyad_series",
    "flatten_event",
    "open",
    "run_sql",
    "top_actors",
]

PERIODS = {"week": "%G-W%V", "month": "%Y-%m", "year": "%Y", "day": "%Y-%m-%d"}
DATA_EXTRA = "pip install 'eventwire[data]'"


def flatten_event(event: Mapping[str, Any]) -> dict[str, Any]:
    """An ``Event.to_dict()`` dict as one flat row with the store's public column names."""
    flat: dict[str, Any] = {
        "event_id": event.get("event_id"),
        "doc_id": event.get("doc_id"),
        "sentence_index": event.get("sentence_index"),
        "span_start": (event.get("span") or [None, None])[0],
        "span_end": (event.get("span") or [None, None])[1],
        "evidence": event.get("evidence"),
    }
    for role in ("source", "target"):
        actor = event.get(role) or {}
        for part in ("text", "name", "code", "country", "sector", "entity"):
            flat[f"{role}_{part}"] = actor.get(part)
    cameo = event.get("cameo") or {}
    for part in ("code", "root", "name"):
        flat[f"cameo_{part}"] = cameo.get(part)
    flat["quad_class"], flat["goldstein"] = cameo.get("quad_class"), cameo.get("goldstein")
    for part in ("type", "mode", "context"):
        flat[f"plover_{part}"] = (event.get("plover") or {}).get(part)
    for key in ("date", "date_precision", "date_basis", "modality"):
        flat[key] = event.get(key)
    reported = event.get("reported_by") or {}
    for part in ("text", "code", "country"):
        flat[f"reported_by_{part}"] = reported.get(part)
    flat["quote"] = event.get("quote")
    flat["locations"] = json.dumps(event.get("locations") or [], ensure_ascii=False)
    flat["confidence"] = event.get("confidence")
    flat["coder"] = event.get("coder")
    flat["cluster_id"] = event.get("cluster_id")
    return {column: flat.get(column) for column in PUBLIC_EVENT_COLUMNS}


def _fetch(store: Store, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    with store.reader() as conn:
        cursor = conn.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def dyad_series(
    store: Store, a: str, b: str, *, by: str = "month", **filters: Any
) -> list[dict[str, Any]]:
    """Events between ``a`` and ``b`` per period, in both directions.

    One row per (period, direction): number of events, events per quad class (q1 verbal
    cooperation .. q4 material conflict), and the sum and mean of Goldstein values.  Events
    without a date are left out; a month- or year-precision date counts in the period its first
    day falls in.
    """
    if by not in PERIODS:
        raise ValueError(f"--by {by!r}: use one of {', '.join(PERIODS)}")
    a, b = parse_dyad((a, b))
    rows: list[dict[str, Any]] = []
    for source, target in ((a, b), (b, a)):
        where, params = EventFilter.from_kwargs(dyad=(source, target), **filters).where()
        rows += _fetch(
            store,
            f"""SELECT strftime(date_start, '{PERIODS[by]}') AS period,
                       ? AS direction,
                       count(*) AS events,
                       count(*) FILTER (quad_class = 1) AS q1,
                       count(*) FILTER (quad_class = 2) AS q2,
                       count(*) FILTER (quad_class = 3) AS q3,
                       count(*) FILTER (quad_class = 4) AS q4,
                       round(sum(goldstein), 2) AS goldstein_sum,
                       round(avg(goldstein), 3) AS goldstein_mean
                FROM events WHERE date_start IS NOT NULL AND {where}
                GROUP BY 1 ORDER BY 1""",
            [f"{source}->{target}", *params],
        )
    rows.sort(key=lambda r: (r["period"], r["direction"] != f"{a}->{b}"))
    return rows


def top_actors(
    store: Store, *, limit: int = 20, role: str = "any", **filters: Any
) -> list[dict[str, Any]]:
    """The actors (by CAMEO code) in the most events: as source, as target, and in total."""
    if role not in ("any", "source", "target"):
        raise ValueError(f"role {role!r}: use any, source or target")
    where, params = EventFilter.from_kwargs(**filters).where()
    parts = []
    if role in ("any", "source"):
        parts.append(f"SELECT source_code AS code, source_name AS name, 1 AS s, 0 AS t, goldstein "
                     f"FROM events WHERE source_code IS NOT NULL AND {where}")
    if role in ("any", "target"):
        parts.append(f"SELECT target_code AS code, target_name AS name, 0 AS s, 1 AS t, goldstein "
                     f"FROM events WHERE target_code IS NOT NULL AND {where}")
    union = " UNION ALL ".join(parts)
    return _fetch(
        store,
        f"""SELECT code, mode(name) AS name, count(*) AS events, sum(s) AS as_source,
                   sum(t) AS as_target, round(avg(goldstein), 3) AS goldstein_mean
            FROM ({union}) GROUP BY code ORDER BY events DESC, code LIMIT {int(limit)}""",
        params * len(parts),
    )


def run_sql(store: Store, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
    """Run one read-only SQL statement; returns column names and rows.

    The connection is read-only and cannot touch other files (no COPY, ATTACH, read_csv or
    extension installs), so the statement can read this database and nothing else.
    """
    import duckdb

    try:
        with store.reader(config={"enable_external_access": "false"}) as conn:
            cursor = conn.execute(sql, list(params))
            if cursor.description is None:
                return [], []
            return [d[0] for d in cursor.description], cursor.fetchall()
    except StoreError as exc:
        cause = exc.__cause__
        if isinstance(cause, duckdb.Error) and not isinstance(cause, duckdb.IOException):
            # A mistake in the query, not in the file: say so plainly.
            raise StoreError(f"SQL error: {str(cause).splitlines()[0]}. Tables: documents, "
                             "events, clusters, runs (try: eventwire sql \"describe events\")"
                             ) from cause
        raise


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(
            f"DataFrames need pandas, an optional extra: {DATA_EXTRA}"
        ) from exc
    return pandas


class Database:
    """A read-only view of an eventwire database that answers with pandas DataFrames.

    It holds no connection between calls, so a run can keep writing to the file meanwhile.
    """

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_PATH, *, timeout: float = 30.0):
        self.store = Store.open(path, read_only=True, timeout=timeout)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def __repr__(self) -> str:
        return f"<eventwire.Database {str(self.store.path)!r}>"

    def _frame(self, sql: str, params: Sequence[Any] = ()) -> pandas.DataFrame:
        _pandas()
        with self.store.reader() as conn:
            return conn.execute(sql, list(params)).df()

    def events(self, **filters: Any) -> pandas.DataFrame:
        """Events as a DataFrame, one flat row per mention (the CSV export's columns plus
        ``date_start``/``date_end`` as dates).  Filters as in ``Store.events``:
        ``actor``, ``dyad=("RUS", "PRK")``, ``root``, ``code``, ``plover``, ``since``, ``until``,
        ``modality``, ``min_confidence``, ``doc``, ``cluster``, ``limit``."""
        flt = EventFilter.from_kwargs(**filters)
        where, params = flt.where()
        columns = ", ".join(f'"{c}"' for c in (*PUBLIC_EVENT_COLUMNS, "date_start", "date_end"))
        sql = (f"SELECT {columns} FROM events WHERE {where} "
               "ORDER BY date_start NULLS LAST, doc_id, sentence_index, span_start, event_id")
        if flt.limit is not None:
            sql += f" LIMIT {int(flt.limit)}"
        return self._frame(sql, params)

    def clusters(self, **filters: Any) -> pandas.DataFrame:
        """One row per real-world event (cluster of mentions), most reported first."""
        return _pandas().DataFrame(self.store.clusters(**filters))

    def dyad(self, a: str, b: str, *, by: str = "month", **filters: Any) -> pandas.DataFrame:
        """Counts per quad class and Goldstein sum/mean per period, both directions."""
        return _pandas().DataFrame(dyad_series(self.store, a, b, by=by, **filters))

    def actors(self, *, limit: int = 20, **filters: Any) -> pandas.DataFrame:
        """The actors in the most events."""
        return _pandas().DataFrame(top_actors(self.store, limit=limit, **filters))

    def sql(self, query: str, params: Sequence[Any] = ()) -> pandas.DataFrame:
        """Any read-only SQL over the tables documents, events, clusters and runs."""
        columns, rows = run_sql(self.store, query, params)
        return _pandas().DataFrame.from_records(rows, columns=columns)

    def records(self, **filters: Any) -> list[Event]:
        """Events as ``eventwire.Event`` records (no pandas needed)."""
        return self.store.event_records(**filters)

    def count(self, **filters: Any) -> int:
        return self.store.count(**filters)


def open(path: str | os.PathLike[str] = DEFAULT_PATH, *, timeout: float = 30.0) -> Database:  # noqa: A001
    """Open an eventwire database for reading: ``eventwire.open("ev.duckdb").events(...)``."""
    return Database(path, timeout=timeout)
