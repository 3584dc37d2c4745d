"""Clustering accuracy on the project's collection (tests/fixtures/clusters), two ways.

    .venv/bin/python benchmarks/clustering.py                 # both measurements, temp files
    .venv/bin/python benchmarks/clustering.py --db /tmp/c.duckdb --show

1. **Fixture mentions** - the 59 hand-coded mentions are stored and clustered; every pair of
   mentions is a pair of the gold partition or not.  This measures the clustering rule alone.
2. **Real coder** - the 41 articles are coded and stored by the same path as
   ``eventwire run tests/fixtures/clusters/articles.jsonl --db FILE`` (``store_run``), and the
   real events are clustered.  A real event is *aligned* with a hand-coded mention of the same
   document whose span overlaps its own and whose countries are the same pair (either
   direction); among several, those of the same CAMEO family (the clustering's block) win, and
   an event whose remaining candidates carry different gold labels is left out.  ``strict`` also
   requires the same family, so a coder's wrong family (a strike coded as criticism) is not
   blamed on the clustering; ``loose`` does not.

Prints pairwise precision (of the pairs put in one cluster, how many report one event) and
recall (of the pairs reporting one event, how many share a cluster).  With ``--db`` an existing
database is reused (its new documents coded, every cluster recomputed by the current rule).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.records import Document, Event  # noqa: E402
from eventwire.store import Store  # noqa: E402
from eventwire.store.cluster import FAMILIES, pairwise_scores  # noqa: E402
from eventwire.store.rows import dict_to_event  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "clusters"
ARTICLES = FIXTURES / "articles.jsonl"


def load_collection() -> tuple[list[Document], dict[str, list[Event]], list[dict[str, Any]]]:
    """The articles, their hand-coded events by document, and the gold records."""
    docs = []
    for line in ARTICLES.read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        docs.append(Document(id=a["id"], text=a["text"], title=a["title"], url=a["url"],
                             publisher=a["publisher"], published=a["date"],
                             language=a["language"]))
    events: dict[str, list[Event]] = defaultdict(list)
    records = []
    for line in (FIXTURES / "events.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        events[record["doc_id"]].append(dict_to_event(record))
        records.append(record)
    return docs, events, records


def fixture_measurement(path: Path) -> tuple[float, float, int, int]:
    docs, events, records = load_collection()
    with Store.open(path) as store:
        run = store.begin_run({"benchmark": "clustering"})
        store.write_batch(run, [(d, events[d.id]) for d in docs])
        store.finish_run(run)
        found = {e["event_id"]: e["cluster_id"] for e in store.events(with_cluster=True)}
    gold = {r["event_id"]: r["gold"] for r in records}
    precision, recall, _ = pairwise_scores(gold, found)
    return precision, recall, len(gold), len(set(found.values()))


def _country(actor: Mapping[str, Any] | None) -> str | None:
    if not actor:
        return None
    return actor.get("country") or (actor.get("code") or "")[:3] or None


def _family(code: str) -> str | None:
    return FAMILIES.get(code[:2])


def align(real: Mapping[str, Any], gold_records: Sequence[Mapping[str, Any]], *,
          strict: bool) -> str | None:
    """The gold label of a real event (see the module docstring), or ``None``."""
    pair = sorted(map(str, (_country(real["source"]), _country(real["target"]))))
    start, end = real["span"]
    candidates = [
        g for g in gold_records
        if g["doc_id"] == real["doc_id"] and g["span"][0] < end and start < g["span"][1]
        and sorted(map(str, (_country(g["source"]), _country(g["target"])))) == pair
    ]
    family = _family(real["cameo"]["code"])
    same_family = [g for g in candidates if _family(g["cameo"]["code"]) == family]
    if same_family or strict:
        candidates = same_family
    labels = {g["gold"] for g in candidates}
    return labels.pop() if len(labels) == 1 else None


def real_coder_measurement(path: Path, model: str, show: bool) -> None:
    from eventwire.cli.coding import build_pipeline, store_run

    summary = store_run((str(ARTICLES),), str(path), build_pipeline(model))
    with Store.open(path) as store:
        store.cluster(full=True)  # a reused file: measure the current rule
        real = store.events(with_cluster=True)
    _, _, records = load_collection()
    print(f"real coder: {summary['documents']} documents, {len(real)} events "
          f"({summary['seconds']:.1f} s to code and store)")
    for strict in (True, False):
        gold: dict[str, str] = {}
        for event in real:
            label = align(event, records, strict=strict)
            if label is not None:
                gold[event["event_id"]] = label
        found = {e["event_id"]: e["cluster_id"] for e in real}
        precision, recall, linked = pairwise_scores(gold, found)
        name = "strict" if strict else "loose "
        print(f"  {name} alignment: {len(gold)}/{len(real)} events aligned, "
              f"{len(set(gold.values()))} gold events, {linked} linked pairs: "
              f"pairwise precision {precision:.3f}, recall {recall:.3f}")
        if show and strict:
            for event in sorted(real, key=lambda e: (e["doc_id"], e["span"][0])):
                print(f"    {event['doc_id']} {event['cluster_id']} "
                      f"{gold.get(event['event_id'], '-'):28} "
                      f"{(event['source'] or {}).get('code')}->"
                      f"{(event['target'] or {}).get('code')} {event['cameo']['code']:5} "
                      f"{event['date']}  {event['evidence'][:60]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=None,
                    help="database for the real coder's run (default: a temporary file)")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: eventwire's)")
    ap.add_argument("--show", action="store_true", help="list the real events and their labels")
    ap.add_argument("--fixture-only", action="store_true", help="skip the real coder")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        precision, recall, n, clusters = fixture_measurement(Path(tmp) / "fixture.duckdb")
        print(f"fixture mentions: {n} hand-coded mentions -> {clusters} clusters: "
              f"pairwise precision {precision:.3f}, recall {recall:.3f}")
        if args.fixture_only:
            return
        from eventwire.parse import DEFAULT_MODEL

        real_coder_measurement(args.db or Path(tmp) / "real.duckdb", args.model or DEFAULT_MODEL,
                               args.show)


if __name__ == "__main__":
    main()
