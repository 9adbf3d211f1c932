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
