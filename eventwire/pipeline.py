"""The pipeline: documents in, events out, streaming.

    ingest -> clean -> split sentences -> prefilter -> parse (nlp.pipe) -> actors -> code

Documents are processed in chunks: each chunk's candidate sentences go through one ``nlp.pipe``
call (batching is what makes spaCy fast), then each article is coded in reading order so that
coreference can look back.  Sentences with no actor candidate at all (no name, role noun,
pronoun or description) are never parsed: they cannot hold an event, and skipping them is the
cheapest speed-up there is.  Memory is bounded by the chunk, not by the corpus.

A document that fails anywhere in coding is reported as an ``InputProblem`` and the run goes on:
one broken article must never cost the others their results.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from eventwire import __version__
from eventwire.actors.coref import ArticleContext
from eventwire.actors.kb import KnowledgeBase, default_kb
from eventwire.actors.mentions import SentenceActors, record_cheap_mentions
from eventwire.clean import clean_document
from eventwire.dates import date_for_event, find_time_expressions
from eventwire.events.coder import SentenceInput, code_sentence
from eventwire.events.cues import Cues, default_cues
from eventwire.events.lexicon import Lexicon, default_lexicon
from eventwire.events.triggers import find_triggers
from eventwire.parse import DEFAULT_MODEL, load_model
from eventwire.places import find_places
from eventwire.prefilter import Prefilter
from eventwire.records import Document, Event, InputProblem
from eventwire.sentences import split_sentences

__all__ = ["CODER", "Pipeline", "Result"]

CODER = f"eventwire {__version__}"

@dataclass(frozen=True, slots=True)
class Result:
    """What became of one input: a coded document, or a problem (never both missing)."""

    document: Document | None
    events: tuple[Event, ...] = ()
    problem: InputProblem | None = None
    sentences: int = 0
    parsed: int = 0
    skipped: bool = False  # unchanged since a previous run: not parsed, no events


@dataclass
class Pipeline:
    """Wires the stages.  Build once (loading the model and knowledge), then call ``run``."""

    model: str = DEFAULT_MODEL
    kb: KnowledgeBase | None = None
    lexicon: Lexicon | None = None
    cues: Cues | None = None
    batch_size: int = 256
    # A chunk is parsed in one nlp.pipe call: large enough that spaCy's batching pays off,
    # small enough that memory stays flat (a chunk's parses are all held until it is coded).
    chunk_chars: int = 200_000
    docs_per_chunk: int = 512
    require_target: bool = True
    prefilter: bool = True
    actor_files: tuple[str, ...] = ()  # user actor files, recorded with each stored run
    lexicon_files: tuple[str, ...] = ()  # user lexicon files, likewise
    _nlp: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._nlp = load_model(self.model)
        self.kb = self.kb or default_kb()
        self.lexicon = self.lexicon or default_lexicon()
        self.cues = self.cues or default_cues()
        self._filter = Prefilter(self.lexicon, self.cues, self.kb, self._nlp)

    @property
    def nlp(self) -> Any:
        return self._nlp

    # -- public ------------------------------------------------------------------------------
    def run(self, items: Iterable[Document | InputProblem],
            unchanged: Callable[[list[Document]], set[str]] | None = None) -> Iterator[Result]:
        """Code a stream of documents (problems from ingest pass straight through).

        ``unchanged`` receives each chunk's cleaned documents and returns the ids of those
        already coded in that exact form (e.g. found in the database by content hash): they are
        not parsed again, and come back as results with ``skipped=True``.
        """
        chunk: list[Document] = []
        size = 0
        for item in items:
            if isinstance(item, InputProblem):
                # flush first, so results come out in input order
                yield from self._flush(chunk, unchanged)
                chunk, size = [], 0
                yield Result(document=None, problem=item)
                continue
            chunk.append(item)
            size += len(item.text)
            if len(chunk) >= self.docs_per_chunk or size >= self.chunk_chars:
                size = 0
                yield from self._flush(chunk, unchanged)
                chunk = []
        yield from self._flush(chunk, unchanged)

    def code_document(self, doc: Document) -> Result:
        results = list(self._flush([doc]))
        return results[0]

    # -- internals ---------------------------------------------------------------------------
    def _screen(self, text: str) -> str:
        """'parse' (may hold an event), 'mentions' (names actors only) or 'skip'."""
        if not self.prefilter:
            return "parse"
        if not self._filter.may_name_actor(text):
            return "skip"
        return "parse" if self._filter.has_trigger_word(text) else "mentions"

    def _flush(self, chunk: list[Document],
               unchanged: Callable[[list[Document]], set[str]] | None = None
               ) -> Iterator[Result]:
        if not chunk:
            return
        cleaned: list[Document | InputProblem] = []
        for raw in chunk:
            try:
                cleaned.append(clean_document(raw))
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
                cleaned.append(_problem(raw, "cleaning", exc))
        skip = unchanged([d for d in cleaned if isinstance(d, Document)]) if unchanged else set()
        prepared: list[tuple[Document | None, int, int, InputProblem | None]] = []
        items: list[tuple[str, tuple[int, int, int]]] = []
        cheap: dict[int, list[tuple[int, list[Any]]]] = {}
        for d_i, doc in enumerate(cleaned):
            if isinstance(doc, InputProblem):
                prepared.append((None, 0, 0, doc))
                continue
            if doc.id in skip:
                prepared.append((doc, -1, 0, None))
                continue
            try:
                spans = split_sentences(doc.text)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
                prepared.append((None, 0, 0, _problem(doc, "splitting", exc)))
                continue
            wanted = 0
            for s_i, (start, end) in enumerate(spans):
                text = doc.text[start:end]
                verdict = self._screen(text)
                if verdict == "parse":
                    wanted += 1
                    items.append((text, (d_i, s_i, start)))
                elif verdict == "mentions":
                    cheap.setdefault(d_i, []).append((s_i, self._filter.cheap_mentions(text)))
            prepared.append((doc, len(spans), wanted, None))
        parsed: dict[int, list[tuple[Any, int, int, str]]] = {}
        # plain texts in, contexts zipped back on (as_tuples costs a little on every sentence)
        texts = [text for text, _ in items]
        for sdoc, (text, (d_i, s_i, start)) in zip(
                self._nlp.pipe(texts, batch_size=self.batch_size), items, strict=True):
            parsed.setdefault(d_i, []).append((sdoc, s_i, start, text))
        for d_i, (doc, n_sentences, n_parsed, problem) in enumerate(prepared):
            if doc is None:
                yield Result(document=None, problem=problem)
                continue
            if n_sentences < 0:
                yield Result(document=doc, skipped=True)
                continue
            try:
                events = self._code_article(doc, parsed.get(d_i, []), cheap.get(d_i, []))
            except Exception as exc:  # noqa: BLE001 - reported, and the run goes on
                yield Result(document=doc, problem=_problem(doc, "coding", exc))
                continue
            yield Result(document=doc, events=tuple(events), sentences=n_sentences,
                         parsed=n_parsed)

    def _code_article(self, doc: Document, sentences: list[tuple[Any, int, int, str]],
                      cheap: list[tuple[int, list[Any]]]) -> list[Event]:
        context = ArticleContext(published=doc.published, text=doc.text)
        events: list[Event] = []
        pending = sorted(cheap, key=lambda c: c[0])
        for sdoc, s_i, start, text in sentences:
            while pending and pending[0][0] < s_i:  # unparsed sentences still feed coreference
                c_i, entries = pending.pop(0)
                record_cheap_mentions(context, self.kb, c_i, entries)
            sa = SentenceActors(sdoc, self.kb, context, s_i)
            sa.record_mentions()
            triggers = find_triggers(sdoc[:], self.lexicon, sa.tokens)
            if not triggers and not any(t.lemma_.lower() in self.lexicon.frame_of
                                        or t.lemma_.lower() in self.cues.reporting_verbs
                                        for t in sa.tokens):
                continue
            expressions: list[Any] | None = None

            def dates(span: Any, token: Any, _pub: str | None = doc.published) -> tuple:
                nonlocal expressions
                if expressions is None:
                    expressions = find_time_expressions(span, _pub)
                return date_for_event(span, token, expressions, _pub)

            si = SentenceInput(doc=sdoc, doc_id=doc.id, sentence_index=s_i, offset=start,
                               published=doc.published, actors=sa, coder=CODER,
                               places=find_places, dates=dates, text=text,
                               require_target=self.require_target)
            for ev in code_sentence(si, triggers, self.lexicon, self.cues):
                if self.require_target and ev.target is None:
                    continue
                events.append(ev)
        return events


def _problem(doc: Document, stage: str, exc: Exception) -> InputProblem:
    origin = doc.origin or doc.id
    return InputProblem(origin=origin, reason=f"skipped: {stage} failed ({type(exc).__name__}: "
                        f"{exc}). Please report this with the article attached.")


@functools.lru_cache(maxsize=2)
def shared_pipeline(model: str | None = None) -> Pipeline:
    """One pipeline per model and process, for the library API."""
    return Pipeline(model=model or DEFAULT_MODEL)
