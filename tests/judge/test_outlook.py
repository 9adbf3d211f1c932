"""An adjective of likelihood or lateness said of the act takes a side (judge/outlook.py): one invented
sentence each (issue 9, session 6)."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Alderman Tove Rask of the Harbour Party spoke in Brenmoor on Tuesday.\n\n"
LEVY = "Will the council approve the tourist levy?"
PIER = "Will the old pier be demolished?"


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (LEVY, "Rask said approval of the levy remained unlikely this year.", "remained unlikely", "oppose"),
    (LEVY, "Rask said the levy was long overdue.", "long overdue", "support"),
    (LEVY, "Rask said a levy was not inevitable.", "not inevitable", "oppose"),
    (PIER, "Rask said demolition of the pier now looked certain.", "looked certain", "support"),
    (PIER, "The demolition of the old pier was debated again. Rask called it long overdue.", "long overdue",
     "support"),
])
def test_outlook(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_outlook_of_something_else_is_no_side(run) -> None:  # type: ignore[no-untyped-def]
    """Rain said to be likely is not the levy said to be likely."""
    statement = statement_with(run(INTRO + "Rask said the levy vote was on Friday and that rain was likely.",
                                   question=LEVY), "rain was likely")
    assert not any("likely" in e for e in statement.stance_evidence)


GEYSER = "Could the Brenmoor dockers strike before winter?"


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Rask said a strike before winter was a real possibility.", "real possibility", "support"),
    ("Rask said there was a real possibility of a strike before winter.", "real possibility", "support"),
    ("Rask said a strike before winter was only a remote possibility.", "remote possibility", "oppose"),
    ("Rask said a strike before winter was not a real possibility.", "not a real possibility", "oppose"),
    ("Rask said a strike before winter was now the most probable outcome.", "most probable outcome", "support"),
    ("Rask said there was little prospect of a strike before winter.", "little prospect", "oppose"),
])
def test_likelihood_said_in_a_noun(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """A noun of likelihood said of the act (outlook.possibility), or an adjective of likelihood on the noun the act is
    called (outlook.outlook): as the adjective said of it (session 42, q_erupt's shape)."""
    statement = statement_with(run(INTRO + text, question=GEYSER), words)
    assert statement.stance == stance, statement.stance_evidence


def test_an_act_that_will_never_come(run) -> None:  # type: ignore[no-untyped-def]
    """The act's noun said in a relative clause not to be going to come (outlook.never_coming) opposes; one that never came
    in the past tells of another."""
    text = INTRO + "Rask said the port was bracing for a strike that will most likely never come."
    statement = statement_with(run(text, question=GEYSER), "never come")
    assert statement.stance == "oppose", statement.stance_evidence
    past = statement_with(run(INTRO + "Rask said the last scare was about a strike that never came.", question=GEYSER),
                          "never came")
    assert not any("never" in e for e in past.stance_evidence)
