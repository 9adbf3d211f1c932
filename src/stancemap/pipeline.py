"""The orchestrator: map every article to a record, then reduce the records to an analysis.

    ingest (files -> Source, streamed) -> map (article.py: clean, parse, extract; run by mapping/,
    cached) -> reduce (corpus.py: canonical actors, conditions, stance; relate.py) -> Analysis

`run` is what `stancemap.analyze` and the CLI call; `Progress` lets the CLI show a bar without
the stages knowing about terminals.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .allocator import release_freed_memory
from .collector import run_collections
from .corpus import FirstPass, reduce_records
from .errors import NoInputError
from .ingest import DEFAULT_MAX_BYTES, count_articles, iter_sources
from .mapping.cache import DEFAULT_CAP_BYTES, RecordCache
from .mapping.local import Workers, judge_in_workers
from .mapping.results import MAX_KEPT_ARTICLES, result_key
from .mapping.run import MapOptions, Mapped, MapStats, RunRecords, map_corpus
from .model import Analysis, Notice, Question, Source
from .outlet_framing import Worded, runs_ahead, start_wording
from .record import ArticleRecord
from .wording import WordingCounts

# Starting two workers (each imports spaCy and the judging code) costs about as much as judging a
# few hundred articles: a warm rerun toward a new question judges in workers only past this many.
MIN_ARTICLES_TO_START_WORKERS = 500


class Progress(Protocol):
    def stage(self, name: str, total: int) -> None: ...
    def advance(self, n: int = 1) -> None: ...


class _Silent:
    def stage(self, name: str, total: int) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass


@dataclass
class RunOptions:
    """How the map runs and where its records are kept. The defaults are the library's (one
    process, a throw-away store); the CLI defaults to every core and the user's cache."""

    jobs: int = 1
    dask: str | None = None
    cache: bool = False  # keep records in the cache folder between runs
    cache_dir: Path | None = None
    cache_cap_bytes: int = DEFAULT_CAP_BYTES


def run(paths: Iterable[str | Path], question: str | None = None, progress: Progress | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES, options: RunOptions | None = None,
        url_list: Path | None = None) -> Analysis:
    """Analyse every article under `paths` and, when `url_list` is given, every page it lists
    (fetched first); unreadable files and URLs become notices in the analysis."""
    paths = list(paths)
    notices: list[Notice] = []
    urls: list[str] = []
    if url_list is not None:
        from .readers.urls import read_url_list

        urls, problems = read_url_list(url_list)
        notices.extend(problems)

    def sources() -> Iterable[Source | Notice]:
        # A file that cannot be read is a notice in the stream, passed on by the map in its place.
        yield from iter_sources(paths, max_bytes)
        if urls:
            from .readers.urls import fetch_urls

            yield from fetch_urls(urls, max_bytes)

    return analyze_sources(sources(), question, progress, notices, options,
                           total=count_articles(paths) + len(urls))


@run_collections()  # the collector walks the heap far less often while the run lasts (collector.py)
def analyze_sources(sources: Iterable[Source | Notice], question: str | None = None, progress: Progress | None = None,
                    notices: list[Notice] | None = None, options: RunOptions | None = None,
                    total: int | None = None) -> Analysis:
    """Map the sources (streamed, in order) and reduce their records. A `Notice` among the sources
    (a file that could not be read) joins `notices` in its place."""
    progress = progress or _Silent()
    options = options or RunOptions()
    notices = notices if notices is not None else []
    if total is None and isinstance(sources, list):
        total = len(sources)
    cache = RecordCache(options.cache_dir, options.cache_cap_bytes) if options.cache else RecordCache(temporary=True)
    # Worker processes for the map and then the reduce's judging (local runs of more than one job),
    # ended once the judging is done; then one light process for the outlets' framing (`helper`).
    workers = Workers(options.jobs) if options.jobs > 1 and not options.dask else None
    helper = Workers(1)
    try:
        progress.stage("analysing", total or 0)
        mapped: list[Mapped] = []
        stats = MapStats()
        started, cpu_started = time.perf_counter(), time.process_time()
        # While worker processes map, this process mostly waits for them: it reads each record's head
        # as it arrives (pass 1, corpus.FirstPass), so that judging starts as soon as the map ends.
        first = FirstPass(question is None) if workers is not None else None
        fed = 0  # mapped articles whose heads `first` has read
        for item in map_corpus(sources, cache, MapOptions(options.jobs, options.dask, workers), progress.advance, stats):
            if item.notice is not None:
                notices.append(item.notice)
            else:
                mapped.append(item)
            if first is not None and workers is not None and workers.started:
                fed = _feed(first, cache, mapped, fed)
        if not mapped:
            raise NoInputError("no article could be read from the given paths"
                               + (f" ({len(notices)} file(s) skipped)" if notices else ""), notices)
        release_freed_memory()  # the map's parsing is over: memory kept for its batches goes back (allocator.py)
        mapped_at, cpu_mapped_at = time.perf_counter(), time.process_time()
        progress.stage("relating", 1)
        # The same articles, question and code as a kept run: its result (mapping/results.py).
        key = result_key(question, mapped, notices) if options.cache else None
        analysis = cache.results.get(key) if key is not None else None
        reused = analysis is not None
        if analysis is None:
            if first is not None and fed:  # else nothing was mapped in workers: pass 1 is the reduce's
                _feed(first, cache, mapped, fed)
            ahead = (lambda q, w: _judge_ahead(cache, mapped, q, w, workers, helper)) if workers is not None else None
            # The helper, started (if at all) as the judging workers end, finds the outlets' framing
            # while this process relates the rest.
            analysis = reduce_records(RunRecords(cache, mapped), question, notices, cache.judgements(), ahead,
                                      lambda: helper.pool if helper.started else None, first if fed else None)
            helper.close(wait=True)  # its tasks are done, and it ends at once (collector.end_without_teardown)
            if key is not None and len(mapped) <= MAX_KEPT_ARTICLES:
                cache.results.put(key, analysis)
        progress.advance(1)
        analysis.run |= {"articles": len(mapped), "cached": stats.cached, "parsed": stats.parsed,
                        "repeated": stats.repeated,
                        "map_seconds": mapped_at - started, "reduce_seconds": time.perf_counter() - mapped_at,
                        "reduce_reused": int(reused),
                        # this process's CPU seconds (its workers' not counted): scripts/bench.py sets the one-process
                        # map's beside the bare parse's (a shared machine's waits show in wall time only)
                        "map_cpu_seconds": cpu_mapped_at - cpu_started,
                        "reduce_cpu_seconds": time.process_time() - cpu_mapped_at}
        if options.cache:
            cache.touch(m.key for m in mapped if m.key)
            cache.trim()
        return analysis
    finally:
        if workers is not None:
            workers.close()
        helper.close()
        cache.close()


def _feed(first: FirstPass, cache: RecordCache, mapped: list[Mapped], fed: int) -> int:
    """Pass 1 over the heads of the mapped articles from the `fed`-th on, in run order, as
    `RunRecords.heads` gives them to the reduce; how many have been read now."""
    for item in mapped[fed:]:
        head = cache.get_head(item.key or "")
        if head is not None:  # pragma: no branch - put before it was yielded (a queued record included)
            first.add(ArticleRecord.read_head(head))
    return len(mapped)


def _judge_ahead(cache: RecordCache, mapped: list[Mapped], question: Question | None, wording: WordingCounts,
                 workers: Workers, helper: Workers) -> Future[Worded] | None:
    """Judge the run's articles toward the question in the worker processes, every one before pass 2,
    into the cache's judgements (pass 2 reads them back, and judges in its own process whatever a
    dead worker left out); then end the workers. The outlets' own words for the question's things
    (outlet_framing.wording_terms, pass 1's counts and the question) are found by the first worker free,
    sent before the judging, when the framing's helper will frame: the two workers share them with the
    judging instead of the helper finding them after it, while pass 2 and then the reduce waited
    (docs/performance.md, session 17); the returned Future holds them (None if not sent). Each worker
    holds the model and the judging code (400-500 MB): ended before this process builds the analysis,
    which grows with the corpus, the run's peak memory is the larger of the two, not their sum
    (docs/performance.md). Workers the map did not
    start are started only for a corpus large enough to repay them. When workers ran, a light
    process (`helper`) is started as they end, to find the outlets' framing (outlet_framing.py)."""
    judgements = cache.judgements()
    keys = judgements.missing((m.key for m in mapped if m.key), question)
    worded = None
    try:
        if keys and (workers.started or len(keys) >= MIN_ARTICLES_TO_START_WORKERS):
            if len(mapped) >= MIN_ARTICLES_TO_START_WORKERS:  # else no helper frames: the reduce finds the words itself
                worded = start_wording(workers.pool, wording, question)  # the first task: ended before close's wait
            items = ((key, *blobs) for key in keys if (blobs := cache.get(key)) is not None)
            for key, data in judge_in_workers(items, question, workers):
                judgements.put_bytes(key, question, data)
            cache.flush()
    finally:
        started = workers.started
        # Waited for: every task is done, so this is quick, and the workers' memory is freed before
        # pass 2 (tests/mapping/test_workers.py::test_workers_end_before_pass_2).
        workers.close(wait=True)
    # The helper imports the judging code with spaCy (seconds): worth it only for a corpus large enough
    # for the framing to take longer than that.
    if started and len(mapped) >= MIN_ARTICLES_TO_START_WORKERS:
        helper.pool.submit(_ready)  # spawned and its imports done while pass 2 reads the records
        # and the framing's several-word runs found there too (from the cache's records, by itself), while this
        # process's pass 2 reads them: its longest part, which the reduce otherwise waits for (docs/performance.md,
        # session 28)
        cache.flush()
        helper.pool.submit(runs_ahead, str(cache.path), [m.key for m in mapped if m.key])
    return worded


def _ready() -> None:
    """A helper's first task: import what the framing runs (outlet_framing.framing_terms)."""
    from . import outlet_framing  # noqa: F401
