"""An evaluative word in a relative clause judges the noun the clause describes, not the question's act
(judge/evaluative.py `described_noun`): "the sale is handled by an agent who has neglected it" blames the agent. Unless
the noun is the question's own, or said of something (a copula's complement: "the sale is a blunder the town will
regret"). And a word VADER's raters put near neutral (a strict xfail: reverted). Invented sentences, the learned
layer off (issue 9 item 3, session 39)."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Ines Vord of the Lakeside Party spoke in Harrowby on Tuesday.\n\n"
SELL = "Will the council sell the Harrowby depot?"


@pytest.mark.parametrize(("text", "words"), [
    # the relative clause's own verb, the clause naming the act only through "it"
    ("Vord said the depot sale would be handled by an agent who has neglected it for years.", "neglected it"),
    # the clause naming the question's subject, its noun another
    ("Vord said the depot sale was arranged by a firm that the council has praised.", "the council has praised"),
])
def test_a_word_describing_another_noun_takes_no_side(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=SELL), words)
    assert statement.stance == "neutral", statement.stance_evidence


def test_a_relative_clause_on_a_noun_said_of_the_act_still_judges_it(run) -> None:  # type: ignore[no-untyped-def]
    text = "Vord said the depot sale is a scheme the council will regret."
    statement = statement_with(run(INTRO + text, question=SELL), "the council will regret")
    assert statement.stance == "oppose", statement.stance_evidence


def test_a_statement_reported_in_a_relative_clause_is_still_read(run) -> None:  # type: ignore[no-untyped-def]
    """The cue in a relative clause on its speaker ("Vord, who said ..."): the statement's own words are not the clause's
    description of the speaker."""
    text = "It was Vord, who said the depot sale would be a disaster for the town, who led the march."
    statement = statement_with(run(INTRO + text, question=SELL), "disaster for the town")
    assert statement.stance == "oppose", statement.stance_evidence


@pytest.mark.xfail(strict=True, raises=AssertionError, reason="issue 9: a word VADER rates near neutral still weighs in the "
                   "evaluative sum; the rule that dropped them (session 39, WEAKEST 0.5) gained DEVELOP 6 and lost three "
                   "sealed batches to one, so it was reverted")
def test_a_word_of_no_clear_valence_weighs_nothing(run) -> None:  # type: ignore[no-untyped-def]
    """VADER's "pay" (-0.4) is rated near neutral: it should not tip the mild "risk" (-1.1) over the threshold."""
    text = "Vord said the council pays for the risk of the depot sale."
    statement = statement_with(run(INTRO + text, question=SELL), "pays for the risk")
    assert statement.stance == "neutral", statement.stance_evidence


def test_a_word_of_clear_valence_still_weighs(run) -> None:  # type: ignore[no-untyped-def]
    text = "Vord said the depot sale would be a disaster for the council."
    statement = statement_with(run(INTRO + text, question=SELL), "disaster for the council")
    assert statement.stance == "oppose", statement.stance_evidence


# A stance word of refusal in a finite relative clause on another noun should say which thing is meant, no side on the
# question's act. Two session 40 rules for it (the stance branch's, any stance word: sealed 2 up, 5 down; the opened
# branch's, refusal words only: sealed 1 down, none up) were reverted (docs/evaluation.md, session 40).
GAP = pytest.mark.xfail(strict=True, raises=AssertionError, reason="issue 9: a refusal word describing another noun is read "
                        "as a side on the act (two session 40 rules reverted after the sealed batches)")


@pytest.mark.parametrize(("text", "words", "stance"), [
    pytest.param("Vord said the depot sale was about storms that nobody could prevent.", "nobody could prevent", "neutral",
                 marks=GAP),
    pytest.param("Vord said the depot sale would fund the bridge repairs that the county had abandoned.", "bridge repairs",
                 "neutral", marks=GAP),
    # an infinitival relative says what its noun is for: aimed at the act, a side
    ("Vord said her group would seek a court order to stop the sale of the depot.", "to stop the sale", "oppose"),
])
def test_a_finite_relative_clause_takes_no_side(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=SELL), words)
    assert statement.stance == stance, statement.stance_evidence
