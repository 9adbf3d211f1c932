"""What a refusal refuses, described by a relative clause, is listed as its condition and leaves its side; "not only"
adds and limits nothing; a requirement noun in the sense of circumstances sets no term (issue 9, session 29:
judge/demands.py `_refusing_any`, conditions.REFUSED, judge/stance.py; conditions_only.py; conditions._requirements).
Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import statement_with

LIBRARY = "Will the council approve the new library?"
INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words", "condition"), [
    ("Vost said her group would oppose any library plan that added to the parking fees.", "oppose any",
     "added to the parking fees"),
    ("Vost said the union would fight any library design that relied on further cuts to the buses.", "fight any",
     "relied on further cuts"),
])
def test_what_a_refusal_refuses_is_its_condition(run, text: str, words: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert any(condition in c for c in statement.conditions), statement.conditions
    assert statement.stance == "oppose", statement.stance_evidence  # the side its words say, not conditional
    # read as what is refused (stance._with_conditions), not left to a later rule
    assert any(e.startswith("what is refused, described") for e in statement.stance_evidence), statement.stance_evidence


@pytest.mark.parametrize(("text", "words"), [
    # a relative clause set apart by a comma describes; a side denied refuses a kind of thing (gold lists none); a
    # refusal said as a fact, not a hypothetical
    ("Vost said her group would oppose any library plan, which the mayor had drawn up in June.", "oppose any"),
    ("Vost said her group would not accept any library plan that closed the old reading room.", "not accept"),
    ("Vost said her group will block any library plan that closes the old reading room.", "block any"),
])
def test_no_refusal_described_here(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert not any(n.startswith("refuses") for n in statement.conditions_normalized), statement.conditions


def test_not_only_adds(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + 'Vost said support for the library was "growing everywhere, and not only in the old town".'
    statement = statement_with(run(text, question=LIBRARY), "growing everywhere")
    assert not any("only in the old town" in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words", "kept"), [
    ("Vost said the library staff had worked for years in impossible conditions.", "worked for years", False),
    ("Vost said the reading room was too damp, conditions that can ruin old books on their own.", "too damp", False),
    # a requirement set stays one
    ("Vost said she would back the library only on two conditions: a cap on fees and a reading room.", "back the library",
     True),
])
def test_conditions_as_circumstances(run, text: str, words: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert any("condition" in c for c in statement.conditions) == kept, statement.conditions


@pytest.mark.parametrize(("text", "kept"), [
    ("Vost said that the new library meets every fire requirement.", False),
    ("Vost said the library could open if it meets every fire requirement.", True),
])
def test_a_requirement_met_reported(run, text: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), "library")
    assert any("requirement" in c for c in statement.conditions) == kept, statement.conditions


@pytest.mark.parametrize(("text", "kept"), [
    ("Vost said the library plan rests on visitor forecasts that nobody has checked.", False),
    ("Vost said the library plan rested on a survey done in a dry year.", False),
    ("Vost said her support for the library would rest on a cap on fees.", True),
    # a side's, said in the present, is held on it too (review of s29-cond: red on 779fd90f)
    ("Vost said her group's support for the library rests on a cap on parking fees.", True),
    ("Vost said the Green Union's backing for the library rests on one thing: a free reading room.", True),
])
def test_rests_on_a_basis(run, text: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), "library")
    assert bool(statement.conditions) == kept, statement.conditions


@pytest.mark.parametrize(("text", "words", "kept"), [
    ('"We will back the library, but we want it finished by the spring," Vost said.', "back the library", False),
    ("Vost said she backs the library and wants it built by the spring.", "backs the library", False),
    # a change to another thing wanted stays a term, and so does an "it" that stands for the that-clause after it
    ('"We will back the library, but we want it written into the contract that the reading room stays free," Vost said.',
     "back the library", True),
    ('"We will back the library, but we want the opening hours extended to Sundays," Vost said.', "back the library",
     True),
])
def test_the_thing_itself_wanted_done(run, text: str, words: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert any(n.startswith("requires") for n in statement.conditions_normalized) == kept, statement.conditions
