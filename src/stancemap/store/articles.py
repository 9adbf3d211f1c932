"""Articles in the store: registered by content hash, mapped through the cached map, read back.

`add` works in two steps so that a run killed at any moment loses nothing and doubles nothing:
  register  each source read from the paths is inserted as a *pending* article unless an article
            with the same content hash is stored already (one transaction per window of sources);
  map       every pending article of the store, whoever registered it, goes through the map
            (mapping.run.map_corpus, with the record cache), and its record and cleaned document are
            written in one transaction per batch, which also moves the store's generation on.
A killed run leaves committed windows and batches; the next `add` skips what is stored and maps
what is pending.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from ..mapping.cache import RecordCache
from ..model import Document, Notice, Source
from ..record import RECORD_VERSION, ArticleRecord, RecordHead, language_note
from ..versions import map_fingerprint
from .schema import MAPPED, PENDING, SKIPPED, articles, meta, notices

if TYPE_CHECKING:  # run.py imports the parser: only `add` maps, and imports it where it does (map_articles)
    from ..mapping.run import MapOptions

REGISTER_WINDOW = 256  # sources per registering transaction
WRITE_BATCH = 64  # mapped articles per writing transaction
# Document fields kept in their own columns; the rest (removed lines, provenance, and any field
# added later) goes into `data` as JSON.
DOCUMENT_COLUMNS = ("id", "source", "body", "title", "outlet", "published", "url")


def content_hash(source: Source) -> str:
    """What makes two sources one article: their content and the metadata they carry, not the
    path they were read from, nor the map's version (a new map re-maps the same article)."""
    content = json.dumps([source.fmt, source.text, source.html, source.title, source.url, source.outlet,
                          source.published], ensure_ascii=False)
    return hashlib.sha256(content.encode()).hexdigest()


def pack(value: Any) -> bytes:
    return zlib.compress(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode(), 3)


def unpack(data: bytes) -> Any:
    return json.loads(zlib.decompress(data).decode())


def now() -> datetime:
    return datetime.now(UTC)


def get_meta(conn: Connection, key: str, default: str = "") -> str:
    value = conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()
    return default if value is None else str(value)


def set_meta(conn: Connection, key: str, value: str) -> None:
    if conn.execute(update(meta).where(meta.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(meta).values(key=key, value=value))


def generation(conn: Connection) -> int:
    """A counter moved on by every write that changes what the reduce reads: a question whose
    results were reduced at another generation is out of date."""
    return int(get_meta(conn, "generation", "0"))


def _bump(conn: Connection) -> None:
    set_meta(conn, "generation", str(generation(conn) + 1))


@dataclass
class Registered:
    new: int = 0
    known: int = 0  # already stored (the same content under any path), or twice in this run
    notices: list[Notice] = field(default_factory=list)


def register(engine: Engine, items: Iterable[Source | Notice], progress: Callable[[int], None] | None = None) -> Registered:
    """Insert every source not stored yet as a pending article, in the order read."""
    report = Registered()
    window: list[Source] = []
    for item in items:
        if isinstance(item, Notice):
            report.notices.append(item)
            continue
        window.append(item)
        if len(window) >= REGISTER_WINDOW:
            _register_window(engine, window, report)
            if progress:
                progress(len(window))
            window = []
    if window:
        _register_window(engine, window, report)
        if progress:
            progress(len(window))
    if report.notices:
        with engine.begin() as conn:
            add_notices(conn, report.notices)
    return report


def _register_window(engine: Engine, window: list[Source], report: Registered) -> None:
    hashes = [content_hash(s) for s in window]
    with engine.begin() as conn:
        stored = set(conn.execute(select(articles.c.content_hash).where(articles.c.content_hash.in_(hashes))).scalars())
        rows = []
        for source, digest in zip(window, hashes, strict=True):
            if digest in stored:
                report.known += 1
                continue
            stored.add(digest)
            rows.append({"content_hash": digest, "path": source.path, "source": pack(asdict(source)),
                         "state": PENDING, "added_at": now()})
        if rows:
            conn.execute(insert(articles), rows)
            report.new += len(rows)


def add_notices(conn: Connection, items: list[Notice]) -> None:
    """Keep input problems (each once) so that every export lists them, as `analyze` does."""
    stored = {(p, m) for p, m in conn.execute(select(notices.c.path, notices.c.message))}
    rows = []
    for n in items:
        if (n.path, n.message) not in stored:
            stored.add((n.path, n.message))
            rows.append({"path": n.path, "message": n.message, "skipped": n.skipped})
    if rows:
        conn.execute(insert(notices), rows)


def stored_notices(conn: Connection) -> list[Notice]:
    """Input problems, then articles the map skipped, as the reduce and the export see them."""
    found = [Notice(p, m, bool(s)) for p, m, s in conn.execute(
        select(notices.c.path, notices.c.message, notices.c.skipped).order_by(notices.c.id))]
    found += [Notice(p, m or "skipped") for p, m in conn.execute(
        select(articles.c.path, articles.c.message).where(articles.c.state == SKIPPED).order_by(articles.c.id))]
    return found


def to_map(conn: Connection, remap: bool) -> list[int]:
    """The ids of the articles the map must (re)do, in order: pending ones, and with `remap` those
    mapped or skipped by another version of the map."""
    # Records written in another format cannot be read: they are mapped again whatever `remap` says.
    where = (articles.c.state == PENDING) | ((articles.c.state == MAPPED) & (articles.c.record_version != RECORD_VERSION))
    if remap:
        where = where | (articles.c.map_version != map_fingerprint())
    return list(conn.execute(select(articles.c.id).where(where).order_by(articles.c.id)).scalars())


def stale_count(conn: Connection) -> int:
    """Articles mapped by another version of the map (`add --remap` redoes them)."""
    return int(conn.execute(select(func.count()).select_from(articles).where(
        (articles.c.state != PENDING) & (articles.c.map_version != map_fingerprint()))).scalar() or 0)


def map_articles(engine: Engine, ids: list[int], cache: RecordCache, options: MapOptions,
                 progress: Callable[[int], None] | None = None,
                 notices: list[Notice] | None = None) -> tuple[int, int]:
    """Map the given articles (records from the cache when it holds them); returns (mapped, skipped).
    `notices` is told why each skipped article was skipped and which ones are not in English, as
    `analyze` says it (test_cli_add_names_what_the_map_skipped)."""

    def sources() -> Iterator[Source]:
        for i in range(0, len(ids), REGISTER_WINDOW):
            chunk = ids[i:i + REGISTER_WINDOW]
            with engine.connect() as conn:
                rows = dict(conn.execute(select(articles.c.id, articles.c.source).where(articles.c.id.in_(chunk))).all())
            for article_id in chunk:
                yield Source(**unpack(rows[article_id]))

    from ..mapping.run import map_corpus  # the parser, loaded only by the command that maps (tests/test_startup.py)

    told = notices if notices is not None else []
    mapped = skipped = 0
    batch: list[tuple[int, str, str | None, Notice | None]] = []
    for article_id, item in zip(ids, map_corpus(sources(), cache, options, progress), strict=True):
        batch.append((article_id, item.path, item.key, item.notice))
        if len(batch) >= WRITE_BATCH:
            m, s = _write_batch(engine, batch, cache, told)
            mapped, skipped, batch = mapped + m, skipped + s, []
    if batch:
        m, s = _write_batch(engine, batch, cache, told)
        mapped, skipped = mapped + m, skipped + s
    return mapped, skipped


def _write_batch(engine: Engine, batch: list[tuple[int, str, str | None, Notice | None]], cache: RecordCache,
                 told: list[Notice]) -> tuple[int, int]:
    cache.flush()  # records the map just made are queued in the cache, not yet readable
    mapped = skipped = 0
    with engine.begin() as conn:
        for article_id, path, key, notice in batch:
            blobs = cache.get(key) if key else None
            if blobs is None:
                message = notice.message if notice else "the map gave no record"
                conn.execute(update(articles).where(articles.c.id == article_id).values(
                    state=SKIPPED, message=message, map_version=map_fingerprint(), record_head=None, record=None))
                told.append(Notice(path, message))
                skipped += 1
                continue
            doc = ArticleRecord.from_blobs(*blobs, rows=False).document
            values = mapped_values(*blobs, doc=doc)
            if (language := language_note(doc.provenance)) is not None:
                told.append(Notice(path, language, skipped=False))
            conn.execute(update(articles).where(articles.c.id == article_id).values(**values))
            mapped += 1
        _bump(conn)
    return mapped, skipped


def same_url(engine: Engine, ids: list[int]) -> list[Notice]:
    """The articles just mapped (`ids`) whose URL an article stored before has (a story updated in place and
    added again): both are kept and counted, so each is said and listed among the notices
    (test_cli_store_an_article_updated_under_its_url_is_said). No scan when no new article has a URL; else one
    pass over the store's (id, path, url) (the url column has no index)."""
    new = set(ids)
    found: list[Notice] = []
    with engine.begin() as conn:
        urls: set[str] = set()
        for i in range(0, len(ids), REGISTER_WINDOW):
            urls.update(u for u in conn.execute(select(articles.c.url).where(
                articles.c.id.in_(ids[i:i + REGISTER_WINDOW]) & (articles.c.state == MAPPED))).scalars() if u)
        if not urls:
            return []
        first: dict[str, str] = {}
        for article_id, path, url in conn.execute(select(articles.c.id, articles.c.path, articles.c.url).where(
                (articles.c.state == MAPPED) & articles.c.url.is_not(None)).order_by(articles.c.id)):
            if url not in urls:
                continue
            if url not in first:
                first[url] = path
            elif article_id in new:
                found.append(Notice(path, f"has the same URL as {first[url]}, stored before ({url}): an updated "
                                          "version? both are kept and counted", skipped=False))
        add_notices(conn, found)
    return found


def mapped_values(head: bytes, body: bytes, doc: Document | None = None) -> dict[str, Any]:
    """An article row's columns once its record is made (ArticleRecord.to_blobs()); `doc`, the record's
    document when the caller has decoded it already."""
    doc = doc if doc is not None else ArticleRecord.from_blobs(head, body, rows=False).document
    extra = {k: v for k, v in asdict(doc).items() if k not in DOCUMENT_COLUMNS}
    return {"state": MAPPED, "message": None, "map_version": map_fingerprint(), "record_version": RECORD_VERSION,
            "record_head": head, "record": body,
            "title": doc.title, "outlet": doc.outlet, "published": doc.published, "url": doc.url, "body": doc.body,
            "data": json.dumps(extra, ensure_ascii=False)}


def insert_mapped(engine: Engine, items: Iterable[tuple[Source, tuple[bytes, bytes]]]) -> int:
    """Store articles whose records are made already (a record made elsewhere, or generated for a
    benchmark), in one transaction per window; articles stored already are skipped."""
    n = 0
    window: list[tuple[Source, tuple[bytes, bytes]]] = []

    def flush() -> int:
        hashes = [content_hash(source) for source, _ in window]
        with engine.begin() as conn:
            stored = set(conn.execute(select(articles.c.content_hash)
                                      .where(articles.c.content_hash.in_(hashes))).scalars())
            rows = []
            for (source, blobs), digest in zip(window, hashes, strict=True):
                if digest not in stored:
                    stored.add(digest)
                    rows.append({"content_hash": digest, "path": source.path, "source": pack(asdict(source)),
                                 "added_at": now(), **mapped_values(*blobs)})
            if rows:
                conn.execute(insert(articles), rows)
                _bump(conn)
        return len(rows)

    for item in items:
        window.append(item)
        if len(window) >= REGISTER_WINDOW:
            n += flush()
            window = []
    if window:
        n += flush()
    return n


class StoredRecords:
    """The store's records in article order, as the reduce reads them (corpus.RecordSource):
    `heads()` for its first pass, iteration for the second. Documents are numbered d1, d2, ...
    and each document's source is the path its article was first read from (as
    mapping.RunRecords does for a run); `doc_article` maps document ids to article ids."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.doc_article: dict[str, int] = {}

    def _rows(self, *columns: Any) -> Iterator[Any]:
        with self.engine.connect() as conn:
            yield from conn.execution_options(yield_per=128).execute(
                select(*columns).where(articles.c.state == MAPPED).order_by(articles.c.id))

    def heads(self) -> Iterator[RecordHead]:
        for (head,) in self._rows(articles.c.record_head):
            yield ArticleRecord.read_head(head)

    def __iter__(self) -> Iterator[ArticleRecord]:
        for n, (article_id, path, head, body) in enumerate(
                self._rows(articles.c.id, articles.c.path, articles.c.record_head, articles.c.record), 1):
            record = ArticleRecord.from_blobs(head, body)
            doc = record.document
            doc.id, doc.source = f"d{n}", path
            self.doc_article[doc.id] = article_id
            for m in record.mentions:
                m.doc = doc.id
            for e in record.events:
                e.document = doc.id
            yield record
