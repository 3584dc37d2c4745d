"""Reading articles: every input kind, and every kind of bad input as a readable problem."""

from __future__ import annotations

import io
import json
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.ingest import is_warning, iter_documents, normalise_date
from eventwire.records import Document, InputProblem, content_id

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
HTML_FIXTURES = Path(__file__).parent / "fixtures" / "html"

ARTICLE = (
    "KYIV, March 3 - Ukraine and Russia held a second round of talks on Thursday, officials said.\n"
)


def read(*inputs: object, stdin: object = None) -> list[Document | InputProblem]:
    return list(iter_documents(inputs, stdin=stdin))  # type: ignore[arg-type]


def one_problem(*inputs: object) -> InputProblem:
    items = read(*inputs)
    assert len(items) == 1 and isinstance(items[0], InputProblem), items
    return items[0]


def documents(items: list[Document | InputProblem]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def problems(items: list[Document | InputProblem]) -> list[InputProblem]:
    return [item for item in items if isinstance(item, InputProblem)]


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-08-15", "2022-08-15"),
        ("20220815", "2022-08-15"),
        (20000101, "2000-01-01"),
        ("2022-08-15T08:22:00Z", "2022-08-15"),
        ("2022-08-15T23:30:00-05:00", "2022-08-15"),  # the publisher's date, not UTC's
        ("2022-08-15 08:22", "2022-08-15"),
        ("2022-08-15T08:22:00.123+03:00", "2022-08-15"),
        ("  2022-08-15  ", "2022-08-15"),
        ("August 15, 2022 08:22", "2022-08-15"),
        ("Aug. 15, 2022", "2022-08-15"),
        ("15 August 2022", "2022-08-15"),
        ("Monday, August 15, 2022 8:22 a.m. ET", "2022-08-15"),
        ("2022-02-30", None),
        ("20221340", None),
        ("2022-08-15 and more", None),
        ("15/08/2022", None),  # day/month order unknowable
        ("2 hours ago", None),  # would depend on the day of the run
        ("yesterday", None),
        ("", None),
        (None, None),
        (True, None),
        ("0001-01-01", None),
    ],
)
def test_normalise_date(value: object, expected: str | None) -> None:
    assert normalise_date(value) == expected


# --- plain text --------------------------------------------------------------------------------


def test_txt_file_is_one_document(tmp_path: Path) -> None:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.id == "talks"
    assert doc.text == ARTICLE
    assert doc.origin == str(path)
    assert doc.published is None and doc.title is None


def test_a_single_path_may_be_given_bare(tmp_path: Path) -> None:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert [d.id for d in iter_documents(str(path))] == ["talks"]  # type: ignore[arg-type]
    assert [d.id for d in iter_documents(path)] == ["talks"]  # type: ignore[arg-type]


def test_utf8_bom_and_utf16_are_read(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    (tmp_path / "wide.txt").write_bytes(ARTICLE.encode("utf-16"))
    docs = read(tmp_path / "bom.txt", tmp_path / "wide.txt")
    assert [d.text for d in documents(docs)] == [ARTICLE, ARTICLE]


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", ["empty file"]), (b" \n\n\t \n", ["only whitespace"])],
)
def test_empty_file(tmp_path: Path, content: bytes, words: list[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    problem = one_problem(path)
    assert problem.origin == str(path)
    for word in words:
        assert word in problem.reason


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x00\x01\x02\x03garbage\x00" * 100)
    assert "binary file" in one_problem(path).reason


def test_nul_byte_far_into_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_bytes(ARTICLE.encode() * 1000 + b"\x00tail")
    reason = one_problem(path).reason
    assert "binary" in reason and f"byte offset {len(ARTICLE) * 1000}" in reason


def test_pdf_named_txt_is_named_as_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    reason = one_problem(path).reason
    assert "PDF" in reason and "pdftotext" in reason


def test_invalid_utf8_names_the_byte_and_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    prefix = b"Line one.\nCaf"
    path.write_bytes(prefix + "é in Paris.\n".encode("latin-1"))
    reason = one_problem(path).reason
    assert f"byte offset {len(prefix)}" in reason
    assert "line 2" in reason
    assert "iconv" in reason


def test_missing_file_and_reading_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    items = read(tmp_path / "nope.txt", good)
    assert isinstance(items[0], InputProblem)
    assert "no such file" in items[0].reason
    assert isinstance(items[1], Document) and items[1].id == "good"


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("report.pdf", "unsupported file type .pdf"),
        ("data.json", "rename it to .jsonl"),
        ("notes.md", "rename it to .txt"),
        ("README", "(no extension)"),
    ],
)
def test_unsupported_extension_given_explicitly(tmp_path: Path, name: str, hint: str) -> None:
    path = tmp_path / name
    path.write_text("something")
    reason = one_problem(path).reason
    assert hint in reason
    assert ".txt" in reason and ".jsonl" in reason


def test_uppercase_extension_is_known(tmp_path: Path) -> None:
    path = tmp_path / "SHOUT.TXT"
    path.write_text(ARTICLE)
    [doc] = read(path)
    assert isinstance(doc, Document) and doc.id == "SHOUT"


def test_twenty_megabyte_text_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    paragraph = ARTICLE + "\n"
    path.write_text(paragraph * (20_000_000 // len(paragraph) + 1), encoding="utf-8")
    assert path.stat().st_size > 20_000_000
    start = time.perf_counter()
    [problem] = read(path)
    assert isinstance(problem, InputProblem) and "huge.txt" in problem.origin
    assert "MB" in problem.reason and "split it into articles" in problem.reason
    assert time.perf_counter() - start < 1  # decided from the size, without reading it


def test_a_long_article_under_the_limit_is_one_document(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    paragraph = ARTICLE + "\n"
    path.write_text(paragraph * (1_000_000 // len(paragraph) + 1), encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, Document) and len(doc.text) > 900_000


# --- HTML --------------------------------------------------------------------------------------


def test_html_example_page_gives_only_the_article() -> None:
    [doc] = read(EXAMPLES / "eu_sanctions_iran_drones.html")
    assert isinstance(doc, Document)
    assert doc.id == "eu_sanctions_iran_drones"
    assert doc.title == "EU sanctions Iranian officials and drone maker over supplies to Russia"
    assert doc.published == "2022-10-20"  # published, not modified (2022-10-21)
    assert doc.published_basis == "html"
    assert (
        doc.url == "https://www.meridianpost.example/world/europe/eu-sanctions-iran-drones-russia"
    )
    assert doc.publisher == "The Meridian Post"
    assert doc.text.startswith("BRUSSELS, Oct 20 - The European Union imposed sanctions")
    assert "sending weapons to Ukraine." in doc.text
    assert "summoned the Dutch and Czech envoys" in doc.text
    for debris in (
        "cookie",
        "Accept all",
        "Subscribe",
        "Politics",
        "Markets slide",
        "Advertisement",
        "premium news",
        "Luxury watches",
        "Most read",
        "Related stories",
        "price cap",
        "Sign up",
        "All rights reserved",
        "dataLayer",
        "gtag",
        "adQueue",
        "function",
        "Share this article",
        "Privacy policy",
        "ten best beaches",
        "rolling power cuts",
        "protests enter fifth week",
    ):
        assert debris not in doc.text, debris
    assert "\n\n" in doc.text  # paragraphs stay paragraphs


def test_html_in_a_declared_legacy_encoding() -> None:
    [doc] = read(HTML_FIXTURES / "andes_border_cp1252.html")
    assert isinstance(doc, Document)
    assert doc.title == "Chile and Argentina agree to reopen Andes border crossing"
    assert doc.published == "2021-11-03"
    assert "Argentina\u2019s interior minister" in doc.text  # decoded from windows-1252
    assert "Subscribe" not in doc.text and "Privacy" not in doc.text
    assert "trackPageview" not in doc.text


def test_html_page_without_an_article(tmp_path: Path) -> None:
    problem = one_problem(HTML_FIXTURES / "section_page_no_article.html")
    assert "no article text" in problem.reason


def test_html_that_is_not_html(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_bytes(b"\x00\x00\x00\x00")
    assert "binary" in one_problem(path).reason
    empty = tmp_path / "empty.htm"
    empty.write_text("")
    assert "empty" in one_problem(empty).reason


# --- JSON Lines --------------------------------------------------------------------------------


def write_jsonl(path: Path, *lines: object) -> Path:
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
        encoding="utf-8",
    )
    return path


def test_jsonl_records_with_ids_dates_and_fields(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "in.jsonl",
        {
            "id": "a-1",
            "text": ARTICLE,
            "date": "2022-08-15",
            "title": "Talks",
            "url": "https://example.org/a",
            "publisher": "Wire",
            "language": "en",
        },
        {"id": 7, "text": "Second.", "date": "20000101"},
        {"id": "c", "text": "Third.", "date": "2024-06-20T18:30:00+03:00"},
        {"id": "d", "text": "Fourth."},
    )
    docs = read(path)
    assert all(isinstance(d, Document) for d in docs)
    first, second, third, fourth = documents(docs)
    assert first.id == "a-1" and first.text == ARTICLE and first.title == "Talks"
    assert first.url == "https://example.org/a" and first.publisher == "Wire"
    assert first.language == "en"
    assert first.published == "2022-08-15" and first.published_basis == "metadata"
    assert first.origin == f"{path}:1"
    assert second.id == "7" and second.published == "2000-01-01"
    assert third.published == "2024-06-20" and third.origin == f"{path}:3"
    assert fourth.published is None and fourth.published_basis is None


def test_jsonl_missing_id_is_a_stable_content_hash(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", {"text": ARTICLE}, {"text": ARTICLE, "id": ""})
    first, second = documents(read(path))
    assert first.id == second.id == content_id(ARTICLE)
    other = write_jsonl(tmp_path / "other.jsonl", {"text": ARTICLE + "More."})
    assert documents(read(other))[0].id != first.id


def test_jsonl_bad_lines_are_problems_and_reading_goes_on(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "mixed.jsonl",
        {"id": "ok1", "text": "One."},
        '{"id": "broken", "text": "unterminated',
        "",
        {"id": "no-text", "date": "2022-01-01"},
        {"id": "blank-text", "text": "   "},
        '["a", "list"]',
        {"id": "ok2", "text": "Two."},
    )
    items = read(path)
    assert [d.id for d in documents(items)] == ["ok1", "ok2"]
    reasons = {p.origin: p.reason for p in problems(items)}
    assert set(reasons) == {f"{path}:{n}" for n in (2, 4, 5, 6)}
    assert "line 2 is not valid JSON" in reasons[f"{path}:2"]
    assert "neither 'text' nor 'html'" in reasons[f"{path}:4"]
    assert "'text' field is empty" in reasons[f"{path}:5"]
    assert "not an object" in reasons[f"{path}:6"]
    assert not any(is_warning(p) for p in problems(items))


def test_jsonl_bad_date_keeps_the_document_and_warns(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "dates.jsonl", {"id": "x", "text": "One.", "date": "soon"})
    warning, doc = read(path)
    assert isinstance(warning, InputProblem) and is_warning(warning)
    assert warning.reason.startswith("warning:")
    assert "'soon'" in warning.reason and "YYYY-MM-DD" in warning.reason
    assert warning.origin == f"{path}:1"
    assert isinstance(doc, Document) and doc.id == "x" and doc.published is None


def test_jsonl_html_record_is_extracted(tmp_path: Path) -> None:
    page = (EXAMPLES / "eu_sanctions_iran_drones.html").read_text(encoding="utf-8")
    path = write_jsonl(
        tmp_path / "pages.jsonl",
        {"id": "p1", "html": page},
        {"id": "p2", "html": page, "date": "2022-10-22", "title": "Own title"},
    )
    first, second = documents(read(path))
    assert first.published == "2022-10-20" and first.published_basis == "html"
    assert first.title.startswith("EU sanctions Iranian officials")
    assert "cookie" not in first.text
    assert second.published == "2022-10-22" and second.published_basis == "metadata"
    assert second.title == "Own title"


def test_json_array_file_gets_a_conversion_hint(tmp_path: Path) -> None:
    path = tmp_path / "array.jsonl"
    path.write_text(json.dumps([{"text": "a"}, {"text": "b"}], indent=2))
    items = read(path)
    assert "jq -c" in items[0].reason
    # It gives up instead of printing one problem for each of the many lines.
    assert len(items) <= 11
    assert all(isinstance(item, InputProblem) for item in items)


def test_jsonl_that_is_not_jsonl_stops_after_ten_lines(tmp_path: Path) -> None:
    path = tmp_path / "table.jsonl"
    path.write_text("".join(f"{n},Paris,France\n" for n in range(1000)))
    items = read(path)
    assert len(items) == 11
    assert "does not look like a JSON Lines file" in items[-1].reason


def test_jsonl_invalid_utf8_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "enc.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "One."}\n'
        b'{"id": "b", "text": "Caf\xe9."}\n'
        b'{"id": "c", "text": "Three."}\n'
    )
    items = read(path)
    assert [d.id for d in documents(items)] == ["a", "c"]
    [problem] = problems(items)
    assert problem.origin == f"{path}:2" and "iconv" in problem.reason


def test_binary_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "blob.jsonl"
    path.write_bytes(b"\x00\xff" * 1000)
    assert "binary" in one_problem(path).reason


# --- standard input ----------------------------------------------------------------------------


def test_stdin_text_stream() -> None:
    stream = io.StringIO('{"id": "s1", "text": "One.", "date": "2022-08-15"}\n\nnot json\n')
    doc, problem = read("-", stdin=stream)
    assert isinstance(doc, Document) and doc.id == "s1" and doc.origin == "<stdin>:1"
    assert doc.published == "2022-08-15"
    assert isinstance(problem, InputProblem) and problem.origin == "<stdin>:3"


def test_stdin_with_bad_bytes_is_reported_not_raised() -> None:
    raw = io.BytesIO(
        b'{"id": "a", "text": "One."}\n{"id": "b", "text": "\xff"}\n{"text": "Two."}\n'
    )
    stream = io.TextIOWrapper(raw, encoding="utf-8")
    items = read("-", stdin=stream)
    assert [type(item) for item in items] == [Document, InputProblem, Document]
    assert items[1].origin == "<stdin>:2"


# --- directories -------------------------------------------------------------------------------


def test_directory_is_read_recursively_in_sorted_order_with_unique_ids(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "z.txt").write_text(ARTICLE)
    (tmp_path / "b" / "story.txt").write_text(ARTICLE)
    (tmp_path / "a" / "deep" / "story.txt").write_text(ARTICLE)
    (tmp_path / "a" / "story.txt").write_text(ARTICLE)
    (tmp_path / "a" / "story.html").write_bytes(
        (EXAMPLES / "eu_sanctions_iran_drones.html").read_bytes()
    )
    (tmp_path / "a" / "notes.md").write_text("# not an article")
    (tmp_path / "a" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    (tmp_path / ".git" / "HEAD.txt").write_text(ARTICLE)
    write_jsonl(tmp_path / "b" / "more.jsonl", {"id": "j1", "text": "One."})

    items = read(tmp_path)
    assert not problems(items)
    ids = [d.id for d in documents(items)]
    assert ids == ["a/deep/story", "a/story", "a/story.txt", "j1", "b/story", "z"]
    assert len(set(ids)) == len(ids)
    assert documents(items)[1].origin == str(tmp_path / "a" / "story.html")


def test_directory_without_articles(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text("nothing")
    assert "no .txt" in one_problem(tmp_path).reason


def test_reading_streams_one_document_at_a_time(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE)
    stream = iter_documents([tmp_path])
    first = next(stream)
    assert isinstance(first, Document) and first.id == "a"
    # b.txt has not been read yet: removing it now turns it into a problem, not a crash.
    (tmp_path / "b.txt").unlink()
    second = next(stream)
    assert isinstance(second, InputProblem) and "cannot read" in second.reason


def test_examples_directory_reads_without_problems() -> None:
    items = read(EXAMPLES)
    assert not problems(items)
    docs = documents(items)
    assert len(docs) >= 9
    assert len({d.id for d in docs}) == len(docs)


# --- never raises ------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.binary(max_size=400) | st.text(max_size=400).map(str.encode),
    suffix=st.sampled_from([".txt", ".jsonl", ".html"]),
)
def test_any_bytes_give_documents_or_problems(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        for item in iter_documents([path]):
            assert isinstance(item, Document | InputProblem)
            if isinstance(item, InputProblem):
                assert item.reason and item.origin.startswith(str(path))


def test_jsonl_date_under_another_common_name(tmp_path: Path) -> None:
    # tools export "published" or "publishedAt"; "date" wins when both are there
    path = write_jsonl(
        tmp_path / "in.jsonl",
        {"id": "a", "text": ARTICLE, "published": "2019-01-20"},
        {"id": "b", "text": ARTICLE, "publishedAt": "2020-02-03T10:00:00Z"},
        {"id": "c", "text": ARTICLE, "date": "2021-03-04", "published": "1999-01-01"},
    )
    assert [d.published for d in read(path)] == ["2019-01-20", "2020-02-03", "2021-03-04"]
