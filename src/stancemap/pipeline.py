"""The orchestrator: ingest -> clean -> parse -> extract -> relate, one way, nothing else.

`run` is what `stancemap.analyze` and the CLI call; `Progress` lets the CLI show a bar
without the stages knowing about terminals.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

from .clean import clean_corpus
from .errors import NoInputError
from .extract import extract
from .ingest import DEFAULT_MAX_BYTES, read_sources
from .model import Analysis, Notice, Question, Source
from .parse import parse
from .question import propose_question, question_terms
from .relate import relate

MAX_BODY_CHARS = 200_000


class Progress(Protocol):
    def stage(self, name: str, total: int) -> None: ...
    def advance(self, n: int = 1) -> None: ...


class _Silent:
    def stage(self, name: str, total: int) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass


def run(paths: Iterable[str | Path], question: str | None = None, progress: Progress | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES) -> Analysis:
    progress = progress or _Silent()
    sources, notices = read_sources(paths, max_bytes)
    if not sources:
        raise NoInputError("no article could be read from the given paths"
                           + (f" ({len(notices)} file(s) skipped)" if notices else ""))
    return analyze_sources(sources, question, progress, notices)


def analyze_sources(sources: Sequence[Source], question: str | None = None, progress: Progress | None = None,
                    notices: list | None = None) -> Analysis:
    progress = progress or _Silent()
    notices = list(notices or [])
    progress.stage("cleaning", len(sources))
    documents = clean_corpus(sources)
    progress.advance(len(sources))
    # The parser needs about 4 GB per million characters; no news article comes near the limit,
    # so a longer "article" is a dump or a book and is skipped with a notice, never cut silently.
    too_long = [d for d in documents if len(d.body) > MAX_BODY_CHARS]
    notices += [Notice(d.source, f"article text too long to analyse ({len(d.body):,} characters > "
                                 f"{MAX_BODY_CHARS:,}); skipped") for d in too_long]
    documents = [d for d in documents if len(d.body) <= MAX_BODY_CHARS]
    if not documents:
        raise NoInputError("no article left to analyse" + (f" ({len(too_long)} too long)" if too_long else ""))
    progress.stage("parsing", len(documents))
    parsed = parse(documents, progress=progress.advance)
    q = Question(question, proposed=False) if question else propose_question(documents, parsed)
    if q is not None:
        q.target_terms = question_terms(q.text)
    progress.stage("extracting", len(documents))
    found = extract(documents, parsed, q)
    progress.advance(len(documents))
    analysis = Analysis(question=q, documents=documents, actors=found.actors, statements=found.statements,
                        events=found.events, notices=notices)
    return relate(analysis)
