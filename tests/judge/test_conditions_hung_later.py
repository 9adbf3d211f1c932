"""A condition's clause the parse hangs on a word after its verb (issue 9, session 43: conditions._clause_conditions and
conditions._object_hung_later): the verb read as the auxiliary of a participle ("if the pier stayed shut into May"),
and the verb read as a clause on a word of its own object ("only if the contractor puts the ferry's start date on record").
The whole clause is the condition, not its first words. Invented sentences; each shape with a guard that ends at its
comma."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
REOPEN = "Will the council reopen the Calde pier?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words", "condition"), [
    # "remained" read as the auxiliary of "shut"
    ("Vost said the traders would struggle if the pier remained shut into the summer.", "traders would struggle",
     "if the pier remained shut into the summer"),
    # "puts" read as a clause on "start", "start date on record" as a second verb of the main clause's
    ("Vost said she could live with the pier opening late, but only if the contractor puts the ferry’s start date on "
     "record.", "could live", "only if the contractor puts the ferry’s start date on record"),
])
def test_the_whole_clause_is_the_condition(run, text: str, words: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=REOPEN), words)
    assert condition in statement.conditions, statement.conditions


@pytest.mark.parametrize(("text", "words", "after"), [
    # the word after the comma read as the sentence's head: no object of the clause's
    ('Vost said: "If it is revised to zero, the deficit vanishes."', "revised", "vanishes"),
    # the main clause under a modal, its subject read as the clause's object: a clause of its own
    ("Vost said that if the motion passes the committee will begin hearings on 6 May.", "motion passes", "hearings"),
    # a quoted main clause read as the complement of "said", no subject of its own: the sentence's own clause, not the
    # condition's (the review, session 43: swallowed before)
    ('Vost said: "If the survey fails don\'t expect us to back reopening the pier."', "survey fails", "expect us"),
    ('Vost said: "If the council wants the pier open let it pay for the new railings."', "wants the pier", "new railings"),
])
def test_a_clause_of_its_own_after_is_left_out(run, text: str, words: str, after: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=REOPEN), words)
    assert not any(after in c for c in statement.conditions), statement.conditions


def test_a_quoted_main_clause_keeps_its_side(run) -> None:  # type: ignore[no-untyped-def]
    """The refusal after a fronted if-clause stays the statement's side, not part of its condition (the review, session 43:
    support before, the condition read as demanding the act)."""
    statement = statement_with(run(INTRO + 'Vost said: "If the survey fails don\'t expect us to back reopening the pier."',
                                   question=REOPEN), "survey fails")
    assert statement.stance == "oppose", (statement.stance, statement.stance_evidence)
