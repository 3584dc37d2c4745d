"""Commands that read the event database: events, sql, dyads, actors top, export, plot.

The lead's ``eventwire.cli`` calls :func:`register`.  ``actors top`` is added with
:func:`register_actor_commands` to an ``actors`` group, so it can live beside the knowledge-base
commands (``actors lookup/stats``) whichever module creates the group.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from eventwire.cli.output import (
    EVENT_TABLE_COLUMNS,
    emit,
    event_table_rows,
    output_options,
    resolve_format,
    truncate,
)
from eventwire.store import DEFAULT_PATH, Store
from eventwire.store.schema import PUBLIC_EVENT_COLUMNS

__all__ = ["db_option", "filter_options", "register", "register_actor_commands"]

F = TypeVar("F", bound=Callable[..., Any])

# Short headers, so that a cluster fits a terminal line with some of its evidence.
CLUSTER_TABLE_COLUMNS = ["date", "source", "cameo", "target", "mentions", "outlets", "evidence"]
CLUSTER_COLUMNS = ["cluster_id", "date", "date_precision", "source_code", "target_code",
                   "cameo_code", "cameo_name", "quad_class", "goldstein", "plover_type",
                   "modality", "num_mentions", "num_articles", "num_publishers", "first_seen",
                   "last_seen", "best_event_id", "evidence", "source_url"]


def db_option(fn: F) -> F:
    """``--db PATH``: the database file (default $EVENTWIRE_DB or ./eventwire.duckdb)."""
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False, path_type=Path),
        default=lambda: os.environ.get("EVENTWIRE_DB", DEFAULT_PATH), show_default=DEFAULT_PATH,
        help="Database file (or set EVENTWIRE_DB).",
    )(fn)


def _dyad(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = value.split(":")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise click.BadParameter(f"{value!r}: give SOURCE:TARGET, e.g. RUS:PRK")
    return parts[0].strip().upper(), parts[1].strip().upper()


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from eventwire.store.rows import date_range

    if value is not None and date_range(value)[0] is None:
        raise click.BadParameter(f"{value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def filter_options(fn: F) -> F:
    """The event filters shared by ``events``, ``export`` and ``plot``."""
    options = (
        click.option("--actor", help="Source or target actor: code prefix (RUS, RUSGOV) or "
                                     "Wikidata id (Q7747)."),
        click.option("--dyad", callback=_dyad, metavar="A:B",
                     help="Directed pair, source:target, e.g. RUS:PRK."),
        click.option("--root", multiple=True, help="CAMEO root code (e.g. 19); repeatable."),
        click.option("--code", multiple=True, help="CAMEO code prefix (e.g. 057); repeatable."),
        click.option("--plover", multiple=True, help="PLOVER type (e.g. ASSAULT); repeatable."),
        click.option("--since", callback=_date, help="Events on or after this date."),
        click.option("--until", callback=_date, help="Events on or before this date."),
        click.option("--modality", multiple=True,
                     type=click.Choice(["asserted", "negated", "hypothetical", "future",
                                        "intended"]), help="Keep only this modality; repeatable."),
        click.option("--min-confidence", type=click.FloatRange(0, 1),
                     help="Keep events at least this confident."),
        click.option("--doc", multiple=True, help="Events of this document id; repeatable."),
    )
    for option in reversed(options):
        fn = option(fn)
    return fn


def _filters(kwargs: dict[str, Any]) -> dict[str, Any]:
    keys = ("actor", "dyad", "root", "code", "plover", "since", "until", "modality",
            "min_confidence", "doc")
    return {k: kwargs[k] for k in keys if kwargs.get(k) not in (None, ())}


def _open(db: Path) -> Store:
    return Store.open(db, read_only=True)


def _cluster_row(row: dict[str, Any], table: bool) -> dict[str, Any]:
    if not table:
        return row
    cameo = f"{row.get('cameo_code') or ''} {row.get('cameo_name') or ''}".strip()
    return {"date": row.get("date"), "source": row.get("source_code"),
            "cameo": truncate(cameo, 32), "target": row.get("target_code"),
            "mentions": row.get("num_mentions"), "outlets": row.get("num_publishers"),
            "evidence": truncate(row.get("evidence"))}


@click.command()
@db_option
@filter_options
@click.option("--clusters", "as_clusters", is_flag=True,
              help="One row per real-world event (cluster of mentions) instead of per mention.")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many rows.")
@output_options
def events(db: Path, as_clusters: bool, limit: int | None, fmt: str | None,
           **kwargs: Any) -> None:
    """Events stored in the database, filtered.

    \b
    Examples:
      eventwire events --dyad RUS:PRK --since 2022-01 -t
      eventwire events --actor UKR --root 19 --csv > strikes.csv
      eventwire events --clusters --min-confidence 0.6
    """
    filters = _filters(kwargs)
    with _open(db) as store:
        if as_clusters:
            table = resolve_format(fmt) == "table"
            rows = [_cluster_row(r, table) for r in store.clusters(limit=limit, **filters)]
            emit(rows, CLUSTER_TABLE_COLUMNS if table else CLUSTER_COLUMNS, fmt)
            return
        records = store.events(with_cluster=True, limit=limit, **filters)
    from eventwire.query import flatten_event

    chosen = resolve_format(fmt)
    if chosen == "table":
        emit(event_table_rows(records), EVENT_TABLE_COLUMNS, "table")
    elif chosen == "csv":
        emit([flatten_event(r) for r in records], list(PUBLIC_EVENT_COLUMNS), "csv")
    else:
        emit(records, [], chosen)


@click.command()
@click.argument("query")
@db_option
@output_options
def sql(query: str, db: Path, fmt: str | None) -> None:
    """Run a read-only SQL query over the tables documents, events, clusters and runs.

    \b
    Example:
      eventwire sql "select cameo_root, count(*) from events group by 1 order by 2 desc"
    """
    from eventwire.query import run_sql

    with _open(db) as store:
        columns, rows = run_sql(store, query)
    emit([dict(zip(columns, row, strict=True)) for row in rows], columns, fmt)


@click.command()
@click.argument("actor_a")
@click.argument("actor_b")
@db_option
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month",
              show_default=True, help="Period length.")
@output_options
def dyads(actor_a: str, actor_b: str, db: Path, by: str, fmt: str | None) -> None:
    """Counts per quad class and Goldstein sum/mean between two actors, per period, both ways.

    \b
    Example:
      eventwire dyads RUS PRK --by year -t
    """
    from eventwire.query import dyad_series

    with _open(db) as store:
        rows = dyad_series(store, actor_a, actor_b, by=by)
    emit(rows, ["period", "direction", "events", "q1", "q2", "q3", "q4", "goldstein_sum",
                "goldstein_mean"], fmt)


@click.command("top")
@db_option
@filter_options
@click.option("--role", type=click.Choice(["any", "source", "target"]), default="any",
              show_default=True, help="Count the actor as source, target or either.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="Number of actors.")
@output_options
def actors_top(db: Path, role: str, limit: int, fmt: str | None, **kwargs: Any) -> None:
    """The actors in the most stored events."""
    from eventwire.query import top_actors

    with _open(db) as store:
        rows = top_actors(store, limit=limit, role=role, **_filters(kwargs))
    emit(rows, ["code", "name", "events", "as_source", "as_target", "goldstein_mean"], fmt)


@click.command()
@db_option
@filter_options
@click.option("--format", "fmt", required=True,
              type=click.Choice(["jsonl", "csv", "parquet", "gdelt", "plover"]),
              help="jsonl: the event records; csv/parquet: flat columns; gdelt: GDELT 2.0 event "
                   "table (one row per cluster, tab-separated); plover: PLOVER JSON lines.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write ('-' for stdout, not for parquet).")
@click.option("--no-header", is_flag=True, help="CSV/GDELT without the header row (raw GDELT "
                                                "files have none).")
def export(db: Path, fmt: str, output: Path, no_header: bool, **kwargs: Any) -> None:
    """Write the events to a file for other tools.

    \b
    Examples:
      eventwire export --format gdelt -o events.tsv
      eventwire export --format parquet --since 2022 -o events.parquet
    """
    from eventwire.export import export_events

    with _open(db) as store:
        n = export_events(store, output, fmt, header=not no_header, **_filters(kwargs))
    click.echo(f"wrote {n} rows to {output}", err=True)


@click.group()
def plot() -> None:
    """Draw charts of the database (needs matplotlib: pip install 'eventwire[plot]')."""


@plot.command("dyad")
@click.argument("actor_a")
@click.argument("actor_b")
@db_option
@click.option("--by", type=click.Choice(["week", "month", "year"]), default="month",
              show_default=True, help="Period length.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Image file (.png, .svg, .pdf).")
def plot_dyad_command(actor_a: str, actor_b: str, db: Path, by: str, output: Path) -> None:
    """Events per period between two actors, by quad class, with the Goldstein mean."""
    from eventwire.export import plot_dyad

    with _open(db) as store:
        _plot(lambda: plot_dyad(store, actor_a, actor_b, output, by=by))
    click.echo(f"wrote {output}", err=True)


@plot.command("network")
@db_option
@filter_options
@click.option("--top", type=click.IntRange(min=2), default=25, show_default=True,
              help="Number of actors to draw.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Image file (.png, .svg, .pdf).")
def plot_network_command(db: Path, top: int, output: Path, **kwargs: Any) -> None:
    """The actors with the most events and the events between them."""
    from eventwire.export import plot_network

    with _open(db) as store:
        _plot(lambda: plot_network(store, output, top=top, **_filters(kwargs)))
    click.echo(f"wrote {output}", err=True)


def _plot(draw: Callable[[], object]) -> None:
    try:
        draw()
    except ImportError as exc:
        raise click.ClickException(str(exc)) from exc


def register_actor_commands(actors: click.Group) -> None:
    """Add ``top`` to an ``actors`` command group (wherever that group is defined)."""
    actors.add_command(actors_top)


def register(main: click.Group) -> None:
    """Add the database commands to the ``eventwire`` group."""
    for command in (events, sql, dyads, export, plot):
        main.add_command(command)
    group = main.commands.get("actors")
    if not isinstance(group, click.Group):
        group = click.Group("actors", help="Actors: who appears in the stored events.")
        main.add_command(group)
    register_actor_commands(group)
