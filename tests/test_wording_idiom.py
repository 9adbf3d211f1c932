"""Set phrases of English as features of an outlet's several-word runs (wording_idiom.py, wording_spans.py): a
multiword lemma of WordNet, inflected or not, and whether its sense is more than its head's. Invented phrases and
articles of fictional outlets."""

from __future__ import annotations

from typing import Any

import pytest

from stancemap import wording_spans
from stancemap.wording_idiom import figurative, lemma_of, set_phrase
from stancemap.wording_rank import prepared, scores
from stancemap.wording_spans import candidates, runs, shown_runs


@pytest.fixture(autouse=True)
def _restore() -> Any:
    yield
    wording_spans.reset()


def test_a_set_phrase_is_found_inflected() -> None:
    assert lemma_of("dark horses") is not None and lemma_of("dark horses")[:2] == ("dark_horse", "n")  # type: ignore[index]
    assert lemma_of("spilled the beans") is not None and lemma_of("spilled the beans")[:2] == ("spill_the_beans", "v")  # type: ignore[index]
    assert not set_phrase("music room") and not set_phrase("ferry")


def test_figurative_is_a_sense_more_than_the_head() -> None:
    assert set_phrase("sacred cows") and figurative("sacred cows")  # a person or thing above criticism: no cow
    assert set_phrase("dining room") and not figurative("dining room")  # a room
    assert figurative("kicked the bucket")  # a verb phrase of three words
    assert set_phrase("walk away") and not figurative("walk away")  # a verb and its particle


TEXTS = [
    ["Quarry plan a paper tiger, say walkers\n\nThe Dunmere quarry plan is a paper tiger, walkers said on Friday. "
     "Hikers still love the hillside track."],
    ["Council weighs quarry plan\n\nThe council weighs the Dunmere quarry plan this week."],
    ["Walkers meet council\n\nWalkers met the council over the quarry plan."],
]


def _model(weights: dict[str, float], threshold: float) -> dict[str, Any]:
    keys = sorted(weights)
    return prepared({"keys": keys, "mean": [0.0] * len(keys), "scale": [1.0] * len(keys),
                     "weights": [weights[k] for k in keys], "bias": 0.0, "threshold": threshold})


def test_the_runs_features_say_which_run_is_a_figurative_set_phrase() -> None:
    rows = {key: f for key, _, f in candidates(runs(TEXTS), 0, set())}
    assert rows["paper tiger"]["set_phrase"] == 1.0 and rows["paper tiger"]["figurative"] == 1.0
    assert rows["hillside track"]["set_phrase"] == 0.0 and rows["hillside track"]["figurative"] == 0.0


def test_a_model_weighing_figurative_shows_the_set_phrase_and_the_bound_agrees() -> None:
    """shown_runs looks the set phrase up only for runs that may win (`_best_valences` bounds it): the same run as
    scoring every candidate."""
    model = _model({"figurative": 3.0, "words": -0.5}, -99.0)
    wording_spans.use(model)
    rows = candidates(runs(TEXTS), 0, set())
    best = min(zip(scores(model, [f for _, _, f in rows]), rows, strict=True), key=lambda sr: (-sr[0], sr[1][0]))
    shown = shown_runs(TEXTS, set(), [set(), set(), set()])[0]
    assert [t.term for t in shown] == [best[1][1].surface] == ["paper tiger"]
