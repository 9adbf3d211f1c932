"""A decision on a thing made to someone (an offer accepted or rejected) asked as that decision (question_act.py): not
traded for the maker's own act when nobody is named deciding, and named by the noun of either side ("a rejection").
Every name and sentence here is invented."""

from __future__ import annotations

from .test_question_named_acts import _propose


def test_question_a_decision_nobody_is_named_taking_keeps_its_act() -> None:
    # "accept" the offer argued in two articles (and a headline), nobody named accepting; the firm named improving it in
    # two: the acceptance is the proposition, not the firm's improving (red without the guard in question_act._phrased)
    text = _propose([
        "New Harlock pay offer on the table\n\nHarlock Freight improved its pay offer to warehouse staff on Monday. "
        "Managers said the offer was their last.",
        "Staff told to accept Harlock offer\n\nThe offer should be accepted, the firm said. Shop stewards are unsure.",
        "Ballot opens on Harlock pay offer\n\nStaff began voting on Tuesday. Harlock Freight improved the offer twice this "
        "year, organisers said.",
        "Harlock pay offer: what comes next\n\nThe result is due on Friday. The offer should be accepted, the chair of the "
        "union said.",
    ])
    assert text is not None and "accepted" in text and "offer" in text, text
    assert "improve" not in text, text
