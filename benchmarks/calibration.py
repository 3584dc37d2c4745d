"""Does the events' confidence mean something?  Precision per confidence band on a gold file.

    python benchmarks/calibration.py GOLD.jsonl [EVENTS.jsonl] [--actors FILE] [--features]

Codes the gold sentences (or reads events already coded from them, one JSON event a line, as
`eventwire code` writes them) and prints, at the root and PLOVER levels, how many predicted
events fall in each confidence band and how many of them are right (the matching of
`eventwire eval`, see eventwire.evaluate.calibration).  The question it answers is issue 3's:
events above 0.8 must be markedly more precise than those below, so the "P >= low" column of
the 0.80 row should stand well above its "P < low" column.

--features adds the precision of the events split by what their JSON shows (modality,
reported_by, a pronoun or a description as source or target, the CAMEO root …): the features
that separate right from wrong events are the ones the confidence formula should weigh.
A gold record without a label at a level (a PLOVER-less 01/02 event) is left out at that level.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.evaluate import (  # noqa: E402
    calibration,
    format_calibration,
    judge_predictions,
    read_gold,
    score,
)

PRONOUNS = frozenset({"it", "its", "they", "them", "their", "he", "him", "his", "she", "her",
                      "we", "us", "our", "i", "me", "my", "you", "your", "itself",
                      "themselves"})  # fmt: skip


def code_gold(records: list[dict[str, Any]], actor_files: Iterable[str]) -> list[dict[str, Any]]:
    """Code every gold sentence as `eventwire eval` does: one document per record."""
    from eventwire.actors.kb import KnowledgeBase, default_kb
    from eventwire.dates import normalise_date
    from eventwire.pipeline import Pipeline
    from eventwire.records import Document

    actor_files = tuple(actor_files)
    kb = KnowledgeBase.load(actor_files=actor_files) if actor_files else default_kb()
    pipeline = Pipeline(kb=kb)
    docs = (
        Document(id=str(r["id"]), text=r["text"],
                 published=normalise_date(str(r["date"])) if r.get("date") else None)
        for r in records
    )  # fmt: skip
    return [e.to_dict() for res in pipeline.run(docs) for e in res.events]


def read_events(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ----------------------------------------------------------------------------- features


def _text(actor: Mapping[str, Any] | None) -> str:
    return str((actor or {}).get("text") or "")


def _how_named(actor: Mapping[str, Any] | None) -> str:
    """How the event's text names an actor, guessed from the text alone."""
    text = _text(actor)
    if not text:
        return "none"
    if text.lower() in PRONOUNS:
        return "pronoun"
    if text[0].isupper() and not text.lower().startswith("the "):
        return "name"  # "Russia", "Kremlin spokesman Dmitry Peskov"
    if any(c.isupper() for c in text):
        return "description+name"  # "the Iranian army", "three Italian aid workers"
    # "civilians", "the opposition", "groups": the country came from context, not the text
    return "bare description"


def _sector(actor: Mapping[str, Any] | None) -> str:
    if not actor:
        return "none"
    code = str(actor.get("code") or "")
    return "country only" if len(code) <= 3 else "with role"


FEATURES: dict[str, Callable[[Mapping[str, Any], Mapping[tuple, int]], str]] = {
    "modality": lambda e, _: str(e.get("modality")),
    "reported_by": lambda e, _: "yes" if e.get("reported_by") else "no",
    "quote": lambda e, _: "yes" if e.get("quote") else "no",
    "source named as": lambda e, _: _how_named(e.get("source")),
    "target named as": lambda e, _: _how_named(e.get("target")),
    "source code": lambda e, _: _sector(e.get("source")),
    "target code": lambda e, _: _sector(e.get("target")),
    "same country": lambda e, _: "yes" if (e.get("source") or {}).get("country")
    and (e.get("source") or {}).get("country") == (e.get("target") or {}).get("country")
    else "no",
    "cameo code": lambda e, _: "root only (x0)" if len(str((e.get("cameo") or {}).get("code")))
    == 3 and str(e["cameo"]["code"]).endswith("0") else "specific",
    "cameo root": lambda e, _: str((e.get("cameo") or {}).get("code") or "")[:2],
    "events in sentence": lambda e, n: _bucket(n[(e.get("doc_id"), e.get("sentence_index"))]),
}


def auc(pairs: Iterable[tuple[float, bool]]) -> float | None:
    """Chance that a correct event has a higher confidence than a wrong one (ties: half).

    0.5 is a confidence that ranks no better than chance, 1.0 one that puts every correct event
    above every wrong one; None when either kind is missing.
    """
    ordered = sorted(pairs, key=lambda p: p[0])
    n_right = sum(ok for _, ok in ordered)
    n_wrong = len(ordered) - n_right
    if not n_right or not n_wrong:
        return None
    wins = 0.0
    wrong_below = 0
    i = 0
    while i < len(ordered):  # walk groups of equal confidence
        j = i
        while j < len(ordered) and ordered[j][0] == ordered[i][0]:
            j += 1
        right = sum(ok for _, ok in ordered[i:j])
        wrong = (j - i) - right
        wins += right * (wrong_below + wrong / 2)
        wrong_below += wrong
        i = j
    return wins / (n_right * n_wrong)


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3+"


def feature_table(judged: list[tuple[Mapping[str, Any], bool]],
                  all_events: list[Mapping[str, Any]]) -> str:
    """Precision of the judged events per value of each feature, largest groups first."""
    per_sentence: dict[tuple, int] = defaultdict(int)
    for e in all_events:
        per_sentence[(e.get("doc_id"), e.get("sentence_index"))] += 1
    total = sum(ok for _, ok in judged) / len(judged) if judged else 0.0
    lines = [f"all events: n={len(judged)} P={total:.3f}",
             f"{'feature':<20}{'value':<20}{'n':>5}{'P':>7}{'mean conf':>11}"]  # fmt: skip
    for name, feature in FEATURES.items():
        groups: dict[str, list[tuple[bool, float]]] = defaultdict(list)
        for event, ok in judged:
            groups[feature(event, per_sentence)].append((ok, float(event.get("confidence") or 0)))
        for value, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            precision = sum(ok for ok, _ in items) / len(items)
            confidence = sum(c for _, c in items) / len(items)
            lines.append(f"{name:<20}{value:<20}{len(items):>5}{precision:>7.3f}"
                         f"{confidence:>11.3f}")
            name = ""
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="gold JSONL file (records with expected_events)")
    ap.add_argument("events", nargs="?", help="events already coded from it (JSON Lines)")
    ap.add_argument("--actors", action="append", default=[],
                    help="extra actor file for the knowledge base (repeatable)")
    ap.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9",
                    help="band edges, comma-separated (default: %(default)s)")
    ap.add_argument("--features", action="store_true",
                    help="also print precision per event feature (root level)")
    args = ap.parse_args()

    records = read_gold(args.gold)
    events = read_events(args.events) if args.events else code_gold(records, args.actors)
    thresholds = tuple(float(t) for t in args.thresholds.split(","))
    scores = score(records, events, levels=("root", "plover"))
    for level in ("root", "plover"):
        s = scores[level]
        ranking = auc((float(e.get("confidence") or 0), ok)
                      for e, ok in judge_predictions(records, events, level))
        title = (f"{level} level: P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
                 f"({s['records']} records); confidence AUC "
                 f"{'-' if ranking is None else f'{ranking:.3f}'} (0.5 = chance)")
        print(format_calibration(calibration(records, events, thresholds, level), title))
        print()
    if args.features:
        print("Root level, by feature")
        print(feature_table(judge_predictions(records, events, "root"), events))


if __name__ == "__main__":
    main()
