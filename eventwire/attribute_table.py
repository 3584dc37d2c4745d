"""A table-driven stand-in for spaCy's ``attribute_ruler``, with the same output.

Why: in the English pipelines the attribute ruler maps the tagger's fine tags to coarse parts of
speech and morphology, plus a few dozen word exceptions ("been" -> AUX, "him" -> he).  spaCy runs
its 179 patterns through the general token Matcher, which on two CPU cores costs about as much as
the dependency parser itself.  Nearly every pattern constrains one token by exact values, so a
lookup by tag, word or dependency label finds the few that can apply to a token, and only those
are tested.  The attributes set are exactly the ruler's own (its patterns are read from the loaded
model, applied in the same order, later patterns winning), so the rest of the pipeline - the
lemmatizer, our coder - sees the same annotation.  ``tests/test_parse.py`` checks token by token
that the two agree.

A model whose ruler uses anything the table does not understand (operators such as ``OP``,
comparisons, other attributes) keeps spaCy's own component: see :func:`install`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = ["AttributeTable", "install"]

# The token attributes a pattern may test, in the order of the array read from each Doc.
_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_TAG, _LOWER, _DEP, _SPACE = range(len(_FIELDS))
# Attributes tested through their string (a regular expression needs the text).
_Test = Callable[[tuple[int, ...]], bool]


class Unsupported(ValueError):
    """A ruler pattern uses a feature the table does not implement."""


class AttributeTable:
    """Apply an attribute ruler's patterns by table lookup instead of the Matcher."""

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        self._strings = ruler.vocab.strings
        self._attr_ids = [TAG, LOWER, DEP, IS_SPACE]
        self._attrs = list(ruler.attrs)       # normalised {attr id: value} per pattern
        self._indices = list(ruler.indices)   # which token of the match receives them
        # pattern buckets: the first token's exact tag, word or dependency label picks them;
        # one-token patterns and longer ones apart, since only the first are memoised
        self._one = _Buckets()
        self._longer = _Buckets()
        for p_i in range(len(self._attrs)):
            for pattern in ruler.matcher.get(str(p_i))[1]:
                self._add(p_i, pattern)
        # every attribute some pattern sets: read from the Doc, changed, written back at once
        self._set_ids = sorted({a for attrs in self._attrs for a in attrs})
        self._merged: dict[tuple[int, ...], list[tuple[int, int]]] = {}
        self._single: dict[tuple[int, ...], tuple[int, ...]] = {}

    # -- building ------------------------------------------------------------------------------
    def _add(self, p_i: int, pattern: list[dict]) -> None:
        tests = [self._compile(spec) for spec in pattern]
        index = self._indices[p_i]
        entry = (p_i, tests, index if index >= 0 else len(tests) + index)
        buckets = self._one if len(tests) == 1 else self._longer
        for field in (_TAG, _LOWER, _DEP):
            keys = self._exact_keys(pattern[0].get(_FIELDS[field]))
            if keys is not None:
                for key in keys:
                    buckets.by[field].setdefault(key, []).append(entry)
                return
        buckets.anywhere.append(entry)

    def _exact_keys(self, value: Any) -> list[int] | None:
        """Hashes a value must equal, or None when it is not an exact (or IN) test."""
        if isinstance(value, str):
            return [self._strings.add(value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [self._strings.add(v) for v in value["IN"]]
        return None

    def _compile(self, spec: dict) -> list[_Test]:
        tests: list[_Test] = []
        for name, value in spec.items():
            if name not in _FIELDS:
                raise Unsupported(f"pattern attribute {name!r}")
            field = _FIELDS.index(name)
            if field == _SPACE:
                if not isinstance(value, bool):
                    raise Unsupported(f"IS_SPACE value {value!r}")
                tests.append(lambda a, f=field, v=int(value): a[f] == v)
            elif isinstance(value, str):
                wanted = self._strings.add(value)
                tests.append(lambda a, f=field, h=wanted: a[f] == h)
            elif isinstance(value, dict) and len(value) == 1:
                (op, arg), = value.items()
                if op == "IN":
                    hashes = frozenset(self._strings.add(v) for v in arg)
                    tests.append(lambda a, f=field, s=hashes: a[f] in s)
                elif op == "NOT_IN":
                    hashes = frozenset(self._strings.add(v) for v in arg)
                    tests.append(lambda a, f=field, s=hashes: a[f] not in s)
                elif op == "REGEX":
                    tests.append(lambda a, f=field, r=re.compile(arg), s=self._strings:
                                 r.search(s[a[f]]) is not None)
                else:
                    raise Unsupported(f"pattern operator {op!r}")
            else:
                raise Unsupported(f"pattern value {value!r}")
        return tests

    # -- running -------------------------------------------------------------------------------
    def __call__(self, doc: Any) -> Any:
        import numpy

        n = len(doc)
        if not n:
            return doc
        rows = [tuple(r) for r in doc.to_array(self._attr_ids).tolist()]
        received: list[list[int]] = [[] for _ in rows]
        for i, row in enumerate(rows):
            # one-token patterns depend on the token alone: decided once per distinct token
            single = self._single.get(row)
            if single is None:
                single = self._single[row] = tuple(
                    p_i for p_i, _ in self._one.matching(row, [row], 0))
            received[i].extend(single)
            for p_i, target in self._longer.matching(row, rows, i):
                received[i + target].append(p_i)
        values = doc.to_array(self._set_ids).tolist()
        for row, got in zip(values, received, strict=True):
            if got:
                for col, value in self._merge(got):
                    row[col] = value
        doc.from_array(self._set_ids, numpy.array(values, dtype=numpy.uint64))
        return doc

    def _merge(self, patterns: list[int]) -> list[tuple[int, int]]:
        """(column, value) set by several matches on one token, later patterns winning."""
        key = tuple(sorted(patterns))
        merged = self._merged.get(key)
        if merged is None:
            values: dict[int, int] = {}
            for p_i in key:
                values.update(self._attrs[p_i])
            merged = self._merged[key] = [(self._set_ids.index(a), v) for a, v in values.items()]
        return merged

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)


class _Buckets:
    """Patterns filed under their first token's exact tag, word or label (else ``anywhere``)."""

    def __init__(self) -> None:
        self.by: dict[int, dict[int, list]] = {_TAG: {}, _LOWER: {}, _DEP: {}}
        self.anywhere: list[tuple[int, list[list[_Test]], int]] = []

    def matching(self, row: tuple[int, ...], rows: list, i: int) -> list[tuple[int, int]]:
        """(pattern, offset of the token it sets) for the patterns that match at rows[i]."""
        found = []
        for bucket in (self.by[_TAG].get(row[_TAG]), self.by[_LOWER].get(row[_LOWER]),
                       self.by[_DEP].get(row[_DEP]), self.anywhere):
            if not bucket:
                continue
            for p_i, tests, target in bucket:
                if i + len(tests) > len(rows):
                    continue
                if all(t(rows[i + k]) for k, token_tests in enumerate(tests)
                       for t in token_tests):
                    found.append((p_i, target))
        return found


def install(nlp: Any, name: str = "attribute_ruler") -> bool:
    """Swap the model's attribute ruler for the table; False (and no change) if it cannot.

    The stock component stays when the model has none, when it is not spaCy's AttributeRuler,
    or when one of its patterns uses a feature the table does not implement.
    """
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if type(ruler).__name__ != "AttributeRuler":
        return False
    try:
        table = AttributeTable(ruler)
    except Unsupported:
        return False
    # A Language keeps (name, component) pairs: replacing the object in place keeps the name and
    # the position.  (The table cannot be saved with nlp.to_disk; eventwire never saves a model.)
    index = nlp.component_names.index(name)
    nlp._components[index] = (name, table)
    nlp._link_components()
    return True
