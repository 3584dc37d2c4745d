"""The event database: one DuckDB file with documents, events, clusters and runs.

    with Store.open("eventwire.duckdb") as store:
        run_id = store.begin_run({"eventwire_version": "0.1.0", "model": "en_core_web_sm"})
        store.write_batch(run_id, [(document, events), ...])   # one transaction per batch
        store.finish_run(run_id, {"documents": 10})             # also clusters new mentions

    with Store.open("eventwire.duckdb", read_only=True) as store:
        store.events(dyad=("RUS", "PRK"), since="2022-01-01")   # dicts shaped like Event.to_dict()

Ingest is idempotent and resumable: documents are keyed by id and content hash, so a rerun skips
what is stored, a changed document replaces its events, and a run killed at any moment (even by
``kill -9``) leaves only whole batches, which the rerun completes.  See ``connect.py`` for how a
writer and readers share the file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from eventwire.errors import StoreError
from eventwire.records import Document, Event, content_id
from eventwire.store import schema
from eventwire.store.cluster import CLUSTER_RULE, block_key, recluster
from eventwire.store.connect import WriterLock, connection
from eventwire.store.filters import EventFilter, parse_dyad
from eventwire.store.rows import (
    document_to_row,
    event_to_row,
    row_to_document,
    row_to_event,
    tuples_to_dicts,
)

__all__ = ["DEFAULT_PATH", "BatchResult", "EventFilter", "Store", "parse_dyad"]

DEFAULT_PATH = "eventwire.duckdb"
_EVENT_NAMES = tuple(name for name, _ in schema.EVENT_COLUMNS)
_DOCUMENT_NAMES = tuple(name for name, _ in schema.DOCUMENT_COLUMNS)
_RUN_KEYS = ("eventwire_version", "model", "lexicon_version", "actor_base_version")
# What ``tuples_to_dicts`` reads: the public columns without the cluster.
_DICT_COLUMNS = tuple(f'"{c}"' for c in schema.PUBLIC_EVENT_COLUMNS if c != "cluster_id")


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What one ``write_batch`` did."""

    documents_written: int = 0
    documents_replaced: int = 0
    documents_skipped: int = 0
    events_written: int = 0


def _meta_value(meta: Mapping[str, Any], key: str) -> Any:
    # "eventwire" is accepted for "eventwire_version", "lexicon" for "lexicon_version", ...
    value = meta.get(key, meta.get(key.removesuffix("_version")))
    return None if value is None else str(value)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _columns(rows: Sequence[Mapping[str, Any]], names: Sequence[str]) -> dict[str, Any]:
    """Rows as a dict of NumPy object arrays: DuckDB scans these in bulk (executemany is ~1000x
    slower), and NumPy is always installed with spaCy."""
    import numpy as np

    return {name: np.array([row[name] for row in rows], dtype=object) for name in names}


def _insert(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[tuple[str, str]],
) -> None:
    if not rows:
        return
    names = [name for name, _ in columns]
    conn.register("_incoming", _columns(rows, names))
    try:
        casts = ", ".join(
            f'CAST("{name}" AS {kind.split()[0]})' for name, kind in columns
        )
        quoted = ", ".join(f'"{name}"' for name in names)
        conn.execute(f"INSERT INTO {table} ({quoted}) SELECT {casts} FROM _incoming")
    finally:
        conn.unregister("_incoming")


def _set_cluster_rule(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute("INSERT OR REPLACE INTO eventwire_meta VALUES ('cluster_rule', ?)",
                 [CLUSTER_RULE])


def _fetch_dicts(conn: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[
    dict[str, Any]
]:
    cursor = conn.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


class Store:
    """An open eventwire database file.  Use :meth:`Store.open`, preferably as a context manager.

    A writer store holds the writer lock for its whole life but the DuckDB file only while an
    operation runs, so readers in other processes can query between batches.
    """

    def __init__(self, path: Path, *, read_only: bool, timeout: float) -> None:
        self.path = path
        self.read_only = read_only
        self.timeout = timeout
        self._lock: WriterLock | None = None

    # -- opening and closing ---------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] = DEFAULT_PATH, *, read_only: bool = False,
        timeout: float = 30.0,
    ) -> Store:
        """Open (a writer creates) the database at ``path``.

        ``timeout`` is how long one operation waits while another process holds the file.
        Raises ``StoreLockedError`` when another writer has it, ``StoreError`` when the file is
        not an eventwire database, is from a newer eventwire, or cannot be written.
        """
        store = cls(Path(path), read_only=read_only, timeout=timeout)
        if store.path.is_dir():
            raise StoreError(f"{store.path}: is a directory; give a file name such as "
                             f"{store.path / DEFAULT_PATH} with --db")
        if read_only:
            if not store.path.exists():
                raise StoreError(
                    f"{store.path}: no such database. Create it with "
                    f"`eventwire run INPUT --db {store.path}`, or pass an existing file with --db."
                )
        elif not store.path.parent.exists():
            raise StoreError(f"{store.path}: the directory {store.path.parent} does not exist; "
                             "create it or choose another --db")
        else:
            store._lock = WriterLock(store.path)
            store._lock.acquire()
        try:
            store._check_schema()
        except BaseException:
            store.close()
            raise
        return store

    def _check_schema(self) -> None:
        with self._connect() as conn:
            version = schema.schema_version(conn)
            if version is None:
                tables = schema.user_tables(conn)
                if tables:
                    raise StoreError(
                        f"{self.path}: a DuckDB file but not an eventwire database (it has the "
                        f"tables {', '.join(sorted(tables)[:5])}). Use another file with --db; "
                        "this one was left untouched."
                    )
                if self.read_only:
                    raise StoreError(f"{self.path}: an empty DuckDB file, not an eventwire "
                                     "database yet; write to it with `eventwire run` first")
                conn.execute("BEGIN TRANSACTION")
                schema.create_schema(conn)
                _set_cluster_rule(conn)
                conn.execute("COMMIT")
                return
            if version > schema.SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: written by a newer eventwire (database schema {version}, this "
                    f"eventwire reads up to {schema.SCHEMA_VERSION}). Upgrade with "
                    "`pip install -U eventwire`; the file was left untouched."
                )
            if version < schema.SCHEMA_VERSION:
                if self.read_only:
                    raise StoreError(
                        f"{self.path}: written by an older eventwire (schema {version}); open "
                        "it once for writing (e.g. `eventwire run`) to upgrade it"
                    )
                conn.execute("BEGIN TRANSACTION")
                for step in range(version, schema.SCHEMA_VERSION):
                    schema.MIGRATIONS[step](conn)
                conn.execute(
                    "UPDATE eventwire_meta SET value = ? WHERE key = 'schema_version'",
                    [str(schema.SCHEMA_VERSION)],
                )
                conn.execute("COMMIT")

    def close(self) -> None:
        """Release the writer lock (readers hold nothing between queries)."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "writer"
        return f"<Store {str(self.path)!r} {mode}>"

    @contextmanager
    def _connect(self, *, config: dict[str, str] | None = None) -> Iterator[
        duckdb.DuckDBPyConnection
    ]:
        with connection(
            self.path, read_only=self.read_only, timeout=self.timeout, config=config
        ) as conn:
            yield conn

    @contextmanager
    def reader(self, *, config: dict[str, str] | None = None) -> Iterator[
        duckdb.DuckDBPyConnection
    ]:
        """A DuckDB connection for reading (query.py and export.py build on it); keep it short:
        a writer in another process waits while it is open."""
        with self._connect(config=config) as conn:
            yield conn

    def _require_writer(self) -> None:
        if self.read_only or self._lock is None:
            raise StoreError(f"{self.path}: opened read-only (or closed); open it with "
                             "Store.open(path) to write")

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._connect() as conn:
            conn.execute("BEGIN TRANSACTION")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                try:
                    conn.execute("ROLLBACK")
                except duckdb.Error:  # the failed commit may already have ended it
                    pass
                raise

    # -- runs ------------------------------------------------------------------------------

    def begin_run(self, meta: Mapping[str, Any]) -> str:
        """Record the start of a run and return its id.

        ``meta`` is kept whole (JSON); its keys ``eventwire_version`` (or ``eventwire``),
        ``model``, ``lexicon_version`` and ``actor_base_version`` also fill columns of ``runs``.

        If the last run with the very same ``meta`` never finished (it was killed), its id is
        returned and the run continues, so an interrupted-then-rerun database ends up the same as
        an uninterrupted one.  Other unfinished runs are marked ``interrupted``.
        """
        self._require_writer()
        meta_json = json.dumps(dict(meta), sort_keys=True, ensure_ascii=False, default=str)
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT run_id FROM runs WHERE status = 'running' AND CAST(meta AS VARCHAR) = ? "
                "ORDER BY started DESC LIMIT 1",
                [meta_json],
            ).fetchone()
            # Only one writer exists (the lock), so any other 'running' run is dead.
            conn.execute(
                "UPDATE runs SET status = 'interrupted' WHERE status = 'running' AND run_id != ?",
                [row[0] if row else ""],
            )
            if row:
                return str(row[0])
            started = _now()
            run_id = content_id(meta_json, started.isoformat(), os.getpid(), prefix="r:", length=12)
            conn.execute(
                "INSERT INTO runs (run_id, eventwire_version, model, lexicon_version, "
                "actor_base_version, started, status, meta) "
                "VALUES (?, ?, ?, ?, ?, ?, 'running', ?)",
                [run_id, *(_meta_value(meta, k) for k in _RUN_KEYS), started, meta_json],
            )
        return run_id

    def finish_run(
        self, run_id: str, counts: Mapping[str, Any] | None = None, *, cluster: bool = True
    ) -> dict[str, Any]:
        """Mark the run finished, store its counts, and (by default) cluster the new mentions.

        Returns the counts as stored: the caller's plus ``stored_documents`` and
        ``stored_events`` (rows this run wrote, over all its attempts).
        """
        self._require_writer()
        if cluster:
            self.cluster()
        with self._transaction() as conn:
            docs = conn.execute("SELECT count(*) FROM documents WHERE run_id = ?", [run_id])
            n_docs = docs.fetchone()[0]
            n_events = conn.execute(
                "SELECT count(*) FROM events WHERE run_id = ?", [run_id]
            ).fetchone()[0]
            stored = {"stored_documents": n_docs, "stored_events": n_events, **dict(counts or {})}
            updated = conn.execute(
                "UPDATE runs SET finished = ?, status = 'finished', counts = ? WHERE run_id = ? "
                "RETURNING run_id",
                [_now(), json.dumps(stored, default=str), run_id],
            ).fetchall()
            if not updated:
                raise StoreError(f"{self.path}: no run {run_id!r}; start one with begin_run()")
        return stored

    def runs(self) -> list[dict[str, Any]]:
        """Every run, oldest first."""
        with self._connect() as conn:
            rows = _fetch_dicts(conn, "SELECT * FROM runs ORDER BY started, run_id")
        for row in rows:
            for key in ("counts", "meta"):
                row[key] = json.loads(row[key]) if row[key] else None
        return rows

    # -- writing ---------------------------------------------------------------------------

    def document_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        """``{id: content_hash}`` for the ids already stored (so unchanged ones can be skipped
        before parsing)."""
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        with self._connect() as conn:
            return self._hashes(conn, ids)

    @staticmethod
    def _hashes(conn: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> dict[str, str]:
        conn.register("_ids", _columns([{"id": i} for i in ids], ["id"]))
        try:
            rows = conn.execute(
                "SELECT d.id, d.content_hash FROM documents d JOIN _ids USING (id)"
            ).fetchall()
        finally:
            conn.unregister("_ids")
        return {str(i): str(h) for i, h in rows}

    def write_batch(
        self, run_id: str, items: Sequence[tuple[Document, Sequence[Event]]]
    ) -> BatchResult:
        """Store documents and their events in ONE transaction.

        A document already stored with the same content hash is skipped (a rerun adds nothing);
        one stored with a different hash is replaced with its new events.  When a document id
        occurs twice in ``items`` the last one wins.
        """
        self._require_writer()
        latest: dict[str, tuple[Document, Sequence[Event]]] = {}
        for document, events in items:
            latest[document.id] = (document, events)
        if not latest:
            return BatchResult()
        with self._transaction() as conn:
            stored = self._hashes(conn, list(latest))
            fresh = {
                doc_id: pair for doc_id, pair in latest.items()
                if stored.get(doc_id) != pair[0].content_hash
            }
            replaced = [doc_id for doc_id in fresh if doc_id in stored]
            if replaced:
                self._delete_documents(conn, replaced)
            doc_rows = [document_to_row(doc, run_id) for doc, _ in fresh.values()]
            event_rows: dict[str, dict[str, Any]] = {}
            for _, events in fresh.values():
                for event in events:
                    row = event_to_row(event, run_id)
                    row["cluster_block"] = block_key(row)
                    event_rows.setdefault(row["event_id"], row)  # same content, same event
            _insert(conn, "documents", doc_rows, schema.DOCUMENT_COLUMNS)
            _insert(conn, "events", list(event_rows.values()), schema.EVENT_COLUMNS)
        return BatchResult(
            documents_written=len(fresh) - len(replaced),
            documents_replaced=len(replaced),
            documents_skipped=len(latest) - len(fresh),
            events_written=len(event_rows),
        )

    @staticmethod
    def _delete_documents(conn: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> None:
        conn.register("_gone", _columns([{"id": i} for i in doc_ids], ["id"]))
        try:
            # The clusters these events were in must be recomputed without them: clear the
            # cluster of every event in the same blocks so the next cluster() redoes them.
            conn.execute(
                "DELETE FROM clusters WHERE cluster_id IN (SELECT cluster_id FROM events WHERE "
                "cluster_block IN (SELECT cluster_block FROM events WHERE doc_id IN "
                "(SELECT id FROM _gone)))"
            )
            conn.execute(
                "UPDATE events SET cluster_id = NULL WHERE cluster_block IN (SELECT cluster_block "
                "FROM events WHERE doc_id IN (SELECT id FROM _gone))"
            )
            conn.execute("DELETE FROM events WHERE doc_id IN (SELECT id FROM _gone)")
            conn.execute("DELETE FROM documents WHERE id IN (SELECT id FROM _gone)")
        finally:
            conn.unregister("_gone")

    def cluster(self, *, full: bool = False) -> int:
        """Group mentions of one real-world event (see ``store/cluster.py`` for the rule).

        Only blocks (dyad and CAMEO family) holding unclustered mentions are recomputed, each
        block as a whole, so the result does not depend on the order documents arrived in.
        ``full=True`` recomputes everything; so does the first clustering of a database
        clustered by an older rule (``cluster.CLUSTER_RULE``).  Returns the number of mentions
        (re)assigned.
        """
        self._require_writer()
        with self._connect() as conn:
            row = conn.execute(
                "SELECT value FROM eventwire_meta WHERE key = 'cluster_rule'").fetchone()
            stale = row is None or row[0] != CLUSTER_RULE
            assigned = recluster(conn, full=full or stale)
            if stale:
                _set_cluster_rule(conn)
            return assigned

    # -- reading ---------------------------------------------------------------------------

    def _event_sql(self, filters: Mapping[str, Any], columns: Sequence[str]
                   ) -> tuple[str, Sequence[Any]]:
        flt = EventFilter.from_kwargs(**filters)
        where, params = flt.where()
        # Only the columns asked for: converting DuckDB values to Python objects is most of the
        # cost of a large answer (dates especially).
        sql = (f"SELECT {', '.join(columns)} FROM events WHERE {where} "
               "ORDER BY date_start NULLS LAST, doc_id, sentence_index, span_start, event_id")
        if flt.limit is not None:
            sql += f" LIMIT {int(flt.limit)}"
        return sql, params

    def _event_rows(
        self, filters: Mapping[str, Any], *, columns: Sequence[str] = ("*",)
    ) -> list[dict[str, Any]]:
        sql, params = self._event_sql(filters, columns)
        with self._connect() as conn:
            return _fetch_dicts(conn, sql, params)

    def _event_tuples(self, filters: Mapping[str, Any], *, columns: Sequence[str]
                      ) -> tuple[list[str], list[tuple]]:
        sql, params = self._event_sql(filters, columns)
        with self._connect() as conn:
            cursor = conn.execute(sql, list(params))
            return [d[0] for d in cursor.description], cursor.fetchall()

    def events(self, *, with_cluster: bool = False, **filters: Any) -> list[dict[str, Any]]:
        """Stored events as ``Event.to_dict()`` dicts, filtered (see ``EventFilter``).

        ``with_cluster=True`` adds each mention's ``cluster_id``.
        """
        columns = _DICT_COLUMNS + (("cluster_id",) if with_cluster else ())
        names, rows = self._event_tuples(filters, columns=columns)
        out = tuples_to_dicts(names, rows)
        if with_cluster:
            at = names.index("cluster_id")
            for record, row in zip(out, rows, strict=True):
                record["cluster_id"] = row[at]
        return out

    def event_records(self, **filters: Any) -> list[Event]:
        """Stored events as ``Event`` records (equal to the records written)."""
        return [row_to_event(row) for row in self._event_rows(filters)]

    def count(self, **filters: Any) -> int:
        """How many events match ``filters`` (all events when none)."""
        where, params = EventFilter.from_kwargs(**filters).where()
        with self._connect() as conn:
            return int(conn.execute(f"SELECT count(*) FROM events WHERE {where}", params)
                       .fetchone()[0])

    def stats(self) -> dict[str, int]:
        """Row counts of every table."""
        with self._connect() as conn:
            return {
                table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("documents", "events", "clusters", "runs")
            }

    def document(self, doc_id: str) -> Document | None:
        """The stored document with this id, or ``None``."""
        with self._connect() as conn:
            rows = _fetch_dicts(conn, "SELECT * FROM documents WHERE id = ?", [doc_id])
        return row_to_document(rows[0]) if rows else None

    def clusters(self, **filters: Any) -> list[dict[str, Any]]:
        """Clusters having at least one mention that matches ``filters``, most mentioned first."""
        flt = EventFilter.from_kwargs(**filters)
        where, params = flt.where()
        sql = (
            "SELECT * FROM clusters WHERE cluster_id IN (SELECT cluster_id FROM events WHERE "
            f"{where}) ORDER BY num_mentions DESC, date, cluster_id"
        )
        if flt.limit is not None:
            sql += f" LIMIT {int(flt.limit)}"
        with self._connect() as conn:
            return _fetch_dicts(conn, sql, params)
