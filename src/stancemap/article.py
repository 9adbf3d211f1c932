"""The map step: one article in, one record out (clean -> parse -> extract).

`map_sources(sources)` streams `Source`s through the spaCy pipeline in small batches and yields,
for each, an `ArticleRecord` or a `Notice` saying why it was skipped. The parsed `Doc` lives only
inside its batch: everything later stages need is copied into the record (plain data), so no
spaCy object outlives its article, and a batch's strings are freed with `nlp.memory_zone()`.
It is the same function in the main process (`--jobs 1`), in worker processes and on Dask workers.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .clean import clean_article
from .clean.language import body_language
from .copies import signature
from .extract import extract_article
from .model import Notice, Source
from .parse import load_nlp
from .record import ArticleRecord
from .versions import MAX_BODY_CHARS, map_fingerprint

# An article in another language is cleaned and listed (its body, title, outlet and date), but not
# parsed: the English model would find nonsense statements in it. The reduce turns this into a notice.
NOT_ENGLISH = "not English; cleaned and listed, but not analysed for statements (only the English model is installed)"
# Articles parsed together: large enough for spaCy's batching, small enough that a batch's
# parses (freed at its end) stay a few megabytes.
BATCH_SIZE = 16
def source_key(source: Source) -> str:
    """The cache key of a source: its content and the metadata it carries (not its path: the same
    article under two names is one record), with the map's fingerprint."""
    content = json.dumps([source.fmt, source.text, source.html, source.title, source.url, source.outlet,
                          source.published, source.given_by, source.fetched], ensure_ascii=False)
    return hashlib.sha256(f"{map_fingerprint()}\0{content}".encode()).hexdigest()


@dataclass
class MappedArticle:
    """One article's record, as the map hands it on."""

    record: ArticleRecord

    def to_blobs(self) -> tuple[bytes, bytes]:
        return self.record.to_blobs()


def map_sources(sources: Iterable[Source], batch_size: int = BATCH_SIZE) -> Iterator[MappedArticle | Notice]:
    """One record (or notice) per source, in order."""
    batch: list[Source] = []
    for source in sources:
        batch.append(source)
        if len(batch) >= batch_size:
            yield from _map_batch(batch)
            batch = []
    if batch:
        yield from _map_batch(batch)


def map_batch(sources: list[Source]) -> list[MappedArticle | Notice]:
    """The records of a list of sources (a worker's task)."""
    return list(_map_batch(sources))


def prepare(source: Source) -> MappedArticle | Notice:
    """The map's first half, before the parser: the cleaned article in a record, or the notice
    saying why it cannot be analysed (no text left, too long, not in English)."""
    document = clean_article(source, "d0")
    if len(document.body) > MAX_BODY_CHARS:
        return Notice(source.path, f"article text too long to analyse ({len(document.body):,} characters "
                                   f"> {MAX_BODY_CHARS:,}); skipped")
    if not any(ch.isalpha() for ch in document.body):
        return Notice(source.path, "no article text (nothing left once page furniture was removed)")
    language = body_language(document.body)
    if language is not None:  # cleaned and listed, never parsed by the English model (see NOT_ENGLISH)
        document.provenance["language"] = f"{language}: {NOT_ENGLISH}"
    return MappedArticle(ArticleRecord(key=source_key(source), document=document, minhash=signature(document.body)))


def _map_batch(sources: list[Source]) -> Iterator[MappedArticle | Notice]:
    cleaned = [prepare(source) for source in sources]
    nlp = load_nlp()
    todo = [r for r in cleaned if isinstance(r, MappedArticle) and "language" not in r.record.document.provenance]
    # Each headline parsed on its own, like the bodies a batch at a time (extract/wording.with_headline;
    # an empty title's parse has no words, so it adds none).
    titles, texts = _tokenized(nlp, [r.record.document.title or "" for r in todo], [r.record.document.body for r in todo])
    with nlp.memory_zone():
        headlines = nlp.pipe(titles)
        bodies = nlp.pipe(texts)
        for item, sdoc, hdoc in zip(todo, bodies, headlines, strict=True):
            minhash = item.record.minhash
            item.record = extract_article(item.record.document, sdoc, item.record.key, hdoc)
            item.record.minhash = minhash
    yield from cleaned


# Strings the map may add to the model's vocabulary for good (about 370 bytes each with their words'
# entries and the tokenizer's cache: at most about 22 MB a process, whatever the corpus's size).
PERMANENT_STRINGS = 60_000
# The model's own strings, per loaded pipeline (id of the nlp object -> count at the first batch).
_MODEL_STRINGS: dict[int, int] = {}


def _tokenized(nlp: Any, titles: list[str], bodies: list[str]) -> tuple[list[Any], list[Any]]:
    """The texts, or their tokens made outside the memory zone while the vocabulary has grown by fewer
    than PERMANENT_STRINGS: spaCy's tokenizer caches nothing inside a zone, so every batch split and
    looked up each of its words again (1.05-1.20 CPU s of tokenizing per 300 bench articles, against
    0.13 once their words are known). The same tokens either way (the cache only remembers the split);
    tests/mapping/test_tokenized.py."""
    base = _MODEL_STRINGS.setdefault(id(nlp), len(nlp.vocab.strings))
    if len(nlp.vocab.strings) - base >= PERMANENT_STRINGS:
        return titles, bodies  # tokenized in the zone by nlp.pipe, freed with it
    return [nlp.make_doc(t) for t in titles], [nlp.make_doc(b) for b in bodies]
