"""The database commands (events, sql, dyads, actors top, export, plot) on a real DuckDB file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from eventwire.cli.database import register
from eventwire.cli.output import EVENT_TABLE_COLUMNS, emit, events_table, output_options
from eventwire.errors import StoreError
from eventwire.records import Document
from eventwire.store import Store
from eventwire.store.rows import dict_to_event
from eventwire.store.schema import PUBLIC_EVENT_COLUMNS

FIXTURES = Path(__file__).parent / "fixtures" / "clusters"


@pytest.fixture(scope="module")
def cli() -> click.Group:
    """A stand-alone group with only this module's commands (the lead's `main` adds the rest)."""
    group = click.Group("eventwire")
    register(group)
    return group


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "ev.duckdb"
    articles = [json.loads(x) for x in (FIXTURES / "articles.jsonl").read_text().splitlines()]
    events = [json.loads(x) for x in (FIXTURES / "events.jsonl").read_text().splitlines()]
    with Store.open(path) as store:
        run = store.begin_run({})
        store.write_batch(run, [
            (Document(a["id"], a["text"], a["title"], a["url"], a["publisher"], a["date"]),
             [dict_to_event(e) for e in events if e["doc_id"] == a["id"]]) for a in articles])
        store.finish_run(run)
    return path


def run(cli: click.Group, *args: str, code: int = 0) -> click.testing.Result:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, (result.output, result.exception)
    return result


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...],
                                                                         click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append(((*prefix, name), command))
        if isinstance(command, click.Group):
            found += _commands(command, (*prefix, name))
    return found


def test_every_command_has_help(cli: click.Group) -> None:
    commands = _commands(cli)
    assert {" ".join(p) for p, _ in commands} >= {"events", "sql", "dyads", "export", "plot",
                                                  "plot dyad", "plot network", "actors top"}
    for path, command in commands:
        assert (command.help or "").strip(), f"`eventwire {' '.join(path)}` has no help"
        assert "Show this message" in run(cli, *path, "--help").output
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"`{' '.join(path)} {param.opts[0]}` has no help"


def test_events_formats(cli: click.Group, db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        expected = store.events(with_cluster=True)
    piped = run(cli, "events", "--db", str(db)).output  # not a terminal: JSON Lines
    assert [json.loads(x) for x in piped.splitlines()] == expected
    as_json = json.loads(run(cli, "events", "--db", str(db), "--json").output)
    assert as_json == expected
    rows = list(csv.DictReader(io.StringIO(run(cli, "events", "--db", str(db), "--csv").output)))
    assert list(rows[0]) == list(PUBLIC_EVENT_COLUMNS) and len(rows) == len(expected)
    table = run(cli, "events", "--db", str(db), "-t", "--doc", "a09").output
    for column in EVENT_TABLE_COLUMNS:
        assert column in table
    assert "057 Sign formal agreement" in table and "RUS" in table


def test_events_filters_and_clusters(cli: click.Group, db: Path) -> None:
    out = run(cli, "events", "--db", str(db), "--dyad", "rus:ukr", "--root", "19",
              "--since", "2022-10", "--nl").output
    events = [json.loads(x) for x in out.splitlines()]
    assert len(events) == 5 and {e["date"] for e in events} == {"2022-10-10"}
    out = run(cli, "events", "--db", str(db), "--actor", "PRK", "--plover", "support",
              "--min-confidence", "0.5", "--modality", "asserted", "--limit", "2").output
    assert len(out.splitlines()) == 2
    clusters = json.loads(run(cli, "events", "--db", str(db), "--clusters", "--json",
                              "--dyad", "RUS:UKR", "--code", "057").output)
    assert [c["num_mentions"] for c in clusters] == [5]
    table = run(cli, "events", "--db", str(db), "--clusters", "-t", "--root", "19").output
    assert "mentions" in table and "outlets" in table and "…" in table  # evidence truncated
    assert all(len(line) <= 120 for line in table.splitlines())  # fits a 120-column screen
    bad = run(cli, "events", "--db", str(db), "--dyad", "RUS", code=2)
    assert "SOURCE:TARGET" in bad.output
    bad = run(cli, "events", "--db", str(db), "--since", "yesterday", code=2)
    assert "YYYY-MM-DD" in bad.output


def test_sql_dyads_and_actors(cli: click.Group, db: Path) -> None:
    out = run(cli, "sql", "SELECT cameo_root, count(*) AS n FROM events GROUP BY 1 "
                          "ORDER BY 2 DESC, 1 LIMIT 2", "--db", str(db), "--csv").output
    assert out.splitlines() == ["cameo_root,n", "19,19", "04,16"]
    denied = run(cli, "sql", "DROP TABLE events", "--db", str(db), code=1)
    assert isinstance(denied.exception, StoreError) and "read-only" in str(denied.exception)
    series = json.loads(run(cli, "dyads", "RUS", "UKR", "--by", "year", "--db", str(db),
                            "--json").output)
    assert [(r["period"], r["direction"], r["events"]) for r in series] == [
        ("2022", "RUS->UKR", 16), ("2022", "UKR->RUS", 3)]
    top = [json.loads(x) for x in run(cli, "actors", "top", "--db", str(db), "--limit", "2",
                                      "--nl").output.splitlines()]
    # RUS and RUSGOV both have 13: ties go by code
    assert [(t["code"], t["events"]) for t in top] == [("UKR", 18), ("RUS", 13)]


def test_export_and_plot(cli: click.Group, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    result = run(cli, "export", "--db", str(db), "--format", "gdelt", "-o", str(out),
                 "--no-header")
    assert "wrote 19 rows" in result.output  # one row per cluster: the 19 events
    assert all(len(line.split("\t")) == 61 for line in out.read_text().splitlines())
    pytest.importorskip("matplotlib")
    run(cli, "plot", "dyad", "RUS", "PRK", "--db", str(db), "-o", str(tmp_path / "d.png"))
    run(cli, "plot", "network", "--db", str(db), "--top", "5", "--since", "2023",
        "-o", str(tmp_path / "n.png"))
    assert (tmp_path / "d.png").stat().st_size > 5000 and (tmp_path / "n.png").exists()


def test_database_from_the_environment_and_missing_file(cli: click.Group, db: Path,
                                                        tmp_path: Path) -> None:
    result = CliRunner(env={"EVENTWIRE_DB": str(db)}).invoke(cli, ["events", "--doc", "a01"])
    assert result.exit_code == 0 and len(result.output.splitlines()) == 3
    missing = run(cli, "events", "--db", str(tmp_path / "none.duckdb"), code=1)
    assert isinstance(missing.exception, StoreError)
    assert "no such database" in str(missing.exception)
    assert not (tmp_path / "none.duckdb").exists()


def test_errors_are_one_line_under_the_real_main(db: Path, tmp_path: Path) -> None:
    main = pytest.importorskip("eventwire.cli").main
    if "events" not in main.commands:
        pytest.skip("the lead's `main` does not register the database commands yet")
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: [E400]") and "Traceback" not in lines[0]
    assert "top" in main.commands["actors"].commands


def test_output_helpers() -> None:
    @click.command()
    @output_options
    def show(fmt: str | None) -> None:
        emit([{"a": 1, "b": {"c": "x"}}, {"a": 2.5, "b": None}], ["a", "b.c"], fmt)

    runner = CliRunner()
    assert runner.invoke(show, ["--csv"]).output.splitlines() == ["a,b.c", "1,x", "2.5,"]
    assert json.loads(runner.invoke(show, ["--json"]).output)[0]["b"] == {"c": "x"}
    assert len(runner.invoke(show, ["--nl"]).output.splitlines()) == 2
    table = runner.invoke(show, ["-t"]).output
    assert "b.c" in table and "2.5" in table
    buffer = io.StringIO()
    events_table([{"date": "2022-01-01", "source": {"code": "RUS"}, "target": None,
                   "cameo": {"code": "190", "name": "Use conventional military force"},
                   "modality": "asserted", "confidence": 0.5, "evidence": "x " * 100}],
                 file=buffer)
    text = buffer.getvalue()
    assert "190 Use conventional military force" in text and "…" in text
