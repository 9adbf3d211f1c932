"""The map step in worker processes on this machine (`--jobs N`).

Each worker loads spaCy and the model once (at its first task: `parse.load_nlp` is cached per
process) and maps batches of articles; records travel back as bytes, never as spaCy objects.
At most two batches per worker are in flight (back-pressure: sources are not all read ahead),
and results are yielded in order. A worker that dies (killed, out of memory) breaks the pool:
the batches in flight are retried one article at a time in a fresh pool, and an article whose
own task kills a worker again is reported with a notice, the others go on.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..article import MappedArticle, map_batch
from ..model import Notice, Source

IN_FLIGHT_PER_WORKER = 2


Blobs = tuple[bytes, bytes]  # a record's (head, body): record.ArticleRecord.to_blobs


def _work(sources: list[Source]) -> list[Blobs | Notice]:
    """A worker's task: records as compressed bytes (compact to send, stored as they come, and
    plainly free of spaCy objects)."""
    return [r.to_blobs() if isinstance(r, MappedArticle) else r for r in map_batch(sources)]


def _pool(jobs: int) -> ProcessPoolExecutor:
    # "spawn": a fresh interpreter per worker, so nothing of the parent (threads of the progress
    # bar, open files) is inherited; each worker imports spaCy and loads the model once.
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_exit_with_parent, initargs=(os.getpid(),))


def _exit_with_parent(parent: int) -> None:
    """A worker outlives a parent killed with SIGKILL (no handler runs, and the task queue never
    closes: each worker holds both ends), waiting for tasks forever with its model loaded. A
    watcher thread ends it once its parent is gone (pinned by tests/store/test_crash.py)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def map_in_workers(sources: list[Source], jobs: int, batch_size: int,
                   work: Callable[[list[Source]], list[Blobs | Notice]] = _work) -> Iterator[Blobs | Notice]:
    """Records in the sources' order. `work` is the task a worker runs on a batch (a module-level
    function, so that spawned workers can import it)."""
    batches = deque(sources[i:i + batch_size] for i in range(0, len(sources), batch_size))
    in_flight: deque[tuple[list[Source], Future[list[Blobs | Notice]]]] = deque()
    retry: deque[Source] = deque()  # articles of batches lost with a dead worker, redone one by one
    pool = _pool(jobs)
    try:
        while batches or in_flight or retry:
            if retry:
                # One article at a time, nothing else in flight: if the pool breaks now, this
                # article broke it.
                source = retry.popleft()
                try:
                    yield from _decode(pool.submit(work, [source]).result())
                except BrokenProcessPool:
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = _pool(jobs)
                    yield Notice(source.path, "the worker analysing this article died (killed or out of memory); skipped")
                continue
            while batches and len(in_flight) < jobs * IN_FLIGHT_PER_WORKER:
                batch = batches.popleft()
                in_flight.append((batch, pool.submit(work, batch)))
            batch, future = in_flight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # Every batch in flight is lost with the pool; which article killed it is unknown.
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(jobs)
                retry.extend(s for b in [batch, *(b for b, _ in in_flight)] for s in b)
                in_flight.clear()
                continue
            yield from _decode(results)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _decode(results: list[Blobs | Notice]) -> Iterator[Blobs | Notice]:
    yield from results
