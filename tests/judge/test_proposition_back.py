"""Getting back what another holds (issue 9, session 38; judge/proposition_terms.py `fill_terms`, ACQUIRING, HOLDING):
under "Will the Harbour Party win back Eastmoor North?" the holder keeping the seat ("we will hold it") is the act's
opposite. Invented questions and sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition

from .conftest import statement_with

INTRO = "Councillor Ines Vord of the Moorland League spoke in Eastmoor on Tuesday.\n\n"
BACK = "Will the Harbour Party win back Eastmoor North at the by-election?"


@pytest.mark.parametrize("question", [
    BACK,
    "Will the city council buy back the ferry company from its owners?",  # "buy back": a kind of "get"
])
def test_getting_back_is_opposed_by_keeping(question: str) -> None:
    prop = parse_proposition(question)
    assert {"hold", "keep", "retain"} <= set(prop.opposites), prop.opposites


@pytest.mark.parametrize("question", [
    "Will the mayor bring back the night tram?",  # "bring back": a kind of "bring", nothing held by another
    "Will the Harbour Party win Eastmoor North at the by-election?",  # no "back": nobody holds what is won
])
def test_no_hold_is_opposed_where_nothing_is_got_back(question: str) -> None:
    prop = parse_proposition(question)
    assert not {"hold", "retain"} & set(prop.opposites), prop.opposites


@pytest.mark.usefixtures("rules_alone")
def test_winning_back_is_opposed_by_a_hold(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "Vord said the League would hold Eastmoor North and hold it easily."
    statement = statement_with(run(text, question=BACK), "would hold Eastmoor North")
    assert statement.stance == "oppose", statement.stance_evidence
