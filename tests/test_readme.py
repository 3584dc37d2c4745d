"""The README's promises: its Python example runs as written, and it opens with the two
commands the project is set up and tested with."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    first_block = re.search(r"```\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]


def test_python_example_runs(tmp_path, monkeypatch, capsys):
    pytest.importorskip("pandas")
    block = re.search(r"```python\n(.*?)```", README, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["run", str(ROOT / "examples"), "--db", "events.duckdb"])
    assert result.exit_code == 0, result.output
    exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    # the printed lines the README shows as comments must be what the code prints
    for expected in re.findall(r"^# (.+)$", block, re.M):
        assert expected in out
    assert "RUSGOV" in out
