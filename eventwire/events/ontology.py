"""The CAMEO 1.1b3 event codes and their PLOVER 2021 equivalents.

The table is ``eventwire/data/cameo.tsv`` (its header comment names the origin of every
column).  It is read once per process and kept in an immutable mapping, so the lookups below
are dictionary hits.

CAMEO codes are strings: ``"01"`` … ``"20"`` are the roots, three digits the base codes, four
digits the sub-codes; leading zeros matter.  Every code has a PLOVER type: the PLOVER authors'
table is silent on the ``01`` (public statements) and ``02`` (appeals) families, and for those
rows the table says which type eventwire chose and why (``plover_basis`` is ``eventwire``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from eventwire.errors import DataFileError
from eventwire.records import Cameo, Plover

__all__ = [
    "CodeInfo",
    "PLOVER_TYPES",
    "QUAD_CLASSES",
    "all_codes",
    "cameo",
    "children",
    "code_info",
    "is_code",
    "is_root",
    "parent",
    "plover",
    "quad_class_of_root",
    "root_of",
    "roots",
    "rows",
]

TABLE_PATH = Path(__file__).resolve().parent.parent / "data" / "cameo.tsv"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

_COLUMNS = (
    "code", "root", "name", "quad_class", "goldstein",
    "plover_type", "plover_mode", "plover_context", "plover_basis", "note",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """One row of the table: the CAMEO record, the PLOVER record and where the latter came from."""

    cameo: Cameo
    plover: Plover
    plover_basis: str  # "plover2021" (the PLOVER authors' table) or "eventwire" (our choice)
    note: str


def quad_class_of_root(root: str) -> int:
    """The standard (ICEWS/GDELT) quad class of a two-digit root: 01-05 → 1, 06-08 → 2, 09-13 → 3,
    14-20 → 4."""
    number = int(root)
    if not 1 <= number <= 20:
        raise ValueError(f"not a CAMEO root: {root!r}")
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13:
        return 3
    return 4


@lru_cache(maxsize=1)
def _table() -> MappingProxyType[str, CodeInfo]:
    path = TABLE_PATH
    table: dict[str, CodeInfo] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1) if not line.startswith("#")]
    reader = csv.reader((line for _, line in lines), delimiter="\t")
    header = next(reader)
    if tuple(header) != _COLUMNS:
        raise DataFileError(path, f"unexpected columns {header}; expected {list(_COLUMNS)}", 1)
    for (line_no, _), row in zip(lines[1:], reader, strict=True):
        if len(row) != len(_COLUMNS):
            raise DataFileError(path, f"expected {len(_COLUMNS)} tab-separated fields", line_no)
        rec = dict(zip(_COLUMNS, row, strict=True))
        code = rec["code"]
        if not code.isdigit() or len(code) not in (2, 3, 4) or rec["root"] != code[:2]:
            raise DataFileError(path, f"bad code or root {code!r}/{rec['root']!r}", line_no)
        if rec["plover_type"] not in PLOVER_TYPES:
            raise DataFileError(path, f"unknown PLOVER type {rec['plover_type']!r}", line_no)
        table[code] = CodeInfo(
            cameo=Cameo(
                code=code,
                root=rec["root"],
                name=rec["name"],
                quad_class=int(rec["quad_class"]),
                goldstein=float(rec["goldstein"]),
            ),
            plover=Plover(
                type=rec["plover_type"],
                mode=rec["plover_mode"] or None,
                context=rec["plover_context"] or None,
            ),
            plover_basis=rec["plover_basis"],
            note=rec["note"],
        )
    return MappingProxyType(table)


def _lookup(code: str) -> CodeInfo:
    try:
        return _table()[code]
    except (KeyError, TypeError):
        raise KeyError(
            f"{code!r} is not a CAMEO 1.1b3 event code (codes are strings such as '042' or "
            "'1823'; `eventwire codes` lists them)"
        ) from None


def is_code(code: object) -> bool:
    """True when ``code`` is a CAMEO 1.1b3 event code (a string, leading zeros included)."""
    return isinstance(code, str) and code in _table()


def code_info(code: str) -> CodeInfo:
    """The full table row of ``code``; ``KeyError`` with a helpful message when unknown."""
    return _lookup(code)


def cameo(code: str) -> Cameo:
    """The :class:`~eventwire.records.Cameo` of ``code``: name, root, quad class, Goldstein."""
    return _lookup(code).cameo


def plover(code: str) -> Plover:
    """The PLOVER 2021 type, mode and context of ``code``."""
    return _lookup(code).plover


@lru_cache(maxsize=1)
def all_codes() -> tuple[str, ...]:
    """Every CAMEO code in table order (root, then its base codes and sub-codes)."""
    return tuple(_table())


def roots() -> tuple[str, ...]:
    """The twenty two-digit roots ``"01"`` … ``"20"``."""
    return tuple(code for code in all_codes() if len(code) == 2)


def is_root(code: str) -> bool:
    """True for a two-digit root code."""
    return is_code(code) and len(code) == 2


def root_of(code: str) -> str:
    """The two-digit root of a code (``"0231"`` → ``"02"``)."""
    return _lookup(code).cameo.root


def parent(code: str) -> str | None:
    """The code one level up (``"0231"`` → ``"023"``, ``"023"`` → ``"02"``); ``None`` for a root."""
    _lookup(code)
    return None if len(code) == 2 else code[:-1]


def children(code: str) -> tuple[str, ...]:
    """The codes one level down (``"023"`` → ``("0231", …, "0234")``)."""
    _lookup(code)
    return tuple(c for c in all_codes() if len(c) == len(code) + 1 and c.startswith(code))


def rows(plover: bool = True) -> list[dict[str, Any]]:
    """The table as plain dicts for listings (``eventwire codes``); PLOVER columns optional."""
    out: list[dict[str, Any]] = []
    for info in _table().values():
        row: dict[str, Any] = {
            "code": info.cameo.code,
            "root": info.cameo.root,
            "name": info.cameo.name,
            "quad_class": info.cameo.quad_class,
            "goldstein": info.cameo.goldstein,
        }
        if plover:
            row |= {
                "plover_type": info.plover.type,
                "plover_mode": info.plover.mode,
                "plover_context": info.plover.context,
                "plover_basis": info.plover_basis,
            }
        out.append(row)
    return out
