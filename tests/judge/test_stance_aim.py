"""What a stance word is aimed at, and the scope that turns it (judge/aim.py, issue 9 session 17): a side
judged (blame of a plan's opponents supports it), another act undoing the question's thing ("lifting the
curfew" under "extend the curfew"), "no longer", a rhetorical why-question, a hope whose clause is negated,
and "even if" (a concession, not a condition). Invented sentences, the learned layer off so the rules answer; each with a
counter-example the rule must leave alone."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Voss of the Civic List spoke in Tallow on Tuesday.\n\n"
HARBOUR = "Will the council approve the harbour plan?"
PACT = "Will Merrow join the Kestrel Pact?"
ROAD = "Will the county cancel the ring road project?"
CURFEW = "Will the board extend the curfew?"
DEPOT = "Will the tram depot be closed?"
STRIKE = "Will the dockers strike?"


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # Blame of the other side supports the act; praise of one's own side too; blame of the supporters opposes.
    (HARBOUR, "Voss said the opponents of the harbour plan were cowards.", "cowards", "support"),
    (HARBOUR, "Voss said the people fighting the harbour plan were selfish cowards.", "selfish cowards", "support"),
    (HARBOUR, "Voss praised the supporters of the harbour plan for their courage.", "their courage", "support"),
    (PACT, "Voss accused supporters of Merrow's membership of the Kestrel Pact of selling out the farmers.",
     "selling out", "oppose"),
    # Not a side: "plans to close" are no people, the refusal of them is the speaker's own.
    (DEPOT, "Voss flatly rejected plans to close the tram depot.", "plans to close", "oppose"),
    # Another act that undoes the question's thing, judged well, opposes the act.
    (CURFEW, "Voss said lifting the curfew would be the best news the town had heard in years.", "best news", "oppose"),
    (CURFEW, "Voss said extending the curfew would be the best news the town had heard in years.", "best news",
     "support"),
    # "no longer" denies the support; under a privative question the support of the thing then backs its removal.
    (HARBOUR, "Voss said her party no longer supports the harbour plan.", "no longer supports", "oppose"),
    (ROAD, "Voss said the Farmers' Union no longer supports the ring road project.", "no longer supports", "support"),
    (HARBOUR, "Voss said her party still supports the harbour plan.", "still supports", "support"),
    # A why-question with a modal, asked for effect, denies the act; a plain question does not.
    (HARBOUR, "\"Why would anyone on this council vote to approve the harbour plan?\" Voss asked.", "Why would anyone",
     "oppose"),
    (HARBOUR, "\"We will vote to approve the harbour plan,\" Voss said.", "vote to approve", "support"),
    # A hope whose clause is negated wants the thing not to happen; a hope of the act itself still backs it.
    (STRIKE, "\"The dockers have every right to strike, but I hope it will not come to that,\" Voss said.",
     "not come to that", "neutral"),
    (STRIKE, "\"I hope the dockers will not strike,\" Voss said.", "will not strike", "oppose"),
    (HARBOUR, "Voss said she hoped the council would approve the harbour plan.", "would approve", "support"),
    # "even if" concedes a cost; it sets no condition on the support.
    (PACT, "Voss said Merrow should join the Kestrel Pact even if it means giving up its fishing rights.",
     "even if", "support"),
    (PACT, "Voss said Merrow should join the Kestrel Pact if it keeps its fishing rights.", "fishing rights",
     "conditional"),
])
def test_aim_and_scope(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
