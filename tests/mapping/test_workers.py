"""The map in worker processes: the same analysis as one process; a worker that dies is reported
with its article and the others go on; Ctrl-C stops cleanly and keeps what the cache holds."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from stancemap import corpus, pipeline
from stancemap.export.json_out import to_dict
from stancemap.mapping import local
from stancemap.mapping import run as mapping
from stancemap.mapping.cache import FILE_NAME
from stancemap.mapping.local import map_in_workers
from stancemap.model import Notice, Source
from stancemap.pipeline import RunOptions, run

from ..conftest import EXAMPLE_QUESTION, EXAMPLES


def test_workers_give_the_same_analysis_as_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mapping, "MIN_ARTICLES_FOR_WORKERS", 1)  # workers even for a small corpus
    monkeypatch.setattr(pipeline, "MIN_ARTICLES_TO_START_WORKERS", 1)  # and the framing's helper
    one = run([EXAMPLES], EXAMPLE_QUESTION, options=RunOptions(jobs=1))
    judged_here, worded = [], []
    original, start = corpus.judge_record, pipeline.start_wording
    monkeypatch.setattr(corpus, "judge_record", lambda *a, **k: judged_here.append(1) or original(*a, **k))
    monkeypatch.setattr(pipeline, "start_wording", lambda *a, **k: worded.append(start(*a, **k)) or worded[-1])
    monkeypatch.setattr(corpus, "start_wording", lambda *a, **k: pytest.fail("the outlets' words found twice"))
    two = run([EXAMPLES], EXAMPLE_QUESTION, options=RunOptions(jobs=2))
    assert two.run["parsed"] == one.run["parsed"] == len(one.documents)
    assert json.dumps(to_dict(two)) == json.dumps(to_dict(one))
    # The workers judged every article before pass 2 (pipeline._judge_ahead): none was judged here.
    assert "reduce_judged_ahead_seconds" in two.run and not judged_here
    # The outlets' own words were found by the judging workers, before pass 2 (pipeline._judge_ahead).
    assert len(worded) == 1 and worded[0] is not None and worded[0].result()[1]


def test_workers_end_before_pass_2(monkeypatch: pytest.MonkeyPatch) -> None:
    """The judging workers (each with the model loaded) are gone before pass 2 builds the analysis,
    so their memory never adds to the reduce's (docs/performance.md); a one-worker helper is started
    as they end, for the outlets' framing."""
    monkeypatch.setattr(mapping, "MIN_ARTICLES_FOR_WORKERS", 1)
    monkeypatch.setattr(pipeline, "MIN_ARTICLES_TO_START_WORKERS", 1)
    events: list[tuple[str, int]] = []
    close, add = local.Workers.close, corpus._add_record

    def closing(self: local.Workers, wait: bool = False) -> None:
        if self.started:
            events.append(("closed", self.jobs))
        close(self, wait)

    def adding(*a: object, **k: object) -> object:
        # The processes alive as pass 2 reads a record: at most the framing's one helper.
        events.append(("pass 2", len(multiprocessing.active_children())))
        return add(*a, **k)

    monkeypatch.setattr(local.Workers, "close", closing)
    monkeypatch.setattr(corpus, "_add_record", adding)
    run([EXAMPLES], EXAMPLE_QUESTION, options=RunOptions(jobs=2))
    first = next(i for i, e in enumerate(events) if e[0] == "pass 2")
    assert events[:first] == [("closed", 2)]
    assert events[first][1] <= 1, f"{events[first][1]} child processes alive in pass 2"
    assert events[-1] == ("closed", 1)  # the framing's helper, at the end of the run


def die_on_marker(sources: list[Source]) -> list[tuple[bytes, bytes] | Notice]:
    """A worker task that kills its own process on one article, as an out-of-memory kill would."""
    if any("KILL-THIS-WORKER" in (s.text or "") for s in sources):
        os._exit(9)
    return [Notice(s.path, "mapped", skipped=False) for s in sources]


def test_workers_a_dead_worker_is_reported_with_its_article_and_the_rest_go_on() -> None:
    sources = [Source(f"a{i}.txt", "text", text=f"Article {i}.") for i in range(12)]
    sources[5] = Source("a5.txt", "text", text="KILL-THIS-WORKER")
    results = list(map_in_workers(sources, jobs=2, batch_size=3, work=die_on_marker))
    assert [r.path for r in results] == [s.path for s in sources]  # every article, in order
    assert next(r.message for r in results if isinstance(r, Notice) and r.path == "a5.txt").startswith(
        "the worker analysing this article died")
    assert all(r.message == "mapped" for r in results if isinstance(r, Notice) and r.path != "a5.txt")


def _refuse_to_load() -> Source:
    raise RuntimeError("this article cannot be read back in the worker")


class _Unloadable(Source):
    """An article whose task a worker cannot read: the error ends the worker's loop, and so its process."""

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return _refuse_to_load, ()


def test_workers_a_failing_worker_ends_with_its_error_status_its_article_reported() -> None:
    """A worker whose process fails on an article (not killed) ends with status 1, not the 0 a plain
    `os._exit(0)` at its end would give; the article is reported and the others go on."""
    sources = [Source(f"a{i}.txt", "text", text=f"Article {i}.") for i in range(6)]
    sources[3] = _Unloadable("a3.txt", "text", text="Article 3.")
    results = list(map_in_workers(sources, jobs=2, batch_size=2, work=die_on_marker))
    assert [r.path for r in results] == [s.path for s in sources]
    assert next(r.message for r in results if isinstance(r, Notice) and r.path == "a3.txt").startswith(
        "the worker analysing this article died")
    assert all(r.message == "mapped" for r in results if isinstance(r, Notice) and r.path != "a3.txt")
    workers = local.Workers(1)
    try:
        process = workers.pool._processes[workers.pool.submit(os.getpid).result(timeout=120)]
        with pytest.raises(BrokenProcessPool):
            workers.pool.submit(die_on_marker, [sources[3]]).result(timeout=120)
        process.join(120)
    finally:
        workers.close(wait=True)
    assert process.exitcode == 1


def test_workers_ctrl_c_stops_cleanly_and_keeps_the_cache(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = sorted(EXAMPLES.glob("*.txt"))
    # Enough articles that the run cannot end before the interrupt on a fast machine or a loaded one
    # (with 60 a loaded machine once finished them while the test waited for the first writes).
    for i in range(240):
        shutil.copy(texts[i % len(texts)], corpus / f"{i:03d}.txt")
        with (corpus / f"{i:03d}.txt").open("a") as handle:
            handle.write(f"\nThis is copy {i}.\n")
    cache = tmp_path / "cache"
    cli = Path(sys.executable).parent / "stancemap"
    proc = subprocess.Popen([str(cli), "analyze", str(corpus), "--jobs", "1", "--cache-dir", str(cache),
                             "--json", str(tmp_path / "a.json")], stderr=subprocess.PIPE, text=True,
                            # A suite run in the background inherits SIGINT ignored; the user's Ctrl-C is not.
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    kept = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.5)
        try:
            with sqlite3.connect(cache / FILE_NAME) as db:
                kept = db.execute("SELECT COUNT(*) FROM records").fetchone()[0]
        except sqlite3.Error:
            continue
        if kept >= 32:  # the first writes have landed
            break
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    with sqlite3.connect(cache / FILE_NAME) as db:
        assert db.execute("SELECT COUNT(*) FROM records").fetchone()[0] >= kept


def test_workers_output_does_not_depend_on_hash_seeds(tmp_path: Path) -> None:
    # Workers and Dask run in other interpreters, with other string hash seeds: nothing may depend
    # on the order of a set of strings.
    cli = Path(sys.executable).parent / "stancemap"
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"{seed}.json"
        done = subprocess.run([str(cli), "analyze", str(EXAMPLES), "--question", EXAMPLE_QUESTION, "--no-cache",
                               "--jobs", "1", "--json", str(out), "--quiet"], capture_output=True, text=True,
                              timeout=600, env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        outputs.append(json.loads(out.read_text()))
    assert outputs[0] == outputs[1]


def test_workers_key_records_with_their_parents_map_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker takes the map fingerprint its parent keyed the run's sources with, instead of hashing
    the map's code again: here a fingerprint no code hashes to, which only the parent can give it."""
    from stancemap import versions

    monkeypatch.setitem(versions._INHERITED, "map", "parents-fingerprint")
    workers = local.Workers(1)
    try:
        assert workers.pool.submit(versions.map_fingerprint).result(timeout=120) == "parents-fingerprint"
    finally:
        workers.close(wait=True)


def test_workers_pass_1_read_during_the_map_gives_one_process_analysis(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """With workers mapping, the reduce's process reads pass 1's heads as records arrive, catching up
    on the articles the cache served before the workers started: the reduce is handed pass 1 done
    over every article, and the analysis is the one process's."""
    monkeypatch.setattr(mapping, "MIN_ARTICLES_FOR_WORKERS", 1)
    corpus_dir, early = tmp_path / "corpus", tmp_path / "early"
    shutil.copytree(EXAMPLES, corpus_dir)
    early.mkdir()
    for path in sorted(corpus_dir.iterdir())[:3]:  # the run's first articles, served by the cache
        shutil.copy(path, early / path.name)
    cache = tmp_path / "cache"
    run([early], EXAMPLE_QUESTION, options=RunOptions(jobs=1, cache=True, cache_dir=cache))
    one = run([corpus_dir], EXAMPLE_QUESTION, options=RunOptions(jobs=1))
    handed: list[int] = []
    reduce = pipeline.reduce_records

    def reducing(*a: object, **k: object) -> object:
        first = a[6] if len(a) > 6 else k.get("first")
        handed.append(first.count if isinstance(first, corpus.FirstPass) else -1)
        return reduce(*a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "reduce_records", reducing)
    two = run([corpus_dir], EXAMPLE_QUESTION, options=RunOptions(jobs=2, cache=True, cache_dir=cache))
    assert two.run["cached"] == 3 and two.run["parsed"] == len(one.documents) - 3
    assert handed == [len(one.documents)]
    assert json.dumps(to_dict(two)) == json.dumps(to_dict(one))


class _Mark:
    """Writes its file when freed: in a worker, only by the interpreter's teardown."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __del__(self) -> None:
        Path(self.path).write_text("freed by the teardown")


_MARKS: list[_Mark] = []


def leave_a_mark(path: str) -> int:
    """A worker task: hold an object that writes `path` when freed; this worker's process id."""
    _MARKS.append(_Mark(path))
    return os.getpid()


def test_workers_end_without_the_interpreters_teardown(tmp_path: Path) -> None:
    """A worker told to stop ends at once (collector.end_without_teardown), its results delivered and its
    exit status 0, without freeing its heap object by object: the object it holds is never freed."""
    workers = local.Workers(1)
    mark = tmp_path / "mark"
    process = None
    try:
        pid = workers.pool.submit(leave_a_mark, str(mark)).result(timeout=120)
        process = workers.pool._processes[pid]
    finally:
        workers.close(wait=True)
    assert process is not None and process.exitcode == 0
    assert not mark.exists()
