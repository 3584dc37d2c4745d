"""Throughput of eventwire against spaCy's own parse, in the same process.

    python benchmarks/throughput.py [--sentences 2000] [--model NAME] [--repeat 3] [--stock-ruler]

Builds a corpus from the bundled example articles (repeated, each copy a distinct document) of
at least --sentences sentences, then times, alternating to spread machine noise:

  spacy      nlp.pipe over every sentence of the corpus (the cost floor of any parser-based coder),
             with the model exactly as spaCy loads it
  eventwire  the whole pipeline: clean, split, prefilter, parse, actors, events (its parse swaps
             spaCy's attribute ruler for an equivalent table; --stock-ruler keeps spaCy's, to show
             what eventwire's own stages cost on top of the unchanged model)

and prints sentences per second for both, the ratio eventwire / spaCy (>= 0.8 means eventwire's
own work costs little beside the parse; above 1.0 comes from not parsing sentences that mention
no actor), and peak memory (RSS) after a corpus and after a corpus three times larger: it must
not grow with corpus size.  Timings on a shared machine are noisy: trust the ratio, not the
absolute numbers, and take the median of the repeats.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.clean import clean_document  # noqa: E402
from eventwire.ingest import iter_documents  # noqa: E402
from eventwire.parse import DEFAULT_MODEL, load_model  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.records import Document  # noqa: E402
from eventwire.sentences import split_sentences  # noqa: E402


def corpus(min_sentences: int) -> list[Document]:
    base = [d for d in iter_documents([ROOT / "examples"]) if isinstance(d, Document)]
    if not base:
        sys.exit("no example articles found under examples/")
    per_copy = sum(len(split_sentences(clean_document(d).text)) for d in base)
    copies = -(-min_sentences // per_copy)
    return [d.with_changes(id=f"{d.id}#{n}") for n in range(copies) for d in base]


def sentences_of(docs: list[Document]) -> list[str]:
    out = []
    for d in docs:
        c = clean_document(d)
        out.extend(c.text[s:e] for s, e in split_sentences(c.text))
    return out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=2000)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--stock-ruler", action="store_true",
                    help="run eventwire with spaCy's own attribute ruler (no table lookup)")
    args = ap.parse_args()

    docs = corpus(args.sentences)
    sents = sentences_of(docs)
    # the baseline is spaCy's model exactly as spaCy loads it (eventwire's own load swaps the
    # attribute ruler for a faster table with the same output: see eventwire/attribute_table.py)
    nlp = load_model(args.model, stock=True)
    pipeline = Pipeline(model=args.model)
    if args.stock_ruler:
        pipeline._nlp = nlp
    # Warm up both paths once (model caches, lazy data files) before timing.
    list(nlp.pipe(sents[:50]))
    list(pipeline.run(docs[:3]))

    spacy_times, ew_times, n_events = [], [], 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        for _doc in nlp.pipe(sents, batch_size=256):
            pass
        spacy_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        n_events = sum(len(r.events) for r in pipeline.run(iter(docs)))
        ew_times.append(time.perf_counter() - t)
    rss_1x = peak_rss_mb()
    big = [d.with_changes(id=f"{d.id}@{k}") for k in range(3) for d in docs]
    for _ in pipeline.run(iter(big)):
        pass
    rss_3x = peak_rss_mb()

    n = len(sents)
    spacy_rate = n / statistics.median(spacy_times)
    ew_rate = n / statistics.median(ew_times)
    print(f"corpus: {len(docs)} documents, {n} sentences, {n_events} events")
    print(f"spacy nlp.pipe : {spacy_rate:8.1f} sentences/s  (median of {args.repeat})")
    print(f"eventwire      : {ew_rate:8.1f} sentences/s  (median of {args.repeat})")
    print(f"ratio eventwire/spacy: {ew_rate / spacy_rate:.2f}")
    print(f"peak RSS: {rss_1x:.0f} MB after {n} sentences, {rss_3x:.0f} MB after {3 * n} more "
          f"(growth {rss_3x - rss_1x:+.0f} MB)")


if __name__ == "__main__":
    main()
