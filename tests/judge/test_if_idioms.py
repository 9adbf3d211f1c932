"""If-clauses that set no condition: a reduced clause of need or of being asked, and a surprise or a lie the
speaker would own to (judge/if_idioms.py, issue 9, session 18). Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
BAN = "Should Calde ban coal heating?"
APPROVE = "Will the council approve the new library?"


# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # a need, elided: the speaker's readiness, not a condition
    (BAN, 'Vost said: "We back the coal ban, and we will defend it in court if need be."', "We back the coal ban",
     "support"),
    (BAN, 'Vost said: "We back the coal ban and will defend it in the high court if we have to."',
     "We back the coal ban", "support"),
    # a hedge or a likeness
    (APPROVE, 'Vost said the debate had, if anything, made her group keener to back the new library.',
     "keener to back", "support"),
    (APPROVE, 'Vost said the council was treating the new library as if it were a luxury, and her group backed it.',
     "as if it were a luxury", "support"),
    # being asked: the answer she would give
    (APPROVE, 'Vost said that if asked for her view she would call the new library "the best plan of the decade".',
     "best plan", "support"),
    # a surprise or a lie foreseen: the clause counts the other way
    (APPROVE, 'Vost said: "We back the new library, and I would be surprised if anyone votes against it."',
     "We back the new library", "support"),
    (APPROVE, 'Vost said: "I expect a close vote on the new library, and I\'d be lying if I claimed I could '
     'call the result."', "close vote", "neutral"),
    # a condition of support stays one
    (APPROVE, 'Vost said: "We back the new library if the council keeps the reading room."', "We back the new library",
     "conditional"),
])
def test_if_clauses_that_set_no_condition(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
    assert not statement.conditions or stance == "conditional", statement.conditions


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a clause of reckoning: the basis of a figure, said of a generic reckoner or in the passive (if_idioms._reckoning)
    ('"The library plan runs at a loss once you count the caretaker\'s wages," Vost said.', "runs at a loss", "neutral"),
    ('"If you add back the repair bill, the library plan costs twice as much," Vost said.', "costs twice", "neutral"),
    # "we" reckoning, a figure stated
    ('"Once we include the heating bills, the library plan costs 40 percent more," Vost said.', "costs 40 percent",
     "neutral"),
    ('"The library plan costs a fifth more once the heating bills are included," Vost said.', "costs a fifth",
     "neutral"),
    # a hedge opening a clause the parser hung on it
    ('"If anything the new survey leaves the library plan looking healthier," Vost said.', "survey leaves", "neutral"),
])
def test_reckoning_and_a_hedge_set_no_condition(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Session 26 (red on main: each read conditional): "once you count X", "if you add back X", "once X are
    included" say what a figure counts; "If anything ..." hedges."""
    statement = statement_with(run(INTRO + text, question=APPROVE), words)
    assert not statement.conditions, statement.conditions
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize("text", [
    # a party's act awaited stays a condition, counting verb or not
    '"We will back the library if the council includes a children\'s room in the plan," Vost said.',
    '"We will back the library once the costs are known," Vost said.',
    # review of session 26: a passive or "we" with a counting verb and no figure stated is a text amended, awaited
    '"We will back the library once a reading room is included in the plan," Vost said.',
    '"If we add a reading room to the plan, we will back the library," Vost said.',
])
def test_a_party_counting_stays_a_condition(run, text: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=APPROVE), "back the library")
    assert statement.stance == "conditional", statement.stance_evidence


# Session 28 (issue 9 item 4): a past counterfactual sets no condition; an emphatic "if anyone ..., it is X" neither,
# a known gap (the rule measured DEVELOP stance -4 through q_expand's carried sides and was dropped; docs/evaluation.md).
@pytest.mark.parametrize(("text", "words", "stance"), [
    pytest.param('"If anyone deserves the new library, it is the readers of the east side," Vost said.',
                 "deserves the new library", "support", marks=pytest.mark.xfail(strict=True, raises=AssertionError, reason=(
                     "an emphatic 'if anyone ..., it is X' reads as a condition; if_idioms' rule for it was measured "
                     "DEVELOP -4 (a carried side tipped) and dropped in session 28"))),
    ('"If we had built the new library in 2019, I would be cutting its ribbon this week," Vost said.', "cutting its ribbon",
     "neutral"),
    ('"We backed the new library. If we hadn\'t, we would have been blamed for every closed branch," Vost said.',
     "would have been blamed", "support"),
])
def test_a_past_counterfactual_sets_no_condition(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=APPROVE), words)
    assert statement.stance == stance, statement.stance_evidence
    assert not statement.conditions, statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    # a side's verb under the counterfactual, an "only if", an ordinary condition: conditions as before
    ('"We would have backed the new library if it had come with a reading room," Vost said.', "backed the new library"),
    ('"We back the new library only if the council had kept its promise on the east side," Vost said.',
     "back the new library"),
    ('"If anyone objects to the new library, we will hear them out before we back it," Vost said.', "back it"),
])
def test_a_condition_beside_an_emphasis_or_counterfactual_stays(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=APPROVE), words)
    assert statement.conditions, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # the likeness test: what it is, argued (if_idioms._likeness)
    ('"If it looks like a library and acts like a library, it is a library. The council should approve it," Vost said.',
     "acts like a library", "support"),
    # a taunt of ignorance (if_idioms._not_know)
    ('Vost said: "The cabinet would not know a good library if it landed on their desks."', "landed on their desks",
     None),
])
def test_a_likeness_and_a_taunt_set_no_condition(run, text: str, words: str, stance: str | None) -> None:  # type: ignore[no-untyped-def]
    """Session 37 (q_employees' and q_enough's shapes): "if it looks like X and acts like X, it is X" and "would not
    know X if ..." set no condition; the side is the words' own."""
    statement = statement_with(run(INTRO + text, question=APPROVE), words)
    assert not statement.conditions, statement.conditions
    assert statement.stance != "conditional", statement.stance_evidence
    assert stance is None or statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "conditional"), [
    # another case put beside this one, "nobody would" (if_idioms._no_one_would)
    ('Vost said: "If a private gallery burned down, nobody would ask why the council approves the new library."',
     "nobody would ask", False),
    ('Vost said: "If a chemical plant were dumping waste in the bay, no one would ask whether the council could approve the '
     'new library."', "no one would ask", False),
    # a doer of a term, the speaker's own main clause: a condition
    ('Vost said: "If a sponsor came forward, we would back the new library."', "we would back", True),
    ('Vost said: "If a sponsor came forward, nobody could refuse the new library."', "nobody could refuse", True),
])
def test_no_one_would_in_another_case(run, text: str, words: str, conditional: bool) -> None:  # type: ignore[no-untyped-def]
    """Session 37 (q_footbill's and q_power's shape): an if-clause in the past of an indefinite doer before "nobody
    would" compares another case; no condition. (The last guard: "nobody could" says what the clause would allow, a term.)"""
    statement = statement_with(run(INTRO + text, question=APPROVE), words)
    assert bool(statement.conditions) == conditional, statement.conditions


@pytest.mark.parametrize(("text", "words", "conditional"), [
    # a hypothetical inside a thing described or asked (if_idioms._embedded)
    ('Vost said: "I urge every reader to weigh this against what the town loses if the library grant lapses."',
     "weigh this", False),
    ("Vost said the trust has a leaner library scheme that might be filed by spring if the panel refuses the new "
     "library.", "leaner library scheme", False),
    ("Vost has asked a lawyer to check whether an appeal over the new library might win if the grant is cut.",
     "check whether", False),
    ("Vost welcomed the mayor's promise that every school will keep its bus if the grant for the new library is cut.",
     "welcomed the mayor's promise", False),
    # a side taken inside the clause, or "only if": a term; a report hung on the one told is no clause on a noun
    ("Vost told councillors that the council would approve the new library if the roof is fixed.", "would approve",
     True),
    ("Vost said it was a library plan that her group could back if the roof is fixed.", "could back", True),
    ("Vost said the trust drafted a library plan that the council could approve only if the roof is fixed.",
     "could approve", True),
])
def test_an_if_inside_a_thing_described(run, text: str, words: str, conditional: bool) -> None:  # type: ignore[no-untyped-def]
    """Session 37 (q_payoffer's, q_strikedown's and q_permit's shapes): an if-clause on a verb inside a relative clause,
    a clause on a noun, a wh-clause after a preposition or an embedded "whether" supposes inside what is described
    or asked: no condition of the speaker's side."""
    statement = statement_with(run(INTRO + text, question=APPROVE), words)
    assert bool(statement.conditions) == conditional, statement.conditions
    assert (statement.stance == "conditional") == conditional, statement.stance_evidence


@pytest.mark.parametrize("text", [
    "Vost said she would be surprised if the council was still debating the new library by May.",
    'Vost said: "We would be astonished if the town managed another decade without a new library."',
])
def test_a_surprise_reported_or_said_as_a_participle(run, text: str) -> None:  # type: ignore[no-untyped-def]
    """Session 37 (q_lastvote's and q_ration's shapes): the speaker's surprise reported in the third person under a
    verb of saying, and "would be astonished" read by the tagger as a passive: a surprise foreseen, the clause denied."""
    statement = statement_with(run(INTRO + text, question=APPROVE), "new library")
    assert not statement.conditions, statement.conditions
    assert statement.stance != "conditional", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Vost said her members will nevertheless back the new library if the rider is dropped.", "nevertheless back",
     "support"),
    ('Vost said: "We will back the new library anyway if the grant is cut."', "back the new library anyway", "support"),
    # without a word of "either way", a term
    ("Vost said her members will back the new library if the rider is dropped.", "will back", "conditional"),
])
def test_a_side_held_either_way(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Session 37 (q_lift's shape): "nevertheless", "anyway", "regardless" on the main clause say the side holds
    whatever the if-clause supposes: a concession, no condition."""
    statement = statement_with(run(INTRO + text, question=APPROVE), words)
    assert statement.stance == stance, statement.stance_evidence




RECOVER = "Will the market town recover from the mill closure?"


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # the act doubted with "ever": against it, no condition (each read conditional on main)
    (RECOVER, '"I will be long retired before this town recovers, if it ever does," Vost said.', "long retired",
     "oppose"),
    (APPROVE, '"The council will approve the new library in its own time, if that day ever comes," Vost said.',
     "in its own time", "oppose"),
    (APPROVE, '"When the council approves the new library, if it ever happens, the town will cheer," Vost said.',
     "the town will cheer", "oppose"),
    # a main clause against the act already is against it: the clause is still no condition
    (RECOVER, '"This town will not recover for a decade, if it ever does," Vost said.', "for a decade", "oppose"),
    # an act of its own with "ever" stays a condition
    (APPROVE, '"We will back the new library if the council ever funds the reading room," Vost said.',
     "We will back the new library", "conditional"),
])
def test_a_doubt_that_the_act_will_ever_come(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Session 39 (red on main: each of the first four read conditional on the "ever" clause): an if-clause of "ever"
    with nothing of its own but a pronoun and a verb standing for the main clause's act ("if it ever does", "if that
    day ever comes") doubts that the act comes at all: against it, no condition (if_idioms._act_doubted)."""
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
    assert not statement.conditions or stance == "conditional", statement.conditions


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # a silent opening that sets the scene: the later piece's side is the utterance's (each neutral on main)
    (RECOVER, '"When the tannery shut in 1990 they promised us it would bounce back. It took twelve years," Vost said. '
     '"I will be long retired before this town recovers, if it ever does."', "long retired", "oppose"),
    (APPROVE, '"We met the architects in May," Vost said. "The council should approve the new library without delay."',
     "without delay", "support"),
    # a later piece that turns on the opening ("But ...") may answer it: no side taken from it
    (APPROVE, '"Nobody in this room doubts our good faith," Vost said. "But the new library is a waste of money."',
     "waste of money", "neutral"),
])
def test_a_side_after_a_silent_opening(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Session 39: a quotation split by its cue whose first piece takes no side takes the side of a later piece,
    unless that piece opens with "But" (article._side_said_after)."""
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "conditional"), [
    # another case, said as a general truth in the present: "nobody calls it ..." (if_idioms._no_one_would)
    ('"If a ferry company\'s engines fail, nobody calls it an act of God. The railway owes these commuters compensation,"'
     ' Vost said.', "owes these commuters", False),
    # a term of the speaker's own side in the present stays a condition
    ('"If a sponsor pays, we back the railway\'s compensation plan," Vost said.', "we back", True),
])
def test_no_one_does_in_another_case(run, text: str, words: str, conditional: bool) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question="Does the railway owe its delayed commuters compensation?"),
                               words)
    assert (statement.stance == "conditional") == conditional, statement.stance_evidence
