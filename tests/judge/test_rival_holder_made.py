"""A standing made by a verb of making is said of the one made, not of the maker (judge/rival_holder.py `_holder`;
found by session 41's review). Invented question and sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

QUESTION = "Is Ysmay Corrigal still the favourite to win the Marrowvale Cup?"
TEXT = """The final of the Marrowvale Cup is on Sunday in Harkspur.

Bookmaker Vintry Quenneth said the odds had made Ysmay Corrigal the favourite again.

Quenneth said the weather had made Pell Strasky the favourite overnight.
"""


def test_a_standing_made_is_said_of_the_one_made(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(TEXT, QUESTION)
    # the question's subject made the favourite: no rival's standing (red before: "-favourite of another (odds)")
    assert not any("of another" in line for line in statement_with(analysis, "made Ysmay Corrigal").stance_evidence)
    rival = statement_with(analysis, "made Pell Strasky")  # another name made the favourite
    assert rival.stance == "oppose" and any("of another (Strasky)" in line for line in rival.stance_evidence)

