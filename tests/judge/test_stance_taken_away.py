"""Sides read the wrong way round under a question whose act takes its object away (issue 9, session 20), and
judgements denied. Invented sentences, the learned layer off so the rules answer.

- The question's subject is who does the act, neither the act nor what it takes away: "the board had full
  confidence in the coach" under "Will the board sack the coach?" judges the coach (privative._sides).
- "vote to keep Renk in his post": a verb "vote" is no instrument of the act ("the vote", "a motion" are).
- A stance noun held by the subject of "have", "enjoy", "retain" is aimed at that subject ("the coach has the
  support of the players").
- A bare title of two words before a name ("sack head coach Ivo Renk") is read as the object's title.
- A clause's negation is what is said of its subject act, not a denial of the act ("closing the library would not
  save a penny"); an act of continuing in the other state as a subject is judged too ("keeping the library open
  would be a mistake").
"""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition

from .conftest import statement_with

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"
SACK = "Will the Harlow Athletic board sack head coach Ivo Renk?"
LIFT = "Will the Ardmoor government lift the ban on night fishing in Selby Cove?"
LIBRARY = "Will the council close the Denholt library?"
OFFER = "Will the board accept the offer?"

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("question", "subject", "predicate", "obj"), [
    ("Will the Harlow Athletic board sack head coach Ivo Renk?", "the Harlow Athletic board", "sack",
     "the head coach Ivo Renk"),
    ("Will Quarnley Rovers dismiss assistant manager Piet Alvarsson?", "Quarnley Rovers", "dismiss",
     "assistant manager Piet Alvarsson"),
    # read right already: left as they are
    ("Will the club back coach Anna Berg?", "the club", "back", "the coach Anna Berg"),
    ("Will the Senate confirm former governor Ana Ruiz?", "the Senate", "confirm", "former governor Ana Ruiz"),
])
def test_a_title_of_two_words_before_a_name(question: str, subject: str, predicate: str, obj: str) -> None:
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate, prop.object) == (subject, predicate, obj)


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # what the act takes away, kept, backed or trusted: opposition to the act
    (SACK, "Voss said the board still had every confidence in Renk.", "every confidence", "oppose"),
    (SACK, "Voss said the members would vote to keep Renk in his post.", "vote to keep", "oppose"),
    (SACK, "Voss said Renk has the support of every player in the squad.", "support of every player", "oppose"),
    (SACK, "Voss said Ivo Renk retains the trust of the whole squad.", "retains the trust", "oppose"),
    (LIFT, "Voss urged the government to keep the ban for at least three more summers.", "keep the ban", "oppose"),
    # a vote is aimed at what it is for or against, not at a name elsewhere in its clause
    ("Should the speed limit on Denholt's harbour road be lowered to 40 km/h?",
     "Councillor Ada Brightwater and 14 other councillors voted against the plan, with two members of the Denholt "
     "Alliance among them.", "voted against the plan", "oppose"),
    ("Should the speed limit on Denholt's harbour road be lowered to 40 km/h?",
     "Brightwater said she voted for keeping the limit.", "voted for keeping", "oppose"),
    # counter-examples: the act itself voted for, wanted or urged
    (SACK, "Voss said she would vote to sack the coach.", "vote to sack", "support"),
    (SACK, "Voss said most fans want the coach dismissed.", "want the coach", "support"),
    (LIFT, "Voss urged the government to lift the ban at once.", "lift the ban", "support"),
])
def test_what_the_act_takes_away_kept(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (OFFER, "Voss said rejecting the offer would not be a mistake.", "not be a mistake", "oppose"),
    (OFFER, "Voss said accepting the offer has not helped anyone.", "not helped", "oppose"),
    (OFFER, "Voss said accepting the offer would not harm anyone.", "not harm", "support"),
    (LIBRARY, "Voss said closing the library would not save a single penny.", "not save", "oppose"),
    (LIBRARY, "Voss said closing the library would not be a mistake.", "not be a mistake", "support"),
    (LIBRARY, "Voss said keeping the library open would be a mistake.", "be a mistake", "support"),
    (LIBRARY, "Voss said keeping the library open would be a triumph.", "a triumph", "oppose"),
    # counter-examples: the judgement not denied, and the act's own negation
    (OFFER, "Voss said rejecting the offer would be a mistake.", "be a mistake", "support"),
    (OFFER, "Voss said not accepting the offer would be a mistake.", "be a mistake", "support"),
])
def test_a_judgement_denied(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Voss threatened to block the merger.", "block the merger", "oppose"),
    ("Voss said the union has threatened to challenge the merger in court.", "challenge the merger", "oppose"),
    ("Voss said the board threatened to approve the merger anyway.", "approve the merger", "support"),
    # counter-example: a thing that threatens something harms it
    ("Voss said the merger threatens jobs.", "threatens jobs", "oppose"),
])
def test_a_threat_to_act(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question="Will the regulator approve the merger?"), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    ("Will the assembly pass the water bill?", "Voss said her party has ended its support for the bill.",
     "ended its support", "oppose"),
    ("Will the assembly pass the water bill?", "Voss said the treasury wants to end state support for the bill.",
     "end state support", "oppose"),
    # counter-examples: the ending denied, a withdrawal, an opposition ended
    ("Will the assembly pass the water bill?", "Voss said the party would not end its support for the bill.",
     "not end its support", "support"),
    ("Will the assembly pass the water bill?", "Voss said her party withdrew its support for the bill.",
     "withdrew its support", "oppose"),
    ("Will the assembly pass the water bill?", "Voss said the party will end its opposition to the bill.",
     "end its opposition", "support"),
])
def test_support_ended(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_state_left_is_no_act_ended(run) -> None:  # type: ignore[no-untyped-def]
    """"the library stops being a library" under "close the library": no closing said (the copula's state left)."""
    statement = statement_with(run(INTRO + "Voss said at night the library stops being a library.", question=LIBRARY),
                               "stops being")
    assert statement.stance in {"neutral", None}, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a refusal held: its giving up denied
    ("Voss said her party has not dropped its opposition to the bill.", "not dropped", "oppose"),
    ("Voss said her party has not softened its opposition to the bill.", "not softened", "oppose"),
    ("Voss said her party has not withdrawn its objection to the bill.", "not withdrawn", "oppose"),
    # a refusal lifted, and an obstacle denied
    ("Voss said her party has dropped its opposition to the bill.", "dropped its opposition", "support"),
    ("Voss said her party has withdrawn its objection to the bill.", "withdrawn its objection", "support"),
    ("Voss said there is no legal bar to passing the bill.", "no legal bar", "support"),
    ("Voss said there is no obstacle to passing the bill.", "no obstacle", "support"),
    # counter-examples: an obstacle said, a side judged
    ("Voss said the court ruling is a bar to passing the bill.", "a bar to passing", "oppose"),
    ("Voss said the opponents of the bill were cowards.", "were cowards", "support"),
])
def test_a_refusal_held_or_lifted(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question="Will the assembly pass the water bill?"), words)
    assert statement.stance == stance, statement.stance_evidence
