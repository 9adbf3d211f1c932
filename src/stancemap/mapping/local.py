"""The map step in worker processes on this machine (`--jobs N`).

Each worker loads spaCy and the model once (at its first task: `parse.load_nlp` is cached per
process) and maps batches of articles; records travel back as bytes, never as spaCy objects.
At most two batches per worker are in flight (back-pressure: sources are not all read ahead),
and results are yielded in order. A worker that dies (killed, out of memory) breaks the pool:
the batches in flight are retried one article at a time in a fresh pool, and an article whose
own task kills a worker again is reported with a notice, the others go on.

The same workers then judge the run's articles toward the question (`judge_in_workers`), when the
reduce asks for it: judging is per article, and on two cores half of it is then off the reduce's
single process. A pool is started once per run (`Workers`) and shared by both steps.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from multiprocessing.context import SpawnContext, SpawnProcess

from ..allocator import keep_freed_memory, release_freed_memory
from ..article import MappedArticle, map_batch
from ..collector import end_without_teardown, set_for_run
from ..model import Notice, Question, Source
from ..versions import inherit_map_fingerprint, map_fingerprint

IN_FLIGHT_PER_WORKER = 2


Blobs = tuple[bytes, bytes]  # a record's (head, body): record.ArticleRecord.to_blobs


def _work(sources: list[Source]) -> list[Blobs | Notice]:
    """A worker's task: records as compressed bytes (compact to send, stored as they come, and
    plainly free of spaCy objects)."""
    return [r.to_blobs() if isinstance(r, MappedArticle) else r for r in map_batch(sources)]


class Workers:
    """The run's worker processes, started at first use and shared by the map and the reduce's
    judging; `restart` replaces a pool a dead worker broke; `close` ends them."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._pool: ProcessPoolExecutor | None = None

    @property
    def started(self) -> bool:
        return self._pool is not None

    @property
    def pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = _pool(self.jobs)
        return self._pool

    def restart(self) -> ProcessPoolExecutor:
        self.close()
        return self.pool

    def close(self, wait: bool = False) -> None:
        """End the workers; `wait` until their processes have exited (and freed their memory)."""
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None


class _WorkerProcess(SpawnProcess):
    """A worker's process: once its work is over (its results sent, its queues closed and multiprocessing's
    own exit steps run: `_bootstrap`), it ends without the interpreter's teardown, about 2 s a worker
    waited for before pass 2 (docs/performance.md, session 16), with the status its work ended with (1
    for an error that ended it; tests/mapping/test_workers.py)."""

    def _bootstrap(self, parent_sentinel=None):  # type: ignore[no-untyped-def]  # multiprocessing's own
        end_without_teardown(super()._bootstrap(parent_sentinel))


class _WorkerContext(SpawnContext):
    """Workers are spawned: a fresh interpreter each, so nothing of the parent (threads of the progress bar,
    open files) is inherited; each worker imports spaCy and loads the model once."""

    Process = _WorkerProcess


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, mp_context=_WorkerContext(),
                               initializer=_start_worker, initargs=(os.getpid(), map_fingerprint()))


def _start_worker(parent: int, fingerprint: str) -> None:
    set_for_run()  # a worker's life is a run's: rarer collections (collector.py)
    keep_freed_memory()  # the parse's arrays reuse the memory freed by the batch before (allocator.py)
    inherit_map_fingerprint(fingerprint)  # the run's record keys are the parent's (0.6 CPU s a worker saved)
    _exit_with_parent(parent)


def _exit_with_parent(parent: int) -> None:
    """A worker outlives a parent killed with SIGKILL (no handler runs, and the task queue never
    closes: each worker holds both ends), waiting for tasks forever with its model loaded. A
    watcher thread ends it once its parent is gone (pinned by tests/store/test_crash.py)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def map_in_workers(sources: Iterable[Source], jobs: int, batch_size: int,
                   work: Callable[[list[Source]], list[Blobs | Notice]] = _work,
                   workers: Workers | None = None) -> Iterator[Blobs | Notice]:
    """Records in the sources' order (the sources are read as batches are sent: never all ahead).
    `work` is the task a worker runs on a batch (a module-level function, so that spawned workers
    can import it). `workers` are the run's (left running for the reduce), or None for a pool of
    this call's own."""
    batches = batched(sources, batch_size, tail=batch_size * jobs)
    more = True  # batches may be left to send
    in_flight: deque[tuple[list[Source], Future[list[Blobs | Notice]]]] = deque()
    retry: deque[Source] = deque()  # articles of batches lost with a dead worker, redone one by one
    own = workers is None
    run = workers if workers is not None else Workers(jobs)
    try:
        while more or in_flight or retry:
            if retry:
                # One article at a time, nothing else in flight: if the pool breaks now, this
                # article broke it.
                source = retry.popleft()
                try:
                    yield from _decode(run.pool.submit(work, [source]).result())
                except BrokenProcessPool:
                    run.restart()
                    yield Notice(source.path, "the worker analysing this article died (killed or out of memory); skipped")
                continue
            while more and len(in_flight) < jobs * IN_FLIGHT_PER_WORKER:
                batch = next(batches, None)
                if batch is None:
                    more = False
                else:
                    in_flight.append((batch, run.pool.submit(work, batch)))
            if not in_flight:
                continue
            batch, future = in_flight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # Every batch in flight is lost with the pool; which article killed it is unknown.
                run.restart()
                retry.extend(s for b in [batch, *(b for b, _ in in_flight)] for s in b)
                in_flight.clear()
                continue
            yield from _decode(results)
    except GeneratorExit:
        if more or in_flight or retry:  # closed before its end: no task of it goes on
            run.close()
        raise
    except BaseException:
        run.close()  # Ctrl-C or an error: no task of this run goes on
        raise
    finally:
        if own:
            run.close()


def batched(sources: Iterable[Source], size: int, tail: int = 0) -> Iterator[list[Source]]:
    """The sources in lists of `size` (the last shorter), read as each list is asked for; the last
    `tail` or fewer in lists of a quarter of `size`, so that the workers end the map together: with
    whole lists, one worker idled for up to a list's time (16 articles, about 1.5 s on the 2-core
    machine) while the other mapped the last (docs/performance.md, session 22). `tail` sources are
    read ahead to know where the end is; the parse does not depend on its batch (session 15)."""
    pending = iter(sources)
    ahead = list(islice(pending, size + tail))
    while len(ahead) > tail:
        yield ahead[:size]
        ahead = ahead[size:]
        ahead.extend(islice(pending, size))
    small = max(1, size // 4)
    for start in range(0, len(ahead), small):
        yield ahead[start:start + small]


Judgeable = tuple[str, bytes, bytes]  # a record's key and blobs


def _judge_work(question: Question | None, items: list[Judgeable]) -> list[tuple[str, bytes]]:
    """A worker's judging task: each record's judgements toward the question, as bytes
    (judge.article.Judged.to_bytes), by record key."""
    from ..judge.article import judge_record
    from ..record import ArticleRecord

    release_freed_memory()  # no more batches to parse here: the memory kept for them goes back (allocator.py)
    return [(key, judge_record(ArticleRecord.from_blobs(head, body), question).to_bytes()) for key, head, body in items]


def judge_in_workers(items: Iterable[Judgeable], question: Question | None, workers: Workers,
                     batch_size: int = 16) -> Iterator[tuple[str, bytes]]:
    """Each record's judgements (key, Judged bytes), judged in the workers, in no promised order.
    Stops early, without raising, if a worker dies: the caller judges what is missing itself."""
    pending = iter(items)
    in_flight: deque[Future[list[tuple[str, bytes]]]] = deque()
    try:
        while True:
            while len(in_flight) < workers.jobs * IN_FLIGHT_PER_WORKER:
                batch = list(islice(pending, batch_size))
                if not batch:
                    break
                in_flight.append(workers.pool.submit(_judge_work, question, batch))
            if not in_flight:
                return
            try:
                yield from in_flight.popleft().result()
            except BrokenProcessPool:
                workers.restart()
                return
    except GeneratorExit:
        if in_flight:
            workers.close()
        raise
    except BaseException:
        workers.close()
        raise


def _decode(results: list[Blobs | Notice]) -> Iterator[Blobs | Notice]:
    yield from results
