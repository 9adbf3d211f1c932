"""Question shapes of session 24 (issue 9 items 1 and 6), probed on invented corpora before the day's batches were
read: the proposed question's words. Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from .test_question_named_acts import _propose


def test_a_dateline_before_the_thing() -> None:
    # Before: 'Will Monday - Palmer's power grid cope?' (the dateline's day hung on the phrase by the parse).
    text = _propose([
        "Sorrel grid faces winter test\n\nSorrel, Monday - Sorrel's power grid will cope with the winter, the operator "
        "said. An engineer warned the grid would not cope with a cold snap.",
        "Blackout fears in Sorrel\n\nSorrel, Wednesday - Engineers doubt the grid can cope with demand. The minister "
        "said the grid would cope.",
        "Sorrel grid holds\n\nSorrel, Friday - The operator said the night showed the grid could cope. Critics said one "
        "night proved nothing and the grid will not cope in January.",
    ])
    assert text == "Will Sorrel's power grid cope?", text


WORTH = [
    "Harbour hall bill hits 90 million\n\nMayor Ruth Hale said the Selby concert hall was worth every crown. Councillor "
    "Ivo Marsh said the hall was not worth the money. Economist Pia Lund said such halls are rarely worth their cost.",
    "Hall critics say Selby overpaid\n\nResidents said the Selby concert hall was a waste of money and not worth half "
    "its cost. Hale insisted the hall was worth it.",
    "Selby hall opens\n\nHale said the opening proved the hall was worth its cost. Marsh said the hall would never be "
    "worth what the city paid.",
]


def test_question_proposed_an_evaluation() -> None:
    # Before: 'Is the Selby concert hall worth?' ("worth" takes an object as no other adjective does).
    assert _propose(WORTH) == "Is the Selby concert hall worth it?"


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="a thing as the cause ('the Lenton bypass caused the flooding') is no subject "
                   "the map records (frames.py records names and bodies), and a causing act is asked in the future")
def test_question_proposed_a_cause() -> None:
    text = _propose([
        "Floods blamed on Lenton bypass\n\nResidents said the Lenton bypass caused the flooding. The agency said the "
        "bypass did not cause the flooding and blamed record rain.",
        "Agency report clears bypass\n\nThe agency said the bypass was not to blame for the flooding. A hydrologist said "
        "the bypass caused the flooding in the lower town.",
        "Families demand compensation\n\nFamilies said the bypass caused the flooding of their homes. The agency said the "
        "rain caused the flooding.",
    ])
    assert text == "Did the Lenton bypass cause the flooding?", text


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="a past fact in the passive ('was rigged') is not counted as said in the past "
                   "(frames.py's clauses.said_in_past reads 'did'/'had' and the simple past, not 'was' before a participle)")
def test_question_proposed_a_past_fact_in_the_passive() -> None:
    text = _propose([
        "Fraud claims after Dunmore vote\n\nThe opposition said the Dunmore election was rigged. The commission said the "
        "election was not rigged.",
        "Recount demanded in Dunmore\n\nOpposition leader Kai Brant said the election had been rigged. Observers said "
        "the election was clean.",
        "Court hears Dunmore challenge\n\nBrant told the court the election was rigged. The mayor said nobody rigged the "
        "election.",
    ])
    assert text == "Was the Dunmore election rigged?", text


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="a person's move 'leave A for B' is not an act the proposer frames (the "
                   "question came out 'Will Castor City's join Ashlow?')")
def test_question_proposed_a_move() -> None:
    text = _propose([
        "Pell linked with Castor move\n\nStriker Aron Pell will leave Ashlow Town for Castor City, his agent said. "
        "Ashlow's manager said Pell would not leave the club.",
        "Ashlow reject Castor bid\n\nWexley rejected Castor City's bid. The agent said Pell wants to leave Ashlow Town for "
        "Castor City this summer.",
        "Pell stays put\n\nThe manager said Pell would stay at Ashlow. Castor's director said Pell could still leave "
        "Ashlow Town in January.",
    ])
    assert text == "Will Aron Pell leave Ashlow Town for Castor City?", text
