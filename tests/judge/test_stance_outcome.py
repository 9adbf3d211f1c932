"""The question's own things are its subject matter, not a side (judge/outcome.py, judge/evaluative.py): the words for a
question's outcome and what causes it ("dying", "the kill" under "causing the bird deaths"), a thing counted ("212
complaints"), a noun naming a kind ("a safety review"), what the question's adjective is measured against
("proportionate to the danger"), and "against" the thing the question's act is against ("a scheme against poverty"
under "doing enough to tackle poverty"). Invented sentences, the learned layer off (issue 9 item 3, session 27)."""

from __future__ import annotations

import pytest

from stancemap.judge.outcome import akin_words, fought_words
from stancemap.judge.terms import EMPTY

from .conftest import statement_with

INTRO = "Councillor Ines Vord of the Lakeside Party spoke in Harrowby on Tuesday.\n\n"
CAUSE = "Is the tannery causing the bird deaths on the estuary?"
ENOUGH = "Is the Harrowby council doing enough to tackle poverty?"
FAIR = "Was the fine on the dairy proportionate?"


def test_akin_words_are_the_questions_nouns_and_their_derivations() -> None:
    akin = akin_words(CAUSE, EMPTY)
    assert {"death", "die", "bird", "estuary"} <= akin
    assert "causing" not in akin and "cause" not in akin  # the act, a participle after "is"
    assert "tackle" not in akin_words(ENOUGH, EMPTY)  # the act, after "to"
    assert fought_words(ENOUGH) == {"poverty"} and fought_words(CAUSE) == frozenset()


@pytest.mark.parametrize(("question", "text", "words"), [
    # the outcome's own words, and a verb that causes it in WordNet ("kill" causes "die")
    (CAUSE, "Vord said she had watched the birds dying along the estuary for a week.", "birds dying"),
    (CAUSE, "Vord said the wardens had logged the kill among the estuary birds since May.", "logged the kill"),
    # a figure counted
    (FAIR, "Vord said the regulator had so far received 212 complaints about the dairy.", "212 complaints"),
    # a noun naming a kind
    (ENOUGH, "Vord said a success audit of the council's shelters would begin in June.", "success audit"),
])
def test_subject_matter_takes_no_side(run, monkeypatch: pytest.MonkeyPatch, question: str, text: str,
                                      words: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == "neutral", statement.stance_evidence


def test_measured_against_is_not_judged(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """"proportionate to the danger": the danger is what the fine is measured against; the adjective supports."""
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    text = "Vord said the fine on the dairy was proportionate to the danger it posed."
    statement = statement_with(run(INTRO + text, question=FAIR), "proportionate to the danger")
    assert statement.stance == "support", statement.stance_evidence


def test_against_what_the_act_is_against(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """"a scheme against poverty" under "doing enough to tackle poverty" is the act's own aim, not opposition; praise
    of it supports; "against the council" still opposes."""
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    text = "Vord said the council's scheme was the most generous plan against poverty the town had ever seen."
    statement = statement_with(run(INTRO + text, question=ENOUGH), "against poverty")
    assert statement.stance != "oppose", statement.stance_evidence
    assert not any(e.startswith("-against") for e in statement.stance_evidence), statement.stance_evidence


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=(
    "a compound noun said of something by a verb of calling is read as a kind, with no valence (evaluative.classifying):"
    " the guard that kept it lost VALIDATE 3 for DEVELOP 1 (session 27)"))
def test_a_compound_predicated_keeps_its_valence(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """"called the fine a witch hunt": the compound is said of the fine, a judgement (not a kind of thing named)."""
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    text = "Vord called the fine on the dairy a witch hunt."
    statement = statement_with(run(INTRO + text, question=FAIR), "witch hunt")
    assert statement.stance == "oppose", statement.stance_evidence
