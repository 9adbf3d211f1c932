"""Python's cyclic garbage collector, set for a run of the pipeline.

A run allocates millions of short-lived objects (spaCy's tokens, the rules' lists and tuples, the
records read back) beside a large heap that lives as long as the process (the model, its vocab, the
lexicons) and, in the reduce, an analysis that grows with the corpus. At Python's default young
threshold (700 allocations) the collector ran its middle generation about 180 times and a full
collection, which walks the whole heap, about a dozen times per 300 articles; at 1,500 articles the
reduce alone spent 4.3 of its 35 CPU s collecting (docs/performance.md, session 12). Nothing the
run builds depends on when cyclic garbage is freed (the JSON is the same, checked byte for byte), so
collections are made rarer: the objects are the same, only the moments the collector looks at them
change. For the same reason a process that has done its work ends without the interpreter's
teardown (`end_without_teardown`), which frees that heap object by object.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress

# Allocations (net of frees) between two young collections during a run. The middle and full
# collections are counted in young ones, so they run about 14 times more rarely; a larger young
# generation costs more per collection (20,000: 2.5 CPU s collecting, 50,000: 2.6), 10,000 cost least
# (the reduce at 1,500 articles: 4.3 -> 2.0 CPU s; docs/performance.md, session 12). Pinned by
# tests/test_collector.py.
YOUNG_THRESHOLD = 10_000


def set_for_run() -> None:
    """Rarer collections for the rest of this process (a map or judging worker's life)."""
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(YOUNG_THRESHOLD, young), middle, old)


@contextmanager
def run_collections() -> Iterator[None]:
    """Rarer collections while a run lasts, the caller's setting restored after it (a library
    user's process keeps its own)."""
    before = gc.get_threshold()
    set_for_run()
    try:
        yield
    finally:
        gc.set_threshold(*before)



def end_without_teardown(code: int = 0) -> None:
    """End this process now, its standard streams flushed, skipping the interpreter's teardown: freeing
    a heap of millions of objects one by one (the model, the analysis) took 1.5-2 CPU s at the end of a
    run and about 2 s in each map worker while the reduce waited for them to end (docs/performance.md,
    session 16); the system frees the memory at once. Only for a process whose files are all written and
    closed: nothing else is flushed (tests/mapping/test_workers.py, tests/test_cli.py)."""
    for stream in (sys.stdout, sys.stderr):
        with suppress(AttributeError, OSError, ValueError):  # closed or replaced: nothing left to flush
            stream.flush()
    os._exit(code)
