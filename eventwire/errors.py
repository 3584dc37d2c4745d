"""Errors eventwire raises on purpose, each with a message that says what to do.

    EventwireError            base: the CLI prints its message, no traceback, exit 1
    ├── InputError            an input document or file cannot be read (names the file/line)
    ├── DataFileError         a data file (lexicon, actors, user dictionary) is malformed
    │                         (names the file and line)
    ├── ModelError            the spaCy pipeline cannot be loaded (names the package to install)
    └── StoreError            the database file cannot be opened or written
        └── StoreLockedError  another process is writing to the same database

Each error carries a stable code (``[W001]``-style) so users can search for it.
"""

from __future__ import annotations

__all__ = [
    "DataFileError",
    "EventwireError",
    "InputError",
    "ModelError",
    "StoreError",
    "StoreLockedError",
]


class EventwireError(Exception):
    """Base class: an expected failure with a message meant for the user."""

    code = "E000"

    def __str__(self) -> str:
        message = super().__str__()
        return f"[{self.code}] {message}"


class InputError(EventwireError):
    code = "E100"


class DataFileError(EventwireError):
    code = "E200"

    def __init__(self, path: object, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line


class ModelError(EventwireError):
    code = "E300"


class StoreError(EventwireError):
    code = "E400"


class StoreLockedError(StoreError):
    code = "E401"
