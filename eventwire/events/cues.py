"""Cue words for negation, modality and attribution (``data/lexicon/cues.yaml``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from eventwire.errors import DataFileError

__all__ = ["Cues", "default_cues"]

_FIELDS = (
    "negation",
    "negating_verbs",
    "hypothetical",
    "future",
    "intended",
    "future_verbs",
    "hypothetical_verbs",
    "reporting_verbs",
    "non_target_prepositions",
    "target_prepositions",
)


@dataclass(frozen=True, slots=True)
class Cues:
    negation: frozenset[str]
    negating_verbs: frozenset[str]
    hypothetical: frozenset[str]
    future: frozenset[str]
    intended: frozenset[str]
    future_verbs: frozenset[str]
    hypothetical_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    non_target_prepositions: frozenset[str]
    target_prepositions: tuple[str, ...]

    @classmethod
    def load(cls, path: Path | None = None) -> Cues:
        if path is None:
            path = Path(str(resources.files("eventwire") / "data" / "lexicon" / "cues.yaml"))
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise DataFileError(path, f"cannot read cue file: {exc}") from exc
        if not isinstance(data, dict):
            raise DataFileError(path, "expected a mapping of cue lists")
        unknown = set(data) - set(_FIELDS)
        if unknown:
            raise DataFileError(path, f"unknown cue lists {sorted(unknown)}; known: {_FIELDS}")
        values = {}
        for name in _FIELDS:
            items = data.get(name) or []
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise DataFileError(path, f"'{name}' must be a list of words")
            words = [i.lower() for i in items]
            values[name] = tuple(words) if name == "target_prepositions" else frozenset(words)
        return cls(**values)


@functools.lru_cache(maxsize=1)
def default_cues() -> Cues:
    return Cues.load()
