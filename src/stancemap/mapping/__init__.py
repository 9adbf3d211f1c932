"""Where and how the map step runs, and the records it leaves.

`map_corpus(sources, ...)` gives each source's record, in the sources' order: from the cache when
it holds one, otherwise from the map step run here (`jobs=1`), in worker processes (local.py) or
on a Dask cluster (cluster.py). New records go into the cache as they arrive, so an interrupted
run keeps what it did. Everything but the cache is streamed: a corpus of any size goes through in
memory that does not grow with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from ..article import BATCH_SIZE, MappedArticle, map_sources, source_key
from ..model import Notice, Source
from ..record import ArticleRecord, RecordHead
from .cache import RecordCache
from .local import Blobs, Workers

# Below this many articles to parse, worker processes cost more to start (each loads spaCy and
# its model, 2-3 s) than they save: the map runs in this process. Measured with `make bench`.
MIN_ARTICLES_FOR_WORKERS = 48


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
    """What the map did: articles whose record came from the cache, and articles parsed now."""

    cached: int = 0
    parsed: int = 0


def map_corpus(sources: Iterable[Source], cache: RecordCache, options: MapOptions,
               progress: Callable[[int], None] | None = None, stats: MapStats | None = None) -> Iterator[Mapped]:
    """Each source's record into the cache, yielded in order (cached ones without parsing)."""
    stats = stats if stats is not None else MapStats()
    if options.workers is None and options.jobs > 1 and not options.dask:
        # One pool for every window of the run (each worker loads the model once), ended with it.
        workers = Workers(options.jobs)
        try:
            yield from map_corpus(sources, cache, MapOptions(options.jobs, None, workers), progress, stats)
        finally:
            workers.close()
        return
    pending = iter(sources)
    while True:
        # Sources are read a window at a time: the window's cached keys are found in one query.
        window = list(islice(pending, 512))
        if not window:
            return
        keys = [source_key(s) for s in window]
        cached = cache.has(keys)
        todo = [s for s, k in zip(window, keys, strict=True) if k not in cached]
        fresh = _run(todo, options)
        for source, key in zip(window, keys, strict=True):
            if key in cached:
                stats.cached += 1
                if progress:
                    progress(1)
                yield Mapped(source.path, key)
                continue
            result = next(fresh)
            stats.parsed += 1
            if progress:
                progress(1)
            if isinstance(result, Notice):
                yield Mapped(source.path, notice=result)
                continue
            cache.put(key, *result)
            cached.add(key)
            yield Mapped(source.path, key)
        cache.flush()


def _run(todo: list[Source], options: MapOptions) -> Iterator[Blobs | Notice]:
    if not todo:
        return iter(())
    if options.dask:
        from .cluster import map_on_dask

        return map_on_dask(todo, options.dask, options.jobs, BATCH_SIZE)
    if options.jobs > 1 and (len(todo) >= MIN_ARTICLES_FOR_WORKERS or (options.workers and options.workers.started)):
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
            record = ArticleRecord.from_blobs(*blobs)
            n += 1
            record.document.id = f"d{n}"
            record.document.source = item.path
            for m in record.mentions:
                m.doc = record.document.id
            for e in record.events:
                e.document = record.document.id
            yield record
