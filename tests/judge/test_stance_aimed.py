"""What a stance or evaluative word is aimed at (issue 9, session 23; judge/aim.py `aimed_elsewhere`): a word counts
for the question only when the phrase it is said of reaches the question's act or thing; praise or blame of another
participant, another event or another act is no evidence. Invented sentences, the learned layer off so the rules
answer.
"""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Ines Quillby of the Moorvale Group spoke in Dunsmere on Monday.\n\n"
FARM = "Will the council approve the Tarn Ridge wind farm?"

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words"), [
    # praise of other people beside the question's thing
    ("Quillby said the wind farm would be debated by the finest engineers in the county.", "finest engineers"),
    ("Quillby said the wind farm hearing was chaired by a brilliant young lawyer from Dunsmere.", "brilliant young lawyer"),
    # an evaluative word of another event
    ("Quillby said the wind farm vote fell on the day of a terrible storm.", "terrible storm"),
    # an event that happened to others, told beside the question
    ("Quillby said the wind farm hearing was held a week after three hikers were killed on the coast road.",
     "hikers were killed"),
    # support of another party, not of the act
    ("Quillby said her group supported the farmers' union in its claim while the wind farm was being considered.",
     "farmers' union"),
])
def test_a_word_aimed_at_another_argument_is_no_evidence(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=FARM), words)
    assert statement.stance == "neutral", statement.stance_evidence


@pytest.mark.parametrize(("quote", "words", "stance"), [
    # the speaker or the one spoken to never stands for the question's act or thing (aim.SPEAKERS, session 38): the
    # welcome is aimed at its object
    ("The wind farm has its critics. I would welcome the inspectors' visit next week.", "inspectors' visit", "neutral"),
    ("The wind farm has its critics, and we welcome the debate.", "welcome the debate", "neutral"),
    # counter-examples: the object names the question or may stand for it
    ("The wind farm has its critics. I welcome it.", "I welcome it", "support"),
    ("I support the wind farm, whatever its critics say.", "I support the wind farm", "support"),
])
def test_the_speaker_is_not_the_question(run, quote: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(f"{INTRO}Quillby said: \"{quote}\"", question=FARM), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # counter-examples that keep their reading: the word said of the act or the thing, directly or through a phrase
    # that names it
    ("Quillby said the wind farm was a reckless gamble.", "reckless gamble", "oppose"),
    ("Quillby said she would fight the decision to approve the wind farm.", "fight the decision", "oppose"),
    ("Quillby said the wind farm would be a disaster for the valley.", "disaster", "oppose"),
    ("Quillby said she backed the plan for the wind farm.", "backed the plan", "support"),
    ("Quillby said the wind farm would wreck the view from the ridge.", "wreck the view", "oppose"),
    ("Quillby said the council was confident the wind farm would be approved.", "confident", "support"),
    ("Quillby said she would treat an approval of the wind farm as a betrayal of the valley.", "betrayal", "oppose"),
    # what the act would do, in its own clause: a consequence judged by its words
    ("Quillby said families would suffer because the wind farm would be so loud.", "families would suffer", "oppose"),
    # a consequence the act's verb hands on through a preposition ("leave them with a ruined view"): main read it,
    # aim._done_by_ours counts only a verb's object or complement, not its prepositional phrase (over-broad)
    pytest.param("Quillby said the wind farm would leave the valley's walkers with a ruined view.", "ruined view",
                 "oppose", marks=pytest.mark.xfail(strict=True, raises=AssertionError, reason=(
                     "aim.aimed_elsewhere passes over a word in a prepositional complement of what the act does "
                     "('leave X with a ruined view'): no evidence left, neutral (review of session 23)"))),
])
def test_a_word_aimed_at_the_question_keeps_its_sign(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=FARM), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # an adjective with an infinitive of its own is aimed at what it is ready to do, not at who is ready (session 33,
    # aim._aims): red on main, which read the pronoun subject ("she", "they") as reaching the question
    ("Quillby said the wind farm hearing had run late, and that she was ready to discuss quieter delivery hours for the "
     "port.", "ready to discuss", "neutral"),
    ("Quillby said the wind farm hearing was over and they were ready to talk about the new bus timetable.",
     "talk about", "neutral"),
    # the same said of the question's own actor: aim._done_by_ours reads "the council was ready" as said in what the
    # question's subject does, and the word counts (the rows of DEVELOP the rule turned had a pronoun there)
    pytest.param("Quillby said the wind farm hearing was over and the council was ready to talk about the new bus "
                 "timetable.", "talk about",
                 "neutral", marks=pytest.mark.xfail(strict=True, raises=AssertionError, reason=(
                     "aim._done_by_ours: an adjective completing a copula whose subject names the question's actor "
                     "counts, whatever its infinitive is aimed at (session 33)"))),
    # counter-examples: the infinitive names the act or stands for it, or the adjective has no infinitive; and a
    # judgement of the act beside a readiness for another thing keeps its sign
    ("Quillby said she was ready to discuss a footpath, but that the wind farm was a reckless gamble.",
     "reckless gamble", "oppose"),
    ("Quillby said the council was ready to approve the wind farm.", "ready to approve", "support"),
    ("Quillby said the wind farm had been debated for years and the council was ready to approve it.", "ready to approve",
     "support"),
    ("Quillby said the council was ready for the wind farm.", "ready for", "support"),
])
def test_ready_to_do_another_thing(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=FARM), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a noun of refusing names what it refuses with "on" or "over" as it does with "to" or "against" (aim._aims, session
    # 41): a freeze on another thing is no refusal of the question's act
    ("Quillby said the wind farm plan was on the agenda, and that her group would accept a freeze on parking charges.",
     "freeze on parking charges", "neutral"),
    ("Quillby said a freeze on parking charges was the price of the wind farm.", "freeze on parking charges", "neutral"),
    # counter-examples: the thing it is on is the question's
    ("Quillby said she wanted a freeze on the wind farm.", "freeze on the wind farm", "oppose"),
    ("Quillby said there were grave doubts over the wind farm.", "doubts over the wind farm", "oppose"),
])
def test_a_refusal_on_another_thing(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=FARM), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # the noun "block" names a building or a lump, no refusal, unless it is on or to something (literal.PLAIN_NOUNS,
    # session 41)
    ("Quillby said the wind farm would stand behind the last block of flats on the ridge road.", "block of flats",
     "neutral"),
    ("Quillby said the wind farm's cable would run under the next block.", "next block", "neutral"),
    # counter-examples: a block on the question's thing, and the verb
    ("Quillby said her group wanted a block on the wind farm.", "block on the wind farm", "oppose"),
    ("Quillby said her group would block the wind farm.", "would block", "oppose"),
])
def test_a_block_of_flats_refuses_nothing(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=FARM), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # "against" after a verb of measuring, setting or holding one thing against another takes no side
    # (polarity.MEASURED_AGAINST, session 41)
    ("Quillby said the council would weigh the wind farm against two other bids for the ridge.", "two other bids",
     "neutral"),
    ("\"The wind farm backers lobbied every councillor. I do not hold it against them,\" Quillby said.",
     "hold it against", "neutral"),
    # counter-examples: against the act itself, a vote against it
    ("Quillby said her group was against the wind farm.", "was against", "oppose"),
    ("Quillby said her group would vote against the wind farm.", "vote against", "oppose"),
])
def test_measured_against_takes_no_side(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=FARM), words)
    assert statement.stance == stance, statement.stance_evidence


def test_holding_out_against_opposes(run) -> None:  # type: ignore[no-untyped-def]
    """"hold out against X" resists X; only "hold it against them" blames (polarity._holds_out; red before: neutral)."""
    statement = statement_with(run(INTRO + "Quillby said her group would hold out against the wind farm.", question=FARM),
                               "hold out against")
    assert statement.stance == "oppose", statement.stance_evidence
