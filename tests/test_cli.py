"""The command line, end to end: real model, real files, real DuckDB database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ARTICLE = (
    "Published: 2023-03-14\n\n"
    "Russian forces shelled the Ukrainian city of Kharkiv on Monday, regional officials said.\n\n"
    "Ukraine's foreign ministry condemned Russia over the attack and urged the United Nations "
    "to act.\n"
)


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def _events(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_every_command_has_help(runner):
    def walk(group, path):
        for name, cmd in group.commands.items():
            yield path + [name], cmd
            if hasattr(cmd, "commands"):
                yield from walk(cmd, path + [name])

    for path, cmd in walk(main, []):
        assert cmd.help or cmd.short_help, f"eventwire {' '.join(path)} has no help"
        result = runner.invoke(main, path + ["--help"])
        assert result.exit_code == 0, path


def test_code_writes_only_json_lines_to_stdout(runner, tmp_path):
    f = tmp_path / "article.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(main, ["code", str(f)])
    assert result.exit_code == 0, result.output
    events = _events(result.stdout)
    assert events, "the article has at least one event"
    for e in events:
        assert e["doc_id"] == "article"
        assert e["cameo"]["code"].isdigit()
    assert any(e["source"]["code"].startswith("RUS") and (e["target"] or {}).get("code", "")
               .startswith("UKR") for e in events)


def test_code_table(runner, tmp_path):
    f = tmp_path / "article.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(main, ["code", "-t", str(f)])
    assert result.exit_code == 0
    assert "RUS" in result.stdout and not result.stdout.lstrip().startswith("{")


def test_bad_inputs_are_reported_and_the_rest_is_coded(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    jl = tmp_path / "docs.jsonl"
    jl.write_text('{"id": "a", "text": "Israel struck Hamas targets in Gaza.", '
                  '"date": "2021-05-12"}\n'
                  "this is not json\n"
                  '{"id": "c", "title": "no text"}\n', encoding="utf-8")
    result = runner.invoke(main, ["code", str(tmp_path)])
    assert result.exit_code == 1
    err = result.stderr
    for name in ("empty.txt", "binary.txt", "latin.txt", "docs.jsonl:2", "docs.jsonl:3"):
        assert name in err, f"{name} not reported in: {err}"
    assert "Traceback" not in err
    doc_ids = {e["doc_id"] for e in _events(result.stdout)}
    assert "good" in doc_ids and "a" in doc_ids


def test_missing_file_is_an_error_not_a_traceback(runner, tmp_path):
    result = runner.invoke(main, ["code", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr and "Traceback" not in result.stderr


def test_unknown_model_is_a_clear_error(runner, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(main, ["code", "--model", "no_such_model_xyz", str(f)])
    assert result.exit_code == 1
    assert "no_such_model_xyz" in result.stderr and "Traceback" not in result.stderr


def test_run_stores_and_events_reads_back_and_rerun_adds_nothing(runner, tmp_path):
    f = tmp_path / "article.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "ev.duckdb"
    first = runner.invoke(main, ["run", str(f), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert db.exists()
    back = runner.invoke(main, ["events", "--db", str(db), "--nl"])
    assert back.exit_code == 0, back.output
    stored = _events(back.stdout)
    coded = _events(runner.invoke(main, ["code", str(f)]).stdout)
    assert {e["event_id"] for e in stored} == {e["event_id"] for e in coded}
    again = runner.invoke(main, ["run", str(f), "--db", str(db)])
    assert again.exit_code == 0
    assert len(_events(runner.invoke(main, ["events", "--db", str(db), "--nl"]).stdout)) == \
        len(stored)
    csv_out = runner.invoke(main, ["events", "--db", str(db), "--csv"]).stdout
    assert csv_out.splitlines()[0].count(",") >= 3


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="examples/ not present")
def test_demo_prints_a_table_of_the_example_events(runner, tmp_path):
    result = runner.invoke(main, ["demo", "--db", str(tmp_path / "demo.duckdb")])
    assert result.exit_code == 0, result.output
    assert "RUS" in result.stdout and "PRK" in result.stdout


def test_python_dash_m_and_stdin(tmp_path):
    doc = json.dumps({"id": "s1", "text": "Japan protested to China over the incident.",
                      "date": "2019-06-01"})
    proc = subprocess.run([sys.executable, "-m", "eventwire", "code", "-"], input=doc + "\n",
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    events = _events(proc.stdout)
    assert events and all(e["doc_id"] == "s1" for e in events)


def test_a_users_trigger_file_extends_the_lexicon(runner, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("France serenaded Chinese investors on Monday.", encoding="utf-8")
    plain = _events(runner.invoke(main, ["code", str(f)]).stdout)
    assert not any(e["cameo"]["code"] == "0211" for e in plain)
    extra = tmp_path / "mine.verbs.yaml"
    extra.write_text('"0211":\n  - serenade [investor]\n', encoding="utf-8")
    got = _events(runner.invoke(main, ["code", "--lexicon", str(extra), str(f)]).stdout)
    assert [(e["source"]["code"], e["cameo"]["code"], e["target"]["code"][:3])
            for e in got] == [("FRA", "0211", "CHN")]
    bad = tmp_path / "bad.verbs.yaml"
    bad.write_text('"999":\n  - flarp\n', encoding="utf-8")
    result = runner.invoke(main, ["code", "--lexicon", str(bad), str(f)])
    assert result.exit_code != 0 and f"{bad}:1" in result.output
    assert "Traceback" not in result.output
