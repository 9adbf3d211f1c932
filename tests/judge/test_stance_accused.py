"""A proposition that accuses its subject ("Did the mayor mislead the council?", "Was the count rigged?"): praise of
the accused answers no, blame of it yes; a valence said of the accusation itself keeps its sign (judge/evaluative.py
`accusing`). Invented sentences, the learned layer off (issue 9 item 3, session 28)."""

from __future__ import annotations

import pytest

from stancemap.judge.article import proposition_for
from stancemap.judge.evaluative import accusing
from stancemap.judge.terms import terms_of
from stancemap.model import Question

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")  # the learned layer off: the rules pinned

INTRO = "Councillor Ines Vord of the Lakeside Party spoke in Harrowby on Tuesday.\n\n"
RIGGED = "Was the Harrowby council ballot rigged?"
MISLEAD = "Did the harbour master mislead the inquiry?"
BLAME = "Is the Harrowby tannery to blame for the flooding?"


def _terms(text: str):  # type: ignore[no-untyped-def]
    question = Question(text)
    question.proposition = proposition_for(text)
    return terms_of(question)


@pytest.mark.parametrize(("question", "accuses"), [
    (RIGGED, True), (MISLEAD, True), (BLAME, True),
    ("Will the council ban the cruise ships?", False),  # privative: it takes its object away
    ("Will the harbour master resign?", False),  # it takes its subject away
    ("Will prosecutors charge the harbour master?", False),  # a legal act done to another ("charged" -0.8)
    ("Will there be a strike at the port?", False),  # an event ("strike" -0.5)
    ("Is the tannery safe for its workers?", False),
])
def test_which_propositions_accuse(question: str, accuses: bool) -> None:
    assert accusing(_terms(question)) is accuses


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (RIGGED, "Vord said the council ballot had been clean, fair and transparent.", "clean, fair", "oppose"),
    (RIGGED, "Vord said the council ballot was a disgraceful fraud from start to finish.", "disgraceful fraud", "support"),
    (MISLEAD, "Vord said the harbour master had been honest and truthful with the inquiry.", "honest and truthful",
     "oppose"),
    (BLAME, "Vord said the tannery had been careless and negligent for years.", "careless and negligent", "support"),
])
def test_praise_of_the_accused_answers_no(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_judgement_of_the_claim_keeps_its_sign(run) -> None:  # type: ignore[no-untyped-def]
    """"the allegation that the ballot was rigged is absurd": a valence said of the claim, not of the accused."""
    text = "Vord said the allegation about the council ballot was an absurd and ridiculous smear."
    statement = statement_with(run(INTRO + text, question=RIGGED), "absurd and ridiculous")
    assert statement.stance == "oppose", statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # a stance word aimed at the accused, by its subject or its object, counts the other way
    (BLAME, "Vord said the tannery had failed the whole valley.", "failed the whole valley", "support"),
    (RIGGED, "Vord said her party would not accept the council ballot as it stood.", "not accept", "support"),
    # aimed at the accusation or the claimed link: its own sign
    (BLAME, "Vord said the tannery rejected any link between its works and the flooding.", "rejected any link", "oppose"),
])
def test_stance_words_aimed_at_the_accused(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


def test_the_heart_of_something_is_no_feeling(run) -> None:  # type: ignore[no-untyped-def]
    """"at the heart of the ballot": a centre, not VADER's "heart" (+3.2)."""
    text = "Vord said the count had exposed the cheating at the heart of the council ballot."
    statement = statement_with(run(INTRO + text, question=RIGGED), "the cheating at the heart")
    assert statement.stance == "support", statement.stance_evidence


def test_a_word_put_at_a_distance_names_the_claim(run) -> None:  # type: ignore[no-untyped-def]
    """"the so-called fraud": the speaker distances the word; it names the claim and keeps its sign (opposes)."""
    text = "Vord said the so-called fraud in the council ballot came down to one spoiled box."
    statement = statement_with(run(INTRO + text, question=RIGGED), "so-called fraud")
    assert statement.stance == "oppose", statement.stance_evidence


# Session 28's review: Terms.accusing takes any verb whose worst form VADER scores at most -1.0, so a contest won
# ("beat", "defeat") or an act of authority ("jail", "punish", "sue", "fire") accuses its subject too, and praise of the
# side that would do it flips to "no". A known gap, pinned until accusing tells a wrong done from a contest or a sanction.
@pytest.mark.xfail(strict=True, reason="evaluative.accuses reads 'beat' (VADER 'beaten' < -1.0) as an accusation: "
                   "praise of the home side counted as no")
def test_praise_of_who_would_win_a_contest_answers_yes(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    text = '"The Harrowby side is superb, brilliant and excellent," Vord said.'
    statement = statement_with(run(INTRO + text, question="Will the Harrowby side beat the champions?"), "superb")
    assert statement.stance == "support", statement.stance_evidence
