"""A comparison asked with "Is X better value than Y?" (issue 9, session 30): the noun before the comparative read as the
subject's head, not as a verb of "Is"; the copula no event word; the other option read once, from the parse
(Proposition.compared_with, the frames' own reading: extract/frames_words.compared_option), by judge/terms.py."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition


@pytest.mark.parametrize(("question", "subject", "option"), [
    # "Is" never takes "plan" as its verb: red before (subject "the Ormond tram", predicate "plan")
    ("Is the Ormond tram plan better value than the coach upgrade?", "the Ormond tram plan", "the coach upgrade"),
    ("Is the Tarrow ferry plan better value than the bus network upgrade?", "the Tarrow ferry plan",
     "the bus network upgrade"),
])
def test_a_noun_before_a_comparison_ends_the_subject(question: str, subject: str, option: str) -> None:
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate, prop.compared_with) == (subject, "be", option), prop.reading
    # the copula names no act when the complement does ("value"): "is" and "was" make no passage about the question
    assert "be" not in prop.event and "value" in prop.event and "plan" not in prop.event, prop.event
    assert "plan" in prop.things, prop.things


def test_no_options_without_an_option_after_than() -> None:
    # an amount, an alternative set aside, an expectation: nothing compared (terms read no rival)
    for question in ("Will the Workers' Front win more than forty seats?", "Should Tellan build a tram rather than widen "
                     "the road?", "Will the deficit be larger than expected?", "Will the council approve the budget?"):
        assert parse_proposition(question).compared_with == "", question


def test_a_bare_verb_after_than_is_the_option() -> None:
    # "pass" tagged a bare verb (VB) as the object of "than": a noun misread, the option all the same
    # (extract/frames_words.compared_option; red without its VB clause, which gives "")
    prop = parse_proposition("Is the Halsey season ticket better value than the Brennock day pass?")
    assert prop.compared_with == "the Brennock day pass", prop.reading
