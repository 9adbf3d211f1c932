"""An outcome a privative question asks to be escaped, said in its own verb or as a motion toward its end (issue 9,
session 44; judge/averted.py), pinned on invented questions and sentences."""

from __future__ import annotations

import pytest

from stancemap.judge.averted import _event_of, direction_of, moves_toward

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Brin Haskell of the Moor Party spoke in Tarnley on Tuesday.\n\n"
DROP = "Can Orlen Rovers avoid relegation this season?"


def test_the_event_and_its_direction_come_from_wordnet() -> None:
    # "relegate" = "assign to a lower position"; "down" = "from a higher to a lower level": the same end
    assert _event_of("relegation") == (frozenset({"relegate"}), ("down", "up"), "lower")
    assert direction_of(("promote",)) == ("up", "down")
    assert _event_of("bankruptcy") == (frozenset({"bankrupt"}), None, "")  # its verb, no direction
    assert moves_toward("go", "down", "lower") and not moves_toward("turn", "down", "lower")


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Haskell said Orlen Rovers would go down in May.", "go down", "oppose"),
    ("Haskell said Orlen Rovers are not going down this season.", "not going down", "support"),
    ("Haskell said the Rovers would stay up.", "stay up", "support"),
    ("Haskell said the Rovers were not quick enough to stay up.", "stay up", "oppose"),
    ("Haskell said the Rovers were not a club that stays up in a bad winter.", "stays up", "oppose"),
    ("Haskell said the Rovers were far too strong to go down.", "go down", "support"),
    ("Haskell said the Rovers will be relegated.", "relegated", "oppose"),
    ("Haskell said the Rovers would go down and would deserve nothing better.", "go down", "oppose"),
])
def test_the_averted_event_said(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Before: no side (none of these names the question's words), and "deserve" read as support."""
    statement = statement_with(run(INTRO + text, question=DROP), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_fall_of_something_else_is_no_side(run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + "Haskell said the price of bread would go down.", question=DROP), "bread")
    assert statement.stance is None, statement.stance_evidence


def test_the_taken_away_event_in_its_verb(run) -> None:  # type: ignore[no-untyped-def]
    """"block the merger": the two merging is the event blocked, said to happen."""
    question = "Will Tarnley council block the merger of the two hospitals?"
    said = statement_with(run(INTRO + "Haskell said the two hospitals would merge next spring.", question=question), "merge")
    assert said.stance == "oppose", said.stance_evidence
    denied = statement_with(run(INTRO + "Haskell said the hospitals would never merge.", question=question), "merge")
    assert denied.stance == "support", denied.stance_evidence


@pytest.mark.parametrize("text", [
    "Haskell said the other side would go down.",
    "Haskell said the government would go down at the next election.",
    "Haskell said the sun would go down before the final whistle.",
])
def test_a_fall_of_another_group_or_thing_is_no_side(run, text: str) -> None:  # type: ignore[no-untyped-def]
    """The review of session 44 (item 1): any group noun or concrete thing was read as the question's club."""
    statement = statement_with(run(INTRO + text, question=DROP), "go down")
    assert statement.stance is None, statement.stance_evidence


def test_the_event_verb_done_to_another_is_no_side(run) -> None:  # type: ignore[no-untyped-def]
    """The review of session 44 (item 2): "relegate" in the active voice, done by the club to something else."""
    text = "Haskell said the board would relegate the reserve side to the youth league."
    statement = statement_with(run(INTRO + text, question=DROP), "relegate")
    assert statement.stance is None, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Haskell said it was no surprise that the Rovers went down.", "went down", "oppose"),
    ("Haskell said it was never in doubt that the Rovers would stay up.", "stay up", "support"),
])
def test_a_negation_above_a_clausal_complement_is_not_the_event(run, text: str, words: str,  # type: ignore[no-untyped-def]
                                                                 stance: str) -> None:
    """The review of session 44 (item 3): "no"/"never" on the clause the event's clause complements does not deny it."""
    statement = statement_with(run(INTRO + text, question=DROP), words)
    assert statement.stance == stance, statement.stance_evidence
