"""A statement's own words (issue 9, session 7), one invented sentence each over several question shapes,
the learned layer off so the rules answer: evaluative words (VADER valence) count only when aimed at the
proposition (a complementiser or relative "that" stands for nothing; a demonstrative still points back;
praise said of the one a departing predicate takes away is aimed at a participant of the act); a
predicate that takes a person away ("sack", "extradite") reads like "ban"; "A, not B" negates B only;
a refusal held "while" a state lasts is opposition; an act named as the subject of a judgement ("rejecting
the offer would be a mistake") takes the act's sign times the judgement's."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Voss of the Civic List spoke in Tallow on Tuesday.\n\n"
BRIDGE = "Will the council approve the ferry terminal?"
QUIT = "Will the treasurer resign before the audit?"
BILL = "Will the assembly pass the water bill?"


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # A complementiser or relative "that" stands for nothing: praise of pilots or towns judges no act.
    (BRIDGE, "Voss said the ferry terminal was on the agenda, and that the finest pilots had trained abroad.",
     "finest pilots", "neutral"),
    # A demonstrative usually points back to the act ("this raid" for a takeover): it still counts.
    (BILL, "\"The water bill is a raid on farmers. We will fight this raid in every court we can,\" Voss said.",
     "fight this raid", "oppose"),
    # A pronoun that stands for the act still carries the judgement.
    (BILL, "Voss said the water bill was tabled on Monday. \"It is a disgrace,\" she said.", "It is a disgrace",
     "oppose"),
    # Praise of the one a departing predicate takes away opposes the act, with no word of the act nearby.
    (QUIT, "Voss said the treasurer had been superb throughout the crisis.", "superb", "oppose"),
    (QUIT, "\"The treasurer has my full confidence for now,\" Voss said.", "full confidence", "oppose"),
    # The B of "A, not B" is the alternative set aside: described, not judged (its "not" flips nothing);
    # a judgement before the "not" still counts (negation_forms.rejected_alternative).
    (BRIDGE, "Voss said the ferry terminal needed a sober timetable, not a cheerful one.", "cheerful one", "neutral"),
    (BRIDGE, "\"The ferry terminal is a disaster, not a gift,\" Voss said.", "not a gift", "oppose"),
])
def test_stance_evaluative_target(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


SACK = "Will the club sack its manager Ivo Lenk?"
EXTRADITE = "Will Varnia extradite the journalist Marek Dunnock?"


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # A predicate that takes a person away (WordNet: below "remove" or "expel") reads like "ban": praise
    # or backing of the person opposes the act, blame supports it, the act in other words restates it.
    (SACK, "\"Lenk has been brilliant this season,\" Voss said.", "brilliant", "oppose"),
    (SACK, "Voss said the board had backed Lenk on Monday.", "backed Lenk", "oppose"),
    (SACK, "Voss said Lenk had been a disaster and had to go.", "a disaster", "support"),
    (SACK, "Voss said the board would not sack Lenk.", "not sack", "oppose"),
    (EXTRADITE, "Voss said she supported Dunnock and his family.", "supported Dunnock", "oppose"),
    (EXTRADITE, "Voss said Varnia must extradite Dunnock without delay.", "must extradite", "support"),
    (EXTRADITE, "Voss said the court should block the extradition.", "block the extradition", "oppose"),
])
def test_stance_act_that_removes_a_person(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_removing_predicates_come_from_wordnet() -> None:
    from stancemap.judge.privative import removes_person

    assert removes_person("sack", "manager", False) and removes_person("extradite", "journalist", True)
    # A helping act, or a removal of a thing (the same hypernyms hold of "bail out" the water), is not one.
    assert not removes_person("pardon", "journalist", True) and not removes_person("appoint", "governor", False)
    assert not removes_person("bail out", "bank", False)


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # "A, not B": the "not" negates B only; A stays asserted.
    (BILL, "\"The water bill is a burden, not a lifeline,\" Voss said.", "a burden", "oppose"),
    (BILL, "\"The water bill is a lifeline, not a burden,\" Voss said.", "a lifeline", "support"),
])
def test_stance_not_after_a_comma_negates_what_follows(run, question: str, text: str, words: str,  # type: ignore[no-untyped-def]
                                                       stance: str) -> None:
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # A refusal held "while" a state lasts opposes the act now; "until" / "unless" name what would change it.
    (BILL, "Voss said her party could not support the water bill while farmers paid the levy.", "while farmers",
     "oppose"),
    (BILL, "Voss said her party would not support the water bill until the levy was dropped.", "until the levy",
     "conditional"),
])
def test_stance_refusal_while_a_state_lasts(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


ACCEPT = "Will the board accept the takeover offer?"
MERGER = "Will the regulator approve the merger?"
SCRAP = "Will the Harlow council scrap the tram line?"
BLOCK = "Will the regulator block the merger?"


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # An act toward the proposition as the subject of a judgement: the act's sign times the judgement's.
    (ACCEPT, "\"Rejecting the offer out of hand would be a mistake,\" Voss said.", "a mistake", "support"),
    (MERGER, "\"Blocking the merger would be a disaster for the town,\" Voss said.", "a disaster", "support"),
    (BILL, "\"Voting against the water bill would be reckless,\" Voss said.", "reckless", "support"),
    (BILL, "\"Passing the water bill would be reckless,\" Voss said.", "reckless", "oppose"),
    (BILL, "\"Opposing the water bill is the right thing for this town,\" Voss said.", "right thing", "oppose"),
    # A noun of taking a side as the subject of a hypothetical: weighed by what it would bring, the
    # negation of "would not" belonging to the judgement (judge/judged.py, _stance_noun).
    (ACCEPT, "\"A No vote on the takeover offer would not win the crews a better deal,\" Voss said.", "better deal",
     "support"),
    (BILL, "\"A vote against the water bill would protect every farmer in the valley,\" Voss said.", "protect every",
     "oppose"),
    # Not a hypothetical: the noun is the speaker's answer, read as usual.
    (BILL, "Voss said a vote against the water bill was the only sensible answer.", "sensible answer", "oppose"),
    # Under a privative predicate the act's sign is read against what it takes away: keeping or clearing
    # its object is the other way (judge/judged.py `_act_sign`), and the judgement keeps its own sign.
    (SCRAP, "\"Keeping the tram line would be a waste of money,\" Voss said.", "waste of money", "support"),
    (SCRAP, "\"Scrapping the tram line would be a disaster for the east side,\" Voss said.", "a disaster", "oppose"),
    (BLOCK, "\"Clearing the merger would be a disaster for the town,\" Voss said.", "a disaster", "support"),
    (BLOCK, "\"Approving the merger would be a mistake,\" Voss said.", "a mistake", "support"),
    # the act named by its noun in -ing, which WordNet lacks ("scrapping"), under a word of stopping: stopping the act
    # (the review, session 16: support before, proposition_terms._gerunds)
    (SCRAP, "\"Halting the scrapping of the tram line would be wise,\" Voss said.", "wise", "oppose"),
])
def test_stance_act_judged_as_subject(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


POSTPONE = "Should the Tallow exams be postponed?"


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # the act, or its decision, put off until something is done: against it now, no term of a side (session 43)
    (BRIDGE, 'Voss said: "We will argue that the council should defer it until the harbour survey is in."',
     "defer it", "oppose"),
    (BRIDGE, "Voss urged the council to delay any decision on the ferry terminal until the tide study was published.",
     "delay any decision", "oppose"),
    # guards: a decision on another matter put off is no refusal of the act (the review, session 43: oppose before)
    (BRIDGE, "Voss said the council should delay its decision on the boathouse lease until the tide study was "
     "published.", "delay its decision", "conditional"),
    (BRIDGE, "Voss said the council should postpone the vote on the harbour car park until the tide study was published.",
     "postpone the vote", "conditional"),
    # not putting it off is no refusal; under a question whose act is the putting off it is the act itself
    (BRIDGE, "Voss said the council should not defer the ferry terminal until the survey is in.", "not defer",
     "conditional"),
    (POSTPONE, "Voss said the board should postpone the exams until the strike is over.", "postpone the exams",
     "support"),  # (the act wanted now, timed: conditions_timed.act_done_until)
])
def test_the_act_put_off_until(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, (statement.stance, statement.stance_evidence)


LICENCE = "Will the Tallow board renew the harbour ferry licence?"


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a noun of an act meant or tried names its act with an infinitive: what is said of the noun is said of that act
    # (judged.intended; session 43)
    ("Voss said any move to cancel the ferry licence would be a disaster for Tallow.", "move to cancel", "support"),
    ("Voss said any attempt to renew the ferry licence would be a disaster for Tallow.", "attempt to renew", "oppose"),
    # a noun naming no act of the question keeps the words' own reading
    ("Voss said the plan to paint the ferry licence office would be a disaster.", "plan to paint", "oppose"),
])
def test_an_act_meant_judged(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LICENCE), words)
    assert statement.stance == stance, statement.stance_evidence
