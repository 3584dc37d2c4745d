"""Commands that code articles: ``code``, ``run``, ``demo``, ``eval``, ``codes``."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from eventwire.errors import EventwireError
from eventwire.parse import DEFAULT_MODEL
from eventwire.records import InputProblem

__all__ = ["register"]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _pipeline_options(f: Any) -> Any:
    """Options shared by every command that codes text."""
    options = [
        click.option("--model", default=DEFAULT_MODEL, show_default=True,
                     help="Installed spaCy pipeline to parse with (package name or path)."),
        click.option("--actors", "actor_files", multiple=True,
                     type=click.Path(exists=True, dir_okay=False),
                     help="Extra actor file (YAML or CSV, see docs/actors.md). Repeatable."),
        click.option("--petrarch-actors", multiple=True, type=click.Path(exists=True,
                     dir_okay=False), help="Actor dictionary in PETRARCH format. Repeatable."),
        click.option("--petrarch-agents", multiple=True, type=click.Path(exists=True,
                     dir_okay=False), help="Agent dictionary in PETRARCH format. Repeatable."),
        click.option("--lexicon", "lexicon_files", multiple=True,
                     type=click.Path(exists=True, dir_okay=False),
                     help="Extra trigger file (…verbs.yaml, …nouns.yaml or …frames.yaml, see "
                     "eventwire/data/lexicon/README.md). Repeatable."),
        click.option("--allow-no-target", "allow_no_target", is_flag=True,
                     help="Also output events whose target could not be identified "
                     "(target null). Off by default: such events are mostly noise."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def build_pipeline(model: str, actor_files: Iterable[str] = (), petrarch_actors: Iterable[str] = (),
                   petrarch_agents: Iterable[str] = (), require_target: bool = True,
                   lexicon_files: Iterable[str] = ()) -> Any:
    from eventwire.actors.kb import KnowledgeBase, default_kb
    from eventwire.events.lexicon import Lexicon, bundled_paths
    from eventwire.pipeline import Pipeline

    actor_files, petrarch_actors, petrarch_agents = (
        tuple(actor_files), tuple(petrarch_actors), tuple(petrarch_agents))
    if actor_files or petrarch_actors or petrarch_agents:
        kb = KnowledgeBase.load(actor_files=actor_files, petrarch_actors=petrarch_actors,
                                petrarch_agents=petrarch_agents)
    else:
        kb = default_kb()
    lexicon_files = tuple(lexicon_files)
    # (a user's trigger file extends the bundled lexicon; its errors name the file and line)
    lexicon = Lexicon.load([*bundled_paths(), *lexicon_files]) if lexicon_files else None
    pipeline = Pipeline(model=model, kb=kb, lexicon=lexicon, require_target=require_target)
    pipeline.actor_files = (*actor_files, *petrarch_actors, *petrarch_agents)
    pipeline.lexicon_files = lexicon_files
    return pipeline


def data_version(folder: str, extra: Iterable[str] = ()) -> str:
    """A short content hash of the bundled data files of `folder` plus the user's own files."""
    import hashlib

    root = Path(__file__).resolve().parents[1] / "data" / folder
    digest = hashlib.sha256()
    for path in [*sorted(p for p in root.rglob("*") if p.is_file()), *map(Path, extra)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


class _Progress:
    """A progress line on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._progress: Any = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                      TimeElapsedColumn(), transient=True,
                                      console=_stderr_console())
            self._progress.__enter__()
            self._task = self._progress.add_task("coding", total=None)
        return self

    def update(self, docs: int, events: int) -> None:
        if self._progress is not None:
            self._progress.update(self._task, description=f"{docs} documents, {events} events")

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def _results(inputs: tuple[str, ...], pipeline: Any, unchanged: Any = None) -> Iterator[Any]:
    from eventwire.ingest import iter_documents

    stdin = sys.stdin if "-" in inputs else None
    yield from pipeline.run(iter_documents(inputs, stdin=stdin), unchanged=unchanged)


def _report_problem(problem: InputProblem) -> bool:
    """Print a problem on stderr; True when it is a failure (not just a warning)."""
    from eventwire.ingest import is_warning

    warning = is_warning(problem)
    label = "warning" if warning else "error"
    click.echo(f"{label}: {problem.origin}: {problem.reason}", err=True)
    return not warning


def _warn_undated(result: Any) -> None:
    """Say so when events have no date because the article has no publication date."""
    doc = result.document
    if doc.published is None and any(e.date is None for e in result.events):
        click.echo(f"warning: {doc.origin or doc.id}: no publication date found, so events "
                   "the text does not date have date null (give a \"date\" in JSONL input)",
                   err=True)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-t", "--table", is_flag=True, help="Print a readable table instead of JSON Lines.")
@_pipeline_options
def code(inputs: tuple[str, ...], table: bool, model: str, actor_files: tuple[str, ...],
         petrarch_actors: tuple[str, ...], petrarch_agents: tuple[str, ...],
         lexicon_files: tuple[str, ...], allow_no_target: bool) -> None:
    """Code INPUTS (.txt, .html, .jsonl, directories, or - for JSONL on stdin) into events.

    Writes one JSON event a line to stdout (the record of SCHEMA.md) and nothing else there;
    problems with inputs go to stderr, and the exit code is 1 when any input failed.
    """
    pipeline = build_pipeline(model, actor_files, petrarch_actors, petrarch_agents,
                              not allow_no_target, lexicon_files)
    failed = False
    collected: list[dict[str, Any]] = []
    docs = n_events = 0
    out = sys.stdout
    with _Progress(sys.stderr.isatty()) as progress:
        for result in _results(inputs, pipeline):
            if result.problem is not None:
                failed |= _report_problem(result.problem)
            if result.document is None:
                continue
            _warn_undated(result)
            docs += 1
            for event in result.events:
                n_events += 1
                record = event.to_dict()
                if table:
                    collected.append(record)
                else:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
            progress.update(docs, n_events)
    if table:
        from eventwire.cli.output import events_table

        events_table(collected)
    if failed:
        sys.exit(1)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", default="eventwire.duckdb", show_default=True, type=click.Path(),
              help="DuckDB file to write (created when missing).")
@_pipeline_options
def run(inputs: tuple[str, ...], db: str, model: str, actor_files: tuple[str, ...],
        petrarch_actors: tuple[str, ...], petrarch_agents: tuple[str, ...],
        lexicon_files: tuple[str, ...], allow_no_target: bool) -> None:
    """Code INPUTS and store documents and events in a DuckDB file.

    Safe to rerun: unchanged documents are skipped, changed ones replace their old events.
    """
    pipeline = build_pipeline(model, actor_files, petrarch_actors, petrarch_agents,
                              not allow_no_target, lexicon_files)
    summary = store_run(inputs, db, pipeline)
    failed = summary.pop("failed")
    click.echo(
        f"{summary['documents']} documents coded, {summary['events']} events stored in {db}; "
        f"{summary['skipped']} unchanged documents skipped, {summary['problems']} inputs with "
        f"problems ({summary['seconds']:.1f} s)")
    if failed:
        sys.exit(1)


def store_run(inputs: tuple[str, ...], db: str, pipeline: Any, batch: int = 50) -> dict[str, Any]:
    """Code and store; one transaction per batch of documents so a kill loses at most a batch."""
    from eventwire import __version__
    from eventwire.store import Store

    started = time.monotonic()
    counts = {"documents": 0, "events": 0, "skipped": 0, "problems": 0}

    def unchanged(docs: list[Any]) -> set[str]:
        stored = store.document_hashes([d.id for d in docs])
        return {d.id for d in docs if stored.get(d.id) == d.content_hash}

    failed = False
    with Store.open(db) as store:
        run_id = store.begin_run({
            "eventwire": __version__, "model": pipeline.model, "inputs": list(inputs),
            # which knowledge coded these rows: a changed lexicon or actor file changes these
            "lexicon": data_version("lexicon", pipeline.lexicon_files),
            "actor_base": data_version("actors", pipeline.actor_files),
        })
        pending: list[tuple[Any, Any]] = []
        with _Progress(sys.stderr.isatty()) as progress:
            for result in _results(inputs, pipeline, unchanged):
                if result.problem is not None:
                    counts["problems"] += 1
                    failed |= _report_problem(result.problem)
                if result.document is None:
                    continue
                if result.skipped:
                    counts["skipped"] += 1
                    continue
                _warn_undated(result)
                pending.append((result.document, result.events))
                counts["documents"] += 1
                counts["events"] += len(result.events)
                if len(pending) >= batch:
                    counts["skipped"] += _write(store, run_id, pending)
                    pending = []
                progress.update(counts["documents"], counts["events"])
            counts["skipped"] += _write(store, run_id, pending)
        store.finish_run(run_id, counts)
    counts["seconds"] = time.monotonic() - started
    counts["failed"] = failed
    return counts


def _write(store: Any, run_id: str, pending: list[tuple[Any, Any]]) -> int:
    if not pending:
        return 0
    return store.write_batch(run_id, pending).documents_skipped


@click.command()
@click.argument("directory", required=False, type=click.Path(exists=True, file_okay=False))
@click.option("--db", type=click.Path(), default=None,
              help="DuckDB file to write (default: a temporary file).")
@click.option("--model", default=DEFAULT_MODEL, show_default=True,
              help="Installed spaCy pipeline to parse with.")
def demo(directory: str | None, db: str | None, model: str) -> None:
    """Code the bundled example articles into a database and show their events."""
    folder = Path(directory) if directory else EXAMPLES
    if not folder.is_dir():
        raise EventwireError(f"no example directory at {folder}; pass one: eventwire demo DIR")
    pipeline = build_pipeline(model)
    with tempfile.TemporaryDirectory() as tmp:
        path = db or str(Path(tmp) / "demo.duckdb")
        summary = store_run((str(folder),), path, pipeline)
        from eventwire.cli.output import events_table
        from eventwire.store import Store

        with Store.open(path, read_only=True) as store:
            events = store.events()
        events_table(events)
        click.echo(f"{summary['documents']} example articles, {summary['events']} events "
                   f"({summary['seconds']:.1f} s). Stored in {db or 'a temporary database'}.",
                   err=True)


@click.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--events", "events_path", type=click.Path(exists=True, dir_okay=False),
              help="Score these already coded events instead of coding the gold sentences.")
@click.option("--top", default=10, show_default=True, help="How many confusions and records.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--calibration", is_flag=True,
              help="Also print precision per confidence band (does confidence mean something?).")
@_pipeline_options
def eval_(gold: str, events_path: str | None, top: int, as_json: bool, calibration: bool,
          model: str,
          actor_files: tuple[str, ...], petrarch_actors: tuple[str, ...],
          petrarch_agents: tuple[str, ...], lexicon_files: tuple[str, ...],
          allow_no_target: bool) -> None:
    """Code a gold file (records with expected_events) and print precision, recall and F1."""
    from eventwire import evaluate

    records = evaluate.read_gold(gold)
    if events_path:
        with open(events_path, encoding="utf-8") as fh:
            predicted = [json.loads(line) for line in fh if line.strip()]
    else:
        from eventwire.records import Document

        pipeline = build_pipeline(model, actor_files, petrarch_actors, petrarch_agents,
                                  not allow_no_target, lexicon_files)
        docs = (Document(id=str(r["id"]), text=r["text"],
                         published=_gold_date(r.get("date")), origin=f"{gold}:{n}")
                for n, r in enumerate(records, 1))
        predicted = [e.to_dict() for res in pipeline.run(docs) for e in res.events]
    scores = evaluate.score(records, predicted)
    if as_json:
        click.echo(json.dumps(scores, indent=1))
    else:
        click.echo(evaluate.format_report(
            scores, evaluate.confusions(records, predicted, top=top),
            evaluate.worst_records(records, predicted, top=top)))
    if calibration:
        for level in ("root", "plover"):
            rows = evaluate.calibration(records, predicted, level=level)
            click.echo(evaluate.format_calibration(rows, f"Precision by confidence ({level})"))


def _gold_date(value: Any) -> str | None:
    from eventwire.dates import normalise_date

    return normalise_date(str(value)) if value else None


@click.command()
@click.option("--plover", is_flag=True, help="Show the PLOVER type, mode and context.")
@click.option("--root", default=None, help="Only codes of this root (e.g. 19).")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")
def codes(plover: bool, root: str | None, as_json: bool) -> None:
    """List the CAMEO event codes (all 312 of CAMEO 1.1b3)."""
    from eventwire.events import ontology

    rows = ontology.rows(plover)
    if root:
        rows = [r for r in rows if str(r.get("code", "")).startswith(root.zfill(2))]
    if as_json or not sys.stdout.isatty():
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in rows[0].keys() if rows else []:
        table.add_column(col)
    for r in rows:
        table.add_row(*(str(v) if v is not None else "" for v in r.values()))
    Console().print(table)


def register(main: click.Group) -> None:
    for command in (code, run, demo, eval_, codes):
        main.add_command(command)
