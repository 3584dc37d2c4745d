"""How fast the event database answers a dyad question at a million events.

    .venv/bin/python benchmarks/store_query.py                 # 1,000,000 events, temp file
    .venv/bin/python benchmarks/store_query.py --events 200000 --db /tmp/ev.duckdb --keep

Writes synthetic documents and events through ``Store.write_batch`` (so ingest speed is measured
too), then times the queries people run most: one directed dyad as records, its count, and the
monthly dyad series in both directions.  Actors are drawn with a skew, as in real news, so the
busiest dyad returns tens of thousands of events.  Prints seconds; the target for the dyad
query is under one second.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.query import dyad_series  # noqa: E402
from eventwire.records import Actor, Cameo, Document, Event, Plover  # noqa: E402
from eventwire.store import Store  # noqa: E402

COUNTRIES = ["RUS", "UKR", "USA", "CHN", "PRK", "KOR", "JPN", "ISR", "PSE", "IRN", "TUR", "DEU",
             "FRA", "GBR", "IND", "PAK", "SYR", "IRQ", "EGY", "SAU", "BLR", "POL", "TWN", "AFG",
             "NGA", "ETH", "SDN", "VEN", "COL", "MEX", "BRA", "ZAF", "KEN", "LBY", "YEM", "LBN",
             "JOR", "ARM", "AZE", "GEO", "KAZ", "SRB", "HUN", "ITA", "ESP", "CAN", "AUS", "IDN",
             "PHL", "VNM"]
WEIGHTS = [1 / (rank + 1) for rank in range(len(COUNTRIES))]  # Zipf: RUS, UKR, USA... busiest
CODES = [("036", 1, 4.0, "AGREE"), ("040", 1, 1.0, "CONSULT"), ("057", 1, 8.0, "SUPPORT"),
         ("061", 2, 6.4, "COOPERATE"), ("071", 2, 7.4, "AID"), ("111", 3, -2.0, "ACCUSE"),
         ("112", 3, -2.0, "ACCUSE"), ("130", 3, -4.4, "THREATEN"), ("163", 3, -8.0, "SANCTION"),
         ("173", 4, -5.0, "COERCE"), ("190", 4, -10.0, "ASSAULT"), ("195", 4, -10.0, "ASSAULT")]
ROLES = ["", "GOV", "MIL"]


def generate(store: Store, n_events: int, per_doc: int = 5, batch_docs: int = 2000,
             seed: int = 7) -> float:
    rng = random.Random(seed)
    run = store.begin_run({"benchmark": "store_query", "events": n_events})
    started = time.perf_counter()
    doc_index = 0
    written = 0
    while written < n_events:
        items = []
        for _ in range(batch_docs):
            if written >= n_events:
                break
            doc_id = f"bench-{doc_index}"
            day = f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            events = []
            for i in range(min(per_doc, n_events - written)):
                source, target = rng.choices(COUNTRIES, WEIGHTS, k=2)
                code, quad, goldstein, plover = rng.choice(CODES)
                src, tgt = source + rng.choice(ROLES), target + rng.choice(ROLES)
                events.append(Event(
                    doc_id=doc_id, sentence_index=i, span=(i * 80, i * 80 + 70),
                    evidence=f"{src} did {code} to {tgt} in sentence {i} of {doc_id}.",
                    source=Actor(src, src, source, src[3:] or None),
                    target=Actor(tgt, tgt, target, tgt[3:] or None),
                    cameo=Cameo(code, code[:2], f"CAMEO {code}", quad, goldstein),
                    plover=Plover(plover), date=day, date_precision="day",
                    date_basis="publication", confidence=rng.random(), coder="benchmark",
                ))
            items.append((Document(doc_id, f"text of {doc_id}", published=day), events))
            written += len(events)
            doc_index += 1
        store.write_batch(run, items)
    store.finish_run(run, {"events": written}, cluster=False)
    return time.perf_counter() - started


def timed(label: str, fn, repeat: int = 5) -> float:  # noqa: ANN001 - any callable
    times = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    size = len(result) if hasattr(result, "__len__") else result
    best, median = min(times), statistics.median(times)
    print(f"  {label:<46} {median:7.3f} s median, {best:7.3f} s best  ({size} rows)")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="database file (default: a temporary file)")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory()
        args.db = Path(tmp.name) / "bench.duckdb"
    if not args.db.exists():
        with Store.open(args.db) as store:
            seconds = generate(store, args.events)
        print(f"ingest: {args.events:,} events in {seconds:.1f} s "
              f"({args.events / seconds:,.0f} events/s through Store.write_batch)")
    size = args.db.stat().st_size / 1e6
    with Store.open(args.db, read_only=True) as store:
        print(f"database: {store.count():,} events, {size:.0f} MB")
        query = timed("events(dyad=('RUS', 'UKR')) -> dicts",
                      lambda: store.events(dyad=("RUS", "UKR")))
        timed("events(dyad=('PRK', 'KOR'), since='2022') -> dicts",
              lambda: store.events(dyad=("PRK", "KOR"), since="2022"))
        timed("count(dyad=('RUS', 'UKR'))", lambda: store.count(dyad=("RUS", "UKR")))
        timed("dyad_series('RUS', 'UKR', by='month')",
              lambda: dyad_series(store, "RUS", "UKR", by="month"))
    verdict = "met" if query < 1.0 else "MISSED"
    print(f"dyad query target (< 1 s): {verdict} ({query:.3f} s)")
    if tmp is not None and not args.keep:
        tmp.cleanup()
    elif args.keep or tmp is None:
        print(f"kept {args.db}")


if __name__ == "__main__":
    main()
