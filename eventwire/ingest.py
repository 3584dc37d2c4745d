"""Read articles from files, directories and standard input, one Document at a time.

Inputs (see SCHEMA.md, "Input documents"):

- ``.txt``: one article, read as UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured);
- ``.html`` / ``.htm``: a saved web page; trafilatura extracts the article text and title and
  htmldate the publication date from the page's metadata, so navigation, ads, scripts and
  footers never reach the coder;
- ``.jsonl``: one JSON document a line (``id``, ``text`` or ``html``, ``date``, ``title``,
  ``url``, ``publisher``, ``language``);
- a directory: all files with the extensions above, recursively, in sorted order; other files
  are skipped (a debug log line says so), as are hidden files and folders;
- ``-``: JSON Lines on standard input.

Reading streams: one document is in memory at a time, so a corpus of any size reads in flat
memory.  Nothing here raises for a bad input: a document that cannot be read becomes an
:class:`~eventwire.records.InputProblem` naming the file (and line) and what to do, and reading
goes on with the next document.  One problem is not fatal: a JSONL record whose ``date`` cannot
be parsed is still yielded, with ``published=None``, right after an InputProblem whose reason
starts with ``"warning:"``, so that callers can tell warnings from skipped documents.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any, TextIO

from eventwire.records import Document, InputProblem, content_id

__all__ = [
    "KNOWN_EXTENSIONS",
    "MAX_FILE_BYTES",
    "MAX_TEXT_BYTES",
    "WARNING_PREFIX",
    "extract_html",
    "is_warning",
    "iter_documents",
    "normalise_date",
]

# Field names read as the publication date, the contract's own first.
DATE_FIELDS = ("date", "published", "publication_date", "pub_date", "published_at",
               "publishedAt", "datetime")

log = logging.getLogger(__name__)

#: File name endings read by eventwire, and the reader used for each.
KNOWN_EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}

#: One article larger than this is surely not one article: refuse it with advice instead of
#: spending an hour parsing what is really a whole corpus glued together.  The longest news
#: features run to a few hundred kilobytes of text; a saved web page carries scripts and markup
#: too, so its limit is higher.  (``--max-article-mb`` style overrides: set these attributes.)
MAX_TEXT_BYTES = 5 * 1024 * 1024
MAX_FILE_BYTES = 64 * 1024 * 1024

#: Reasons of InputProblems that do not skip a document start with this.
WARNING_PREFIX = "warning:"

# A JSONL file whose first lines are all unreadable is probably not JSON Lines at all: stop
# after this many instead of printing one problem per line of a binary or CSV file.
_JSONL_GIVE_UP_AFTER = 10

# Magic numbers of formats people drop into an article folder by mistake, to name them.
_MAGIC = (
    (b"%PDF", "a PDF document; convert it to text first, e.g. `pdftotext FILE`"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt); unpack or convert it to text first"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive; unpack it first, e.g. `gunzip FILE`"),
)

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# Fewer words than this outside the title is a page without an article (a section front).
_MIN_HTML_WORDS = 8


# ---------------------------------------------------------------------------------------------
# dates


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
# The time part of an ISO 8601 timestamp, after "T" or a space: "08:22", "08:22:05.123Z",
# "08:22+03:00"; the date stays the date as written (the local date of the publisher).
_ISO_TIME = re.compile(
    r"[T ]\d{1,2}(:\d{2}(:\d{2}([.,]\d+)?)?)?\s*(Z|[+-]\d{2}(:?\d{2})?|[A-Z]{2,5})?",
    re.IGNORECASE,
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
# "August 15, 2022", "Aug. 15 2022", "15 August 2022", "15 Aug, 2022", each optionally after
# a weekday ("Monday, August 15, 2022").
_WRITTEN_DATES = (
    re.compile(
        _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I
    ),
    re.compile(
        _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+" + _MONTH + r",?\s+(?P<year>\d{4})",
        re.I,
    ),
)
# What may follow a written date on a metadata line: a clock time, a zone, separators.
_TRAILING_TIME = re.compile(
    r"[\s,|/@-]*(?:at\s+)?(\d{1,2}([:.]\d{2}){1,2}\s*([ap]\.?m\.?)?)?\s*"
    r"(\(?[A-Z]{2,5}([+-]\d{1,2}(:?\d{2})?)?\)?|[+-]\d{2}:?\d{2})?\s*$",
    re.IGNORECASE,
)
_YEARS = range(1800, 2200)


def _valid(year: int, month: int, day: int) -> str | None:
    if year not in _YEARS:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def normalise_date(value: object) -> str | None:
    """An ISO ``YYYY-MM-DD`` date from a publication date as people write it, else ``None``.

    Accepted: ``2022-08-15``, ``20220815``, ISO 8601 with a time (``2022-08-15T08:22:00Z``,
    ``2022-08-15 08:22+03:00``; the date is kept as written, not moved to UTC) and written dates
    with an optional time (``August 15, 2022 08:22``, ``15 Aug 2022``, ``Monday, Aug. 15,
    2022``).  Anything else, including impossible dates (``2022-02-30``) and years outside
    1800-2199, gives ``None``; relative dates ("2 hours ago") are refused on purpose, because
    they would make the output depend on the day eventwire runs.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # "date": 20220815 in JSON
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    match = _ISO_DATE.match(text)
    if match:
        rest = text[match.end() :]
        if rest and not _ISO_TIME.fullmatch(rest):
            return None
        return _valid(*(int(part) for part in match.groups()))
    match = _COMPACT_DATE.fullmatch(text)
    if match:
        return _valid(*(int(part) for part in match.groups()))
    for pattern in _WRITTEN_DATES:
        match = pattern.match(text)
        if match and _TRAILING_TIME.fullmatch(text, match.end()):
            month = _MONTHS.get(match["month"].lower())
            if month is not None:
                return _valid(int(match["year"]), month, int(match["day"]))
    return None


def is_warning(problem: InputProblem) -> bool:
    """True for a problem that did not skip its document (the document was yielded too)."""
    return problem.reason.startswith(WARNING_PREFIX)


# ---------------------------------------------------------------------------------------------
# the entry point


def iter_documents(
    inputs: Iterable[str | os.PathLike[str]], stdin: TextIO | IO[bytes] | None = None
) -> Iterator[Document | InputProblem]:
    """Yield the documents of every input in order, and an InputProblem for each bad one.

    ``inputs`` are paths (files or directories) or ``"-"`` for JSON Lines on ``stdin``
    (``sys.stdin`` when not given).  Never raises for bad input; see the module docstring.
    A problem for which :func:`is_warning` is true did not skip its document, which follows.
    """
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]  # one path given bare: not an iterable of its characters
    for item in inputs:
        name = os.fspath(item)
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield from _read_jsonl_lines(_stream_lines(stream), "<stdin>")
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_directory(path)
        elif not path.exists():
            hint = " (a broken symbolic link)" if path.is_symlink() else ""
            yield InputProblem(name, f"no such file or directory{hint}; check the path")
        elif not path.is_file():
            yield InputProblem(name, "not a regular file (a device, socket or pipe?); give a file")
        else:
            kind = KNOWN_EXTENSIONS.get(path.suffix.lower())
            if kind is None:
                yield InputProblem(name, _unsupported(path))
            else:
                yield from _read_file(path, kind, path.stem, name)


def _unsupported(path: Path) -> str:
    suffix = path.suffix or "(no extension)"
    known = ", ".join(KNOWN_EXTENSIONS)
    advice = f"eventwire reads {known} files and directories of them"
    if path.suffix.lower() in {".json", ".ndjson", ".jl"}:
        advice += "; if this file has one JSON document a line, rename it to .jsonl"
    elif path.suffix.lower() in {".xhtml", ".shtml", ".php", ".asp", ".aspx"}:
        advice += "; if it is a saved web page, rename it to .html"
    elif not path.suffix or path.suffix.lower() in {".text", ".md", ".rst", ".log"}:
        advice += "; if it is plain text, rename it to .txt"
    return f"unsupported file type {suffix}: {advice}"


def _read_directory(root: Path) -> Iterator[Document | InputProblem]:
    """All known files under ``root`` in sorted path order, with ids unique in the tree.

    The tree is walked lazily (no list of a million paths up front); sorting each folder's
    entries keeps the order, and so the output, the same on every machine.
    """
    seen_ids: set[str] = set()
    found = False
    for path in _walk(root):
        if isinstance(path, InputProblem):
            yield path
            continue
        found = True
        relative = path.relative_to(root)
        doc_id = relative.with_suffix("").as_posix()
        if doc_id in seen_ids:
            doc_id = relative.as_posix()  # a.txt next to a.html: told apart by the extension
        seen_ids.add(doc_id)
        yield from _read_file(path, KNOWN_EXTENSIONS[path.suffix.lower()], doc_id, str(path))
    if not found:
        known = ", ".join(KNOWN_EXTENSIONS)
        yield InputProblem(str(root), f"no {known} files in this directory (searched recursively)")


def _walk(folder: Path) -> Iterator[Path | InputProblem]:
    """Known files under ``folder``, depth first by sorted name; hidden entries skipped.

    Symbolic links to folders are not followed, so a link loop cannot make the walk endless.
    """
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield InputProblem(str(folder), f"cannot list the directory: {error.strerror or error}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path)
        elif path.suffix.lower() in KNOWN_EXTENSIONS:
            yield path
        else:
            log.debug("skipping %s: not a %s file", path, "/".join(KNOWN_EXTENSIONS))


def _read_file(
    path: Path, kind: str, doc_id: str, origin: str
) -> Iterator[Document | InputProblem]:
    if kind == "jsonl":
        try:
            with path.open("rb") as handle:
                head = handle.read(8192)
                problem = _binary_problem(head)
                if problem:
                    yield InputProblem(origin, problem)
                    return
                if not head.strip():
                    yield InputProblem(origin, "empty file: no JSON lines to read")
                    return
                handle.seek(0)
                yield from _read_jsonl_lines(handle, origin)
        except OSError as error:
            yield InputProblem(origin, f"cannot read the file: {error.strerror or error}")
        return

    try:
        size = path.stat().st_size
        limit = MAX_TEXT_BYTES if kind == "text" else MAX_FILE_BYTES
        if size > limit:
            yield InputProblem(
                origin,
                f"file is {size / 2**20:.0f} MB, more than one article can be "
                f"({limit // 2**20} MB); split it into articles, one a file or one a "
                "line of a .jsonl file",
            )
            return
        data = path.read_bytes()
    except OSError as error:
        yield InputProblem(origin, f"cannot read the file: {error.strerror or error}")
        return

    if not data.strip():
        what = "empty file" if not data else "the file holds only whitespace"
        yield InputProblem(origin, f"{what}: no article text to read")
        return
    if kind == "html":
        problem = _binary_problem(data[:8192])
        if problem is None and not data.startswith(_UTF16_BOMS) and b"\x00" in data:
            problem = "binary file, not text (it contains NUL bytes); give a saved web page"
        yield InputProblem(origin, problem) if problem else _html_document(data, doc_id, origin)
        return
    text = _decode_text(data, origin)
    if isinstance(text, InputProblem):
        yield text
    else:
        yield Document(id=doc_id, text=text, origin=origin)


def _binary_problem(head: bytes) -> str | None:
    """Why ``head`` (the first bytes of a file) is not text, or None when it may be text."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"binary file, not text: this looks like {what}"
    if head.startswith(_UTF16_BOMS):
        return None
    if b"\x00" in head:
        return "binary file, not text (it contains NUL bytes); give a .txt, .html or .jsonl file"
    return None


def _decode_text(data: bytes, origin: str) -> str | InputProblem:
    problem = _binary_problem(data[:8192])
    if problem:
        return InputProblem(origin, problem)
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            return InputProblem(origin, f"invalid UTF-16 at byte {error.start}; {_ICONV}")
    if b"\x00" in data:  # a NUL past the first 8 KB: still not a text file
        where = data.index(b"\x00")
        return InputProblem(
            origin, f"binary file, not text (a NUL byte at byte offset {where}); give a text file"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return InputProblem(origin, _utf8_reason(data, error))


_ICONV = (
    "convert the file to UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8` "
    "(use the file's real encoding; `file -i FILE` may tell it)"
)


def _utf8_reason(data: bytes, error: UnicodeDecodeError) -> str:
    offset = error.start
    line = data.count(b"\n", 0, offset) + 1
    bad = data[offset : offset + 4].hex(" ")
    return f"invalid UTF-8 at byte offset {offset} (line {line}, bytes {bad}); {_ICONV}"


# ---------------------------------------------------------------------------------------------
# HTML


def extract_html(html: str | bytes) -> tuple[str, str | None, str | None, str | None, str | None]:
    """Main text, title, published date, canonical URL and site name of a saved web page.

    The text is empty when the page holds no article.  trafilatura runs offline (it is given
    the page, never a URL to fetch); ``favor_precision`` keeps link lists, teasers and cookie
    banners out at the price of an occasional short paragraph.  The date comes from the page's
    markup only (``extensive_search`` off): a date guessed from free text or a copyright
    line would be worse than none, and the cleaner still reads a "Published:" line in the text.
    """
    # Imported here: trafilatura pulls in lxml, htmldate, justext... which plain-text and
    # JSONL runs never need.
    import trafilatura

    result = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return "", None, None, None, None
    if isinstance(result, dict):  # older trafilatura
        get = result.get
    else:

        def get(key: str) -> Any:
            return getattr(result, key, None)

    text = get("text") or ""
    return text, get("title") or None, get("date") or None, get("url"), get("sitename")


def _html_document(
    html: str | bytes,
    doc_id: str,
    origin: str,
    *,
    fields: dict[str, Any] | None = None,
) -> Document | InputProblem:
    """A Document from a web page; ``fields`` (from a JSONL record) win over the page's own."""
    fields = fields or {}
    try:
        text, title, published, url, sitename = extract_html(html)
    except Exception as error:  # noqa: BLE001 - a parser bug must not stop the whole corpus
        return InputProblem(
            origin, f"the HTML page could not be parsed ({type(error).__name__}: {error})"
        )
    # A section front or an error page yields a heading at most; an article has sentences.
    body_words = sum(
        len(line.split()) for line in text.splitlines() if not title or line.strip() != title
    )
    if body_words < _MIN_HTML_WORDS:
        return InputProblem(
            origin,
            "no article text found in the HTML page (only a heading, navigation, scripts or "
            "boilerplate); if it is an article, give its text as .txt or in a JSONL 'text' field",
        )
    # trafilatura puts one paragraph a line; a blank line between them says so to the
    # cleaner, which would otherwise take a run of short paragraphs for a hard-wrapped one.
    text = "\n\n".join(line for line in text.splitlines() if line.strip())
    published = normalise_date(published)
    basis = "html" if published else None
    if fields.get("published"):
        published, basis = fields["published"], "metadata"
    return Document(
        id=doc_id,
        text=text,
        title=fields.get("title") or title,
        url=fields.get("url") or url,
        publisher=fields.get("publisher") or sitename,
        published=published,
        language=fields.get("language"),
        origin=origin,
        published_basis=basis,
    )


# ---------------------------------------------------------------------------------------------
# JSON Lines


def _stream_lines(stream: TextIO | IO[bytes]) -> Iterable[bytes | str]:
    """Lines of a stream, as bytes when the stream has them (so bad UTF-8 is reported, not
    raised in the middle of iteration)."""
    buffer = getattr(stream, "buffer", None)
    return buffer if buffer is not None else stream


def _read_jsonl_lines(lines: Iterable[bytes | str], name: str) -> Iterator[Document | InputProblem]:
    failures_in_a_row = 0
    read_any = False
    for number, raw in enumerate(lines, start=1):
        origin = f"{name}:{number}"
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                yield InputProblem(
                    origin, f"invalid UTF-8 at byte {error.start} of the line; {_ICONV}"
                )
                failures_in_a_row += 1
                if not read_any and failures_in_a_row >= _JSONL_GIVE_UP_AFTER:
                    yield InputProblem(name, _give_up(failures_in_a_row))
                    return
                continue
        else:
            line = raw.lstrip("\ufeff") if number == 1 else raw
        if not line.strip():
            continue
        items = list(_jsonl_record(line, number, name, origin))
        if any(isinstance(item, Document) for item in items):
            read_any = True
            failures_in_a_row = 0
        elif not all(isinstance(i, InputProblem) and is_warning(i) for i in items):
            failures_in_a_row += 1
        yield from items
        if not read_any and failures_in_a_row >= _JSONL_GIVE_UP_AFTER:
            yield InputProblem(name, _give_up(failures_in_a_row))
            return


def _give_up(count: int) -> str:
    return (
        f"stopped reading: the first {count} lines are not JSON documents, so this does not "
        "look like a JSON Lines file (one JSON object a line)"
    )


def _jsonl_record(
    line: str, number: int, name: str, origin: str
) -> Iterator[Document | InputProblem]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        reason = f"line {number} is not valid JSON: {error.msg} (column {error.colno})"
        if number == 1 and line.lstrip().startswith("["):
            reason += (
                "; the file looks like one JSON array, but eventwire needs JSON Lines: convert "
                "it with `jq -c '.[]' FILE.json > FILE.jsonl`"
            )
        elif line.rstrip().endswith(("{", ",")) or line.strip() in {"{", "}", "]"}:
            reason += "; is the JSON pretty-printed? put each document on one line (`jq -c`)"
        yield InputProblem(origin, reason)
        return
    if not isinstance(record, dict):
        yield InputProblem(
            origin,
            f"line {number} is a JSON {type(record).__name__}, not an object; each line must be "
            'an object such as {"id": "...", "text": "...", "date": "2022-08-15"}',
        )
        return

    text, html = record.get("text"), record.get("html")
    body_field = "text" if _nonblank(text) else "html" if _nonblank(html) else None
    if body_field is None:
        present = [key for key in ("text", "html") if key in record]
        if present:
            detail = f"its '{present[0]}' field is empty or not a string"
        else:
            keys = ", ".join(sorted(map(str, record))[:8]) or "none"
            detail = f"it has neither 'text' nor 'html' (fields: {keys})"
        yield InputProblem(origin, f"line {number}: no article text: {detail}")
        return

    raw_id = record.get("id")
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        doc_id = content_id(record[body_field])
    else:
        doc_id = raw_id if isinstance(raw_id, str) else json.dumps(raw_id, ensure_ascii=False)

    published = None
    # "date" is the contract's name; the names other tools export are read too, so that a
    # user's "published" field is not silently dropped
    raw_date = next((record.get(k) for k in DATE_FIELDS if record.get(k) not in (None, "")),
                    None)
    if raw_date not in (None, ""):
        published = normalise_date(raw_date)
        if published is None:
            yield InputProblem(
                origin,
                f"{WARNING_PREFIX} line {number} (id {doc_id!r}): unreadable date {raw_date!r}; "
                "the document is read without a publication date. Write dates as YYYY-MM-DD, "
                "YYYYMMDD or ISO 8601 (2022-08-15T08:22:00Z)",
            )

    fields = {
        "title": _string(record.get("title")),
        "url": _string(record.get("url")),
        "publisher": _string(record.get("publisher")),
        "language": _string(record.get("language")),
        "published": published,
    }
    if body_field == "html":
        yield _html_document(html, doc_id, origin, fields=fields)
        return
    yield Document(
        id=doc_id,
        text=text,
        title=fields["title"],
        url=fields["url"],
        publisher=fields["publisher"],
        published=published,
        language=fields["language"],
        origin=origin,
        published_basis="metadata" if published else None,
    )


def _nonblank(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _string(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None
