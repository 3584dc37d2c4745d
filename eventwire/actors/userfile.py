"""Actor records in eventwire's own format: YAML or CSV files, packaged or the user's.

A record describes one actor (see docs/actors.md for the full format)::

    - kind: person              # state | person | org | role (default: org)
      name: Vladimir Putin
      also: [Wladimir Putin]     # other spellings, transliterations
      surname: Putin             # default: the last word (first for CHN, PRK, KOR, TWN, KHM)
      country: RUS
      entity: Q7747
      roles:                     # [title, start, end] or [title, start, end, code]
        - [president, 2012-05-07, null]

A CSV file has one row per role (or per actor without roles) and the columns ``kind, id, name,
also, acronyms, country, sector, code, entity, title, start, end, surname, ambiguous``; list
cells separate their items with ``|``.  Rows with the same ``id`` (or kind + name) make one actor.

Every record becomes (phrase, Entry) pairs; errors name the file and the line.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

from eventwire.actors.kb import Entry, Role
from eventwire.actors.names import fold, plural
from eventwire.errors import DataFileError

__all__ = [
    "ACTOR_FIELDS",
    "KINDS",
    "entries_from_record",
    "load_yaml",
    "read_actor_file",
    "read_csv_records",
]

KINDS = ("state", "person", "org", "role")
ACTOR_FIELDS = frozenset(
    {
        "kind",
        "id",
        "name",
        "short",
        "also",
        "acronyms",
        "former",
        "adjectives",
        "demonyms",
        "capitals",
        "seats",
        "country",
        "sector",
        "code",
        "entity",
        "roles",
        "surname",
        "ambiguous",
        "cased",
        "upper",
        "plural",
        "title",
        "start",
        "end",
        "note",
    }
)
CSV_LIST_FIELDS = (
    "short",
    "also",
    "surname",
    "acronyms",
    "former",
    "adjectives",
    "demonyms",
    "capitals",
    "cased",
    "upper",
)
# Family name first: "Kim Jong Un" is "Kim", "Xi Jinping" is "Xi".
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "KHM", "HKG", "MAC"})
_PARTICLES = frozenset(
    {"von", "van", "der", "de", "da", "dos", "das", "di", "del", "bin", "ibn", "al", "el", "le"}
)
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_SECTOR = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
_CODE = re.compile(r"^[A-Z]{3}([A-Z0-9]{3})*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LINE = "__line__"


class _LineLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """A safe YAML loader that records each mapping's line number under ``__line__``."""


def _mapping_with_line(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep=True)
    mapping[_LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)
# Dates stay strings: as_date checks them and names the line of a bad one ("2020-13-01").
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_scalar)


def load_yaml(path: Path) -> Any:
    """Parse a YAML file; mappings carry their line as ``__line__``; errors name the line."""
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LineLoader)  # noqa: S506 - a safe loader subclass
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise DataFileError(path, f"not valid YAML: {exc.problem}; fix the syntax", line) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, f"cannot be read ({exc}); check the path") from exc


def as_date(value: Any, path: Path, line: int | None, field: str) -> str | None:
    """An ISO date string from a YAML/CSV value; None for empty or null."""
    if value is None or value == "" or value == "-":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    text = str(value).strip()
    if _DATE.match(text):
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            pass
        else:
            return text
    raise DataFileError(path, f"{field} {value!r} is not a date; write YYYY-MM-DD", line)


def _as_list(value: Any, path: Path, line: int | None, field: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    raise DataFileError(path, f"{field} must be a name or a list of names, not {value!r}", line)


def _check(pattern: re.Pattern[str], value: Any, what: str, path: Path, line: int | None) -> str:
    if not isinstance(value, str) or not pattern.match(value):
        raise DataFileError(path, f"{what} {value!r} is not valid; {_HINTS[what]}", line)
    return value


_HINTS = {
    "country": "use an ISO 3166-1 alpha-3 code such as RUS",
    "sector": "use a CAMEO role code such as GOV, MIL or REB",
    "code": "use a CAMEO actor code such as RUSGOV or IGOUNO",
}


def default_surname(name: str, country: str | None) -> list[str]:
    """The surname forms of a person's name: "Xi Jinping" -> Xi, "Ursula von der Leyen" ->
    von der Leyen, "Abdel Fattah el-Sisi" -> el-Sisi and Sisi."""
    words = name.split()
    if len(words) < 2:
        return []
    if country in FAMILY_NAME_FIRST:
        return [words[0]]
    for i, word in enumerate(words[1:-1], start=1):
        if word.lower() in _PARTICLES:
            return [" ".join(words[i:])]
    last = words[-1]
    prefix = re.match(r"^(?:al|el|Al|El)-(.+)$", last)
    return [last, prefix.group(1)] if prefix else [last]


def entries_from_record(
    rec: dict[str, Any], path: Path, default_kind: str = "org"
) -> list[tuple[str, Entry]]:
    """The (phrase, Entry) pairs of one actor record; raises DataFileError when malformed."""
    line = rec.get(_LINE)
    unknown = set(rec) - ACTOR_FIELDS - {_LINE}
    if unknown:
        raise DataFileError(
            path, f"unknown field(s) {', '.join(sorted(unknown))}; see docs/actors.md", line
        )
    kind = rec.get("kind") or default_kind
    if kind not in KINDS:
        raise DataFileError(path, f"kind {kind!r} is not one of {', '.join(KINDS)}", line)
    name = rec.get("name")
    if not isinstance(name, str) or not name.strip():
        raise DataFileError(path, "every actor needs a name", line)
    name = name.strip()
    country = rec.get("country")
    if country is not None:
        country = _check(_COUNTRY, country, "country", path, line)
    sector = rec.get("sector")
    if sector is not None:
        sector = _check(_SECTOR, sector, "sector", path, line)
    code = rec.get("code")
    if code is not None:
        code = _check(_CODE, code, "code", path, line)
    entity = rec.get("entity")
    if entity is not None and not re.match(r"^Q\d+$", str(entity)):
        raise DataFileError(path, f"entity {entity!r} is not a Wikidata id like Q7747", line)
    roles = tuple(_roles(rec, country, path, line))
    if kind == "state":
        if country is None:
            raise DataFileError(path, "a state needs its country code", line)
        key = rec.get("id") or country
    elif kind == "role":
        if sector is None:
            raise DataFileError(path, f"role noun {name!r} needs a sector", line)
        key = rec.get("id") or f"role:{fold(name)}"
    else:
        key = rec.get("id") or (
            f"person:{entity}"
            if entity and kind == "person"
            else f"{kind}:{country or code or '-'}:{fold(name)}"
        )
    if kind == "org" and code is None and country is not None and not roles:
        code = country + (sector or "")
    if kind == "role":
        code = None
    ambiguous_all = rec.get("ambiguous") is True
    ambiguous = {
        fold(n)
        for n in _as_list(
            None if isinstance(rec.get("ambiguous"), bool) else rec.get("ambiguous"),
            path,
            line,
            "ambiguous",
        )
    }
    cased = {fold(n) for n in _as_list(rec.get("cased"), path, line, "cased")}
    upper = {fold(n) for n in _as_list(rec.get("upper"), path, line, "upper")}
    origin = f"{path.name}:{line}" if line else path.name

    def make(phrase: str, form: str, **fields: Any) -> tuple[str, Entry]:
        folded = fold(phrase)
        case = fields.pop("case", None)
        bare = phrase[4:] if folded.startswith("the ") else phrase
        if case is None and bare.isupper() and sum(c.isalnum() for c in bare) <= 3:
            case = "upper"  # "U.N.", "RT": short capitals are acronyms whatever the field
        if folded in upper:
            case = "upper"
        elif folded in cased:
            case = "title"
        entry = Entry(
            kind=kind,
            key=key,
            name=name,
            form=form,
            country=country,
            sector=fields.pop("sector", sector),
            code=fields.pop("code", code),
            entity=entity,
            roles=roles,
            ambiguous=fields.pop("ambiguous", False) or ambiguous_all or folded in ambiguous,
            case=case,
            origin=origin,
        )
        return phrase, entry

    out: list[tuple[str, Entry]] = [make(name, "role" if kind == "role" else "name")]
    if kind == "role" and rec.get("plural", True) and plural(name) != name:
        out.append(make(plural(name), "role"))
    for phrase in _as_list(rec.get("also"), path, line, "also"):
        out.append(make(phrase, "alias"))
        if kind == "role" and rec.get("plural", True) and plural(phrase) != phrase:
            out.append(make(plural(phrase), "role"))
    for phrase in _as_list(rec.get("short"), path, line, "short"):
        out.append(make(phrase, "short"))
    for phrase in _as_list(rec.get("former"), path, line, "former"):
        out.append(make(phrase, "former"))
    for phrase in _as_list(rec.get("acronyms"), path, line, "acronyms"):
        letters = sum(c.isalnum() for c in phrase)
        # "US" only in capitals; "Nato", "JeM", "AfD" as written or capitalised
        if letters > 3:
            case = "title"
        else:
            case = "upper" if phrase.isupper() else "mixed"
        out.append(make(phrase, "acronym", case=case))
    for phrase in _as_list(rec.get("adjectives"), path, line, "adjectives"):
        out.append(make(phrase, "adjective"))
    for phrase in _as_list(rec.get("demonyms"), path, line, "demonyms"):
        out.append(make(phrase, "demonym"))
    for phrase in _as_list(rec.get("capitals"), path, line, "capitals"):
        out.append(make(phrase, "capital", sector="GOV", code=f"{country}GOV"))
    seats = rec.get("seats") or {}
    if not isinstance(seats, dict):
        raise DataFileError(path, "seats must map a phrase to a sector (the Kremlin: GOV)", line)
    for phrase, seat_sector in seats.items():
        if phrase == _LINE:
            continue
        seat_sector = _check(_SECTOR, seat_sector, "sector", path, line)
        out.append(make(phrase, "metonym", sector=seat_sector, code=f"{country}{seat_sector}"))
    if kind == "person":
        surnames = rec.get("surname")
        if surnames is None:
            surnames = default_surname(name, country)
        for phrase in _as_list(surnames, path, line, "surname"):
            if phrase != "-" and fold(phrase) != fold(name):
                # "dos Santos", "de Klerk": a surname written with a small particle keeps it
                case = "particle" if phrase[:1].islower() else "title"
                out.append(make(phrase, "surname", ambiguous=True, case=case))
    return out


def _roles(rec: dict[str, Any], country: str | None, path: Path, line: int | None) -> list[Role]:
    raw = rec.get("roles") or []
    if not isinstance(raw, list):
        raise DataFileError(path, "roles must be a list of [title, start, end, code?]", line)
    roles = []
    for item in raw:
        item_line = line
        if isinstance(item, dict):
            item_line = item.get(_LINE, line)
            item = [item.get("title"), item.get("start"), item.get("end"), item.get("code")]
        if not isinstance(item, list) or not 3 <= len(item) <= 4 or not item[0]:
            raise DataFileError(
                path,
                f"role {item!r} must be [title, start, end] or [title, start, end, code]",
                item_line,
            )
        roles.append(
            make_role(
                str(item[0]),
                item[1],
                item[2],
                item[3] if len(item) > 3 else None,
                country,
                path,
                item_line,
            )
        )
    return roles


def make_role(
    title: str,
    start: Any,
    end: Any,
    code: Any,
    country: str | None,
    path: Path,
    line: int | None,
) -> Role:
    """A Role from raw fields: the code defaults to the person's country + GOV."""
    start_day = as_date(start, path, line, "start")
    end_day = as_date(end, path, line, "end")
    if start_day and end_day and end_day < start_day:
        raise DataFileError(path, f"role {title!r} ends ({end_day}) before it starts", line)
    if code in (None, ""):
        if country is None:
            raise DataFileError(path, f"role {title!r} needs a code or the actor a country", line)
        code = f"{country}GOV"
    code = _check(_CODE, code, "code", path, line)
    role_country = code[:3] if code[:3] not in ("IGO", "NGO", "IMG") else None
    role_sector = code[3:6] if role_country and len(code) >= 6 else None
    return Role(role_country, role_sector, title.strip(), start_day, end_day, code)


def read_csv_records(path: Path, default_kind: str, delimiter: str = ",") -> list[dict[str, Any]]:
    """Rows of a CSV/TSV actor file grouped into records (one per actor, roles gathered)."""
    records: dict[tuple[str, ...], dict[str, Any]] = {}
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = _csv_rows(handle, delimiter)
            header = next(rows, None)
            if header is None:
                return []
            header_line, columns = header
            columns = [c.strip().lower() for c in columns]
            unknown = set(columns) - ACTOR_FIELDS - {""}
            if unknown or "name" not in columns:
                raise DataFileError(
                    path,
                    f"the header must name the columns of docs/actors.md (unknown: "
                    f"{', '.join(sorted(unknown)) or 'none'}; 'name' is required)",
                    header_line,
                )
            for line, cells in rows:
                if len(cells) > len(columns):
                    raise DataFileError(
                        path, f"{len(cells)} cells for {len(columns)} columns", line
                    )
                row = {
                    c: v.strip() for c, v in zip(columns, cells, strict=False) if c and v.strip()
                }
                _add_row(records, row, path, line, default_kind)
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, f"cannot be read ({exc}); check the path") from exc
    return list(records.values())


def _csv_rows(handle: Iterable[str], delimiter: str) -> Iterable[tuple[int, list[str]]]:
    """Non-empty, non-comment rows with their line numbers."""
    reader = csv.reader(handle, delimiter=delimiter)
    for cells in reader:
        if not cells or not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
            continue
        yield reader.line_num, cells


def _add_row(records: dict, row: dict[str, str], path: Path, line: int, default_kind: str) -> None:
    kind = row.get("kind", default_kind)
    ident = (
        (kind, row["id"])
        if row.get("id")
        else (kind, "", row.get("country", ""), fold(row.get("name", "")))
    )
    rec = records.get(ident)
    if rec is None:
        rec = records[ident] = {_LINE: line, "roles": []}
    has_role = any(f in row for f in ("title", "start", "end"))
    for field, value in row.items():
        if field in ("title", "start", "end") or (field == "code" and has_role):
            continue
        if field == "ambiguous":
            rec[field] = value.lower() in ("1", "true", "yes", "y") or value.split("|")
        elif field in CSV_LIST_FIELDS:
            items = [v.strip() for v in value.split("|") if v.strip()]
            rec[field] = rec.get(field, []) + [v for v in items if v not in rec.get(field, [])]
        elif field in rec and rec[field] != value:
            raise DataFileError(
                path,
                f"{field} {value!r} contradicts {rec[field]!r} given for the same actor "
                f"on line {rec[_LINE]}; give each actor one {field}",
                line,
            )
        else:
            rec[field] = value
    if has_role:
        rec["roles"].append(
            {
                "title": row.get("title"),
                "start": row.get("start"),
                "end": row.get("end"),
                "code": row.get("code"),
                _LINE: line,
            }
        )


def read_actor_file(path: str | Path) -> list[tuple[str, Entry]]:
    """The (phrase, Entry) pairs of a user actor file (``.yaml``/``.yml``, ``.csv``, ``.tsv``)."""
    path = Path(path)
    suffix = path.suffix.lower()
    readers: dict[str, Callable[[], list[dict[str, Any]]]] = {
        ".yaml": lambda: _yaml_records(path),
        ".yml": lambda: _yaml_records(path),
        ".csv": lambda: read_csv_records(path, "org"),
        ".tsv": lambda: read_csv_records(path, "org", "\t"),
    }
    if suffix not in readers:
        raise DataFileError(path, "actor files must end in .yaml, .yml, .csv or .tsv")
    if not path.is_file():
        raise DataFileError(path, "no such file; check the path")
    out: list[tuple[str, Entry]] = []
    for rec in readers[suffix]():
        out.extend(entries_from_record(rec, path))
    return out


def _yaml_records(path: Path) -> list[dict[str, Any]]:
    data = load_yaml(path)
    if data is None:
        return []
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
    if not isinstance(data, list):
        raise DataFileError(path, "an actor file is a list of actors (or a mapping 'actors:')", 1)
    for item in data:
        if not isinstance(item, dict):
            raise DataFileError(path, f"each actor is a mapping with a name, not {item!r}")
    return data
