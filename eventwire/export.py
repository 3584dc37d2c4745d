"""Files made from the database: event exports for other tools, and charts.

Formats (``export_events``):

* ``jsonl``   - one ``Event.to_dict()`` record a line, exactly what ``eventwire code`` prints.
* ``csv``     - the flat public columns (``store.schema.PUBLIC_EVENT_COLUMNS``), with a header.
* ``parquet`` - the same columns, typed (written by DuckDB: pyarrow is not needed).
* ``gdelt``   - the GDELT 2.0 event table layout: 61 tab-separated columns in GDELT's order, ONE
  ROW PER CLUSTER (GDELT events are de-duplicated events with NumMentions/NumSources/NumArticles),
  coded from the cluster's best-evidenced mention.  Fields eventwire does not produce are empty:
  religion/ethnic codes, AvgTone, ADM codes, Actor1Geo_*/Actor2Geo_*, and the geo Type,
  CountryCode and FeatureID (GDELT uses FIPS 10-4 and GNS ids, eventwire ISO-3 and GeoNames).
  Day is the first day of the date's period when the date is only a month or a year.  With
  ``header=False`` the file matches raw GDELT files, which have no header row.
* ``plover``  - PLOVER JSON records (the PLOVER manual's "JSON Data Fields"), one a line, one
  per mention; ``link`` holds the cluster id, and eventwire's extra fields (``cameo_code``,
  ``modality``, ``confidence``, ``date_precision``...) are added under their own names.

Every export is written to a temporary file beside the target and renamed at the end, so a failed
export never leaves half a file under the target name.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from eventwire.errors import StoreError
from eventwire.store import EventFilter, Store
from eventwire.store.rows import row_to_dict
from eventwire.store.schema import PUBLIC_EVENT_COLUMNS

__all__ = [
    "FORMATS",
    "GDELT_COLUMNS",
    "export_events",
    "gdelt_row",
    "plot_dyad",
    "plot_network",
    "plover_record",
]

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
PLOT_EXTRA = "pip install 'eventwire[plot]'"

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
               "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61  # the GDELT 2.0 event table

# PLOVER's own quad categories (PLOVER manual, "PLOVER quad categories").
_PLOVER_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "INVESTIGATE": 2,
    "DEMAND": 3, "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
_KNOWN_GROUP_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
_CHUNK = 10_000


# -- writing files atomically ----------------------------------------------------------------

@contextlib.contextmanager
def _atomic(path: Path, mode: str = "w") -> Iterator[Path]:
    """A temporary path next to ``path``, renamed onto it only if the block succeeds."""
    path = Path(path)
    if not path.parent.exists():
        raise StoreError(f"{path}: the directory {path.parent} does not exist")
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.touch()  # fail here, naming the output, rather than deep inside a writer
        yield tmp
        os.replace(tmp, path)
    except OSError as exc:
        raise StoreError(f"{path}: cannot write the export ({exc.strerror}); choose another "
                         "location with -o or free some space") from exc
    finally:
        with contextlib.suppress(OSError):  # gone already, or a read-only directory
            tmp.unlink()


@contextlib.contextmanager
def _text_output(path: Path | str) -> Iterator[IO[str]]:
    if str(path) == "-":
        yield sys.stdout
        return
    with _atomic(Path(path)) as tmp, open(tmp, "w", encoding="utf-8", newline="") as handle:
        yield handle


# -- the export ------------------------------------------------------------------------------

def _rows(store: Store, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    with store.reader() as conn:
        cursor = conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        while batch := cursor.fetchmany(_CHUNK):
            for values in batch:
                yield dict(zip(names, values, strict=True))


_ORDER = "ORDER BY date_start NULLS LAST, doc_id, sentence_index, span_start, event_id"


def export_events(
    store: Store, path: Path | str, fmt: str, *, header: bool = True, **filters: Any
) -> int:
    """Write the events matching ``filters`` to ``path`` in ``fmt``; returns rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    where, params = EventFilter.from_kwargs(**filters).where()
    if fmt in ("csv", "parquet"):
        return _copy(store, Path(path), fmt, where, params, header)
    if fmt == "gdelt":
        rows: Iterable[str] = _gdelt_lines(store, where, params, header)
    else:
        sql = (f"SELECT e.*, d.url AS doc_url, d.title AS doc_title, d.publisher AS doc_publisher,"
               f" d.language AS doc_language, r.started AS run_started FROM events e "
               f"LEFT JOIN documents d ON d.id = e.doc_id LEFT JOIN runs r ON r.run_id = e.run_id "
               f"WHERE {where} {_ORDER}")
        convert = (lambda r: row_to_dict(r)) if fmt == "jsonl" else plover_record
        rows = (json.dumps(convert(r), ensure_ascii=False) + "\n" for r in _rows(store, sql,
                                                                                  params))
    count = 0
    with _text_output(path) as out:
        for line in rows:
            out.write(line)
            count += 1
    return count - (1 if fmt == "gdelt" and header else 0)


def _copy(store: Store, path: Path, fmt: str, where: str, params: list[Any], header: bool) -> int:
    if str(path) == "-":
        raise StoreError("parquet and csv exports are written by DuckDB and need a file: use -o")
    columns = ", ".join(f'"{c}"' for c in PUBLIC_EVENT_COLUMNS)
    options = "FORMAT parquet" if fmt == "parquet" else f"FORMAT csv, HEADER {str(header).lower()}"
    with _atomic(path) as tmp, store.reader() as conn:
        target = str(tmp).replace("'", "''")
        conn.execute(f"COPY (SELECT {columns} FROM events WHERE {where} {_ORDER}) "
                     f"TO '{target}' ({options})", params)
        return int(conn.execute(f"SELECT count(*) FROM events WHERE {where}", params)
                   .fetchone()[0])


# -- GDELT -----------------------------------------------------------------------------------

def _gdelt_id(key: str) -> int:
    # GDELT ids are integers; 60 bits of a hash keep them positive and collision-free in practice.
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:15], 16)


def _actor_fields(code: str | None, name: str | None, country: str | None) -> list[Any]:
    code = code or ""
    group = code[3:6] if code[:3] in _KNOWN_GROUP_PREFIXES and len(code) >= 6 else None
    roles = [code[i:i + 3] for i in range(3, len(code), 3)] if code[:3] not in \
        _KNOWN_GROUP_PREFIXES else [code[i:i + 3] for i in range(6, len(code), 3)]
    roles += [None, None, None]
    return [code or None, (name or "").upper() or None, country or (code[:3] if code and not group
            else None), group, None, None, None, roles[0], roles[1], roles[2]]


def _first_day(value: str | None) -> date | None:
    from eventwire.store.rows import date_range

    return date_range(value)[0]


def gdelt_row(row: Mapping[str, Any]) -> list[Any]:
    """One GDELT 2.0 event row (61 values, ``None`` for empty) from a cluster/event row."""
    day = _first_day(row.get("cluster_date") or row.get("date"))
    if day is not None:
        fraction = min((day.timetuple().tm_yday - 1) / 365, 0.9999)
        dates: list[Any] = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year,
                            f"{day.year + fraction:.4f}"]
    else:
        dates = [None] * 4
    code = row.get("cameo_code") or ""
    places = json.loads(row["locations"]) if isinstance(row.get("locations"), str) else (
        row.get("locations") or [])
    place = places[0] if places else {}
    action_geo = [None, place.get("name"), None, None, None, place.get("lat"), place.get("lon"),
                  None]
    started = row.get("run_started")
    added = started.strftime("%Y%m%d%H%M%S") if isinstance(started, datetime) else None
    values = [
        _gdelt_id(row.get("cluster_id") or row["event_id"]), *dates,
        *_actor_fields(row.get("source_code"), row.get("source_name") or row.get("source_text"),
                       row.get("source_country")),
        *_actor_fields(row.get("target_code"), row.get("target_name") or row.get("target_text"),
                       row.get("target_country")),
        1 if (row.get("sentence_index") or 0) <= 1 else 0,  # in the lead: title or 1st sentence
        code, code[:3], row.get("cameo_root") or code[:2], row.get("quad_class"),
        row.get("goldstein"), row.get("num_mentions") or 1, row.get("num_publishers") or 1,
        row.get("num_articles") or 1, None,
        *([None] * 8), *([None] * 8), *action_geo,
        added, row.get("source_url") or row.get("doc_url") or row.get("doc_id"),
    ]
    return values


def _gdelt_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if not math.isnan(value) else ""
    return str(value).replace("\t", " ").replace("\n", " ")


def _gdelt_lines(store: Store, where: str, params: list[Any], header: bool) -> Iterator[str]:
    sql = f"""
        WITH matched AS (SELECT event_id, cluster_id FROM events WHERE {where}),
        picked AS (
            SELECT c.cluster_id, c.best_event_id AS pick, c.num_mentions, c.num_articles,
                   c.num_publishers, c.source_url, c.date AS cluster_date
            FROM clusters c WHERE c.cluster_id IN (SELECT cluster_id FROM matched)
            UNION ALL
            SELECT NULL, event_id, 1, 1, 1, NULL, NULL FROM matched WHERE cluster_id IS NULL
        )
        SELECT p.*, e.*, d.url AS doc_url, r.started AS run_started
        FROM picked p JOIN events e ON e.event_id = p.pick
        LEFT JOIN documents d ON d.id = e.doc_id LEFT JOIN runs r ON r.run_id = e.run_id
        ORDER BY e.date_start NULLS LAST, p.cluster_id, e.event_id"""
    if header:
        yield "\t".join(GDELT_COLUMNS) + "\n"
    # picked.cluster_id and events.cluster_id share a name; for the picked mention they agree.
    for row in _rows(store, sql, params):
        yield "\t".join(_gdelt_cell(v) for v in gdelt_row(row)) + "\n"


# -- PLOVER ----------------------------------------------------------------------------------

def _plover_actor(row: Mapping[str, Any], prefix: str) -> list[dict[str, Any]]:
    if row.get(f"{prefix}_text") is None:
        return []
    code = row.get(f"{prefix}_code")
    actor = {
        "code": row.get(f"{prefix}_country") or (code[:3] if code else None),
        "sector": row.get(f"{prefix}_sector"),
        "actor_text": row.get(f"{prefix}_text"),
        "identifier_id": row.get(f"{prefix}_entity"),
        "identifier_text": row.get(f"{prefix}_name"),
        "cameo_code": code,
    }
    return [{k: v for k, v in actor.items() if v is not None}]


def plover_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """A PLOVER JSON record for one stored mention (joined with its document and run)."""
    event = row_to_dict(row)
    first = _first_day(event["date"])
    plover_type = event["plover"]["type"]
    places = event["locations"]
    record: dict[str, Any] = {
        "id": event["event_id"],
        "date": first.isoformat() if first else None,
        "source": _plover_actor(row, "source"),
        "recipient": _plover_actor(row, "target"),
        "event": [plover_type] if plover_type else [],
        "mode": event["plover"]["mode"],
        "context": event["plover"]["context"],
        "quad_code": _PLOVER_QUAD.get(plover_type or "", event["cameo"]["quad_class"]),
        "event_scale": event["cameo"]["goldstein"],
        "event_text": [event["evidence"]],
        "link": row.get("cluster_id"),
        "text_info": {"sequence": event["sentence_index"], "start": event["span"][0],
                      "end": event["span"][1]},
        "cite_info": {k: v for k, v in {
            "citation": event["doc_id"], "url": row.get("doc_url"), "title": row.get("doc_title"),
            "publication": row.get("doc_publisher"), "language": row.get("doc_language"),
            "coder": event["coder"], "codebook": "PLOVER 2021 via CAMEO 1.1b3",
        }.items() if v is not None},
        "coder": event["coder"],
        "coded_date": row["run_started"].date().isoformat()
        if isinstance(row.get("run_started"), datetime) else None,
        # eventwire's additions, named as in its own record
        "doc_id": event["doc_id"],
        "cameo_code": event["cameo"]["code"],
        "date_text": event["date"],
        "date_precision": event["date_precision"],
        "date_basis": event["date_basis"],
        "modality": event["modality"],
        "reported_by": event["reported_by"],
        "quote": event["quote"],
        "confidence": event["confidence"],
    }
    if places:
        place = places[0]
        record["event_loc"] = {k: v for k, v in {
            "name": place.get("name"), "latitude": place.get("lat"),
            "longitude": place.get("lon"), "geonameid": place.get("geonameid"),
            "cc3": place.get("country"),
        }.items() if v is not None}
    return record


# -- charts ----------------------------------------------------------------------------------

def _figure(width: float, height: float) -> Any:
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise ImportError(f"plots need matplotlib, an optional extra: {PLOT_EXTRA}") from exc
    # Figure + Agg canvas, not pyplot: no global backend switch, no display needed.
    figure = Figure(figsize=(width, height), dpi=110, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _save(figure: Any, path: Path) -> None:
    suffix = Path(path).suffix.lower().lstrip(".") or "png"
    with _atomic(Path(path)) as tmp:
        figure.savefig(tmp, format=suffix)


_QUAD_LABELS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
                4: "material conflict"}
_QUAD_COLOURS = {1: "#6baed6", 2: "#2171b5", 3: "#fc9272", 4: "#cb181d"}


def plot_dyad(store: Store, a: str, b: str, path: Path | str, *, by: str = "month",
              **filters: Any) -> Path:
    """Stacked bars of events per period by quad class, one panel per direction, with the
    Goldstein mean as a line; returns the path written."""
    from eventwire.query import dyad_series

    rows = dyad_series(store, a, b, by=by, **filters)
    figure = _figure(10, 6)
    a, b = a.upper(), b.upper()
    periods = sorted({r["period"] for r in rows})
    axes = figure.subplots(2, 1, sharex=True)
    for ax, direction in zip(axes, (f"{a}->{b}", f"{b}->{a}"), strict=True):
        by_period = {r["period"]: r for r in rows if r["direction"] == direction}
        bottom = [0] * len(periods)
        for quad in (1, 2, 3, 4):
            heights = [by_period.get(p, {}).get(f"q{quad}", 0) or 0 for p in periods]
            ax.bar(range(len(periods)), heights, bottom=bottom, color=_QUAD_COLOURS[quad],
                   label=_QUAD_LABELS[quad])
            bottom = [x + y for x, y in zip(bottom, heights, strict=True)]
        ax.set_ylabel(f"{direction.replace('->', ' → ')}\nevents")
        twin = ax.twinx()
        means = [by_period.get(p, {}).get("goldstein_mean") for p in periods]
        twin.plot(range(len(periods)), [m if m is not None else float("nan") for m in means],
                  color="black", marker="o", linewidth=1, label="Goldstein mean")
        twin.set_ylim(-10, 10)
        twin.set_ylabel("Goldstein")
    axes[0].set_title(f"Events between {a} and {b} per {by}")
    axes[0].legend(loc="upper left", fontsize="small", ncols=2)
    axes[1].set_xticks(range(len(periods)), periods, rotation=45, ha="right")
    if not periods:
        axes[0].text(0.5, 0.5, "no dated events for this pair", ha="center",
                     transform=axes[0].transAxes)
    _save(figure, Path(path))
    return Path(path)


def plot_network(store: Store, path: Path | str, *, top: int = 25, **filters: Any) -> Path:
    """The ``top`` actors with the most events on a circle, linked by the events between them
    (width: number of events; colour: mean Goldstein, red conflict to blue cooperation)."""
    from eventwire.query import top_actors

    actors = top_actors(store, limit=top, **filters)
    codes = [r["code"] for r in actors]
    where, params = EventFilter.from_kwargs(**filters).where()
    edges: list[tuple[str, str, int, float]] = []
    if codes:
        marks = ", ".join("?" * len(codes))
        with store.reader() as conn:
            edges = conn.execute(
                f"SELECT source_code, target_code, count(*), avg(goldstein) FROM events "
                f"WHERE {where} AND source_code IN ({marks}) AND target_code IN ({marks}) "
                f"AND source_code != target_code GROUP BY 1, 2 ORDER BY 3",
                [*params, *codes, *codes],
            ).fetchall()
    figure = _figure(9, 9)
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.set_aspect("equal")
    position = {
        code: (math.cos(2 * math.pi * i / max(len(codes), 1)),
               math.sin(2 * math.pi * i / max(len(codes), 1)))
        for i, code in enumerate(codes)
    }
    from matplotlib import colormaps
    from matplotlib.colors import Normalize

    cmap, norm = colormaps["RdBu"], Normalize(-10, 10)
    biggest = max((n for *_, n, _ in edges), default=1)
    for source, target, n, goldstein in edges:
        (x0, y0), (x1, y1) = position[source], position[target]
        ax.annotate("", xy=(x1, y1), xytext=(x0, y0), arrowprops={
            "arrowstyle": "-|>", "color": cmap(norm(goldstein or 0)), "alpha": 0.8,
            "linewidth": 0.5 + 4 * math.log1p(n) / math.log1p(biggest),
            "connectionstyle": "arc3,rad=0.12", "shrinkA": 12, "shrinkB": 12})
    most = max((r["events"] for r in actors), default=1)
    for row in actors:
        x, y = position[row["code"]]
        ax.scatter([x], [y], s=80 + 900 * row["events"] / most, color="#dddddd",
                   edgecolors="#444444", zorder=3)
        ax.annotate(row["code"], (x * 1.13, y * 1.13), ha="center", va="center", fontsize=9)
    ax.set_xlim(-1.35, 1.35)
    ax.set_ylim(-1.35, 1.35)
    ax.set_title(f"Top {len(codes)} actors and the events between them")
    if not codes:
        ax.text(0, 0, "no events", ha="center")
    _save(figure, Path(path))
    return Path(path)
