"""Figures the issues set, measured on the dev corpus (by ../shared/eval/score.py), on the
example corpus and on the held-out articles (by `stancemap evaluate`). A target not reached yet is a strict xfail naming the
issue, so reaching it turns the test red until the mark is removed."""

from __future__ import annotations

from typing import Any

import pytest

# (figure, comparison, target, issue that sets it)
TARGETS = [
    ("boilerplate_recall", ">=", 0.95, 3), ("content_lines_lost", "==", 0, 3), ("metadata_accuracy", ">=", 0.9, 3),
    ("statement_f1", ">=", 0.90, 4), ("speaker_accuracy", ">=", 0.90, 4), ("actor_recall", "==", 1.0, 4),
    ("aliases_merged", "==", 1.0, 4), ("false_persons", "==", 0, 4), ("forbidden_statements", "==", 0, 4),
    ("stance_accuracy", ">=", 0.85, 5), ("condition_recall", ">=", 0.85, 5), ("event_recall", ">=", 0.9, 5),
    ("framing_recall", "==", 1.0, 6),
]
# Targets not met yet, per corpus: {figure: reason}. Remove an entry when its figure is reached.
GAPS: dict[str, dict[str, str]] = {
    "dev": {
    },
    "examples": {
    },
    "heldout": {
    },
    # heldout2's stance reached 0.859 in session 7 (0.79 for long: irony, comparisons, stances implied by
    # side): the carried-stance rounds and the own-words round together (docs/evaluation.md).
    "heldout2": {
    },
}


def _meets(value: Any, op: str, target: float) -> bool:
    if value is None:
        return False
    return value >= target if op == ">=" else value == target


# corpus -> (fixture that scores it, number of annotated documents it must score)
CORPORA = {"dev": ("dev_scores", 3), "examples": ("example_scores", 12), "heldout": ("heldout_scores", 8),
           "heldout2": ("heldout2_scores", 8)}


def _cases() -> list[Any]:
    cases = []
    for corpus in CORPORA:
        for figure, op, target, issue in TARGETS:
            marks = [pytest.mark.xfail(strict=True, raises=AssertionError,
                reason=GAPS[corpus][figure])] if figure in GAPS[corpus] else []
            cases.append(pytest.param(corpus, figure, op, target, id=f"{corpus}-{figure}-issue{issue}", marks=marks))
    return cases


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_scores_all_annotated_documents_scored(request: pytest.FixtureRequest, corpus: str) -> None:
    fixture, expected = CORPORA[corpus]
    assert request.getfixturevalue(fixture)["figures"]["documents_scored"] == expected


@pytest.mark.parametrize(("corpus", "figure", "op", "target"), _cases())
def test_scores_targets(request: pytest.FixtureRequest, corpus: str, figure: str, op: str, target: float) -> None:
    value = request.getfixturevalue(CORPORA[corpus][0])["figures"][figure]
    assert _meets(value, op, target), f"{corpus}: {figure} = {value}, target {op} {target}"
