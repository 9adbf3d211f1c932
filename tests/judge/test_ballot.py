"""A vote cast with nothing named as what it is for, in an article about the question (judge/ballot.py):
it votes on the question. Invented articles on several question shapes, the learned layer off."""

from __future__ import annotations

import pytest

from stancemap.judge.article import VOTE_CAST

from .conftest import statement_with

BILL = "Will the assembly pass the housing bill?"
CLINIC = "Should the county close the Eastgate clinic?"
OFFER = "Will the union accept the pay offer?"
ELECTION = "Will Tomas Hale win the mayoral election?"


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")


@pytest.mark.parametrize(("question", "opening", "quote", "words", "stance"), [
    (BILL, "The housing bill returns to the assembly on Thursday.", "I will be voting yes, and so will my colleagues.",
     "voting yes", "support"),
    (CLINIC, "The county decides on the future of the Eastgate clinic next month.",
     "Our members will vote against, every one of them.", "vote against", "oppose"),
    (OFFER, "Union members are balloted on the pay offer this week. The hall was full on Monday night.",
     "We did not vote for this and we never will.",
     "did not vote for this", "oppose"),
    (OFFER, "Union members are balloted on the pay offer this week.", "I am asking every member to vote yes on Friday.",
     "vote yes", "support"),
])
def test_a_vote_on_nothing_named_votes_on_the_question(run, question, opening, quote, words, stance) -> None:  # type: ignore[no-untyped-def]
    text = f"{opening}\n\n\"{quote}\" said Mara Voss, a local organiser."
    statement = statement_with(run(text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
    assert statement.stance_evidence[0].startswith(VOTE_CAST)


@pytest.mark.parametrize(("question", "opening", "quote", "words"), [
    # A vote for someone named is about that person (the usual rules read rivals), not a vote on the question.
    (ELECTION, "Tomas Hale faces the voters of the mayoral election on Sunday.", "I will vote for Anna Berg.", "Anna Berg"),
    # A vote already cast is history.
    (ELECTION, "Tomas Hale faces the voters of the mayoral election on Sunday.", "People here voted for him last time.",
     "last time"),
    # "say no to someone" refuses a person; it answers no question.
    (CLINIC, "The county decides on the future of the Eastgate clinic next month.",
     "The doubt is whether the manager can say no to the people who hired her.", "say no to the people"),
    # A vote in a clause describing a noun is cast on that noun ("a candidate to vote for"), not on the question.
    (CLINIC, "The county decides on the future of the Eastgate clinic next month.",
     "Folk in the valley are asking for a candidate to vote for.", "candidate to vote for"),
])
def test_a_vote_for_something_named_or_already_cast_is_not_read_so(run, question, opening, quote, words) -> None:  # type: ignore[no-untyped-def]
    text = f"{opening}\n\n\"{quote}\" said Mara Voss, a local organiser."
    statement = statement_with(run(text, question=question), words)
    assert not statement.stance_evidence or not statement.stance_evidence[0].startswith(VOTE_CAST)


def test_a_vote_in_an_article_about_something_else_is_not_read(run) -> None:  # type: ignore[no-untyped-def]
    text = "The harbour festival opens on Saturday.\n\n\"I will be voting yes,\" said Mara Voss, a local organiser."
    statement = statement_with(run(text, question=BILL), "voting yes")
    assert statement.stance is None


@pytest.mark.parametrize(("quote", "words", "stance"), [
    ("A no vote is our one chance to win the money back.", "A no vote", "oppose"),  # an article before the answer
    ("We are going to vote it down on Friday.", "vote it down", "oppose"),  # the particle is the answer
    ("I expect a yes vote on Friday.", "a yes vote", "support"),
])
def test_a_no_vote_and_voting_it_down(run, quote: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """"a no vote" (lower case: the article makes "no" the answer, not "no vote at all") and "vote it down" cast a vote
    (votes.vote_sign; session 34)."""
    text = f"Union members are balloted on the pay offer this week.\n\n\"{quote}\" said Mara Voss, a local organiser."
    statement = statement_with(run(text, question=OFFER), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("quote", "words", "stance"), [
    ("Frankly, the members would be crazy to vote no.", "crazy to vote no", "support"),
    ("Honestly, it would be madness to vote yes.", "madness to vote yes", "oppose"),
    ("Honestly, they would be wise to vote no.", "wise to vote no", "oppose"),
])
def test_a_vote_judged_as_a_choice(run, quote: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """A vote under a word judging the choice to cast it takes the judgement's sign (ballot.silent_vote with
    judged.extraposed, session 38)."""
    text = f"Union members are balloted on the pay offer this week.\n\n\"{quote}\" said Mara Voss, a local organiser."
    statement = statement_with(run(text, question=OFFER), words)
    assert statement.stance == stance, statement.stance_evidence


def test_no_vote_at_all_is_no_answer(run) -> None:  # type: ignore[no-untyped-def]
    """"there was no vote at all": "no" with no article before it is the determiner, no vote cast."""
    text = ("Union members are balloted on the pay offer this week.\n\n"
            "\"There has been no vote at all in the branch,\" said Mara Voss, a local organiser.")
    statement = statement_with(run(text, question=OFFER), "no vote at all")
    assert statement.stance != "oppose", statement.stance_evidence


def test_a_yes_vote_as_the_subject_of_its_outcome_casts_nothing(run) -> None:  # type: ignore[no-untyped-def]
    """"a yes vote would bring shorter shifts": what the vote would bring is weighed, no vote is cast (votes.py
    `_after_an_article`)."""
    text = ("Union members are balloted on the pay offer this week.\n\n"
            "\"A yes vote would bring shorter shifts,\" said Mara Voss, a local organiser.")
    statement = statement_with(run(text, question=OFFER), "would bring")
    assert not statement.stance_evidence or not statement.stance_evidence[0].startswith(VOTE_CAST), \
        statement.stance_evidence


def test_a_yes_vote_misparsed_as_an_object_casts_nothing(run) -> None:  # type: ignore[no-untyped-def]
    """"bosses warn a yes vote might bring closures": the tagger reads the vote as the object of "warn" (and the
    statement as "a yes vote"); a modal right after it says it is the subject of its outcome (votes.py
    `_after_an_article`)."""
    text = ("Union members are balloted on the pay offer this week.\n\n"
            "Bosses at the bakery warn a yes vote might bring closures and longer rotas.")
    statement = statement_with(run(text, question=OFFER), "yes vote")
    assert not statement.stance_evidence or not statement.stance_evidence[0].startswith(VOTE_CAST), \
        statement.stance_evidence


@pytest.mark.parametrize("quote", ["A no vote would be a disaster for the branch.",
                                   "A yes vote is a betrayal of the night shift."])
def test_a_vote_weighed_by_a_copula_casts_nothing(run, quote: str) -> None:  # type: ignore[no-untyped-def]
    """"a no vote would be a disaster", "a yes vote is a betrayal": the vote is weighed (what it would bring, or blamed),
    not cast, as "a no vote is our one chance" casts it (votes.py `_after_an_article`; red before the review of
    session 34: the first read oppose, the second support)."""
    text = f"Union members are balloted on the pay offer this week.\n\n\"{quote}\" said Mara Voss, a local organiser."
    statement = statement_with(run(text, question=OFFER), "vote")
    assert not statement.stance_evidence or not statement.stance_evidence[0].startswith(VOTE_CAST), \
        statement.stance_evidence
