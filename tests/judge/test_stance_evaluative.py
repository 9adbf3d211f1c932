"""Evaluative words (VADER valence) count only when aimed at the proposition: a complementiser or a
relative "that" stands for nothing (a demonstrative still points back), and praise said of the one a
departing predicate takes away is aimed at a participant of the act (issue 9, session 7). One
invented sentence each, over several question shapes; the learned layer is off so the rules answer."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Voss of the Civic List spoke in Tallow on Tuesday.\n\n"
BRIDGE = "Will the council approve the ferry terminal?"
QUIT = "Will the treasurer resign before the audit?"
BILL = "Will the assembly pass the water bill?"


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # A complementiser or relative "that" stands for nothing: praise of pilots or towns judges no act.
    (BRIDGE, "Voss said the ferry terminal was on the agenda, and that the finest pilots had trained abroad.",
     "finest pilots", "neutral"),
    # A demonstrative usually points back to the act ("this raid" for a takeover): it still counts.
    (BILL, "\"The water bill is a raid on farmers. We will fight this raid every step of the way,\" Voss said.",
     "fight this raid", "oppose"),
    # A pronoun that stands for the act still carries the judgement.
    (BILL, "Voss said the water bill was tabled on Monday. \"It is a disgrace,\" she said.", "It is a disgrace",
     "oppose"),
    # Praise of the one a departing predicate takes away opposes the act, with no word of the act nearby.
    (QUIT, "Voss said the treasurer had been superb throughout the crisis.", "superb", "oppose"),
    (QUIT, "\"The treasurer has my full confidence for now,\" Voss said.", "full confidence", "oppose"),
])
def test_stance_evaluative_target(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.xfail(strict=True, reason="a predicate that removes its object ('sack', 'extradite') is not yet derived "
                   "from WordNet (hypernyms 'remove', 'expel'): praise of the one it removes reads neutral, not oppose")
def test_stance_evaluative_praise_of_the_object_removed(run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + "\"Lenk has been brilliant this season,\" Voss said.",
                                   question="Will the club sack its manager Ivo Lenk?"), "brilliant")
    assert statement.stance == "oppose", statement.stance_evidence
