"""A side taken, then what it stops short of after "but" (issue 9, session 15; judge/conditions_contrast.py): the
circumstances after "but not", and a verb of taking refused after "but". Invented names."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


@pytest.mark.parametrize(("said", "cue", "required"), [
    ("Marsh said Osterland would join the Harbor Pact but not at the cost of its fishing rights.", "would join",
     "not at the cost of its fishing rights"),
    ('"Joining the Harbor Pact is in our interest," Marsh said, "but not at any price, and not on the basis of a '
     'map drawn in one capital."', "in our interest", "not on the basis of a map"),
    ("Marsh said Osterland wanted to join the Harbor Pact but would not accept what she called a unilateral cut "
     "to its quota.", "wanted to join", "unilateral cut"),
    # a scope set against the same preposition, and a time: no condition
    ("Marsh said Osterland would talk about many things, but not about the islands.", "would talk", None),
    ("Marsh said the Harbor Pact vote could slip to November, but not into next year.", "could slip", None),
    # a reason set against another, not terms (the review's counter-example, red before): no condition
    ("Marsh said Osterland backs joining the Harbor Pact, but not for the reasons the premier gave.", "backs", None),
])
def test_conditions_but_not(run, said: str, cue: str, required: str | None) -> None:  # type: ignore[no-untyped-def]
    conditions = statement_with(run(INTRO + said), cue).conditions
    assert any(required in c for c in conditions) if required else not conditions, conditions


@pytest.mark.parametrize(("said", "cue", "required"), [
    # how much, and whom a feeling is aimed at: no terms (session 33)
    ('"Osterland will join the Harbor Pact by May. But not by much," Marsh said.', "But not by much", None),
    ('"I am furious, but not at the negotiators," Marsh said of the Harbor Pact talks.', "I am furious", None),
    # a feeling under a modal with its own clause keeps its terms
    ('"We would be glad to join the Harbor Pact, but not at any price," Marsh said.', "glad to join", "not at any price"),
])
def test_a_degree_or_a_feelings_aim(run, said: str, cue: str, required: str | None) -> None:  # type: ignore[no-untyped-def]
    conditions = statement_with(run(INTRO + said), cue).conditions
    assert any(required in c for c in conditions) if required else not conditions, conditions


LIBRARY = "Should the council fund the new Calde library?"
VOST = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"


@pytest.mark.parametrize(("said", "cue", "required", "stance"), [
    # a grant without terms refused (WordNet's "blank check", "free hand"): the side held on terms, conditional
    ('Vost said: "We want the library built. But we will never hand the council a blank cheque for it."', "never hand",
     "never hand the council a blank cheque", "conditional"),
    ('Vost called the plan "a way of backing the library without writing a blank cheque".', "a way of backing",
     "without writing a blank cheque", "conditional"),
    ("Vost said her group would not give the council a free hand on the library.", "free hand",
     "not give the council a free hand", "conditional"),
    # any modal, or none in the present: the refusal held (the review, session 43: no condition before)
    ('Vost said: "We want the library built. But I\'d never hand the council a blank cheque for it."', "never hand",
     "never hand the council a blank cheque", "conditional"),
    ('Vost said: "We want the library built. But we must never hand the council a blank cheque for it."', "never hand",
     "never hand the council a blank cheque", "conditional"),
    ('Vost said: "We want the library built. But we shall not hand the council a blank cheque for it."', "not hand",
     "not hand the council a blank cheque", "conditional"),
    ('Vost said: "We want the library built. But we do not hand anyone a blank cheque."', "not hand",
     "not hand anyone a blank cheque", "conditional"),
    # a side refused "at any price": never, no condition (the review, session 43: conditional before); "but not at any
    # price" stays a condition (but_not)
    ('Vost said her group would not back a library "at any price".', "would not back", None, "oppose"),
    ("Vost said her group would back a library, but not at any price.", "would back", "at any price", "conditional"),
    # a refusal to come, with its own modal: held (the review: a passive participle counted as the past before)
    ('Vost said: "We want the library built. But the council will never be handed a blank cheque for it."',
     "never be handed", "never be handed a blank cheque", "conditional"),
    # what a thing is called, a refusal told in the past, a verb of no grant: no condition
    ('Vost said: "The library budget is not a blank cheque."', "library budget", None, None),
    ("Vost said the board did not write the library a blank cheque.", "did not write", None, None),
    ("Vost said the board chose not to shut the reading room and not to write the library a blank cheque.", "chose",
     None, None),  # (the infinitive under a verb in the past: a condition before, the review's DEVELOP case)
    # a refusal in the verb itself, neither negated nor after "without": no condition
    ("Vost said last year the board declined to write the library a blank cheque.", "declined", None, None),
    ("Vost said the library had found no buyer for its old hall at any price.", "old hall", None, None),
])
def test_a_grant_without_terms_refused(run, said: str, cue: str, required: str | None,  # type: ignore[no-untyped-def]
                                       stance: str | None) -> None:
    statement = statement_with(run(VOST + said, question=LIBRARY), cue)
    if required is None:
        assert not any("cheque" in c or "any price" in c for c in statement.conditions), statement.conditions
        assert stance is None or statement.stance == stance, (statement.stance, statement.stance_evidence)
        return
    assert any(required in c for c in statement.conditions), statement.conditions
    assert statement.stance == stance, (statement.stance, statement.stance_evidence)
