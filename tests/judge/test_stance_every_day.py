"""A state kept or a delay blamed for every day it lasts (issue 9, session 42; judge/polarity.py `every_while`): "each
month the library stays closed, another club folds" argues for the act that ends the state, not against it. Invented
sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"
REOPEN = "Will the council reopen the Ashby library?"
RESIGN = "Will Marek Holm resign?"
BUILD = "Should Denholt build the Ferrow tunnel?"


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (REOPEN, 'Voss said: "Each month the Ashby library stays closed, another reading group folds."', "stays closed",
     "support"),
    (RESIGN, 'Voss said: "Every day Marek Holm remains in post, the department loses another good official."',
     "remains in post", "support"),
    (BUILD, "Voss said each month of delay on the Ferrow tunnel adds millions to its cost.", "month of delay", "support"),
    # the same words wanted, with no count of time they are blamed for, keep their side
    (REOPEN, "Voss said the Ashby library should stay closed.", "stay closed", "oppose"),
    (RESIGN, "Voss said Marek Holm should remain in post.", "remain in post", "oppose"),
    (BUILD, "Voss said Denholt should delay the Ferrow tunnel.", "delay", "oppose"),
    # a count of time after the verb, no state blamed (the review, session 42)
    (REOPEN, "Voss said her group opposes the reopening of the Ashby library every day it is asked.", "opposes", "oppose"),
])
def test_a_state_or_delay_blamed_for_every_day_argues_for_the_act(run, question: str, text: str,  # type: ignore[no-untyped-def]
                                                                   words: str, stance: str) -> None:
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
