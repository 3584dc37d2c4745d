"""Exports (JSONL, CSV, Parquet, GDELT 2.0, PLOVER) and charts, from a real DuckDB file."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.export import GDELT_COLUMNS, export_events, plot_dyad, plot_network
from eventwire.records import Document
from eventwire.store import Store
from eventwire.store.rows import dict_to_event
from eventwire.store.schema import PUBLIC_EVENT_COLUMNS

FIXTURES = Path(__file__).parent / "fixtures" / "clusters"


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """The clustering collection stored and clustered once for the whole module."""
    path = tmp_path_factory.mktemp("export") / "ev.duckdb"
    articles = [json.loads(x) for x in (FIXTURES / "articles.jsonl").read_text().splitlines()]
    events = [json.loads(x) for x in (FIXTURES / "events.jsonl").read_text().splitlines()]
    with Store.open(path) as store:
        run = store.begin_run({"eventwire_version": "test"})
        store.write_batch(run, [
            (Document(a["id"], a["text"], a["title"], a["url"], a["publisher"], a["date"],
                      a["language"]),
             [dict_to_event(e) for e in events if e["doc_id"] == a["id"]]) for a in articles])
        store.finish_run(run)
    return path, events


def test_jsonl_is_exactly_the_event_records(collection: tuple[Path, list[dict]],
                                            tmp_path: Path) -> None:
    db, events = collection
    out = tmp_path / "events.jsonl"
    with Store.open(db, read_only=True) as store:
        assert export_events(store, out, "jsonl") == len(events)
    written = [json.loads(x) for x in out.read_text().splitlines()]
    # "gold" is the label and "trigger" the stored-only trigger word: neither is public
    expected = {e["event_id"]: {k: v for k, v in e.items() if k not in ("gold", "trigger")}
                for e in events}
    assert {w["event_id"]: w for w in written} == expected


def test_csv_and_parquet_have_the_flat_columns(collection: tuple[Path, list[dict]],
                                               tmp_path: Path) -> None:
    db, _ = collection
    with Store.open(db, read_only=True) as store:
        n_csv = export_events(store, tmp_path / "e.csv", "csv", dyad="RUS:UKR")
        n_parquet = export_events(store, tmp_path / "e.parquet", "parquet", dyad="RUS:UKR")
        export_events(store, tmp_path / "bare.csv", "csv", header=False, doc="a01")
    with open(tmp_path / "e.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(PUBLIC_EVENT_COLUMNS)
    assert n_csv == n_parquet == len(rows) > 0
    assert {r["source_country"] for r in rows} == {"RUS"}
    conn = duckdb.connect()
    frame = conn.execute(f"SELECT * FROM '{tmp_path / 'e.parquet'}'").fetchall()
    columns = [d[0] for d in conn.description]
    assert columns == list(PUBLIC_EVENT_COLUMNS) and len(frame) == n_csv
    assert len((tmp_path / "bare.csv").read_text().splitlines()) == 3  # no header, 3 events


def test_gdelt_layout_one_row_per_cluster(collection: tuple[Path, list[dict]],
                                          tmp_path: Path) -> None:
    db, events = collection
    out = tmp_path / "events.tsv"
    with Store.open(db, read_only=True) as store:
        n = export_events(store, out, "gdelt")
        n_clusters = store.stats()["clusters"]
    lines = out.read_text().splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS)
    assert (GDELT_COLUMNS[0], GDELT_COLUMNS[5], GDELT_COLUMNS[26], GDELT_COLUMNS[-2],
            GDELT_COLUMNS[-1]) == ("GlobalEventID", "Actor1Code", "EventCode", "DATEADDED",
                                   "SOURCEURL")
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines[1:]]
    assert n == len(rows) == n_clusters
    assert len({r["GlobalEventID"] for r in rows}) == n
    grain = [r for r in rows if r["EventCode"] == "057" and r["Day"] == "20220722"]
    assert len(grain) == 1
    (row,) = grain
    assert (row["MonthYear"], row["Year"], row["EventBaseCode"], row["EventRootCode"]) == (
        "202207", "2022", "057", "05")
    assert (row["NumMentions"], row["NumArticles"], row["NumSources"]) == ("5", "4", "4")
    assert row["QuadClass"] == "1" and float(row["GoldsteinScale"]) == 8.0
    assert row["Actor1CountryCode"] in ("RUS", "UKR") and row["AvgTone"] == ""
    assert row["SOURCEURL"].startswith("https://") and len(row["DATEADDED"]) == 14
    invasion = [r for r in rows if r["Day"] == "20220224"]
    assert invasion and invasion[0]["NumMentions"] == "4"  # the February mention joined it
    kyiv = next(r for r in rows if r["ActionGeo_FullName"] == "Kyiv")
    assert kyiv["ActionGeo_Lat"] == "50.45" and kyiv["Actor1Type1Code"] == "MIL"
    raw = tmp_path / "raw.tsv"
    with Store.open(db, read_only=True) as store:
        assert export_events(store, raw, "gdelt", header=False, doc="a05") == 1
    assert len(raw.read_text().splitlines()[0].split("\t")) == 61


def test_plover_records(collection: tuple[Path, list[dict]], tmp_path: Path) -> None:
    db, events = collection
    out = tmp_path / "plover.jsonl"
    with Store.open(db, read_only=True) as store:
        assert export_events(store, out, "plover", doc="a35") == 2
    background, strike = [json.loads(x) for x in out.read_text().splitlines()]  # by date
    assert background["date"] == "2022-02-01" and background["date_precision"] == "month"
    assert background["date_text"] == "2022-02"
    assert strike["event"] == ["ASSAULT"] and strike["quad_code"] == 4
    assert strike["source"] == [{"code": "RUS", "sector": "MIL", "actor_text": "Russian missiles",
                                 "identifier_text": "Russian armed forces",
                                 "cameo_code": "RUSMIL"}]
    assert strike["recipient"][0]["code"] == "UKR"
    assert strike["event_loc"]["name"] == "Kyiv" and strike["event_loc"]["cc3"] == "UKR"
    assert strike["link"].startswith("c:") and strike["cameo_code"] == "195"
    assert strike["cite_info"]["publication"] == "Harbor Times"
    assert strike["text_info"]["sequence"] == 0 and strike["event_scale"] == -10.0


def test_failed_export_leaves_nothing_behind(collection: tuple[Path, list[dict]],
                                             tmp_path: Path) -> None:
    db, _ = collection
    with Store.open(db, read_only=True) as store:
        with pytest.raises(StoreError, match="does not exist"):
            export_events(store, tmp_path / "no" / "x.csv", "csv")
        with pytest.raises(ValueError, match="unknown export format"):
            export_events(store, tmp_path / "x.xml", "xml")
        with pytest.raises(ValueError, match="not a date"):
            export_events(store, tmp_path / "x.jsonl", "jsonl", since="soon")
    assert list(tmp_path.iterdir()) == []
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "x.csv").mkdir()  # the target name is taken by a directory: the rename fails
    with Store.open(db, read_only=True) as store:
        for fmt in ("csv", "jsonl"):
            with pytest.raises(StoreError, match="cannot write the export"):
                export_events(store, blocked / "x.csv", fmt)
    assert [p.name for p in blocked.iterdir()] == ["x.csv"]


def test_plots_write_images(collection: tuple[Path, list[dict]], tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    db, _ = collection
    with Store.open(db, read_only=True) as store:
        plot_dyad(store, "RUS", "UKR", tmp_path / "dyad.png", by="month")
        plot_network(store, tmp_path / "net.png", top=8)
        plot_dyad(store, "FRA", "DEU", tmp_path / "empty.svg")
    for name in ("dyad.png", "net.png"):
        data = (tmp_path / name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    assert b"<svg" in (tmp_path / "empty.svg").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dyad.png", "empty.svg", "net.png"]


def test_plots_name_the_extra_when_matplotlib_is_missing(
    collection: tuple[Path, list[dict]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    db, _ = collection
    with Store.open(db, read_only=True) as store:
        with pytest.raises(ImportError, match=r"pip install 'eventwire\[plot\]'"):
            plot_dyad(store, "RUS", "UKR", tmp_path / "x.png")
