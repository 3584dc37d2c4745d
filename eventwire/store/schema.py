"""The database layout: tables, their columns, and the schema version kept inside the file.

The version lets a newer eventwire migrate an older file and lets an older eventwire refuse a
file it cannot read instead of misreading it.  Bump ``SCHEMA_VERSION`` whenever a column is added
or changes meaning, and add the step to ``MIGRATIONS``.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

__all__ = [
    "CLUSTER_COLUMNS",
    "DOCUMENT_COLUMNS",
    "EVENT_COLUMNS",
    "PUBLIC_EVENT_COLUMNS",
    "RUN_COLUMNS",
    "SCHEMA_VERSION",
    "create_schema",
    "schema_version",
]

SCHEMA_VERSION = 2

# (name, DuckDB type).  Order matters: it is the order of ``SELECT *`` and of the CSV export.
DOCUMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR PRIMARY KEY"),
    ("url", "VARCHAR"),
    ("title", "VARCHAR"),
    ("publisher", "VARCHAR"),
    ("published", "VARCHAR"),
    ("language", "VARCHAR"),
    ("content_hash", "VARCHAR NOT NULL"),
    ("text", "VARCHAR"),
    ("origin", "VARCHAR"),
    ("published_basis", "VARCHAR"),
    ("run_id", "VARCHAR"),
)


def _actor_columns(prefix: str, parts: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((f"{prefix}_{part}", "VARCHAR") for part in parts)


_ACTOR_PARTS = ("text", "name", "code", "country", "sector", "entity")

# Every field of the SCHEMA.md event record, flattened; the public ones first.
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "VARCHAR PRIMARY KEY"),
    ("doc_id", "VARCHAR NOT NULL"),
    ("sentence_index", "INTEGER"),
    ("span_start", "INTEGER"),
    ("span_end", "INTEGER"),
    ("evidence", "VARCHAR"),
    *_actor_columns("source", _ACTOR_PARTS),
    *_actor_columns("target", _ACTOR_PARTS),
    ("cameo_code", "VARCHAR NOT NULL"),
    ("cameo_root", "VARCHAR"),
    ("cameo_name", "VARCHAR"),
    ("quad_class", "TINYINT"),
    ("goldstein", "DOUBLE"),
    ("plover_type", "VARCHAR"),
    ("plover_mode", "VARCHAR"),
    ("plover_context", "VARCHAR"),
    ("date", "VARCHAR"),
    ("date_precision", "VARCHAR"),
    ("date_basis", "VARCHAR"),
    ("modality", "VARCHAR"),
    ("reported_by_text", "VARCHAR"),
    ("reported_by_code", "VARCHAR"),
    ("reported_by_country", "VARCHAR"),
    ("quote", "VARCHAR"),
    ("locations", "JSON"),
    ("confidence", "DOUBLE"),
    ("coder", "VARCHAR"),
    # Not in the public record, kept so that record -> store -> record is lossless and so that
    # date filters and clustering run in SQL without parsing strings.
    ("trigger", "VARCHAR"),
    ("reported_by_name", "VARCHAR"),
    ("reported_by_sector", "VARCHAR"),
    ("reported_by_entity", "VARCHAR"),
    ("date_start", "DATE"),
    ("date_end", "DATE"),
    ("cluster_id", "VARCHAR"),
    ("cluster_block", "VARCHAR"),  # dyad + CAMEO family: clustering looks only inside it
    ("run_id", "VARCHAR"),
)

# The flat public columns: what CSV and Parquet exports contain.
PUBLIC_EVENT_COLUMNS: tuple[str, ...] = tuple(
    name for name, _ in EVENT_COLUMNS[: [n for n, _ in EVENT_COLUMNS].index("coder") + 1]
) + ("cluster_id",)

RUN_COLUMNS: tuple[tuple[str, str], ...] = (
    ("run_id", "VARCHAR PRIMARY KEY"),
    ("eventwire_version", "VARCHAR"),
    ("model", "VARCHAR"),
    ("lexicon_version", "VARCHAR"),
    ("actor_base_version", "VARCHAR"),
    ("started", "TIMESTAMP"),
    ("finished", "TIMESTAMP"),
    ("status", "VARCHAR"),  # running | finished | interrupted
    ("counts", "JSON"),
    ("meta", "JSON"),
)

CLUSTER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("cluster_id", "VARCHAR PRIMARY KEY"),
    ("best_event_id", "VARCHAR"),
    ("source_code", "VARCHAR"),
    ("target_code", "VARCHAR"),
    ("cameo_code", "VARCHAR"),
    ("cameo_root", "VARCHAR"),
    ("cameo_name", "VARCHAR"),
    ("quad_class", "TINYINT"),
    ("goldstein", "DOUBLE"),
    ("plover_type", "VARCHAR"),
    ("modality", "VARCHAR"),
    ("date", "VARCHAR"),
    ("date_precision", "VARCHAR"),
    ("num_mentions", "INTEGER"),
    ("num_articles", "INTEGER"),
    ("num_publishers", "INTEGER"),
    ("first_seen", "VARCHAR"),
    ("last_seen", "VARCHAR"),
    ("evidence", "VARCHAR"),
    ("source_url", "VARCHAR"),
)


# The actors seen: one row per actor code found as a source or target, derived from the events
# so that it can never disagree with them (a view costs nothing to keep up to date, and a killed
# run leaves nothing to repair).
ACTORS_VIEW = """
CREATE OR REPLACE VIEW actors AS
WITH sides AS (
  SELECT source_code AS code, source_name AS name, source_country AS country,
         source_sector AS sector, source_entity AS entity, doc_id, date, 'source' AS side
  FROM events WHERE source_code IS NOT NULL
  UNION ALL
  SELECT target_code, target_name, target_country, target_sector, target_entity, doc_id, date,
         'target'
  FROM events WHERE target_code IS NOT NULL
)
SELECT code, any_value(name) AS name, any_value(country) AS country,
       any_value(sector) AS sector, any_value(entity) AS entity,
       count(*) FILTER (WHERE side = 'source') AS as_source,
       count(*) FILTER (WHERE side = 'target') AS as_target,
       count(DISTINCT doc_id) AS documents, min(date) AS first_seen, max(date) AS last_seen
FROM sides GROUP BY code
"""


def _create_table(name: str, columns: tuple[tuple[str, str], ...]) -> str:
    body = ",\n  ".join(f'"{col}" {kind}' for col, kind in columns)
    return f"CREATE TABLE IF NOT EXISTS {name} (\n  {body}\n)"


def create_schema(conn: duckdb.DuckDBPyConnection) -> None:
    """Create every table of the current version in an empty database."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS eventwire_meta (key VARCHAR PRIMARY KEY, value VARCHAR)"
    )
    conn.execute(_create_table("documents", DOCUMENT_COLUMNS))
    conn.execute(_create_table("events", EVENT_COLUMNS))
    conn.execute(_create_table("runs", RUN_COLUMNS))
    conn.execute(_create_table("clusters", CLUSTER_COLUMNS))
    conn.execute(ACTORS_VIEW)
    conn.execute(
        "INSERT OR REPLACE INTO eventwire_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
    )


def schema_version(conn: duckdb.DuckDBPyConnection) -> int | None:
    """The version written in the file; ``None`` for a DuckDB file without eventwire tables."""
    tables = {row[0] for row in conn.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "eventwire_meta" not in tables:
        return None
    row = conn.execute("SELECT value FROM eventwire_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def user_tables(conn: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT table_name FROM duckdb_tables()").fetchall()}


# version -> function that upgrades a file from that version to version + 1
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {
    1: lambda conn: conn.execute(ACTORS_VIEW),  # 1 -> 2: the actors-seen view
}
