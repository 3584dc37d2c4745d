"""Opening the DuckDB file: the writer lock, short-lived connections, and errors in plain words.

How concurrency works (measured with DuckDB 2.0 on Linux, see tests/test_store.py):

* DuckDB lets ONE process hold a database file, either read-write or read-only, and a read-only
  process blocks a writer just as a writer blocks readers ("Could not set lock on file").
  A reader therefore cannot open a file whose writer keeps its connection open.
* So eventwire never keeps a connection open between operations: a writer connects, writes one
  batch in one transaction, and closes; a reader connects, runs one query, and closes.
* Turns: without help a reader could starve, because a busy writer reconnects within a
  millisecond of closing.  Processes therefore also take turns on ``<db>.turn`` with ``flock``:
  readers hold it shared while they connect and query, a writer exclusively while it writes.  A
  reader thus waits at most for the batch being written; a writer waits for the queries already
  running, at most ``_WRITER_YIELD`` seconds, then goes ahead (and the readers retry at DuckDB's
  own lock).  The turn file is only a courtesy: in a directory where it cannot be created, or on
  Windows, processes simply retry on DuckDB's lock.
* Whoever still meets DuckDB's lock retries every few milliseconds for up to ``timeout`` seconds.
* Because the DuckDB lock is released between batches, it cannot stop a second *writer* from
  slipping in.  A writer therefore also holds an OS lock (``flock``) on ``<db>.lock`` for its
  whole life; a second writer fails at once with ``StoreLockedError``.  The OS drops both locks
  when a process dies, even by ``kill -9``, so a crashed run never leaves a stale lock.

Measured on Linux (tests/test_store.py): with a writer committing batches back to back, readers
in another process never saw a partial batch, and each query waited well under a second.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import duckdb

from eventwire.errors import StoreError, StoreLockedError

__all__ = ["WriterLock", "connection", "translate_error"]

_LOCK_CONFLICT = ("Could not set lock", "Conflicting lock")


def _is_lock_conflict(exc: BaseException) -> bool:
    return any(marker in str(exc) for marker in _LOCK_CONFLICT)


def translate_error(exc: BaseException, path: Path) -> StoreError:
    """A ``StoreError`` whose message says what went wrong with ``path`` and what to do."""
    text = str(exc)
    if _is_lock_conflict(exc):
        pid = re.search(r"PID (\d+)", text)
        holder = f" by process {pid.group(1)}" if pid else ""
        return StoreLockedError(
            f"{path}: the database is in use{holder} and stayed busy past the wait limit. "
            "Wait for that process to finish (or close the program holding the file), "
            "or use another file with --db."
        )
    if "not a valid DuckDB database" in text:
        return StoreError(
            f"{path}: not an eventwire database (the file is not a DuckDB file, or it is damaged). "
            "Pass another file with --db; the file was left untouched."
        )
    if "Corrupt database" in text or "checksum" in text:
        return StoreError(
            f"{path}: the database file is damaged ({text.splitlines()[0]}). Restore it from a "
            "backup or rebuild it by rerunning `eventwire run` into a new --db file."
        )
    if "newer version" in text or "older version" in text or "storage version" in text:
        return StoreError(
            f"{path}: written by a different DuckDB version ({text.splitlines()[0]}). "
            "Upgrade eventwire and duckdb (pip install -U eventwire duckdb)."
        )
    if "No space left" in text or "Disk full" in text.lower():
        return StoreError(
            f"{path}: the disk is full. The batch being written was rolled back and earlier "
            "batches are kept; free some space and rerun the same command to continue."
        )
    if "Read-only file system" in text or "Permission denied" in text:
        return StoreError(
            f"{path}: cannot write here ({text.splitlines()[0]}). "
            "Choose a writable location with --db."
        )
    return StoreError(f"{path}: {text.splitlines()[0] if text else type(exc).__name__}")


_WRITER_YIELD = 2.0  # seconds a writer lets running queries finish before it goes ahead
_POLL = 0.005


@contextmanager
def _turn(path: Path, *, shared: bool, patience: float) -> Iterator[None]:
    """Hold ``<db>.turn`` (shared for readers, exclusive for the writer) while inside, if the
    platform and the directory allow it and it comes within ``patience`` seconds."""
    if os.name == "nt":  # pragma: no cover - msvcrt has no shared locks
        yield
        return
    import fcntl

    try:
        handle = open(path.with_name(path.name + ".turn"), "a")  # noqa: SIM115 - closed below
    except OSError:  # e.g. a reader in a read-only directory: no courtesy, just retries
        yield
        return
    try:
        mode = (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB
        deadline = time.monotonic() + patience
        while True:
            try:
                fcntl.flock(handle.fileno(), mode)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    break  # go ahead without the turn; DuckDB's lock still keeps it safe
                time.sleep(_POLL)
        yield
    finally:
        handle.close()  # closing releases the flock


@contextmanager
def connection(
    path: Path, *, read_only: bool, timeout: float, config: dict[str, str] | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A DuckDB connection for one operation, closed afterwards, waiting out other holders."""
    patience = timeout if read_only else min(timeout, _WRITER_YIELD)
    with _turn(path, shared=read_only, patience=patience):
        deadline = time.monotonic() + timeout
        while True:
            try:
                conn = duckdb.connect(str(path), read_only=read_only, config=config or {})
                break
            except duckdb.Error as exc:
                if not _is_lock_conflict(exc) or time.monotonic() >= deadline:
                    raise translate_error(exc, path) from exc
                # Poll often: a busy writer's gap between two batches is short.
                time.sleep(_POLL)
        try:
            yield conn
        except duckdb.Error as exc:
            raise translate_error(exc, path) from exc
        finally:
            try:
                conn.close()
            except duckdb.Error:  # closing after a failed write (e.g. disk full) may fail again
                pass


class WriterLock:
    """An exclusive OS lock on ``<db>.lock``, held by the one writer of a database file."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
        except OSError as exc:
            raise StoreError(
                f"{self.path}: cannot create the writer lock file ({exc.strerror}). "
                "Choose a writable location with --db."
            ) from exc
        try:
            _lock(handle)
        except OSError as exc:
            handle.seek(0)
            holder = handle.read().strip()
            handle.close()
            who = f" by process {holder}" if holder else ""
            raise StoreLockedError(
                f"{self.path.with_suffix('')}: the database is in use{who}, which is writing "
                "to it. Wait for that run to finish, or write to another file with --db."
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            # The file stays: deleting a lock file races with a process that just opened it.
            self._handle.truncate(0)
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
