"""Read actor and agent dictionaries in PETRARCH's (TABARI's) format, which users already own.

Actors (``*.actors.txt``)::

    <!-- a comment, possibly over several lines -->
    GOLLUM  # a comment          an entry: words joined by "_" (a trailing "_" ends the word)
    +SMEAGOL                     a synonym of the entry above
        [HOB < 950601]           code blocks: a code, optionally dated: before a date,
        [HOBGOV 19950601-19990815]   a range of dates (both ends included),
        [HOBREB > 990816]        or after a date; YYMMDD or YYYYMMDD
    GONDOR [GON]                 an entry and its code on one line
    ELROND                       names on consecutive lines before a code block share it
    MASTER_ELROND
        [ELF]
    BOROMIR [---]                known, but not coded

Agents (``*.agents.txt``)::

    !PERSON! = MAN, MEN, WOMAN   a substitution set, used as CONGRESS!PERSON!
    PRESIDENT [~GOV]             a role noun and its sector ("~GOV": appended to the country)
    TROOPS {} [~MIL]             "{}" or "{PLURALS}": plural forms (regular plurals are always
    HUMAN_RIGHTS_BODY [NGO~]     added, as PETRARCH does); "NGO~": a code put before
                                 the country

What eventwire does not reproduce: TABARI's stems (an entry without a final "_" also matched
longer words in TABARI; here it matches the whole word only).  A code block eventwire cannot read
raises DataFileError naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from eventwire.actors.kb import Entry, Role
from eventwire.actors.names import fold, plural
from eventwire.errors import DataFileError

__all__ = ["read_actors", "read_agents"]

_BLOCK = re.compile(r"\[([^\[\]]*)\]")
_CODE_BLOCK = re.compile(
    r"^\s*(?P<code>[A-Za-z0-9+\-/]+)\s*"
    r"(?:(?P<op>[<>])\s*(?P<date>\d{6}|\d{8})|(?P<start>\d{6}|\d{8})\s*-\s*(?P<end>\d{6}|\d{8}))?"
    r"\s*$"
)
_AGENT_CODE = re.compile(r"^\s*(?:~\s*(?P<suffix>[A-Za-z]{3,})|(?P<prefix>[A-Za-z]{3,})\s*~)\s*$")
_SUBSTITUTION = re.compile(r"^(![A-Za-z]+!)\s*=\s*(.+)$")
_INTERNATIONAL = ("IGO", "NGO", "IMG", "MNC")


def _lines(path: Path) -> list[tuple[int, str]]:
    """(line number, text) with <!-- --> and # comments removed; blank lines dropped."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DataFileError(path, f"cannot be read ({exc}); check the path") from exc
    out = []
    in_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_comment:
            if "-->" not in line:
                continue
            line = line.split("-->", 1)[1]
            in_comment = False
        while "<!" in line:
            head, _, rest = line.partition("<!")
            if "-->" in rest:
                line = head + rest.split("-->", 1)[1]
            else:
                line, in_comment = head, True
        line = line.split("#", 1)[0]
        if line.strip():
            out.append((number, line.rstrip()))
    return out


def _phrase(raw: str) -> str:
    """PETRARCH words ("PRESIDENT_GEORGE_W._BUSH_") -> a phrase ("PRESIDENT GEORGE W. BUSH")."""
    return " ".join(raw.replace("_", " ").split())


def _date(raw: str, path: Path, line: int) -> str:
    """YYMMDD (years < 30 are 20xx, as PETRARCH reads them) or YYYYMMDD -> ISO."""
    if len(raw) == 6:
        year = int(raw[:2])
        raw = f"{2000 + year if year < 30 else 1900 + year}{raw[2:]}"
    try:
        return dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8])).isoformat()
    except ValueError as exc:
        raise DataFileError(path, f"{raw!r} is not a date (YYMMDD or YYYYMMDD)", line) from exc


def _next_day(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _split_code(code: str) -> tuple[str | None, str | None, str | None]:
    """(code, country, sector) from a PETRARCH code; "---" and "+++" mean "not coded"."""
    code = code.upper().split("/")[0]
    if not code or set(code) <= {"-", "+"}:
        return None, None, None
    if code[:3] in _INTERNATIONAL:
        return code, None, None
    return code, code[:3], code[3:6] or None


class _Actor:
    """An actor being read: its phrases and code blocks."""

    def __init__(self, name: str, line: int) -> None:
        self.name = name
        self.line = line
        self.synonyms: list[str] = []
        self.default: str | None = None
        self.has_default = False
        self.roles: list[Role] = []

    @property
    def coded(self) -> bool:
        return self.has_default or bool(self.roles)

    def add_block(self, block: str, path: Path, line: int) -> None:
        found = _CODE_BLOCK.match(block)
        if not found:
            raise DataFileError(
                path,
                f"code block [{block}] is not CODE, CODE <DATE, CODE >DATE or "
                "CODE DATE-DATE (dates YYMMDD or YYYYMMDD)",
                line,
            )
        code, country, sector = _split_code(found["code"])
        if found["op"] is None and found["start"] is None:
            self.default, self.has_default = code, True
            return
        if found["op"] == "<":
            start, end = None, _date(found["date"], path, line)
        elif found["op"] == ">":
            start, end = _date(found["date"], path, line), None
        else:
            start = _date(found["start"], path, line)
            end = _next_day(_date(found["end"], path, line))
            if end <= start:
                raise DataFileError(path, f"code block [{block}] ends before it starts", line)
        self.roles.append(Role(country, sector, "", start, end, code))

    def entries(self, path: Path) -> list[tuple[str, Entry]]:
        if not self.has_default and not self.roles:
            raise DataFileError(path, f"actor {self.name!r} has no code block ([CODE])", self.line)
        code, country, sector = _split_code(self.default or "")
        if self.roles and len(self.roles) and not self.has_default:
            code = country = sector = None
        if country is None and self.roles:
            country = self.roles[-1].country
        if self.roles:
            kind = "person"
        elif code and len(code) == 3 and country:
            kind = "state"
        else:
            kind = "org"
        key = f"petrarch:{path.name}:{fold(self.name)}"
        out = []
        for phrase, form in [(self.name, "name"), *((s, "alias") for s in self.synonyms)]:
            letters = sum(c.isalnum() for c in phrase)
            entry = Entry(
                kind=kind,
                key=key,
                name=self.name,
                form=form,
                country=country,
                sector=sector,
                code=code,
                entity=None,
                roles=tuple(self.roles),
                case="upper" if letters <= 3 else None,
                origin=f"{path.name}:{self.line}",
            )
            out.append((phrase, entry))
        return out


def read_actors(path: str | Path, warnings: list[str] | None = None) -> list[tuple[str, Entry]]:
    """The (phrase, Entry) pairs of a PETRARCH actor dictionary."""
    path = Path(path)
    actors: list[_Actor] = []
    current: _Actor | None = None
    for number, line in _lines(path):
        try:
            current = _actor_line(actors, current, line, path, number)
        except DataFileError as exc:
            if warnings is None:
                raise
            warnings.append(f"{exc} (line skipped)")
    out: list[tuple[str, Entry]] = []
    for actor in actors:
        try:
            out.extend(actor.entries(path))
        except DataFileError as exc:
            if warnings is None:
                raise
            warnings.append(f"{exc} (actor skipped)")
    return out


def _actor_line(
    actors: list[_Actor], current: _Actor | None, line: str, path: Path, number: int
) -> _Actor | None:
    """Read one line of an actor dictionary; returns the actor that later lines belong to."""
    stripped = line.strip()
    if stripped.startswith("+"):
        if current is None:
            raise DataFileError(path, f"synonym {stripped!r} before any actor", number)
        current.synonyms.append(_phrase(stripped[1:].split("[")[0]))
        _blocks(current, stripped, path, number)
        return current
    if stripped.startswith("["):
        if current is None:
            raise DataFileError(path, f"code block {stripped!r} before any actor", number)
        _blocks(current, stripped, path, number)
        return current
    name = _phrase(stripped.split("[")[0])
    if not name:
        raise DataFileError(path, f"line {stripped!r} has no actor name", number)
    if current is not None and not current.coded and "[" not in stripped:
        # consecutive names before a code block share it, as PETRARCH reads them
        current.synonyms.append(name)
        return current
    current = _Actor(name, number)
    actors.append(current)
    _blocks(current, stripped, path, number)
    return current


def _blocks(actor: _Actor, text: str, path: Path, line: int) -> None:
    if text.count("[") != text.count("]"):
        raise DataFileError(path, f"unbalanced brackets in {text.strip()!r}", line)
    for block in _BLOCK.findall(text):
        actor.add_block(block, path, line)


def read_agents(path: str | Path, warnings: list[str] | None = None) -> list[tuple[str, Entry]]:
    """The (phrase, Entry) pairs of a PETRARCH agent dictionary (role nouns)."""
    path = Path(path)
    sets: dict[str, list[str]] = {}
    out: list[tuple[str, Entry]] = []
    for number, line in _lines(path):
        try:
            out.extend(_agent_line(sets, line.strip(), path, number))
        except DataFileError as exc:
            if warnings is None:
                raise
            warnings.append(f"{exc} (line skipped)")
    return out


def _agent_line(
    sets: dict[str, list[str]], stripped: str, path: Path, number: int
) -> list[tuple[str, Entry]]:
    """Read one line of an agent dictionary (a substitution set defines, returns nothing)."""
    found = _SUBSTITUTION.match(stripped)
    if found:
        sets[found[1].upper()] = [w.strip() for w in found[2].split(",") if w.strip()]
        return []
    blocks = _BLOCK.findall(stripped)
    if len(blocks) != 1:
        raise DataFileError(path, f"agent line {stripped!r} needs one [~CODE] block", number)
    code = _AGENT_CODE.match(blocks[0])
    if not code:
        raise DataFileError(path, f"agent code [{blocks[0]}] is not [~XXX] or [XXX~]", number)
    sector = (code["suffix"] or code["prefix"]).upper()
    head = stripped.split("[", 1)[0]
    plurals_raw = re.search(r"\{([^}]*)\}", head)
    noun = _phrase(re.sub(r"\{[^}]*\}", " ", head))
    if not noun:
        raise DataFileError(path, f"agent line {stripped!r} has no noun", number)
    extra = _phrase(plurals_raw[1]).split() if plurals_raw and plurals_raw[1].strip() else []
    out: list[tuple[str, Entry]] = []
    for form in _expand(noun, sets, path, number):
        key = f"role:{fold(form)}"
        entry = Entry(
            kind="role",
            key=key,
            name=form,
            form="role",
            country=None,
            sector=sector,
            code=None,
            entity=None,
            origin=f"{path.name}:{number}",
        )
        phrases = [form, plural(form), *(p.replace("_", " ") for p in extra)]
        out.extend((p, entry) for p in dict.fromkeys(phrases))
    return out


def _expand(noun: str, sets: dict[str, list[str]], path: Path, line: int) -> list[str]:
    """CONGRESS!PERSON! -> CONGRESSMAN, CONGRESSMEN, ... (each substitution set in turn)."""
    found = re.search(r"![A-Za-z]+!", noun)
    if not found:
        return [noun]
    name = found[0].upper()
    if name not in sets:
        raise DataFileError(path, f"substitution set {name} is not defined above", line)
    out = []
    for word in sets[name]:
        out.extend(_expand(noun[: found.start()] + word + noun[found.end() :], sets, path, line))
    return out
