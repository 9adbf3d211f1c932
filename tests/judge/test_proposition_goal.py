"""Where a question's act goes, or what it makes of its object (issue 9, session 36; proposition_phrases.goal_of,
proposition_terms.goal_terms): "Will the strike spread to X's hospitals?" named X nowhere among its words, and "turn the
site into a park" had no word for the park. Invented questions."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition


def test_the_goal_of_a_motion_is_a_word_of_the_question() -> None:
    prop = parse_proposition("Will the nurses' strike in Hallam spread to Dunmore's clinics?")
    assert "dunmore" in prop.anchors and "hallam" in prop.anchors
    assert "clinic" in prop.things
    assert prop.object == ""  # a goal is not what the act is done to


def test_the_result_of_turning_a_thing_into_another_is_a_word_of_the_question() -> None:
    prop = parse_proposition("Should Wexcombe turn the old Ashby tannery site into a meadow?")
    assert "meadow" in prop.things
    assert prop.object == "the old Ashby tannery site" and "meadow" not in prop.event


@pytest.mark.parametrize(("question", "field", "word"), [
    ("Will the base rate rise to 5 per cent?", "things", "cent"),  # an amount is no goal
    # a passive's "to" is whom it went to, not where the act goes
    ("Was the draft budget leaked to the Hallam Gazette?", "anchors", "gazette"),
])
def test_no_goal_without_a_place_or_a_result(question: str, field: str, word: str) -> None:
    assert word not in getattr(parse_proposition(question), field)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.xfail(strict=True, reason="another use of the same site is no option the question names: the result's "
                   "rival would have to come from the corpus (q_turninto's homes; session 36, left)")
def test_another_use_of_the_site_opposes_its_result(run) -> None:  # type: ignore[no-untyped-def]
    from .conftest import statement_with

    text = ("Councillor Mara Voss of the Ferrow Alliance spoke in Wexcombe on Tuesday.\n\n"
            "Voss said the council should build houses on the tannery site instead.")
    statement = statement_with(run(text, question="Should Wexcombe turn the old Ashby tannery site into a meadow?"),
                               "build houses")
    assert statement.stance == "oppose", statement.stance_evidence
