"""A decision on a thing made to someone (an offer accepted or rejected) asked as that decision (question_act.py): not
traded for the maker's own act when nobody is named deciding, and named by the noun of either side ("a rejection").
Every name and sentence here is invented."""

from __future__ import annotations

from .test_question_named_acts import _propose


def test_question_a_decision_nobody_is_named_taking_keeps_its_act() -> None:
    # "accept" the offer argued in two articles (and a headline), nobody named accepting; the firm named sweetening it in
    # two: the acceptance is the proposition, not the firm's sweetening (red without the guard in question_act._phrased)
    text = _propose([
        "Harlock drivers get a new wage offer\n\nHarlock Freight sweetened its wage offer for depot drivers on Monday. "
        "Managers said the offer was their last.",
        "Drivers told to accept Harlock offer\n\nThe offer should be accepted, the firm said. Shop stewards are unsure.",
        "Drivers start voting on Harlock offer\n\nDrivers began voting on Tuesday. Harlock Freight sweetened the offer "
        "twice this year, organisers said.",
        "Harlock wage offer: what comes next\n\nThe result is due on Friday. The offer should be accepted, the chair of "
        "the drivers' branch said.",
    ])
    # (asked in the passive, "Will the Harlock offer be accepted?", or, since session 44, of the drivers the second
    # headline tells to accept it: frames_asked's STATED candidate, its article restored since session 45)
    assert text is not None and "accept" in text and "the Harlock offer" in text, text
    assert "sweeten" not in text, text


def test_question_a_decision_named_by_its_opposites_noun() -> None:
    # "a rejection" named in three of four articles: whether the offer is accepted is argued, though nobody writes
    # "acceptance" (red without the opposite's noun in question_act.prominence: the firm's sweetening it is asked)
    text = _propose([
        "Harlock Freight sweetens wage offer\n\nHarlock Freight sweetened its wage offer for depot drivers on Monday. A "
        "rejection would bring a walkout in May, branch officials warned. Managers said the offer was their last.",
        "Drivers weigh Harlock offer\n\nThe offer should be accepted, Harlock Freight said. Shop stewards expect a "
        "rejection in next week's ballot. A rejection would not end the talks, one said.",
        "Drivers start voting on Harlock offer\n\nDrivers began voting on Tuesday. A rejection looks likely, organisers "
        "said. The offer is fair, the firm said, and it must be accepted.",
        "Harlock wage offer: what comes next\n\nThe result is due on Friday. If the offer is accepted, the new rates start "
        "in June. Harlock Freight sweetened the offer twice this year.",
    ])
    assert text is not None and "accepted" in text and "offer" in text, text
    assert "sweeten" not in text, text
