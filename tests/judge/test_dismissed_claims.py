"""A claim dismissed turns the claim's own side, and the verb alone takes none; a thing kept out of the question's
thing is against it (judge/dismissed_claims.py, issue 9, session 36). Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
SPREAD = "Will the bus strike in Calde spread to Orvel?"
APPROVE = "Will the council approve the new library?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # the claim against the question dismissed: for it
    (SPREAD, "Vost dismissed suggestions that the local deal would keep Orvel out of the strike.", "keep Orvel",
     "support"),
    # the claim for the question dismissed: against it
    (SPREAD, "Vost dismissed suggestions that the strike would spread to Orvel.", "would spread", "oppose"),
    # "denied reports that ...", the claim's side turned
    (SPREAD, "Vost denied reports that the guild would keep Orvel out of the strike.", "keep Orvel", "support"),
])
def test_a_dismissed_claim_turns_its_own_side(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
    assert any("the claim's side turned" in e for e in statement.stance_evidence), statement.stance_evidence


def test_a_dismissed_claim_with_no_side_takes_none(run) -> None:  # type: ignore[no-untyped-def]
    # the claim names the library but takes no side on its approval: the dismissal is no "-dismissed" against it
    statement = statement_with(run(INTRO + "Vost dismissed suggestions that the new library had been designed in a "
                                   "hurry by the council.", question=APPROVE), "designed in a hurry")
    assert not any(e.startswith("-dismissed") for e in statement.stance_evidence), statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    ('"Orvel will stay out of the strike," Vost said.', "stay out", "oppose"),
    ('"We will not keep Orvel out of the strike," Vost said.', "keep Orvel", "support"),
])
def test_kept_out_of_the_thing(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=SPREAD), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_claim_denied_is_turned_once(run) -> None:  # type: ignore[no-untyped-def]
    # "denied" is read by the negation walk as denying its clause ("+not block"): the claim's side is turned once only
    statement = statement_with(run(INTRO + "Vost denied reports that the council would block the new library.",
                                   question=APPROVE), "block the new library")
    assert statement.stance == "support", statement.stance_evidence
