"""Clean an article's text before anything is parsed: the cleaned text is the reference text.

Every span eventwire outputs is a character offset into the text this module returns, and the
cleaned text is what gets stored, so any change made here is safe: it happens before offsets
exist.  Scraped news carries debris that derails a parser ("PutinThe war" read as one name, an
``class="medianet-inline-adv">`` line read as a sentence, a "Creation Date:" line coded as an
event), so the steps are, in order:

1. **Characters.**  HTML entities are decoded (``&rsquo;``), and typographic quotes and
   apostrophes become ASCII (``“ ” „ « »`` -> ``"``, ``‘ ’`` -> ``'``), the ellipsis ``…``
   becomes ``...``, non-breaking and other odd spaces become a space, zero-width characters,
   soft hyphens, control characters and U+FFFD are removed, and line breaks become ``\\n``.
   Inline HTML tags (``<br>``, ``<span ...>``) and ``<script>``/``<style>`` blocks are removed.
2. **Debris lines.**  A line that is nothing but leftover markup (tags, ``attr="value"``
   fragments, ``data-x=``), a line of script code, an advertising or navigation marker
   ("ADVERTISEMENT", "Read more: ...", "Also read", "Click here ...", "Share this article"), a
   cookie notice ("We use cookies ...") or a line without a letter or digit is dropped.  Markers
   are recognised only as whole short lines or as line openings followed by ":" or "|", so a
   sentence that happens to contain "read more" stays.  A few labels glued before a line's
   text are cut off first: "Listen to this article", "Share this article", "Updated 14:05
   GMT".
3. **Metadata lines.**  ``Creation Date: August 15, 2022 08:22``, ``Published: 2022-08-15``,
   ``Posted on ...``, ``Date: ...``, ``Updated: ...`` and a bare date line are removed from the
   text; when the document has no ``published`` date yet, the first of them (publication labels
   before a bare date before "Updated"/"Modified") becomes ``published`` with
   ``published_basis="text"``.  A date from the metadata of the input always wins.
4. **Glued words.**  A capitalised function word glued to the end of a word is a lost
   paragraph break in the scrape: ``PutinThe war``, ``KoreaIn 2019``, ``yesterdayThe`` get a
   blank line between the two words (``Putin.The`` gets a space).  Only sentence-opening
   function words count, after at least two lowercase letters, so ``McDonald``, ``iPhone``,
   ``DeSantis``, ``MacArthur``, ``LeBron``, ``YouTube`` and ``LinkedIn said`` are left alone.
5. **Hard-wrapped lines** are joined: a line break between a lowercase ending (or a digit,
   comma, semicolon) and a lowercase or digit start, and every break of a paragraph whose
   lines all have about the same width and mostly end inside a sentence (an email or wire text
   wrapped at 70 columns).  After this, every line is at least one sentence.
6. **Title.**  A title the input gave (JSONL ``title``, the HTML ``<title>``) is removed from the
   start of the body when repeated there.  For a ``.txt`` file without a title, a first line
   that looks like a headline (2 to 30 words, at most 200 characters, not ending in ``.``, ``,``,
   ``;``, ``:`` or a dash, and followed by more text) becomes ``doc.title`` and leaves the body.
   So: **the cleaned text is the body only; the title lives in ``doc.title``.**
7. **Spacing.**  Runs of spaces become one, a space before ``,`` ``;`` ``.`` ``?`` ``!`` goes
   ("the order of , has" -> "the order of, has"; the broken sentence itself stays), lines are
   trimmed, and paragraphs are separated by exactly one blank line.

``clean_document`` is idempotent: cleaning a cleaned document changes nothing (a property test
checks it on arbitrary text).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from eventwire.ingest import normalise_date
from eventwire.records import Document

__all__ = ["clean_document", "clean_text", "normalise_characters"]


# --- 1. characters ---------------------------------------------------------------------------

_CHARACTER_MAP: dict[int, str] = {
    **{ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u301d\u301e\uff02"},
    **{ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\u02bc\uff07"},
    ord("\u2026"): "...",
    **{ord(c): "-" for c in "\u2010\u2011\u2212"},
    **{ord(c): " " for c in "\t\u00a0\u1680\u202f\u205f\u3000"},
    **{code: " " for code in range(0x2000, 0x200B)},
    # Zero-width characters and soft hyphens are invisible glue inside words; U+FFFD marks
    # bytes a scraper could not decode, which carry no text.
    **{ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffd"},
    **{ord(c): "\n" for c in "\u2028\u2029\x0b\x0c\x85\x1c\x1d\x1e"},
    **{code: None for code in (*range(0x00, 0x09), 0x0E, 0x0F, *range(0x10, 0x1C), 0x1F, 0x7F)},
    **{code: None for code in range(0x80, 0xA0) if code != 0x85},
}

_ODD_CHARACTER = re.compile("[" + "".join(re.escape(chr(c)) for c in _CHARACTER_MAP) + "]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BLOCK_OPEN = re.compile(r"<!--|<(script|style|noscript)\b[^<>]{0,1000}>", re.IGNORECASE)
_BLOCK_TAGS = (
    "p|div|br|li|ul|ol|h[1-6]|tr|table|tbody|thead|blockquote|section|article|header|footer|"
    "figure|figcaption|aside|nav|main|form|hr"
)
_INLINE_TAGS = (
    "a|abbr|b|i|em|strong|span|font|u|small|sup|sub|ins|del|mark|img|iframe|picture|source|"
    "video|audio|input|button|label|meta|link|script|style|noscript|svg|path|time|cite|q|"
    "td|th"
)
_BLOCK_TAG = re.compile(rf"</?(?:{_BLOCK_TAGS})\b[^<>]{{0,1000}}>", re.IGNORECASE)
_INLINE_TAG = re.compile(rf"</?(?:{_INLINE_TAGS})\b[^<>]{{0,1000}}>", re.IGNORECASE)


def normalise_characters(text: str) -> str:
    """Entities decoded, quotes/spaces/invisible characters normalised, newlines ``\\n``.

    Used for titles as well as bodies, so that both compare and display the same way.
    """
    # Decode repeatedly: double-escaped "&amp;rsquo;" is common in feeds, and decoding until
    # nothing changes keeps cleaning idempotent.
    while "&" in text:
        decoded = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
        if decoded == text:
            break
        text = decoded
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A regex over the few characters to change is several times faster than str.translate
    # on a long text, where almost every character stays.
    return _ODD_CHARACTER.sub(lambda m: _CHARACTER_MAP[ord(m.group())] or "", text)


def _remove_blocks(text: str) -> str:
    """Text without HTML comments and script/style blocks (their content is code, not text).

    A hand-written scan rather than one lazy regex: an opener without its closer would make
    a regex rescan the rest of the text for every opener.  Here an unclosed block ends the
    search for that kind of block, so the scan stays linear.
    """
    if "<" not in text:
        return text
    pieces: list[str] = []
    position = 0
    unclosed: set[str] = set()
    for opener in _BLOCK_OPEN.finditer(text):
        if opener.start() < position:
            continue  # inside a block already removed
        name = (opener.group(1) or "!--").lower()
        if name in unclosed:
            continue
        closer = "-->" if name == "!--" else None
        if closer is not None:
            end = text.find(closer, opener.end())
            end = -1 if end == -1 else end + len(closer)
        else:
            match = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, opener.end())
            end = -1 if match is None else match.end()
        if end == -1:
            unclosed.add(name)
            continue
        pieces.append(text[position : opener.start()])
        pieces.append("\n")
        position = end
    if not pieces:
        return text
    pieces.append(text[position:])
    return "".join(pieces)


def _strip_tags(text: str) -> str:
    # Removing a tag can join the pieces of another ("<<b>div>"), so repeat until stable.
    while "<" in text:
        stripped = _remove_blocks(text)
        stripped = _BLOCK_TAG.sub("\n", stripped)
        stripped = _INLINE_TAG.sub("", stripped)
        if stripped == text:
            break
        text = stripped
    return text


# --- 2. debris lines -------------------------------------------------------------------------

_MARKUP_CHAR = re.compile(r"[<>=]")
_ATTRIBUTE = re.compile(r"""[\w:.-]+\s*=\s*(?:"[^"]*"?|'[^']*'?|[^\s"'<>]*)""")
_TAG_PIECE = re.compile(r"</?[A-Za-z!][^<>]*>?|/?>|<|[\"']")
_WORD = re.compile(r"[^\W_]{2,}")
_HAS_ALNUM = re.compile(r"[^\W_]")
_CODE_LINE = re.compile(
    r"^(?:(?:var|let|const|function)\s+[\w$]+.*[;{,]|"
    r"(?:window|document|googletag|gtag|dataLayer|jQuery|\$)\s*[.(\[].*[;)}]|"
    r"\(function\s*\(.*|\}\)*\s*\(?\)?;?|if\s*\(.*\)\s*\{)$"
)
# Whole lines (lowercased, letters only) that are page furniture, never article text.
_AD_LINES = frozenset(
    line.strip()
    for line in """
    advertisement
    advertisements
    advertising
    ad
    ads
    sponsored
    sponsored content
    paid content
    promoted
    promoted content
    partner content
    story continues below
    story continues below advertisement
    article continues below
    article continues below advertisement
    continue reading
    continue reading below
    read more
    read more below
    also read
    read also
    see also
    related
    related articles
    related stories
    related news
    related content
    related coverage
    recommended
    recommended stories
    recommended for you
    more stories
    more news
    most read
    most popular
    trending
    trending now
    share
    share this
    share this article
    share this story
    share on facebook
    share on twitter
    tweet
    email
    print
    subscribe
    subscribe now
    sign up
    newsletter
    skip advertisement
    scroll to continue
    scroll to continue with content
    loading
    click here
    watch
    watch video
    listen
    listen to this article
    follow us
    comments
    leave a comment
    top stories
    back to top
    view comments
    show comments
    """.splitlines()
    if line.strip()
)
_AD_PREFIX = re.compile(
    r"^(?:read more|read also|also read|see also|related|recommended|more on this|"
    r"watch|listen|subscribe|sign up|follow us|download (?:the|our) app|get the app)"
    r"\s*(?:[:|>\u00bb\-\u2013\u2014]|$)|^(?:click|tap) here\b",
    re.IGNORECASE,
)
_COOKIE = re.compile(
    r"\b(?:we use cookies|this (?:web)?site uses cookies|(?:accept|allow|reject) (?:all )?"
    r"cookies|cookie (?:policy|settings|preferences|consent)|by (?:continuing|using) (?:to "
    r"(?:use|browse) )?(?:this|our) (?:web)?site)\b",
    re.IGNORECASE,
)
# All-capital ad markers never belong to a sentence, even glued onto one.
_INLINE_AD_MARKER = re.compile(r"(?:^|(?<=\s))(?:ADVERTISEMENT|SPONSORED CONTENT)(?:\s+|$)")
_NOT_LETTER = re.compile(r"[^a-z ]+")
# Furniture glued before the text of a line: an audio player's label, a share button, an
# update time ("Updated 14:05 GMT Ecuador granted …").
_OPENING_FURNITURE = re.compile(
    r"^(?:listen to this article|share this article|skip advertisement|"
    r"(?:story|article) continues below(?: advertisement)?|"
    r"updated:? \d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?: (?:gmt|utc|et|est|bst|cet|ist))?)"
    r"\s*[:|\u2013\u2014-]?\s+(?=[A-Z\"'])",
    re.IGNORECASE,
)


def _is_markup_debris(line: str) -> bool:
    """True when the line is only leftover tag and attribute fragments."""
    if len(line) > 2000 or not _MARKUP_CHAR.search(line):
        return False
    rest = _TAG_PIECE.sub(" ", _ATTRIBUTE.sub(" ", line))
    return _WORD.search(rest) is None


def _is_ad_or_notice(line: str) -> bool:
    if len(line) <= 80:
        key = " ".join(_NOT_LETTER.sub(" ", line.lower()).split())
        if key in _AD_LINES:
            return True
    if len(line) <= 300 and _AD_PREFIX.match(line):
        return True
    return (
        len(line) <= 600
        and ("ookie" in line or "site" in line)
        and _COOKIE.search(line) is not None
    )


def _is_debris(line: str) -> bool:
    return (
        not _HAS_ALNUM.search(line)
        or _is_markup_debris(line)
        or _is_ad_or_notice(line)
        or (len(line) <= 2000 and _CODE_LINE.match(line) is not None)
    )


# --- 3. metadata lines -----------------------------------------------------------------------

_PUBLICATION_LABELS = (
    r"creation date|created(?: on| at)?|date created|first published(?: on| at)?|"
    r"published(?: on| at)?|publication date|date published|posted(?: on| at)?|released|"
    r"date|dated"
)
_UPDATE_LABELS = r"(?:last )?updated(?: on| at)?|(?:last )?modified(?: on)?|date modified"
_METADATA = re.compile(
    rf"^(?:(?P<pub>{_PUBLICATION_LABELS})|(?P<upd>{_UPDATE_LABELS}))\s*[:|\-\u2013\u2014]?\s*"
    r"(?P<value>.{6,80})$",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_HEAD_LINES = 5  # a bare date line counts as the publication date only near the top


def _metadata_date(line: str) -> tuple[int, str] | None:
    """(priority, ISO date) when the line is a date metadata line; lower priority wins."""
    if len(line) > 100 or not _DIGIT.search(line):
        return None
    match = _METADATA.match(line)
    if match:
        value = normalise_date(match["value"])
        if value:
            return (0 if match["pub"] else 2), value
        return None
    value = normalise_date(line)
    return (1, value) if value else None


# --- 4. glued words --------------------------------------------------------------------------

# Sentence openers that cannot end a word: after two lowercase letters (or a year) they mark a
# lost break.  Prepositions ("In", "On", "At") also end product names ("LinkedIn"), so they
# count only before what a sentence-opening preposition takes: a number, a name, a determiner.
_OPENERS = (
    "The|This|These|Those|His|Her|Its|Their|Our|He|She|They|We|But|However|Meanwhile|"
    "According|Earlier|Later|Last|Although|While|When|Despite|Following|Since|After|Before|"
    "During"
)
_GLUE = re.compile(
    # The lookahead first: it fails fast at almost every position of a long text.
    r"(?=[.!?]?[A-Z])(?:(?<=[a-z]{2})|(?<=\b\d{4}))"
    r"(?P<punct>[.!?]?)"
    rf"(?P<word>(?:{_OPENERS})(?=\s+[\w\"'])|"
    r"(?:In|On|At)(?=\s+(?:\d|[A-Z]|(?:the|a|an|his|her|its|their|this|that|these|those|"
    r"recent|response|addition|contrast|particular|fact|order)\b))|"
    r"(?:A|An)(?=\s+[a-z]))"
)


def _split_glued_lines(lines: list[str], scan: _LineFilter) -> tuple[list[str], bool]:
    """The lines with a break at each glue seam ("" stands for a blank line).

    A line is matched together with the start of the next one, because a line break inside a
    paragraph may later be joined (step 5): "KoreaIn" at the end of a line followed by "2019
    talks" must be judged as the joined "KoreaIn 2019 talks" would be, or a second cleaning
    would split what the first one left.  The pieces of a split line go through ``scan``
    again, since a split can uncover debris; the flag says whether any piece was dropped.
    """
    result: list[str] = []
    changed = dropped = False
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        probe = f"{line} {following[:60]}" if following else line
        pieces: list[str] = []
        position = 0
        for match in _GLUE.finditer(probe, 0, len(probe)):
            if match.end() > len(line):
                break
            if match["punct"]:
                pieces.append(line[position : match.end("punct")] + " ")
            else:
                pieces.append(line[position : match.start()] + "\n\n")
            position = match.start("word")
        if not pieces:
            result.append(line)
            continue
        changed = True
        pieces.append(line[position:])
        split = "".join(pieces).split("\n")
        kept = scan.filter(split)
        if sum(1 for piece in kept if piece) < sum(1 for piece in split if piece.strip()):
            dropped = True
        result.extend(kept)
    return (result if changed else lines), dropped


# --- 5. hard wraps ---------------------------------------------------------------------------

_BULLET = re.compile(r"^(?:[-*\u2022\u25aa\u25cf>]|\d{1,3}[.)])\s")


def _unwrap(lines: list[str]) -> list[str]:
    """Join the lines of one paragraph that a hard wrap split."""
    # Groups of pieces, joined once at the end: appending to a growing string would be
    # quadratic on a long wrapped text without blank lines.
    groups: list[list[str]] = []
    for line in lines:
        start = line[:1]
        if groups and (start.islower() or start.isdigit()) and _open_end(groups[-1][-1]):
            groups[-1].append(line)
        else:
            groups.append([line])
    joined = [" ".join(group) for group in groups]
    # Tested before and after the lowercase joins: before, to see the wrap width; after, so
    # that cleaning the result again decides the same (idempotence).
    if _looks_wrapped(lines) or _looks_wrapped(joined):
        return [" ".join(joined)]
    return joined


def _open_end(line: str) -> bool:
    """The line stops where a sentence cannot: after a lowercase word, a number or a comma."""
    last = line[-1:]
    return last.islower() or last.isdigit() or last in ",;"


def _looks_wrapped(lines: list[str]) -> bool:
    if len(lines) < 3 or any(_BULLET.match(line) for line in lines):
        return False
    widths = [len(line) for line in lines]
    widest = max(widths)
    # In wrapped text most breaks fall inside a sentence; in one-sentence-a-line text (or a
    # list of headlines) most lines end a sentence and must stay apart.
    open_ends = sum(not line.rstrip("\"')").endswith((".", "?", "!")) for line in lines[:-1])
    return (
        40 <= widest <= 100 and min(widths[:-1]) >= 0.6 * widest and open_ends * 2 >= len(lines) - 1
    )


# --- 6. title --------------------------------------------------------------------------------

_HEADLINE_BAD_END = tuple(".,;:-\u2013\u2014")


def _comparable(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(" .:")


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    core = line.rstrip("\"')]")
    return (
        2 <= len(words) <= 30
        and len(line) <= 200
        and not core.endswith(_HEADLINE_BAD_END)
        and not line[:1].islower()
    )


# --- 7. spacing ------------------------------------------------------------------------------

_SPACES = re.compile(r" {2,}")
_SPACE_BEFORE_PUNCT = re.compile(r"(?= )(?<=[^\W_]) +(?=[,;?!](?:\s|$)|\.(?:\s|$)(?!\.))")


def _tidy(line: str) -> str:
    if "  " in line:
        line = _SPACES.sub(" ", line)
    if " ," in line or " ." in line or " ;" in line or " ?" in line or " !" in line:
        line = _SPACE_BEFORE_PUNCT.sub("", line)
    if "ADVERTISEMENT" in line or "SPONSORED CONTENT" in line:
        line = _INLINE_AD_MARKER.sub("", line)
    return line.strip()


# --- the whole ---------------------------------------------------------------------------------


class _LineFilter:
    """Drops debris and metadata lines, remembering the best publication date seen."""

    def __init__(self) -> None:
        self.best_date: tuple[int, str] | None = None
        self.text_lines = 0

    def filter(self, lines: Iterable[str]) -> list[str]:
        kept: list[str] = []
        for raw in lines:
            line = _tidy(raw) if raw and not raw.isspace() else ""
            if not line:
                if kept and kept[-1]:
                    kept.append("")
                continue
            found = _metadata_date(line)
            if found is not None:
                priority, value = found
                if priority == 1 and self.text_lines >= _HEAD_LINES:
                    priority = 3  # a bare date deep in the text is not the publication date
                if self.best_date is None or priority < self.best_date[0]:
                    self.best_date = (priority, value)
                continue
            if _is_debris(line):
                continue
            self.text_lines += 1
            kept.append(line)
        return kept


def _paragraphs(lines: Iterable[str]) -> list[list[str]]:
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def clean_text(
    text: str, *, title: str | None = None, find_headline: bool = False
) -> tuple[str, str | None, str | None]:
    """Clean ``text``; return ``(cleaned_text, title, published_from_text)``.

    ``title`` is the known title (removed from the start of the body when repeated there);
    with ``find_headline`` and no title, a headline-like first line becomes the title.
    ``published_from_text`` is the ISO date of the first metadata line, or None.
    """
    text = _strip_tags(normalise_characters(text))

    # 2-3: drop debris and metadata lines (a metadata line is also "kept" as a date), after
    # cutting page furniture glued before a line's text ("Listen to this article Thailand's
    # Constitutional Court …").
    scan = _LineFilter()
    kept = scan.filter([_OPENING_FURNITURE.sub("", line) for line in text.split("\n")])
    # 4: glued words.  A split can uncover debris ("cookie policyThe war"), and dropping it
    # brings new neighbours together, so filter and split until nothing changes (once or
    # twice: the loop ends because every round only splits or drops lines).
    while True:
        split, dropped = _split_glued_lines(kept, scan)
        kept = split
        if not dropped:
            break

    paragraphs = [_unwrap(p) for p in _paragraphs(kept)]

    # 6: title.
    if paragraphs:
        if not title and find_headline and _looks_like_headline(paragraphs[0][0]):
            if sum(len(p) for p in paragraphs) > 1:
                title = paragraphs[0].pop(0)
        if title:
            # A title repeated at the top of the body (common in scrapes) goes as well.
            wanted = _comparable(title)
            while paragraphs and (not paragraphs[0] or _comparable(paragraphs[0][0]) == wanted):
                if paragraphs[0]:
                    paragraphs[0].pop(0)
                else:
                    paragraphs.pop(0)
    if paragraphs:
        if paragraphs[0]:
            # The wrap test saw the title line; judge the rest of the paragraph without it, as
            # a second cleaning (which no longer sees the title) will.
            paragraphs[0] = _unwrap(paragraphs[0])
        paragraphs = [p for p in paragraphs if p]

    cleaned = "\n\n".join("\n".join(p) for p in paragraphs)
    return cleaned, title, scan.best_date[1] if scan.best_date else None


def clean_document(doc: Document) -> Document:
    """The document with cleaned text (the reference for all spans), title and date.

    See the module docstring for the rules.  ``published`` is filled from a metadata line of
    the text (``published_basis="text"``) only when the input gave no date.
    """
    title = doc.title
    if title is not None:
        title = " ".join(_strip_tags(normalise_characters(title)).split()) or None
    find_headline = title is None and (doc.origin or "").lower().endswith(".txt")
    text, title, published = clean_text(doc.text, title=title, find_headline=find_headline)
    changes: dict[str, object] = {"text": text, "title": title}
    if doc.published is None and published is not None:
        changes.update(published=published, published_basis="text")
    return doc.with_changes(**changes)
