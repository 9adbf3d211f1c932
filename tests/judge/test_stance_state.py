"""Stance from the state the question's act brings about, and from sentiment aimed at something the
act lessens (issue 9, session 6's second stance round). Invented sentences on several question shapes,
written before any batch's misses of these classes were read.

1. Staying in the other state: a verb of continuation (stay, remain, keep) whose complement is the
   antonym of the act's result state ("reopen" -> open; stay closed), or the state the act ends
   ("resign" -> in office/in post), opposes the act.
2. Lessening something bad: "lower costs", "cut delays", "reduce emissions" said of what the act
   brings is praise of the act, not blame ("lower" is not a harm of the proposition).
"""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
REOPEN = "Will the bridge reopen?"
RESIGN = "Will the minister resign?"
CLOSE = "Will Harlow Steel close the plant?"
RUN = "Will Dario Fenn run for mayor?"
OPEN = "Will the council open the new library this year?"
BUILD = "Will the tunnel be built?"
BAN = "Will the council ban diesel buses?"
LINE = "Will the new tram line be approved?"


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (REOPEN, "Vost said the bridge must stay closed until the repairs are finished.", "stay closed", "oppose"),
    (REOPEN, "Vost said the bridge will remain shut for the winter.", "remain shut", "oppose"),
    (RESIGN, "Vost said the minister would stay in post.", "stay in post", "oppose"),
    (RESIGN, "Vost said the minister will remain in office until the election.", "remain in office", "oppose"),
    (CLOSE, "Vost said the company should keep the plant open.", "keep the plant open", "oppose"),
    (CLOSE, "Vost said the plant will stay open for another decade.", "stay open", "oppose"),
    (RUN, "Vost said Fenn would stay out of the race.", "stay out of the race", "oppose"),
    (OPEN, "Vost said the library would remain closed this year.", "remain closed", "oppose"),
    # The state the act brings about, kept: not opposition.
    (REOPEN, "Vost said the bridge must stay open once it reopens.", "stay open", "support"),
])
def test_staying_in_the_other_state(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (BUILD, "Vost said the tunnel would pay for itself through lower freight costs.", "lower freight costs", "support"),
    (LINE, "Vost said the tram line would cut delays for commuters.", "cut delays", "support"),
    (BAN, "Vost said the ban would reduce emissions and asthma in the city.", "reduce emissions", "support"),
    (BUILD, "Vost said the tunnel would ease congestion and end years of misery.", "ease congestion", "support"),
    # A decrease of something good is still blame.
    (BUILD, "Vost said the tunnel would reduce green space and cut jobs.", "reduce green space", "oppose"),
])
def test_lessening_something_bad(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
