"""Queries over a real DuckDB file: dyad series, top actors, read-only SQL, the DataFrame API."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from eventwire import query
from eventwire.errors import StoreError
from eventwire.records import Document, Event
from eventwire.store import Store
from eventwire.store.rows import dict_to_event
from eventwire.store.schema import PUBLIC_EVENT_COLUMNS

FIXTURES = Path(__file__).parent / "fixtures" / "clusters"


def _event(doc: str, i: int, source: str, target: str, code: str, quad: int, goldstein: float,
           date: str, precision: str = "day") -> Event:
    return dict_to_event({
        "doc_id": doc, "sentence_index": i, "span": [0, 10],
        "evidence": f"{source} {code} {target}",
        "source": {"text": source, "code": source, "country": source[:3], "name": f"n{source}"},
        "target": {"text": target, "code": target, "country": target[:3], "name": f"n{target}"},
        "cameo": {"code": code, "root": code[:2], "name": f"c{code}", "quad_class": quad,
                  "goldstein": goldstein},
        "plover": {"type": "AGREE"}, "date": date, "date_precision": precision,
        "date_basis": "text", "confidence": 0.7, "coder": "test",
    })


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "ev.duckdb"
    events = [
        _event("a", 0, "RUSGOV", "PRKGOV", "036", 1, 4.0, "2022-01-10"),
        _event("a", 1, "RUS", "PRK", "057", 1, 8.0, "2022-01-20"),
        _event("a", 2, "PRK", "RUS", "112", 3, -2.0, "2022-01-21"),
        _event("b", 0, "RUSMIL", "PRK", "190", 4, -10.0, "2022-03-02"),
        _event("b", 1, "PRKGOV", "RUSGOV", "061", 2, 6.4, "2022-03"),  # month precision
        _event("b", 2, "USAGOV", "RUSGOV", "111", 3, -2.0, "2023-05-05"),
    ]
    with Store.open(path) as store:
        run = store.begin_run({})
        store.write_batch(run, [(Document("a", "A"), events[:3]), (Document("b", "B"), events[3:])])
        store.finish_run(run)
    return path


def test_dyad_series_counts_both_directions_per_period(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        rows = query.dyad_series(store, "rus", "PRK", by="month")
        yearly = query.dyad_series(store, "RUS", "PRK", by="year")
        with pytest.raises(ValueError, match="--by 'decade'"):
            query.dyad_series(store, "RUS", "PRK", by="decade")
    assert [(r["period"], r["direction"], r["events"]) for r in rows] == [
        ("2022-01", "RUS->PRK", 2), ("2022-01", "PRK->RUS", 1),
        ("2022-03", "RUS->PRK", 1), ("2022-03", "PRK->RUS", 1),
    ]
    jan = rows[0]
    assert (jan["q1"], jan["q2"], jan["q3"], jan["q4"]) == (2, 0, 0, 0)
    assert (jan["goldstein_sum"], jan["goldstein_mean"]) == (12.0, 6.0)
    assert [(r["direction"], r["events"], r["q4"], r["goldstein_sum"]) for r in yearly] == [
        ("RUS->PRK", 3, 1, 2.0), ("PRK->RUS", 2, 0, 4.4)]


def test_top_actors(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        top = query.top_actors(store, limit=3)
        sources = query.top_actors(store, role="source", limit=10, since="2023")
    assert [(r["code"], r["events"]) for r in top] == [("PRK", 3), ("RUSGOV", 3), ("PRKGOV", 2)]
    assert top[1]["as_source"] == 1 and top[1]["as_target"] == 2
    assert top[1]["name"] == "nRUSGOV"
    assert [(r["code"], r["events"]) for r in sources] == [("USAGOV", 1)]


def test_sql_is_read_only_and_sealed(db: Path, tmp_path: Path) -> None:
    with Store.open(db, read_only=True) as store:
        columns, rows = query.run_sql(store, "SELECT cameo_root, count(*) AS n FROM events "
                                             "GROUP BY 1 ORDER BY 1")
        assert columns == ["cameo_root", "n"] and rows[0] == ("03", 1)
        with pytest.raises(StoreError, match="SQL error.*read-only"):
            query.run_sql(store, "DELETE FROM events")
        with pytest.raises(StoreError, match="SQL error"):
            query.run_sql(store, f"COPY events TO '{tmp_path / 'leak.csv'}'")
        with pytest.raises(StoreError, match="SQL error"):
            query.run_sql(store, "SELECT * FROM read_csv('/etc/hostname')")
        with pytest.raises(StoreError, match="SQL error.*Tables: documents"):
            query.run_sql(store, "SELECT nonsense FROM nowhere")
        assert store.count() == 6
    assert not (tmp_path / "leak.csv").exists()


def test_flatten_event_matches_the_store_columns(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        (event,) = store.events(doc="b", code="190", with_cluster=True)
    flat = query.flatten_event(event)
    assert list(flat) == list(PUBLIC_EVENT_COLUMNS)
    assert (flat["source_code"], flat["cameo_code"], flat["quad_class"], flat["goldstein"]) == (
        "RUSMIL", "190", 4, -10.0)
    assert flat["cluster_id"].startswith("c:")


def test_database_dataframes(db: Path) -> None:
    pytest.importorskip("pandas")
    with query.open(db) as database:
        frame = database.events(dyad=("RUS", "PRK"), since="2022-01-15")
        assert list(frame["cameo_code"]) == ["057", "190"]
        assert set(PUBLIC_EVENT_COLUMNS) <= set(frame.columns)
        assert str(frame["date_start"].iloc[0])[:10] == "2022-01-20"
        series = database.dyad("RUS", "PRK", by="year")
        assert list(series["events"]) == [3, 2]
        assert database.actors(limit=1)["code"].tolist() == ["PRK"]
        assert database.sql("SELECT count(*) AS n FROM events")["n"].tolist() == [6]
        assert len(database.clusters()) >= 1
        assert len(database.records(doc="a")) == 3
        assert database.count(root="19") == 1
        assert "ev.duckdb" in repr(database)


def test_database_names_the_extra_when_pandas_is_missing(db: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    database = query.open(db)
    with pytest.raises(ImportError, match=r"pip install 'eventwire\[data\]'"):
        database.events()
    assert len(database.records()) == 6  # records need no pandas


def test_database_on_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        query.open(tmp_path / "nothing.duckdb")


def test_collection_clusters_as_a_frame(tmp_path: Path) -> None:
    """The cluster view over the fixture collection: one row per real-world event."""
    pytest.importorskip("pandas")
    import json

    path = tmp_path / "ev.duckdb"
    articles = [json.loads(x) for x in (FIXTURES / "articles.jsonl").read_text().splitlines()]
    events = [json.loads(x) for x in (FIXTURES / "events.jsonl").read_text().splitlines()]
    with Store.open(path) as store:
        run = store.begin_run({})
        store.write_batch(run, [
            (Document(a["id"], a["text"], publisher=a["publisher"], published=a["date"]),
             [dict_to_event(e) for e in events if e["doc_id"] == a["id"]]) for a in articles])
        store.finish_run(run)
    frame = query.open(path).clusters(dyad="RUS:UKR", root="05")
    assert frame["num_articles"].tolist() == [4]
    assert frame["num_publishers"].tolist() == [4]
