"""The map step on a Dask distributed cluster (`--dask ADDRESS`, or `--dask local`).

Used as distributed is meant to be used: tasks are batches of articles (the sources' text goes
with them, a few hundred kilobytes each), a worker loads the model once and keeps it (the loader
is cached per worker process), and a task returns records as bytes, never parsed documents.
Back-pressure: at most a few tasks per worker thread are submitted ahead, so a corpus of any
size never sits in the scheduler's memory; results are yielded in the sources' order.
`local` starts a LocalCluster of `jobs` single-threaded worker processes for this run.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice

from ..errors import StancemapError
from ..model import Notice, Source
from .local import Blobs, _decode, _work, batched

TASKS_PER_THREAD = 2


def _client(address: str, jobs: int):  # type: ignore[no-untyped-def]
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise StancemapError("--dask needs the 'distributed' package: pip install 'stancemap[dask]'") from None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
            return Client(cluster), cluster
        return Client(address, timeout="10s"), None
    except (OSError, TimeoutError) as error:
        raise StancemapError(f"cannot reach the Dask scheduler at {address}: {error}") from None


def map_on_dask(sources: Iterable[Source], address: str, jobs: int, batch_size: int) -> Iterator[Blobs | Notice]:
    """Records in the sources' order; the sources are read as batches are sent (never all ahead)."""
    pending = iter(sources)
    first = list(islice(pending, batch_size))
    if not first:  # nothing to map: no cluster started, no scheduler reached
        return
    client, cluster = _client(address, jobs)
    try:
        threads = max(sum(client.nthreads().values()), 1)
        batches = batched(chain(first, pending), batch_size)
        more = True
        in_flight: deque = deque()  # type: ignore[type-arg]
        while more or in_flight:
            while more and len(in_flight) < threads * TASKS_PER_THREAD:
                batch = next(batches, None)
                if batch is None:
                    more = False
                    break
                # pure=False: two batches with equal text are still two tasks (and the key is not
                # a hash of megabytes of text).
                in_flight.append((batch, client.submit(_work, batch, pure=False)))
            if not in_flight:
                break
            batch, future = in_flight.popleft()
            try:
                results = future.result()
            except Exception as error:  # a task that failed on the cluster (a worker lost it three times)
                for source in batch:
                    yield Notice(source.path, f"failed on the Dask cluster ({type(error).__name__}: {error}); skipped")
                continue
            finally:
                future.release()
            yield from _decode(results)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
