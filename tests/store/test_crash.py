"""`kill -9` during an `add` of 1,500 articles, again and again, then `add` to the end: the store
holds what an uninterrupted run gives, nothing lost and nothing twice.

A real `stancemap add` process (two map workers) is killed with SIGKILL at four moments, watched
through the store itself: while it registers the files, twice while it maps them (parsing, cold
cache), and once every article is mapped (in the reduce or while writing its results). A run to the
end follows; an uninterrupted run into another store, with the same record cache, is the
reference. Runs on SQLite and on PostgreSQL (the second reads the records the first cached).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from stancemap.store.engine import open_engine
from stancemap.store.schema import articles

from ..conftest import EXAMPLE_QUESTION
from .corpus import make_corpus
from .test_store import exported

pytestmark = pytest.mark.slow

N_ARTICLES = 1500
CLI = Path(sys.executable).parent / "stancemap"
RUN_LIMIT_S = 1500  # one add of the whole corpus, cold, on a loaded 2-core machine


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "corpus"
    make_corpus(N_ARTICLES, folder)
    return folder


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("crash-cache")


def _add(corpus: Path, store: str, cache: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "STANCEMAP_CACHE_DIR": str(cache)}
    return subprocess.Popen([str(CLI), "add", str(corpus), "--store", store, "--question", EXAMPLE_QUESTION,
                             "--jobs", "2", "--quiet"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _counts(store: str) -> dict[str, int] | None:
    """Articles in the store by state, or None while its tables do not exist yet."""
    try:
        engine, _ = open_engine(store, readonly=True)
    except Exception:
        return None
    try:
        with engine.connect() as conn:
            found = dict(conn.execute(select(articles.c.state, func.count()).group_by(articles.c.state)).all())
    except SQLAlchemyError:
        return None
    finally:
        engine.dispose()
    return {"total": sum(found.values()), "mapped": found.get("mapped", 0), "pending": found.get("pending", 0)}


def _children(pid: int) -> set[int]:
    """The processes a process started (its map workers), from /proc."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def _kill_when(proc: subprocess.Popen[bytes], store: str, ready: Callable[[dict[str, int]], bool]) -> dict[str, int] | None:
    """SIGKILL the run as soon as the store shows `ready`; returns the counts it was killed at, or
    None when the run ended first. The run's map workers must not outlive it for long."""
    deadline = time.monotonic() + RUN_LIMIT_S
    while proc.poll() is None and time.monotonic() < deadline:
        counts = _counts(store)
        if counts is not None and ready(counts):
            workers = _children(proc.pid)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            _no_orphans(workers)
            return counts
        time.sleep(0.02)
    proc.wait(timeout=60)
    return None


def _no_orphans(workers: set[int], grace_s: float = 30.0) -> None:
    deadline = time.monotonic() + grace_s
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = {w for w in workers if _alive(w)}
    for w in left:  # never leave them running on the machine, whatever the verdict
        os.kill(w, signal.SIGKILL)
    assert not left, f"map workers {sorted(left)} outlived their killed parent"


def _consistent(store: str) -> None:
    counts = _counts(store)
    assert counts is not None and counts["total"] <= N_ARTICLES
    engine, _ = open_engine(store, readonly=True)
    with engine.connect() as conn:
        assert conn.execute(select(func.count(func.distinct(articles.c.path)))).scalar() == counts["total"]
    engine.dispose()


def test_store_kill_9_during_add_then_add_again_gives_an_uninterrupted_run(store_url: str, corpus: Path,
                                                                          cache_dir: Path, tmp_path: Path) -> None:
    moments: list[tuple[str, Callable[[dict[str, int]], bool]]] = [
        ("registering", lambda c: c["total"] > 0),
        ("mapping", lambda c: c["mapped"] >= 150),
        ("mapping", lambda c: c["mapped"] >= 600),
        ("reducing", lambda c: c["total"] == N_ARTICLES and c["pending"] == 0),
    ]
    killed: list[tuple[str, dict[str, int]]] = []
    for name, ready in moments:
        at = _kill_when(_add(corpus, store_url, cache_dir), store_url, ready)
        if at is not None:
            killed.append((name, at))
            _consistent(store_url)
    assert [name for name, _ in killed].count("mapping") >= 1, killed
    final = _add(corpus, store_url, cache_dir)
    _, err = final.communicate(timeout=RUN_LIMIT_S)
    assert final.returncode == 0, err.decode()

    reference = str(tmp_path / "reference.db")
    uninterrupted = _add(corpus, reference, cache_dir)
    _, err = uninterrupted.communicate(timeout=RUN_LIMIT_S)
    assert uninterrupted.returncode == 0, err.decode()

    assert _counts(store_url) == _counts(reference) == {"total": N_ARTICLES, "mapped": N_ARTICLES, "pending": 0}
    got, want = exported(store_url), exported(reference)
    sizes = [{k: len(v) for k, v in data.items() if isinstance(v, list)} for data in (got, want)]
    assert sizes[0] == sizes[1]
    assert _canonical(got) == _canonical(want)


def _canonical(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True)
