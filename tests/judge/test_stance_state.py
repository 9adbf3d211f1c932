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

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"issue 9: {reason}")

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
REOPEN = "Will the bridge reopen?"
RESIGN = "Will the minister resign?"
CLOSE = "Will Harlow Steel close the plant?"
RUN = "Will Dario Fenn run for mayor?"
OPEN = "Will the council open the new library this year?"
BUILD = "Will the tunnel be built?"
BAN = "Will diesel buses be banned?"
LINE = "Will the new tram line be approved?"
JOIN = "Will Marland join the Compact?"


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # A threat if the act's result state has not come about demands the act (stance._in_result_state).
    (REOPEN, "Vost said the town would go to the river commission if the bridge was not open by October.",
     "go to the river commission", "support"),
    (OPEN, "Vost said the group would sue the council if the library is not open by June.", "would sue", "support"),
])
def test_threat_if_the_state_has_not_come(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (REOPEN, "Vost said the bridge must stay closed until the repairs are finished.", "stay closed", "oppose"),
    (REOPEN, "Vost said the bridge will remain shut for the winter.", "remain shut", "oppose"),
    (RESIGN, "Vost said the minister would stay in post.", "stay in post", "oppose"),
    (RESIGN, "Vost said the minister will remain in office until the election.", "remain in office", "oppose"),
    (CLOSE, "Vost said the company should keep the plant open.", "keep the plant open", "oppose"),
    (CLOSE, "Vost said the plant will stay open for another decade.", "stay open", "oppose"),
    (RUN, "Vost said Fenn would stay out of the race.", "stay out of the race", "oppose"),
    (JOIN, "Vost said Marland should stay out of the Compact for now.", "stay out of the Compact", "oppose"),
    (JOIN, "Vost said Marland would not remain outside the Compact for long.", "remain outside", "support"),
    # Under a predicate that takes its object away, keeping it out is the act: not opposition.
    (BAN, "Vost said the council must keep diesel buses out of the old town.", "keep diesel buses out", "support"),
    (OPEN, "Vost said the library would remain closed this year.", "remain closed", "oppose"),
    # The state the act brings about, kept: not opposition.
    (REOPEN, "Vost said the bridge must stay open once it reopens.", "stay open", "support"),
])
def test_staying_in_the_other_state(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # No longer oppose ("lower" -1.2 no more); the support is in "pay for itself", an idiom no packaged
    # lexicon scores (the layer reads it as support).
    pytest.param(BUILD, "Vost said the tunnel would pay for itself through lower freight costs.", "lower freight costs",
                 "support", marks=_gap("an idiom of worth, and costs as a bad thing: no packaged lexicon scores them")),
    (LINE, "Vost said the tram line would cut delays for commuters.", "cut delays", "support"),
    pytest.param(BAN, "Vost said the ban would reduce emissions and asthma in the city.", "reduce emissions", "support",
                 marks=_gap("VADER does not rate 'emissions' or 'asthma' (the layer reads it as support)")),
    (BUILD, "Vost said the tunnel would ease congestion and end years of misery.", "ease congestion", "support"),
    # A decrease of something good is still blame.
    pytest.param(BUILD, "Vost said the tunnel would reduce green space and cut jobs.", "reduce green space", "oppose",
                 marks=_gap("VADER does not rate 'green space' or 'jobs' (the layer reads it as oppose)")),
])
def test_lessening_something_bad(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


REOPEN_ROAD = "Will the coast road reopen?"
# Tried in session 6 and measured: skipping evaluative words inside a participial or prepositional phrase
# on another noun fixes these, but lost more statements than it fixed on the developed-on batches ("an
# invitation to chaos", "a monument to debt", "left families paying more": the phrase is the judgement).
ASIDE = "sentiment in a phrase on another noun ('a town battered by terrible floods') still counts"


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # Sentiment about a noun the proposition's words only modify from afar is not about the proposition
    # (the layer, which reads the sentence's valence as a whole, still says oppose to both).
    pytest.param(BUILD, "Vost said the tunnel would serve a town battered by terrible floods and awful storms.",
                 "battered", "neutral", marks=_gap(ASIDE)),
    pytest.param(REOPEN_ROAD, "Vost said the road would serve villages ravaged by a horrible, deadly winter.", "ravaged",
                 "neutral", marks=_gap(ASIDE)),
    # Aimed at the proposition's thing, it still counts.
    (BUILD, "Vost said the tunnel would be a disaster for the struggling coastal towns.", "disaster", "oppose"),
    (BUILD, "Vost said the tunnel was a wonderful idea.", "wonderful", "support"),
])
def test_sentiment_aimed_elsewhere(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
