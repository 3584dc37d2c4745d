"""What storing adds to coding: ``eventwire run`` against ``eventwire code`` on one corpus.

    .venv/bin/python benchmarks/store_overhead.py [--sentences 2000] [--repeat 3] [--batch 50]

Builds the corpus of benchmarks/throughput.py (the example articles repeated, each copy a
distinct document), writes it as one JSONL input file, codes it once with
``eventwire.pipeline.Pipeline`` to warm up, then times, alternating to spread machine noise:

  code   read the file, code it, serialise every event as a JSON line to /dev/null
         (what ``eventwire code FILE > /dev/null`` does)
  run    read the file, code it and store documents and events into a fresh DuckDB file,
         then cluster: ``store_run`` from eventwire/cli/coding.py, the path of ``eventwire run``

and prints the median seconds of each and the ratio run / code (the target: under 1.10), in
wall-clock time and in CPU time (the process's, all threads), which other processes on a busy
machine disturb less.  The store's own share is also shown - time inside ``Store.write_batch``
(one transaction a batch), in ``Store.finish_run`` (clustering the new mentions) and opening
the store and starting the run - so a ratio above target says where the time goes.  Timings on
a shared machine are noisy: trust the medians and the store's own share, and rerun when the
two coding paths disagree by more than that share.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from throughput import corpus  # noqa: E402

from eventwire.cli.coding import store_run  # noqa: E402
from eventwire.ingest import iter_documents  # noqa: E402
from eventwire.parse import DEFAULT_MODEL  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.records import Document  # noqa: E402
from eventwire.store import Store  # noqa: E402


def write_input(docs: list[Document], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for d in docs:
            handle.write(json.dumps({"id": d.id, "text": d.text, "title": d.title, "url": d.url,
                                     "publisher": d.publisher, "date": d.published,
                                     "language": d.language}, ensure_ascii=False) + "\n")


def code_to_devnull(path: Path, pipeline: Pipeline) -> int:
    """What ``eventwire code`` does with a JSONL file, output thrown away."""
    n = 0
    with open(os.devnull, "w", encoding="utf-8") as out:
        for result in pipeline.run(iter_documents([path])):
            for event in result.events:
                out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                n += 1
            out.flush()
    return n


@contextmanager
def timed_methods(totals: dict[str, float]) -> Iterator[None]:
    """Add the time spent in the store's methods to ``totals`` while inside."""
    originals: dict[str, Callable[..., Any]] = {}

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                totals[name] += time.perf_counter() - started
        return timed

    for name in ("open", "begin_run", "document_hashes", "write_batch", "finish_run", "close"):
        originals[name] = Store.__dict__[name]
        if name == "open":
            bound = originals[name].__func__
            setattr(Store, name, classmethod(wrap(name, bound)))
        else:
            setattr(Store, name, wrap(name, originals[name]))
    try:
        yield
    finally:
        for name, original in originals.items():
            setattr(Store, name, original)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=2000)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch", type=int, default=None,
                    help="documents per transaction (default: store_run's own)")
    args = ap.parse_args()

    docs = corpus(args.sentences)
    pipeline = Pipeline(model=args.model)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "corpus.jsonl"
        write_input(docs, source)
        n_events = code_to_devnull(source, pipeline)  # warm-up: model caches, lazy data files
        batch = {} if args.batch is None else {"batch": args.batch}
        code_times: list[float] = []
        run_times: list[float] = []
        code_cpu: list[float] = []
        run_cpu: list[float] = []
        shares: dict[str, list[float]] = defaultdict(list)
        def time_code() -> None:
            started, cpu = time.perf_counter(), time.process_time()
            code_to_devnull(source, pipeline)
            code_times.append(time.perf_counter() - started)
            code_cpu.append(time.process_time() - cpu)

        for attempt in range(args.repeat):
            # alternate the order (code first, then run first …) so that drift in the machine's
            # load or in the process's memory does not always fall on the same side
            if attempt % 2 == 0:
                time_code()
            db = Path(tmp) / f"run{attempt}.duckdb"
            totals: dict[str, float] = defaultdict(float)
            with timed_methods(totals):
                started, cpu = time.perf_counter(), time.process_time()
                summary = store_run((str(source),), str(db), pipeline, **batch)
                run_times.append(time.perf_counter() - started)
                run_cpu.append(time.process_time() - cpu)
            for name, seconds in totals.items():
                shares[name].append(seconds)
            assert summary["events"] == n_events, (summary, n_events)
            if attempt % 2 == 1:
                time_code()
            with Store.open(db, read_only=True) as store:
                stats = store.stats()
        code_s, run_s = statistics.median(code_times), statistics.median(run_times)

    print(f"corpus: {len(docs)} documents, {n_events} events; stored {stats['documents']} "
          f"documents, {stats['events']} events, {stats['clusters']} clusters")
    print(f"code (JSON lines to /dev/null): {code_s:7.2f} s  (median of {args.repeat}: "
          + ", ".join(f"{t:.2f}" for t in code_times) + ")")
    print(f"run  (store_run into DuckDB)  : {run_s:7.2f} s  (median of {args.repeat}: "
          + ", ".join(f"{t:.2f}" for t in run_times) + ")")
    store_s = 0.0
    for name in ("open", "begin_run", "document_hashes", "write_batch", "finish_run", "close"):
        median = statistics.median(shares[name])
        store_s += median
        print(f"  in Store.{name:<16}: {median:6.3f} s")
    print(f"  the store's own time: {store_s:.3f} s = {100 * store_s / code_s:.1f}% of code "
          "(less noisy than the ratio: both are timed in the same runs)")
    print(f"CPU time (all threads; less disturbed by other processes): code "
          f"{statistics.median(code_cpu):.2f} s, run {statistics.median(run_cpu):.2f} s, "
          f"ratio {statistics.median(run_cpu) / statistics.median(code_cpu):.3f}")
    print(f"ratio run/code: {run_s / code_s:.3f}  (wall clock, median of {args.repeat}; "
          "target < 1.10)")
    print(f"ratio of the fastest runs: {min(run_times) / min(code_times):.3f}  (the least "
          "disturbed measurement of each)")


if __name__ == "__main__":
    main()
