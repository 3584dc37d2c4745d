"""Measure coded events against hand-coded gold sentences.

The library behind ``eventwire eval GOLD.jsonl``.  A gold file has one sentence record a line::

    {"id": "EW-01-01", "text": "…", "date": "20161216",
     "expected_events": [{"source": "RUSGOV", "target": "USAGOV", "code": "011",
                          "plover_event": null, "alt_roots": ["13"], "modality": "asserted"}],
     "no_event": false, "evaluate": true}

and the predictions are events in the record shape of ``SCHEMA.md`` (``doc_id``, ``source``,
``target``, ``cameo.code``, ``plover.type``), the ``doc_id`` being the gold record's ``id``.
Besides the scores, :func:`calibration` tells whether the events' ``confidence`` predicts
their precision.

The rules are those of the project's reference scorer (``shared/eval/score.py``), so that the
numbers printed here are the numbers the evaluation reports; ``tests/test_evaluate.py`` checks
the two agree on every level:

- An actor is compared by the first three letters of its code (its country, or ``IGO``/``NGO``);
  a missing actor compares as ``None``, so a gold event without a target matches a predicted
  event without one.
- Four levels: ``dyad`` (source, target), ``root`` (+ the CAMEO root; a gold event's
  ``alt_roots`` are accepted too), ``code`` (+ the full CAMEO code) and ``plover`` (+ the PLOVER
  type; the 0.5 draft names DEMAND, DISAPPROVE, FIGHT and INVESTIGATE count as REQUEST, ACCUSE,
  ASSAULT and ACCUSE).
- Predicted events of one record that look the same at a level count once there, and each gold
  event can be matched by one prediction only.  Matching is greedy: gold events in file order,
  each taking the first unused prediction (in order of first appearance) that it accepts.
- Records with ``"evaluate": false`` are skipped; a record is skipped at a level when one of its
  gold events has no label there (no CAMEO code, or no PLOVER type).  Records with no expected
  events are scored: every prediction there is a false positive.
- Predictions whose ``doc_id`` names no gold record are ignored; gold records sharing an ``id``
  are each scored against the same predictions.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import InputError

__all__ = [
    "LEVELS",
    "PLOVER_COMPAT",
    "Confusion",
    "LevelScore",
    "RecordErrors",
    "calibration",
    "confusions",
    "format_calibration",
    "format_report",
    "judge_predictions",
    "read_gold",
    "score",
    "worst_records",
]

LEVELS: tuple[str, ...] = ("dyad", "root", "code", "plover")

# The PLOVER gold standard records still use names of the 0.5 draft; PLOVER 2021 renamed or
# merged these types, and a coder emitting 2021 names must not be penalised for that.
PLOVER_COMPAT: Mapping[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}

_MODALITIES = frozenset({"asserted", "negated", "hypothetical", "future", "intended"})


# ----------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class LevelScore:
    """Counts and rates at one level.  ``exact_records``: share of scored records with no error."""

    tp: int
    fp: int
    fn: int
    records: int
    exact: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The reference scorer's JSON shape (rates rounded to three decimals)."""
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "records": self.records,
            "exact_records": round(self.exact / self.records, 3) if self.records else 0.0,
        }


@dataclass(frozen=True, slots=True)
class Confusion:
    """Gold events whose dyad was found but whose root was not, grouped by the root predicted."""

    gold_root: str
    predicted_root: str
    count: int
    record_ids: tuple[str, ...]  # the first few records where it happened, for a quick look


@dataclass(frozen=True, slots=True)
class RecordErrors:
    """One record's mistakes at one level, with both sides as readable keys."""

    id: str
    text: str
    level: str
    false_positives: int
    false_negatives: int
    gold: tuple[str, ...]
    predicted: tuple[str, ...]

    @property
    def errors(self) -> int:
        return self.false_positives + self.false_negatives


# A key is what gets compared at one level: (source, target, label).  On the gold side the
# label is the set of accepted labels (None at the dyad level); on the predicted side it is the
# single predicted label (None at the dyad level).
_GoldKey = tuple[str | None, str | None, frozenset[str] | None]
_PredKey = tuple[str | None, str | None, str | None]


# ----------------------------------------------------------------------------- keys


def _actor_key(actor: Any) -> str | None:
    """First three letters of an actor code: a string code, or an actor object's code/country."""
    if not actor:
        return None
    if isinstance(actor, str):
        code = actor
    else:
        code = actor.get("code") or actor.get("country") or ""
    return code[:3].upper() or None


def _gold_key(event: Mapping[str, Any], level: str) -> _GoldKey | None:
    """The gold event at `level`, or None when it carries no label there."""
    dyad = (_actor_key(event.get("source")), _actor_key(event.get("target")))
    if level == "dyad":
        return (*dyad, None)
    if level in ("root", "code"):
        code = event.get("code")
        if not code:
            return None
        if level == "code":
            return (*dyad, frozenset({code}))
        return (*dyad, frozenset({code[:2], *(event.get("alt_roots") or ())}))
    plover = event.get("plover_event")
    if not plover:
        return None
    return (*dyad, frozenset({PLOVER_COMPAT.get(plover, plover)}))


def _pred_key(event: Mapping[str, Any], level: str) -> _PredKey:
    dyad = (_actor_key(event.get("source")), _actor_key(event.get("target")))
    if level == "dyad":
        return (*dyad, None)
    if level in ("root", "code"):
        code = (event.get("cameo") or {}).get("code") or ""
        return (*dyad, code[:2] if level == "root" else code)
    plover = ((event.get("plover") or {}).get("type") or "").upper()
    return (*dyad, PLOVER_COMPAT.get(plover, plover))


def _accepts(gold: _GoldKey, pred: _PredKey) -> bool:
    return gold[:2] == pred[:2] and (gold[2] is None or pred[2] in gold[2])


def _check_level(level: str) -> None:
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; choose from {', '.join(LEVELS)}")


# ----------------------------------------------------------------------------- matching


@dataclass(frozen=True, slots=True)
class _Match:
    """One record at one level: which gold keys were hit and which predictions were left over."""

    gold: tuple[_GoldKey, ...]
    predicted: tuple[_PredKey, ...]  # distinct, in order of first appearance
    hit: tuple[bool, ...]  # per gold key
    unused: tuple[_PredKey, ...]  # predictions no gold event took

    @property
    def tp(self) -> int:
        return sum(self.hit)

    @property
    def fn(self) -> int:
        return len(self.gold) - self.tp

    @property
    def fp(self) -> int:
        return len(self.unused)


def _match(gold: Sequence[_GoldKey], predicted: Iterable[_PredKey]) -> _Match:
    distinct = tuple(dict.fromkeys(predicted))  # a prediction repeated in a record counts once
    free = list(distinct)
    hit = []
    for g in gold:
        j = next((i for i, p in enumerate(free) if _accepts(g, p)), None)
        if j is not None:
            del free[j]
        hit.append(j is not None)
    return _Match(tuple(gold), distinct, tuple(hit), tuple(free))


def _as_mapping(event: Any) -> Mapping[str, Any]:
    # Accept eventwire.records.Event as well as the dicts read from JSON Lines.
    return event.to_dict() if hasattr(event, "to_dict") else event


def _by_record(predicted_events: Iterable[Any]) -> dict[str, list[Mapping[str, Any]]]:
    grouped: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for event in predicted_events:
        event = _as_mapping(event)
        grouped[str(event.get("doc_id"))].append(event)
    return grouped


def _matches(
    gold_records: Iterable[Mapping[str, Any]],
    by_record: Mapping[str, list[Mapping[str, Any]]],
    level: str,
) -> Iterable[tuple[Mapping[str, Any], _Match]]:
    """(record, match) for every record scored at `level`, in file order."""
    for record in gold_records:
        if record.get("evaluate") is False:
            continue
        keys = [_gold_key(e, level) for e in record.get("expected_events") or ()]
        gold = [k for k in keys if k is not None]
        if len(gold) < len(keys):
            continue  # no gold at this level for this record
        predicted = (_pred_key(e, level) for e in by_record.get(str(record["id"]), ()))
        yield record, _match(gold, predicted)


# ----------------------------------------------------------------------------- public API


def score(
    gold_records: Iterable[Mapping[str, Any]],
    predicted_events: Iterable[Any],
    levels: Sequence[str] = LEVELS,
) -> dict[str, dict[str, Any]]:
    """Precision, recall and F1 of `predicted_events` against `gold_records`, per level.

    Returns ``{level: {"precision", "recall", "f1", "tp", "fp", "fn", "records",
    "exact_records"}}``, the reference scorer's shape and numbers.  `predicted_events` are
    SCHEMA.md event dicts (or :class:`eventwire.records.Event`) whose ``doc_id`` is a gold ``id``.
    """
    gold_records = list(gold_records)
    by_record = _by_record(predicted_events)
    result = {}
    for level in levels:
        _check_level(level)
        tp = fp = fn = records = exact = 0
        for _record, m in _matches(gold_records, by_record, level):
            tp, fp, fn, records = tp + m.tp, fp + m.fp, fn + m.fn, records + 1
            exact += m.fn == 0 and m.fp == 0
        result[level] = LevelScore(tp, fp, fn, records, exact).as_dict()
    return result


def confusions(
    gold_records: Iterable[Mapping[str, Any]],
    predicted_events: Iterable[Any],
    top: int = 10,
) -> list[Confusion]:
    """The most frequent (gold root -> predicted root) mix-ups.

    Counted per gold event that found no root-level match while a prediction on the same dyad
    was left over: the pair is (the root of its CAMEO code, that prediction's root; "" when the
    prediction had no code).  Each leftover prediction pairs with one gold event, in file order.
    """
    counts: Counter[tuple[str, str]] = Counter()
    where: dict[tuple[str, str], list[str]] = defaultdict(list)
    for record, m in _matches(gold_records, _by_record(predicted_events), "root"):
        free = list(m.unused)
        for g, found in zip(m.gold, m.hit, strict=True):
            if found:
                continue
            j = next((i for i, p in enumerate(free) if p[:2] == g[:2]), None)
            if j is None:
                continue  # the dyad was missed too: a recall error, not a confusion
            pair = (_gold_root(record, g), free.pop(j)[2] or "")
            counts[pair] += 1
            if len(where[pair]) < 5 and str(record["id"]) not in where[pair]:
                where[pair].append(str(record["id"]))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [Confusion(g, p, n, tuple(where[(g, p)])) for (g, p), n in ranked[:top]]


def _gold_root(record: Mapping[str, Any], key: _GoldKey) -> str:
    # The accepted set mixes the code's root with its alt_roots; report the code's own root.
    for event in record.get("expected_events") or ():
        if _gold_key(event, "root") == key:
            return str(event["code"])[:2]
    return "/".join(sorted(key[2] or ()))


def worst_records(
    gold_records: Iterable[Mapping[str, Any]],
    predicted_events: Iterable[Any],
    top: int = 10,
    level: str = "root",
) -> list[RecordErrors]:
    """The records with the most false positives + false negatives at `level`, worst first."""
    _check_level(level)
    found = []
    for record, m in _matches(gold_records, _by_record(predicted_events), level):
        if m.fp or m.fn:
            found.append(
                RecordErrors(
                    id=str(record["id"]),
                    text=str(record.get("text") or ""),
                    level=level,
                    false_positives=m.fp,
                    false_negatives=m.fn,
                    gold=tuple(_show(g) for g in m.gold),
                    predicted=tuple(_show(p) for p in m.predicted),
                )
            )
    found.sort(key=lambda r: (-r.errors, r.id))
    return found[:top]


def _show(key: _GoldKey | _PredKey) -> str:
    source, target, label = key
    dyad = f"{source or '-'}>{target or '-'}"
    if label is None:
        return dyad
    if isinstance(label, frozenset):
        label = "|".join(sorted(label))
    return f"{dyad} {label or '?'}"


def format_report(
    scores: Mapping[str, Mapping[str, Any]],
    confusion_list: Sequence[Confusion] = (),
    worst: Sequence[RecordErrors] = (),
    width: int = 100,
) -> str:
    """A plain-text report for a terminal: the per-level table, then confusions, then records."""
    lines = [
        f"{'level':<8}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'fp':>7}{'fn':>7}{'records':>9}{'exact':>7}"
    ]
    for level, s in scores.items():
        lines.append(
            f"{level:<8}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
            f"{s['tp']:>7}{s['fp']:>7}{s['fn']:>7}{s['records']:>9}{s['exact_records']:>7.3f}"
        )
    if confusion_list:
        lines += ["", "Root confusions (dyad found, root wrong): gold -> predicted"]
        for c in confusion_list:
            lines.append(
                f"  {c.gold_root} -> {c.predicted_root or '??'}  x{c.count}  "
                f"e.g. {', '.join(c.record_ids)}"
            )
    if worst:
        lines += ["", f"Records with the most errors ({worst[0].level} level)"]
        for r in worst:
            lines.append(f"  {r.id}  fp={r.false_positives} fn={r.false_negatives}")
            lines.append(f"    {_clip(r.text, width - 4)}")
            lines.append(f"    gold:      {_clip(', '.join(r.gold) or '(none)', width - 15)}")
            lines.append(f"    predicted: {_clip(', '.join(r.predicted) or '(none)', width - 15)}")
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 1)] + "…"


# ----------------------------------------------------------------------------- calibration


def judge_predictions(
    gold_records: Iterable[Mapping[str, Any]],
    predicted_events: Iterable[Any],
    level: str = "root",
) -> list[tuple[Mapping[str, Any], bool]]:
    """Each prediction :func:`score` counts at `level`, with whether it found a gold event.

    Returns ``(event, correct)`` pairs in record order.  These are exactly the predictions
    score() counts: those of scored records, a prediction repeated in a record (the same key at
    `level`) once, represented by its most confident repeat (a filter at a threshold keeps it
    when any repeat passes).  ``correct`` is score()'s matching, run once over all predictions,
    so the correct pairs number score()'s ``tp`` and the others its ``fp``.  An event without a
    confidence counts as confidence 0.
    """
    _check_level(level)
    by_record = _by_record(predicted_events)
    judged: list[tuple[Mapping[str, Any], bool]] = []
    for record, m in _matches(gold_records, by_record, level):
        best: dict[_PredKey, Mapping[str, Any]] = {}
        for event in by_record.get(str(record["id"]), ()):
            key = _pred_key(event, level)
            if key not in best or _confidence(event) > _confidence(best[key]):
                best[key] = event
        wrong = set(m.unused)  # keys are distinct within a record, so membership is enough
        judged += [(best[key], key not in wrong) for key in m.predicted]
    return judged


def calibration(
    gold_records: Iterable[Mapping[str, Any]],
    predicted_events: Iterable[Any],
    thresholds: Sequence[float] = (0.5, 0.6, 0.7, 0.8, 0.9),
    level: str = "root",
) -> list[dict[str, Any]]:
    """Precision of the predicted events per confidence band: does confidence mean something?

    The bands are ``[0, t1)``, ``[t1, t2)`` … ``[tn, ∞)`` for the increasing `thresholds`.  One
    row per band, lowest first::

        {"low": 0.8, "high": 0.9, "events": 40, "correct": 33, "precision": 0.825,
         "events_at_or_above": 61, "precision_at_or_above": 0.852,
         "events_below": 144, "precision_below": 0.667}

    ``*_at_or_above`` and ``*_below`` split all events at the band's ``low``: the row whose
    ``low`` is 0.8 says whether events of confidence 0.8 or more are more precise than the rest.
    ``high`` is None for the last band; a precision is None when there is no event to measure.
    The events and their correctness are those of :func:`judge_predictions`, so the rows'
    ``correct`` add up to :func:`score`'s ``tp`` at `level` and their ``events`` to ``tp + fp``.
    """
    bounds = [float(t) for t in thresholds]
    if any(not 0.0 < t <= 1.0 for t in bounds) or bounds != sorted(set(bounds)):
        raise ValueError(
            f"thresholds must increase strictly and lie in (0, 1], e.g. (0.5, 0.8): {thresholds!r}"
        )
    outcomes = [
        (_confidence(event), ok)
        for event, ok in judge_predictions(gold_records, predicted_events, level)
    ]
    edges = [0.0, *bounds]
    rows = []
    for i, low in enumerate(edges):
        high = edges[i + 1] if i + 1 < len(edges) else None
        band = [ok for c, ok in outcomes if c >= low and (high is None or c < high)]
        above = [ok for c, ok in outcomes if c >= low]
        below = [ok for c, ok in outcomes if c < low]
        rows.append({
            "low": low,
            "high": high,
            "events": len(band),
            "correct": sum(band),
            "precision": _rate(band),
            "events_at_or_above": len(above),
            "precision_at_or_above": _rate(above),
            "events_below": len(below),
            "precision_below": _rate(below),
        })  # fmt: skip
    return rows


def _confidence(event: Mapping[str, Any]) -> float:
    value = event.get("confidence")
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _rate(outcomes: Sequence[bool]) -> float | None:
    return round(sum(outcomes) / len(outcomes), 3) if outcomes else None


def format_calibration(rows: Sequence[Mapping[str, Any]], title: str = "") -> str:
    """A plain-text table of :func:`calibration` rows: per band, then split at the band's low."""

    def rate(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    lines = [title] if title else []
    lines.append(
        f"{'confidence':<12}{'events':>7}{'correct':>8}{'P':>7}  |"
        f"{'n >= low':>10}{'P >= low':>10}{'n < low':>9}{'P < low':>9}"
    )
    for r in rows:
        band = f"{r['low']:.2f}-{r['high']:.2f}" if r["high"] is not None else f">= {r['low']:.2f}"
        lines.append(
            f"{band:<12}{r['events']:>7}{r['correct']:>8}{rate(r['precision']):>7}  |"
            f"{r['events_at_or_above']:>10}{rate(r['precision_at_or_above']):>10}"
            f"{r['events_below']:>9}{rate(r['precision_below']):>9}"
        )
    return "\n".join(lines)


# ----------------------------------------------------------------------------- reading


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read and check a gold JSONL file; raise InputError naming the file and line of a problem."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(
            f"{path}: no such gold file; give the path of a .jsonl gold file"
        ) from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(
            f"{path}: cannot read the gold file ({err}); check it is UTF-8 text"
        ) from None
    # Repeated ids are allowed: the PLOVER dev file has some, and the reference scorer gives
    # such records the same predictions.
    records: list[dict[str, Any]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(
                f"{where}: not valid JSON ({err.msg}, column {err.colno}); "
                "each line of a gold file must be one JSON object"
            ) from None
        problem = _record_problem(record)
        if problem:
            raise InputError(f"{where}: {problem}")
        records.append(record)
    return records


def _record_problem(record: Any) -> str | None:
    """What is wrong with one gold record, said so that the fix is plain; None when it is fine."""
    if not isinstance(record, dict):
        return f"expected a JSON object, found {type(record).__name__}"
    rid = record.get("id")
    if isinstance(rid, bool) or not isinstance(rid, str | int) or rid == "":
        return 'missing or empty "id" (a string that the predictions\' doc_id repeats)'
    if not isinstance(record.get("text"), str):
        return f'record {rid!r}: missing "text" (the sentence to code)'
    if "expected_events" not in record:
        return (
            f'record {rid!r}: no "expected_events" list; is this a gold file? '
            "(use [] for a sentence without events)"
        )
    events = record["expected_events"]
    if not isinstance(events, list):
        return f'record {rid!r}: "expected_events" must be a list'
    for flag in ("evaluate", "no_event"):
        if flag in record and not isinstance(record[flag], bool):
            return f'record {rid!r}: "{flag}" must be true or false, not {record[flag]!r}'
    if record.get("no_event") is True and events:
        return f'record {rid!r}: "no_event" is true but "expected_events" is not empty'
    for n, event in enumerate(events, 1):
        problem = _event_problem(event)
        if problem:
            return f"record {rid!r}, expected event {n}: {problem}"
    return None


def _event_problem(event: Any) -> str | None:
    if not isinstance(event, dict):
        return "expected a JSON object"
    for side in ("source", "target"):
        actor = event.get(side)
        if actor is not None and not isinstance(actor, str | dict):
            return f'"{side}" must be an actor code such as "RUSGOV", an object or null'
    code = event.get("code")
    if code is not None:
        if not isinstance(code, str):
            return f'"code" must be a string such as "0231" (leading zeros matter): {code!r}'
        if code and not (2 <= len(code) <= 4 and code[:2].isdigit() and code.isalnum()):
            return f'"code" {code!r} is not a CAMEO code (two to four digits, root first)'
    alt = event.get("alt_roots")
    if alt is not None and not (
        isinstance(alt, list) and all(isinstance(a, str) and len(a) == 2 for a in alt)
    ):
        return '"alt_roots" must be a list of two-digit root strings such as ["18", "19"]'
    plover = event.get("plover_event")
    if plover is not None and not (isinstance(plover, str) and plover == plover.upper()):
        return f'"plover_event" must be an upper-case PLOVER type such as "ASSAULT": {plover!r}'
    modality = event.get("modality")
    if modality is not None and modality not in _MODALITIES:
        return f'"modality" {modality!r} is not one of {", ".join(sorted(_MODALITIES))}'
    return None
