"""A condition that gives something up demands the proposition's opposite only when what is given up is named by the
question itself or its act: not a noun only the corpus adds to the question's things, nor someone named inside a
relative clause of what is given up (judge/stance.py `_exit_aimed`, `_names_the_question`, `_described_out`; issue 9,
session 42). Invented sentences; the guards (the question's own thing or act given up) are in
tests/judge/test_stance.py (`abandons its plans to admit`, `renounce its ambitions`, `stepped aside`) and below."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
LIBRARY = "Will the council approve the new library?"
# "levy", opposed twice, becomes one of the corpus's own names for the question's thing (Proposition.add_corpus_terms)
LEVY = ("Vost said the Green Union opposes the parking levy. The traders guild also opposes the parking levy, its chair "
        "Ivo Brant said. ")

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words"), [
    (LEVY + "Vost said a deal on the new library was possible only if the council withdrew the parking levy.",
     "a deal on the new library"),
    ("Vost said a deal was possible only if the council handed the reading room the grant that the library was refused.",
     "a deal was possible"),
    ("Vost said a deal was possible only if the council refused to publish the letter the library board was sent.",
     "a deal was possible"),
])
def test_something_else_given_up_is_a_condition(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == "conditional", statement.stance_evidence


def test_the_questions_own_thing_given_up_is_its_opposite(run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + "Vost said a deal was possible only if the council withdrew its plans for "
                                           "the new library.", question=LIBRARY), "a deal was possible")
    assert statement.stance == "oppose", statement.stance_evidence


def test_the_questions_thing_given_up_in_a_relative_clause_is_its_opposite(run) -> None:  # type: ignore[no-untyped-def]
    # the giving-up verb in a relative clause on another noun: its own object is what is given up (the review, session 42)
    statement = statement_with(run(INTRO + "Vost said a deal was possible only with a council that withdrew its plans "
                                           "for the new library.", question=LIBRARY), "a deal was possible")
    assert statement.stance == "oppose", statement.stance_evidence
