"""Where and how the map step runs, and the records it leaves.

`map_corpus(sources, ...)` gives each source's record, in the sources' order: from the cache when
it holds one, otherwise from the map step run here (`jobs=1`), in worker processes (local.py) or
on a Dask cluster (cluster.py). New records go into the cache as they arrive, so an interrupted
run keeps what it did. Everything but the cache is streamed: a corpus of any size goes through in
memory that does not grow with it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain, islice

from ..article import BATCH_SIZE, MappedArticle, map_sources, source_key
from ..model import Notice, Source
from ..record import ArticleRecord, RecordHead
from .cache import RecordCache
from .local import Blobs, Workers

# Below this many articles to parse, worker processes cost more to start (each loads spaCy and
# its model, 2-3 s) than they save: the map runs in this process. Measured with `make bench`.
MIN_ARTICLES_FOR_WORKERS = 48
# Sources read ahead at a time, their cached keys found in one query.
WINDOW = 512


@dataclass
class MapOptions:
    jobs: int = 1
    dask: str | None = None  # a scheduler address, or "local" for a LocalCluster
    # The run's worker processes (kept for the reduce's judging); None: map_corpus starts its own.
    workers: Workers | None = None


@dataclass
class Mapped:
    """One source's outcome: its record's key in the cache (and the path it was read from), or a
    notice. Kept for every article of the run, so it holds no text."""

    path: str
    key: str | None = None
    notice: Notice | None = None


@dataclass
class MapStats:
    """What the map did: articles whose record came from the cache, articles parsed now (a record
    made; not those the map skipped), and
    articles whose text came earlier in the run under another name (served by that record)."""

    cached: int = 0
    parsed: int = 0
    repeated: int = 0


def map_corpus(sources: Iterable[Source | Notice], cache: RecordCache, options: MapOptions,
               progress: Callable[[int], None] | None = None, stats: MapStats | None = None) -> Iterator[Mapped]:
    """Each source's record into the cache, yielded in order (cached ones without parsing). A
    `Notice` among the sources (a file ingest could not read) is passed on as it stands, at the
    start of the window of sources it was read with."""
    stats = stats if stats is not None else MapStats()
    if options.workers is None and options.jobs > 1 and not options.dask:
        # One pool for the run (each worker loads the model once), ended with it.
        workers = Workers(options.jobs)
        try:
            yield from map_corpus(sources, cache, MapOptions(options.jobs, None, workers), progress, stats)
        finally:
            workers.close()
        return
    plan = _Plan(sources, cache)
    # One stream of the articles to map across every window: the workers never wait for a window's
    # last batch before the next window's first (a core idled at each window's end), and a Dask run
    # connects once.
    fresh = _run(plan.todo(), options)
    for item, key, first in plan:
        if isinstance(item, Notice):
            yield Mapped(item.path, notice=item)
            continue
        path = item
        if not first:  # in the cache, or the same article earlier in this run
            notice = plan.notices.get(key)
            if notice is None and key in plan.cached:
                stats.cached += 1
            elif notice is None:
                stats.repeated += 1
            if progress:
                progress(1)
            yield Mapped(path, key) if notice is None else Mapped(path, notice=replace(notice, path=path))
            continue
        result = next(fresh)
        if progress:
            progress(1)
        if isinstance(result, Notice):
            plan.notices[key] = result
            yield Mapped(path, notice=result)
            continue
        stats.parsed += 1  # an article skipped by the map is no parsed article ("1 article(s): 2 parsed" was said)
        cache.put(key, *result)
        yield Mapped(path, key)
    next(fresh, None)  # the stream ends here (its workers are left running for the reduce's judging)
    cache.flush()


class _Plan:
    """The run's sources with their record keys, read a window at a time (a window's cached keys
    are found in one query), in order: iterating gives (path, key, first), `first` when the
    article is to be mapped now (not in the cache, and not the same article earlier in the run:
    that one's record, or notice, serves it), and each notice read with a window, first in it, as
    (notice, "", False); `todo()` streams the sources to map, in the same order, reading further
    windows as the mapping asks for them. Only the sources to map keep their text: the mapping
    may read many windows ahead to find its next batch (a rerun where most articles are cached),
    and what it reads past holds a path and a key, so memory does not grow with the corpus's text."""

    def __init__(self, sources: Iterable[Source | Notice], cache: RecordCache) -> None:
        self._pending = iter(sources)
        self._cache = cache
        self._items: deque[tuple[str | Notice, str, bool]] = deque()
        self._todo: deque[Source] = deque()
        self._seen: set[str] = set()  # keys mapped (or to be mapped) in this run
        self.notices: dict[str, Notice] = {}  # keys whose mapping gave a notice, for their repeats
        self.cached: set[str] = set()  # keys found in the cache (a key, not a text: small)

    def _read(self) -> bool:
        """Read the next window; False once the sources are exhausted (nothing more was read)."""
        window: list[Source] = []
        read = False
        for item in self._pending:
            read = True
            if isinstance(item, Notice):
                self._items.append((item, "", False))
                continue
            window.append(item)
            if len(window) >= WINDOW:
                break
        keys = [source_key(s) for s in window]
        cached = self._cache.has(keys) if keys else set()
        self.cached |= cached
        for source, key in zip(window, keys, strict=True):
            first = key not in cached and key not in self._seen
            if first:
                self._seen.add(key)
                self._todo.append(source)
            self._items.append((source.path, key, first))
        return read

    def __iter__(self) -> Iterator[tuple[str | Notice, str, bool]]:
        while self._items or self._read():
            yield self._items.popleft()

    def todo(self) -> Iterator[Source]:
        while self._todo or self._read():
            if self._todo:
                yield self._todo.popleft()


def _run(todo: Iterator[Source], options: MapOptions) -> Iterator[Blobs | Notice]:
    """The records of the sources `todo` streams, in order: on Dask, in worker processes (when
    there are enough to repay starting them, or they run already), or in this process."""
    if options.dask:
        from .cluster import map_on_dask

        return map_on_dask(todo, options.dask, options.jobs, BATCH_SIZE)
    if options.jobs > 1:
        ahead = list(islice(todo, MIN_ARTICLES_FOR_WORKERS))  # read ahead, through windows, to decide
        todo = chain(ahead, todo)
        if len(ahead) >= MIN_ARTICLES_FOR_WORKERS or (options.workers and options.workers.started):
            from .local import map_in_workers

            return map_in_workers(todo, options.jobs, BATCH_SIZE, workers=options.workers)
    return (r.to_blobs() if isinstance(r, MappedArticle) else r for r in map_sources(todo))


class RunRecords:
    """The run's records, read back from the cache in run order: `heads()` for the reduce's first
    pass, iteration for the second. Documents are numbered d1, d2, ... and each document's source
    is the path it was read from (one record may serve two paths)."""

    def __init__(self, cache: RecordCache, mapped: list[Mapped]) -> None:
        self.cache, self.mapped = cache, [m for m in mapped if m.key]

    def heads(self) -> Iterator[RecordHead]:
        for item in self.mapped:
            head = self.cache.get_head(item.key or "")
            if head is not None:
                yield ArticleRecord.read_head(head)

    def __iter__(self) -> Iterator[ArticleRecord]:
        n = 0
        for item in self.mapped:
            blobs = self.cache.get(item.key or "")
            if blobs is None:  # pragma: no cover - the cache is trimmed only after the run
                continue
            # (the parse rows read only if the article is judged here: not if its judgement was made ahead)
            record = ArticleRecord.from_blobs(*blobs, rows=False)
            n += 1
            record.document.id = f"d{n}"
            record.document.source = item.path
            for m in record.mentions:
                m.doc = record.document.id
            for e in record.events:
                e.document = record.document.id
            yield record
