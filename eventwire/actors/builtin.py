"""The packaged actor data: ``eventwire/data/actors/`` (formats in docs/actors.md).

states.tsv          ISO 3166-1 codes and names (generated from pycountry)
states.yaml         the names news uses for states: short, former, adjectives, capitals ...
people.tsv          heads of state and government, foreign and defence ministers, with dates
organisations.yaml  IGOs, NGOs, media, armed groups, parties and named institutions
roles.yaml          role nouns ("army", "foreign ministry") and the sector each gives
ambiguous.yaml      names with several readings ("Congo", "Korea", "Georgia") and their cues
independence.tsv    states that split from another, and the day (read by kb.sovereign_on)
"""

from __future__ import annotations

import csv
import gc
import hashlib
import os
import pickle
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from eventwire.actors.kb import Entry, Reading, Readings, build_index, merge_layers
from eventwire.actors.names import fold, name_keys
from eventwire.errors import DataFileError

__all__ = ["DATA_DIR", "builtin_index", "cache_dir", "load_entries", "state_records"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"

# states.yaml's short keys -> the record fields of userfile.entries_from_record
_STATE_FIELDS = {
    "short": "short",
    "names": "names",
    "former": "former",
    "acr": "acronyms",
    "adj": "adjectives",
    "dem": "demonyms",
    "cap": "capitals",
    "seats": "seats",
    "amb": "ambiguous",
    "cased": "cased",
    "upper": "upper",
    "name": "name",
}


def state_records(data_dir: Path = DATA_DIR) -> list[dict[str, Any]]:
    """One actor record per state: the ISO names of states.tsv joined with states.yaml."""
    from eventwire.actors.userfile import load_yaml  # YAML only when the cache misses

    tsv = data_dir / "states.tsv"
    iso: dict[str, list[str]] = {}
    with open(tsv, encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        reader = csv.reader(lines, delimiter="\t")
        header = next(reader)
        for row in reader:
            if len(row) != len(header):
                raise DataFileError(tsv, f"expected {len(header)} columns, got {len(row)}")
            iso[row[0]] = row
    path = data_dir / "states.yaml"
    extra = load_yaml(path) or {}
    extra.pop("__line__", None)
    records = []
    for code in sorted(set(iso) | set(extra)):
        more = extra.get(code) or {}
        line = more.get("__line__")
        unknown = set(more) - set(_STATE_FIELDS) - {"__line__"}
        if unknown:
            raise DataFileError(
                path, f"{code}: unknown field(s) {', '.join(sorted(unknown))}", line
            )
        rec: dict[str, Any] = {"kind": "state", "country": code, "__line__": line}
        for short_key, field in _STATE_FIELDS.items():
            if short_key in more:
                rec[field] = more[short_key]
        names = list(rec.pop("names", []))
        short = list(rec.get("short", []))
        if code in iso:
            _, _, _, name, official, common = iso[code]
            names += [n for n in (name, official) if n]
            if common:
                short.insert(0, common)
            rec.setdefault("name", common or name)
        elif "name" not in rec:
            raise DataFileError(path, f"{code} is not an ISO 3166-1 code: give it a name", line)
        display = rec["name"]
        if display not in names:  # "Russia": the display name is a short form
            short.insert(0, display)
        rec["short"] = [n for n in dict.fromkeys(short) if n not in names]
        rec["names"] = [n for n in dict.fromkeys(names) if n != display]
        records.append(rec)
    return records


def load_entries(data_dir: Path = DATA_DIR) -> list[tuple[str, Entry]]:
    """Every (phrase, Entry) pair of the packaged data, in precedence order."""
    from eventwire.actors.userfile import entries_from_record

    out: list[tuple[str, Entry]] = []
    states_yaml = data_dir / "states.yaml"
    for rec in state_records(data_dir):
        names = rec.pop("names")
        pairs = entries_from_record(rec, states_yaml, "state")
        if rec["name"] in rec["short"]:  # listed again as a short form, which comes first
            pairs = pairs[1:]
        out.extend(pairs)
        # full ISO names are "name" forms, the display name's siblings
        first = pairs[0][1]
        for full in names:
            out.append((full, _with_form(first, "name", full, rec)))
    out.extend(_people(data_dir / "people.tsv"))
    out.extend(_organisations(data_dir / "organisations.yaml"))
    out.extend(_roles(data_dir / "roles.yaml"))
    return out


Phrases = dict[tuple[str, ...], tuple[Entry, ...]]
Index = tuple[Phrases, tuple[dict, frozenset[str], int], Readings]
_CACHE_FORMAT = 2  # bump when Entry, Role, Reading or the index layout change


def cache_dir() -> Path:
    """Where the indexed packaged data is kept: $EVENTWIRE_CACHE_DIR, else the user cache."""
    explicit = os.environ.get("EVENTWIRE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "eventwire"


def _fingerprint(data_dir: Path) -> str:
    """A hash of the data files, the code that reads them and the cache format."""
    digest = hashlib.sha256(str(_CACHE_FORMAT).encode())
    code_dir = Path(__file__).resolve().parent
    readers = [code_dir / name for name in ("builtin.py", "kb.py", "names.py", "userfile.py")]
    for path in sorted(data_dir.iterdir()) + readers:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def builtin_index(data_dir: Path = DATA_DIR, cache: bool = True) -> Index:
    """The packaged data indexed: (phrases, (trie, first words, longest phrase), readings).

    Reading and indexing the YAML and TSV files takes about half a second; the result is kept
    in a pickle named after a hash of the files and of this package's code, so a changed file or
    a new eventwire version is never served stale.  A cache that cannot be read or written is
    ignored (the data is then read from the files).
    """
    path = None
    if cache:
        path = cache_dir() / f"actors-{_fingerprint(data_dir)}.pickle"
        try:
            with open(path, "rb") as handle:
                data = handle.read()
            # tens of thousands of small objects: the cyclic GC would rescan them all
            gc_was_on = gc.isenabled()
            gc.disable()
            try:
                return pickle.loads(data)  # noqa: S301 - our own cache file
            finally:
                if gc_was_on:
                    gc.enable()
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            pass
    phrases = merge_layers({}, [load_entries(data_dir)])
    readings = ambiguous_readings(data_dir / "ambiguous.yaml", phrases)
    result: Index = (phrases, build_index(phrases), readings)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass
    return result


_AMBIGUOUS_FIELDS = frozenset({"also", "note", "readings"})
_READING_FIELDS = frozenset({"state", "name", "country", "sector", "countries", "cues"})


def ambiguous_readings(path: Path, phrases: Phrases) -> Readings:
    """The readings of ``ambiguous.yaml``; narrows ``phrases`` (in place) to default readings.

    ``match`` then returns one actor for "Congo" (the default reading, flagged ambiguous), and
    ``KnowledgeBase.choose`` swaps in another reading when the article supports it.
    """
    from eventwire.actors.userfile import load_yaml

    if not path.is_file():
        return {}
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise DataFileError(path, "ambiguous.yaml maps each ambiguous name to its readings", 1)
    states: dict[str, Entry] = {}
    for entries in phrases.values():
        for e in entries:
            if e.kind == "state" and e.form in ("name", "short"):
                states.setdefault(e.key, e)
    out: Readings = {}
    for name, spec in data.items():
        if name == "__line__":
            continue
        line = spec.get("__line__") if isinstance(spec, dict) else None
        if not isinstance(spec, dict) or not isinstance(spec.get("readings"), list):
            raise DataFileError(path, f"{name}: give a list of readings", line)
        unknown = set(spec) - _AMBIGUOUS_FIELDS - {"__line__"}
        if unknown:
            fields = ", ".join(sorted(unknown))
            raise DataFileError(path, f"{name}: unknown field(s) {fields} (docs/actors.md)", line)
        for phrase in [name, *spec.get("also", [])]:
            keys = name_keys(phrase)
            keys = keys[1:] if len(keys) > 1 and keys[0] == "the" else keys
            reads = tuple(
                _reading(path, name, r, phrases.get(keys, ()), states, spec.get("note", ""))
                for r in spec["readings"]
            )
            if len(reads) < 2:
                raise DataFileError(path, f"{name}: an ambiguous name needs two readings", line)
            out[keys] = reads
            if keys not in phrases:
                # a name only its readings give ("Islamic Jihad"): the default reading
                phrases[keys] = (replace(reads[0].entry, ambiguous=True),)
            others = {r.entry.key for r in reads[1:]} - {reads[0].entry.key}
            for variant in (keys, ("the", *keys)):
                if variant in phrases:
                    rest = [e for e in phrases[variant] if e.key not in others]
                    default = next((e for e in rest if e.key == reads[0].entry.key), None)
                    first = replace(default or reads[0].entry, ambiguous=True)
                    phrases[variant] = (first, *(e for e in rest if e.key != first.key))
    return out


def _reading(
    path: Path,
    name: str,
    raw: Any,
    current: tuple[Entry, ...],
    states: dict[str, Entry],
    note: str,
) -> Reading:
    """One reading of ``ambiguous.yaml``: an entry in the grammatical form of the phrase."""
    line = raw.get("__line__") if isinstance(raw, dict) else None
    if not isinstance(raw, dict) or set(raw) - _READING_FIELDS - {"__line__"}:
        raise DataFileError(
            path, f"{name}: a reading has state (or name and country), countries and cues", line
        )
    form = next((e.form for e in current if e.kind == "state"), "short")
    case = next((e.case for e in current if e.kind == "state"), None)
    if "state" in raw:
        code = raw["state"]
        entry = next((e for e in current if e.key == code), None)
        if entry is None:
            if code not in states:
                raise DataFileError(path, f"{name}: {code!r} is not a state of the base", line)
            entry = replace(states[code], form=form, case=case)
        supporting = raw.get("countries", [entry.country])
    else:
        country = raw.get("country")
        if not isinstance(raw.get("name"), str) or country not in states:
            raise DataFileError(
                path, f"{name}: a reading needs a state, or a name and a country", line
            )
        sector = raw.get("sector")
        entry = Entry(
            # a reading with a sector is a body of that country ("Islamic Jihad" of Lebanon)
            kind="org" if sector else "state",
            key=f"{country}:{fold(raw['name'])}",
            name=raw["name"],
            # "Georgian" stays an adjective; "Washington" the state is a name, not a capital
            form=form if form in ("adjective", "demonym") else "name",
            country=country,
            sector=sector,
            code=f"{country}{sector}" if sector else None,
            entity=None,
            case=case,
            origin=f"{path.name}:{line}" if line else path.name,
        )
        supporting = raw.get("countries", [])
    # "Kim Jong Un" and "Kim Jong-un" are one cue once folded
    cues = tuple(dict.fromkeys(" ".join(name_keys(str(c))) for c in raw.get("cues") or []))
    return Reading(replace(entry, ambiguous=True), tuple(supporting), cues, note)


def _with_form(entry: Entry, form: str, phrase: str, rec: dict[str, Any]) -> Entry:
    ambiguous = {fold(a) for a in rec.get("ambiguous", []) if isinstance(a, str)}
    return replace(entry, form=form, ambiguous=fold(phrase) in ambiguous, case=None)


def _people(path: Path) -> list[tuple[str, Entry]]:
    from eventwire.actors.userfile import entries_from_record, read_csv_records

    if not path.is_file():
        return []
    out: list[tuple[str, Entry]] = []
    for rec in read_csv_records(path, "person", "\t"):
        out.extend(entries_from_record(rec, path, "person"))
    return out


def _organisations(path: Path) -> list[tuple[str, Entry]]:
    from eventwire.actors.userfile import entries_from_record, load_yaml

    data = load_yaml(path) or []
    if not isinstance(data, list):
        raise DataFileError(path, "organisations.yaml is a list of organisations", 1)
    out: list[tuple[str, Entry]] = []
    for rec in data:
        out.extend(entries_from_record(rec, path, "org"))
    return out


def _roles(path: Path) -> list[tuple[str, Entry]]:
    """roles.yaml maps a sector to its nouns; a noun is a string or a mapping with flags."""
    from eventwire.actors.userfile import entries_from_record, load_yaml

    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise DataFileError(path, "roles.yaml maps each sector to a list of nouns", 1)
    out: list[tuple[str, Entry]] = []
    for sector, nouns in data.items():
        if sector == "__line__":
            continue
        if not isinstance(nouns, list):
            raise DataFileError(path, f"{sector}: expected a list of nouns")
        for noun in nouns:
            rec = dict(noun) if isinstance(noun, dict) else {"name": noun}
            rec.setdefault("sector", sector)
            rec["kind"] = "role"
            out.extend(entries_from_record(rec, path, "role"))
    return out
