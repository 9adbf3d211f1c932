"""The collector's setting during a run (collector.py): rarer young collections while the run lasts,
the caller's own setting back after it, whether the run ends or fails."""

from __future__ import annotations

import gc

import pytest

from stancemap import collector, pipeline
from stancemap.errors import NoInputError
from stancemap.model import Source


@pytest.fixture
def default_threshold():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_collector_run_collections_raises_the_young_threshold_and_restores_it(default_threshold) -> None:
    with collector.run_collections():
        assert gc.get_threshold() == (collector.YOUNG_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)
    with pytest.raises(ValueError), collector.run_collections():
        raise ValueError("a failed run")
    assert gc.get_threshold() == (700, 10, 10)


def test_collector_keeps_a_higher_threshold_of_the_caller(default_threshold) -> None:
    gc.set_threshold(50_000, 5, 5)
    collector.set_for_run()
    assert gc.get_threshold() == (50_000, 5, 5)


def test_collector_set_during_the_pipeline_run(default_threshold, monkeypatch) -> None:
    seen = []

    def no_records(*args, **kwargs):
        seen.append(gc.get_threshold())
        return iter(())

    monkeypatch.setattr(pipeline, "map_corpus", no_records)
    with pytest.raises(NoInputError):
        pipeline.analyze_sources([Source(path="a.txt", fmt="text", text="Mira Tolven said the bridge would open.")])
    assert seen == [(collector.YOUNG_THRESHOLD, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)
