"""Question shapes of session 43's opened batches (issue 9), pinned on invented questions and sentences: a phrasal act of
ending said by its sister phrases ("run dry", "run short") and denied by lasting ("the reservoir will last")."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition
from stancemap.judge.proposition_phrasal import ends, sister_phrases

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Alderman Tove Rask of the Harbour Party spoke in Brenmoor on Tuesday.\n\n"
DRY = "Will Dunsary run out of water this autumn?"


def test_a_phrasal_act_of_ending_has_its_sisters_and_lasting() -> None:
    # WordNet files "run short" and "run low" under the hypernym of "run out"'s first sense ("end"), and glosses "run
    # dry" as "become empty of water": the question's words when what runs out is water
    prop = parse_proposition(DRY)
    assert {"run dry", "run short", "run low"} <= set(prop.event)
    assert ends("run out") and not ends("build up")
    assert "run dry" not in sister_phrases("run out", {"money"})
    # an act done to an object joins no sisters ("break up the group": not "break bread")
    assert not any(w.startswith("break ") and w != "break up" for w in parse_proposition(
        "Will the Tellan board break up the Orvik group?").event)


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Rask said the wells of Dunsary would never run dry this autumn.", "never run dry", "oppose"),
    ("Rask said Dunsary runs short some time in October.", "runs short", "support"),
    ("Rask said Dunsary's water would run low by October.", "run low", "support"),
    ("Rask said the water would last into the winter.", "would last", "oppose"),
    ("Rask said the water would not last the autumn.", "not last", "support"),
])
def test_a_sister_phrase_is_read(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Before: no side (a sister phrase's second word is an adverb or a complement, not a particle; lasting was no word
    of the question)."""
    statement = statement_with(run(INTRO + text, question=DRY), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_sister_phrase_spoken_of_is_no_side(run) -> None:  # type: ignore[no-untyped-def]
    """"fears that the wells would run dry" speaks of the phrase; it does not say it will happen."""
    text = "Rask said fears that the wells of Dunsary would run dry were overblown by the press."
    statement = statement_with(run(INTRO + text, question=DRY), "run dry")
    assert not any("run dry (the proposition" in line for line in statement.stance_evidence), statement.stance_evidence


def test_and_then_some_is_no_step(run) -> None:  # type: ignore[no-untyped-def]
    """"X, and then some" says more than X, no step before another (conditions_then.then_steps read "cover its costs" as
    the condition of "some": conditional)."""
    question = "Will the Vendrath ferry link pay for itself?"
    text = "Rask said the ferry link would cover its costs and then some."
    statement = statement_with(run(INTRO + text, question=question), "cover its costs")
    assert statement.stance == "support" and not statement.conditions, statement.stance_evidence


FERRY = "Will the Vendrath ferry link pay for itself?"


def test_paying_for_itself_is_no_other_payment() -> None:
    # "payer" and "payment" name other payments ("the toll payers", "the loan payments"), not the link paying for itself
    prop = parse_proposition(FERRY)
    assert prop.event == ["pay"] and prop.object == "itself"
    assert {"payer", "payment"} <= set(parse_proposition("Will the council pay for the new roof?").event)


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Rask said the ferry link would break even within five years.", "break even", "support"),
    ("Rask said the ferry link would cover its day-to-day costs from fares.", "day-to-day costs", "support"),
    ("Rask said the ferry link would lose money every year.", "lose money", "oppose"),
    ("Rask said the ferry link would need a subsidy for ever.", "subsidy", "oppose"),
    ("Rask said the ferry link would never cover its costs.", "never cover", "oppose"),
])
def test_an_idiom_of_money_answers_paying_for_itself(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Before: neutral (none of these holds "pay"; recouping.py)."""
    statement = statement_with(run(INTRO + text, question=FERRY), words)
    assert statement.stance == stance, statement.stance_evidence


def test_an_idiom_of_money_is_read_only_under_its_question(run) -> None:  # type: ignore[no-untyped-def]
    """"lose money" says nothing of whether the council should build the link."""
    text = "Rask said the ferry link would lose money every year."
    statement = statement_with(run(INTRO + text, question="Will the council build the Vendrath ferry link?"), "lose money")
    assert not any("its cost recovered" in line for line in statement.stance_evidence), statement.stance_evidence


SHIELD = "Did the umpire's decision cost Vendrath Ostlings the Tellan Shield?"


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Rask said the decision had been backed by the replay official.", "backed", "oppose"),
    ("Rask said the decision was correct.", "correct", "oppose"),
    ("Rask said the decision was plainly wrong.", "plainly wrong", "support"),
])
def test_a_decision_asked_as_a_cause(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """A decision backed or called right did not cost them the shield; one called wrong did (before: "+supported"
    support, "correct" neutral, "-wrong" oppose; cause_judged.py)."""
    statement = statement_with(run(INTRO + text, question=SHIELD), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_decision_judged_under_another_question_is_not_turned() -> None:
    from stancemap.judge.cause_judged import decision_asked
    from stancemap.model import Question

    assert decision_asked(Question(SHIELD, proposition=parse_proposition(SHIELD))) == "decision"
    other = "Will the board overturn the umpire's decision?"
    assert decision_asked(Question(other, proposition=parse_proposition(other))) == ""


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Rask said the decision made no difference to the result.", "no difference", "oppose"),
    ("Rask said the umpire's decision changed everything for Vendrath.", "changed everything", "support"),
    ("Rask said the result would be the same without it.", "be the same", "oppose"),
])
def test_an_outcome_unchanged_denies_the_cost(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """The counterfactual outcome a decision's cost asks about: unchanged, it cost them nothing (cause_judged.py)."""
    statement = statement_with(run(INTRO + text, question=SHIELD), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words"), [
    (DRY, "Rask said the conversation at the meeting ran dry.", "ran dry"),
    (DRY, "Rask said her patience was running short.", "running short"),
    ("Will the Dunsary council back down over the pier?", "Rask said the protesters backed off.", "backed off"),
    ("Will the Dunsary pier deal fall through?", "Rask said the mayor's jokes fell flat.", "fell flat"),
])
def test_a_sister_phrase_said_of_another_thing_is_no_side(run, question: str, text: str,  # type: ignore[no-untyped-def]
                                                          words: str) -> None:
    """A sister phrase counts only when its subject names the question's thing or subject, or is a pronoun (before: the
    conversation running dry was the town running out of water; the review, session 43)."""
    statement = statement_with(run(INTRO + text, question=question), words)
    assert not any("other words" in line for line in statement.stance_evidence), statement.stance_evidence
    assert statement.stance in {None, "neutral"}, statement.stance_evidence


@pytest.mark.parametrize(("text", "words"), [
    ("Rask said the new manager had changed everything at the club.", "changed everything"),
    ("Rask said the rain made no difference to the crowd.", "no difference"),
    ("Rask said the result would be the same without the new striker.", "be the same"),
])
def test_an_outcome_said_of_another_cause_is_no_side(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """The cause that made (no) difference must be the decision, or "it", "this", "that" (before: any cause; the review)."""
    statement = statement_with(run(INTRO + text, question=SHIELD), words)
    assert not any("(the outcome" in line for line in statement.stance_evidence), statement.stance_evidence


def test_a_stance_word_on_the_team_or_the_prize_is_not_turned(run) -> None:  # type: ignore[no-untyped-def]
    """Only a word said of the decision turns (before: "deserved the shield" turned as if said of the decision: oppose)."""
    question = "Did the referee's ruling cost the Ostlings the shield?"
    statement = statement_with(run(INTRO + "Rask said the Ostlings deserved the shield.", question=question), "deserved")
    assert statement.stance == "support", statement.stance_evidence
    statement = statement_with(run(INTRO + "Rask said the ruling was deserved.", question=question), "deserved")
    assert statement.stance == "oppose", statement.stance_evidence


def test_an_evaluative_word_on_the_decision_is_turned(run) -> None:  # type: ignore[no-untyped-def]
    """"a disgrace" said of the decision argues it cost them, as "wrong" does (before: oppose, VADER's word unturned)."""
    statement = statement_with(run(INTRO + "Rask said the decision was a disgrace.", question=SHIELD), "disgrace")
    assert statement.stance == "support", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Rask said the ferry link would repay the subsidy within ten years.", "repay", None),
    ("Rask said the ferry link would rely on subsidies for ever.", "rely on", "oppose"),
    ("Rask said the ferry link would be a grant by another name.", "grant", "oppose"),  # ("bailout": not in WordNet 3.0)
])
def test_a_subsidy_counts_only_needed(run, text: str, words: str, stance: str | None) -> None:  # type: ignore[no-untyped-def]
    """A noun of propping money says the thing does not pay for itself only as what it needs, gets or relies on, or as
    what it is (before: "repay the subsidy" oppose; the review, session 43)."""
    statement = statement_with(run(INTRO + text, question=FERRY), words)
    if stance is None:
        assert statement.stance != "oppose", statement.stance_evidence
    else:
        assert statement.stance == stance, statement.stance_evidence


def test_a_sister_phrase_said_of_a_concrete_thing_is_read(run) -> None:  # type: ignore[no-untyped-def]
    """A concrete thing that can be used up may say the question's thing in other words ("the taps", "the town"), where a
    figure's subject may not (`_a_concrete_thing`)."""
    for text, words in [("Rask said the taps would run dry by August.", "run dry"),
                        ("Rask said the town would run short by October.", "run short")]:
        statement = statement_with(run(INTRO + text, question=DRY), words)
        assert statement.stance == "support", statement.stance_evidence
