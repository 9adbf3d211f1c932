"""relate() with the run's worker processes: the outlets' framing found in a worker is the framing
found in this process, and a pool that cannot take the task, or a worker that dies, changes nothing."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from stancemap.export.json_out import to_dict
from stancemap.model import Actor, Analysis, Document, Question, Statement
from stancemap.relate import relate

BODIES = ["Minister Lior Aman spoke in Varn. The incursion goes on, Aman said.",
          "Aman flew to Vaarn. The stabilisation mission goes on, he said.",
          "Talks in Varn went on. Varn agreed. The Varn regime said nothing."]


def _analysis() -> Analysis:
    docs = [Document(f"d{i + 1}", f"d{i + 1}.txt", b, outlet=f"Outlet {i % 2}") for i, b in enumerate(BODIES)]
    actors = [Actor("a1", "Lior Aman", "person", ["Aman"]), Actor("a2", "Varn", "other"), Actor("a3", "Vaarn", "other")]
    content = "The incursion goes on"
    statements = [Statement("s1", "d1", "a1", "Aman", "said", "direct", content, 34, 34 + len(content), "neutral",  # type: ignore[arg-type]
                            [])]
    return Analysis(Question("Will Varn join the Pact?"), docs, actors=actors, statements=statements)


class _DeadWorker(Executor):
    """A pool whose worker dies on the task."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future


def test_framing_found_in_a_worker_is_the_same() -> None:
    here = to_dict(relate(_analysis()))
    assert any(o["framing"] for o in here["outlets"])  # the corpus has framing terms to find
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        assert to_dict(relate(_analysis(), pool=pool)) == here


def test_framing_found_here_when_the_pool_fails() -> None:
    here = to_dict(relate(_analysis()))
    closed = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    closed.shutdown()
    assert to_dict(relate(_analysis(), pool=closed)) == here  # submit refused
    assert to_dict(relate(_analysis(), pool=_DeadWorker())) == here  # the worker died on it


def test_framing_found_here_when_the_words_found_ahead_are_lost_or_stale() -> None:
    """Outlets' own words found ahead (relate.start_wording) by a worker that died, or for another
    question, are not used: the framing finds them itself."""
    here = to_dict(relate(_analysis()))
    dead: Future[Any] = Future()
    dead.set_exception(BrokenProcessPool("a worker died"))
    stale: Future[Any] = Future()
    stale.set_result(((frozenset({"other"}), frozenset(), frozenset()), {}))
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        assert to_dict(relate(_analysis(), pool=pool, worded=dead)) == here
        assert to_dict(relate(_analysis(), pool=pool, worded=stale)) == here


def test_runs_found_ahead_from_the_cache_are_the_framings_own(tmp_path: Any, monkeypatch: Any) -> None:
    """The several-word runs' index found ahead in the helper (outlet_framing.runs_ahead, from the record cache, while
    pass 2 runs) is used by the framing in that process only for the same texts, grouped as relate groups them (an
    outlet's name in any case, a document with no outlet alone), and the framing is the same as without it."""
    from stancemap import outlet_framing, wording_spans
    from stancemap.mapping.cache import RecordCache
    from stancemap.record import ArticleRecord

    analysis = _analysis()
    analysis.documents[2].outlet = "OUTLET 0"  # the same outlet as d1, written otherwise
    analysis.documents.append(Document("d4", "d4.txt", "No outlet here. Varn will go on, he said.", title="On Varn"))
    here = to_dict(relate(analysis))
    cache = RecordCache(tmp_path)
    keys = []
    for k, doc in enumerate(analysis.documents):
        keys.append(f"k{k}")
        cache.put(f"k{k}", *ArticleRecord(f"k{k}", doc).to_blobs())
    cache.flush()
    try:
        assert outlet_framing.runs_ahead(str(cache.path), [*keys, "not-kept"]) == 3
        ahead = outlet_framing._AHEAD
        assert ahead is not None
        assert ahead[0] == [[BODIES[0], BODIES[2]], [BODIES[1]], ["On Varn\n\nNo outlet here. Varn will go on, he said."]]
        with monkeypatch.context() as patch:
            patch.setattr(wording_spans, "runs", None)  # (found ahead: not found again)
            assert to_dict(relate(analysis)) == here and outlet_framing._AHEAD is None  # used once, then dropped
        outlet_framing._AHEAD = ([["other texts"], ["and more"]], ahead[1])  # found for other texts: not used
        assert to_dict(relate(analysis)) == here
    finally:
        outlet_framing._AHEAD = None
        cache.close()
