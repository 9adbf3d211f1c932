"""A vote that names what it is cast on, and none of it names the question, is a vote on another thing: no side on
the question (aim.vote_elsewhere, read by polarity.py; issue 9, session 32). A vote that names the question, a
pronoun or nothing still counts. Invented articles, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from .conftest import statement_with

CLINIC = "Should the county close the Eastgate clinic?"
OPENING = "The county decides on the future of the Eastgate clinic next month."

pytestmark = pytest.mark.usefixtures("rules_alone")


def _votes(statement) -> list[str]:  # type: ignore[no-untyped-def]
    return [e for e in statement.stance_evidence if "vote" in e or e.lstrip("+-") == "against"]


@pytest.mark.parametrize(("quote", "words"), [
    ("The clinic closure is a disgrace. Every councillor who votes against the harbour parking motion this week will "
     "hear from me.", "harbour parking motion"),
    ("The clinic closure is a disgrace. Last year the board said yes to new ticket machines and nobody thanked it.",
     "ticket machines"),
    # a vote in a clause describing a noun is cast on that noun
    ("The clinic closure is a disgrace, and people in this valley want a candidate to vote for.", "candidate to vote for"),
    # an indefinite pronoun names no antecedent: it never stands for the question's act (aim.INDEFINITES, session 38)
    ("The clinic closure is a disgrace. Everyone in this valley asks me for one thing: bring us somebody to vote for.",
     "somebody to vote for"),
    ("The clinic closure is a disgrace, and the valley wants something to vote for.", "something to vote for"),
])
def test_a_vote_on_another_thing_takes_no_side(run, quote: str, words: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{OPENING}\n\n\"{quote}\" said Mara Voss, a county councillor."
    statement = statement_with(run(text, question=CLINIC), words)
    assert statement.stance == "oppose", statement.stance_evidence  # by "disgrace" alone
    assert not _votes(statement), statement.stance_evidence


@pytest.mark.parametrize(("quote", "words", "stance"), [
    ("I will vote against the closure of the clinic on Tuesday.", "closure of the clinic", "oppose"),
    ("The clinic closure is wrong, and I will vote against it on Tuesday.", "vote against it", "oppose"),
    ("I will vote for closing the clinic on Tuesday.", "closing the clinic", "support"),
    # the day a vote is cast on is no thing it is cast on
    ("The clinic has had its day. I will vote yes on Tuesday.", "vote yes on Tuesday", "support"),
])
def test_a_vote_on_the_question_still_counts(run, quote: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{OPENING}\n\n\"{quote}\" said Mara Voss, a county councillor."
    statement = statement_with(run(text, question=CLINIC), words)
    assert statement.stance == stance, statement.stance_evidence
    assert _votes(statement), statement.stance_evidence


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="known gap (review of session 32): aim.cast_on_noun's infinitive branch reads "
                   "the subject of 'want X to vote against' as what the vote is cast on, so the voter's vote is dropped "
                   "as a vote elsewhere (support from '+comes' alone); without that branch this is oppose, but "
                   "'want a councillor to vote for' (a choice sought) then reads as support")
def test_the_voter_wanted_to_vote_is_not_what_is_voted_on(run) -> None:  # type: ignore[no-untyped-def]
    quote = "When the closure comes to the chamber, we want every councillor to vote against."
    statement = statement_with(run(f"{OPENING}\n\n\"{quote}\" said Mara Voss, a county councillor.", question=CLINIC),
                               "to vote")
    assert statement.stance == "oppose", statement.stance_evidence
