"""Each branch of a choice told (issue 9, session 41: stance._both_ways): two fronted if-clauses, each with its own main
clause ("If X, A. If not, B."), hold the side on which way it goes: conditional, not the side of one branch's words nor a
threat. Invented sentences; each shape with a guard that keeps its side."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
CLOSE = "Should the council close the Calde library?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words"), [
    # the second branch elided ("If it is not"): no threat, a choice
    ('Vost said: "If the survey is clean, we back the closure. If it is not, we fight it."', "we back the closure"),
    # the second branch its own supposition, the first's words against
    ('Vost said: "If the roof holds, nobody closes the library. If it leaks, you will see the doors shut."',
     "nobody closes"),
])
def test_both_branches_told_are_conditional(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=CLOSE), words)
    assert statement.stance == "conditional", statement.stance_evidence
    assert any(e.startswith("both ways told") for e in statement.stance_evidence), statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # either way the same ("also"), and not fronted: no choice told
    ('Vost said: "The library should close if the audit finds rot. It should also close if it does not, because nobody '
     'reads there."', "should close", "support"),
    # one supposition only: a threat on the speaker's own terms
    ('Vost said: "We oppose the closure. If they push it through, we will go to court."', "We oppose", "oppose"),
])
def test_one_branch_or_either_way_keeps_the_side(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=CLOSE), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a refusal to come, held on what the if-clause supposes
    ('Vost said the guild would start opposing the closure again if the council tried to sell the building.',
     "start opposing", "conditional"),
    ('Vost said her group kept the option to vote against the closure if the reading room were sold off.',
     "kept the option", "conditional"),
    # guard: a course of the speaker's own on its own terms, no verb of refusal: the side stands
    ('Vost said the union would keep the library open if it won the election.', "keep the library open", "oppose"),
])
def test_a_refusal_held_on_a_supposition(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=CLOSE), words)
    assert statement.stance == stance, statement.stance_evidence
