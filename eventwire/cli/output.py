"""One set of output flags for every command that prints rows, and the code that prints them.

    @main.command()
    @output_options
    def events(fmt: str | None) -> None:
        emit(rows, columns, fmt)

``-t/--table`` (the default on a terminal), ``--csv``, ``--nl`` (JSON Lines, the default in a
pipe) and ``--json`` (one JSON array).  JSON outputs carry each row whole (nested objects stay
nested); CSV and tables show ``columns``, where a dotted name reaches into nested objects
(``source.code``).
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import IO, Any, TypeVar

import click

__all__ = [
    "EVENT_TABLE_COLUMNS",
    "FORMATS",
    "emit",
    "event_table_rows",
    "events_table",
    "output_options",
    "resolve_format",
    "truncate",
]

FORMATS = ("table", "csv", "nl", "json")
EVENT_TABLE_COLUMNS = ["date", "source", "cameo", "target", "modality", "conf", "evidence"]
_EVIDENCE_WIDTH = 70

F = TypeVar("F", bound=Callable[..., Any])


def output_options(fn: F) -> F:
    """Add ``-t/--table``, ``--csv``, ``--nl`` and ``--json``; the command receives ``fmt``."""
    options = (
        click.option("-t", "--table", "fmt", flag_value="table",
                     help="Print a table (the default on a terminal)."),
        click.option("--csv", "fmt", flag_value="csv", help="Print CSV with a header row."),
        click.option("--nl", "fmt", flag_value="nl",
                     help="Print JSON Lines, one object a line (the default in a pipe)."),
        click.option("--json", "fmt", flag_value="json", help="Print one JSON array."),
    )
    for option in reversed(options):
        fn = option(fn)
    return fn


def resolve_format(fmt: str | None, stream: IO[str] | None = None) -> str:
    """The format asked for, else a table on a terminal and JSON Lines in a pipe."""
    if fmt:
        if fmt not in FORMATS:
            raise ValueError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
        return fmt
    stream = stream or sys.stdout
    return "table" if stream.isatty() else "nl"


def _lookup(row: Mapping[str, Any], column: str) -> Any:
    if column in row:
        return row[column]
    value: Any = row
    for part in column.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def emit(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    fmt: str | None,
    *,
    file: IO[str] | None = None,
    title: str | None = None,
) -> None:
    """Print ``rows`` to ``file`` (stdout) as a table, CSV, JSON Lines or a JSON array."""
    out = file or sys.stdout
    fmt = resolve_format(fmt, out)
    if fmt == "nl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "json":
        out.write(json.dumps(list(rows), ensure_ascii=False, default=str, indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(_lookup(row, c)) for c in columns])
    else:
        _print_table(rows, columns, out, title)
    out.flush()


def _print_table(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[str], out: IO[str], title: str | None
) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    cells = [[_cell(_lookup(row, c)) for c in columns] for row in rows]
    # In a pipe there is no terminal to measure: honour $COLUMNS, else a readable 120.
    width = None if out.isatty() else int(os.environ.get("COLUMNS") or 120)
    if "evidence" in columns and cells:
        # Every column but the evidence keeps its full width; the evidence takes what is left.
        e = list(columns).index("evidence")
        others = sum(max([len(c), *(len(r[i]) for r in cells)]) + 3
                     for i, c in enumerate(columns) if i != e)
        room = max(20, (width or Console(file=out).width) - others - 4)
        for r in cells:
            r[e] = truncate(r[e], room)
    for i, column in enumerate(columns):
        # One line per row: long cells end in an ellipsis rather than wrapping, and the short
        # columns keep their width so that only the evidence gives way on a narrow screen.
        widest = max([len(column), *(len(r[i]) for r in cells)])
        table.add_column(column, overflow="ellipsis", no_wrap=True,
                         min_width=None if column == "evidence" else min(widest, 40))
    for values in cells:
        table.add_row(*values)
    console = Console(file=out, width=width, soft_wrap=False)
    console.print(table)
    if not rows:
        console.print("(no rows)", style="dim")


def truncate(text: str | None, width: int = _EVIDENCE_WIDTH) -> str:
    """One line of at most ``width`` characters, with an ellipsis when cut."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def event_table_rows(events: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The compact columns people read: date, who, what (CAMEO code and name), whom, how sure."""
    rows = []
    for event in events:
        cameo = event.get("cameo") or {}
        source, target = event.get("source") or {}, event.get("target") or {}
        rows.append({
            "date": event.get("date"),
            "source": source.get("code") or source.get("text"),
            "cameo": truncate(f"{cameo.get('code', '')} {cameo.get('name', '')}", 36),
            "target": target.get("code") or target.get("text"),
            "modality": event.get("modality"),
            "conf": event.get("confidence"),
            "evidence": truncate(event.get("evidence")),
        })
    return rows


def events_table(events: Sequence[Mapping[str, Any]], *, file: IO[str] | None = None,
                 title: str | None = None) -> None:
    """Print events (``Event.to_dict()`` dicts) as a readable table."""
    emit(event_table_rows(events), EVENT_TABLE_COLUMNS, "table", file=file, title=title)
