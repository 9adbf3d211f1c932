"""Who said what and where it ends (issue 10, session 35): a concessive clause the writer adds after an inside cue,
a bare verb the parse hung on the verb whose "to" infinitive it goes on, "its" for someone's words; and a body's "it
says" set off inside the clause it reports (a known gap). Written sentences; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from stancemap.extract.bounds import infinitive_goes_on
from stancemap.parse import load_nlp

from .conftest import speaker_name, statement_with

QUESTION = "Will the Orvel tunnel be built?"

OPENING = "Tunnel row\n\nThe Orvel harbour board met on Monday to discuss the tunnel.\n\n"


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a set-off 'it says' is no statement ('it' reports only opening its sentence): "
                   "read as one in session 35, it took a sentence from a better statement on BASE (a possessor's 'call for "
                   "X ... and has, it says, collected Y') and left 'it' unresolved on two of three written pages")
def test_a_parenthetical_it_says(run) -> None:  # type: ignore[no-untyped-def]
    """Known gap: "it" reports only opening its sentence, so the set-off cue is no statement; the body just named
    would be the speaker."""
    analysis = run(OPENING + "Velden Ferries published its accounts on Friday. The crossing, it says, will lose money "
                   "this year.", question=QUESTION)
    statement = statement_with(analysis, "will lose money this year")
    assert statement.cue == "says" and statement.speaker_mention == "it"
    assert speaker_name(analysis, "will lose money this year") == "Velden Ferries"


def test_it_that_says_nothing_is_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    """Guard (green on both): "it" as the subject of a verb that reports nothing between commas ("it seems") is no
    source."""
    analysis = run(OPENING + "The crossing, it seems, will lose money this year.", question=QUESTION)
    assert not [s for s in analysis.statements if "lose money" in s.content]


def test_a_concessive_after_an_inside_cue(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main b6fae2ba: the content of an inside cue ran to the sentence's end, over the writer's ", though"
    clause (bounds.before_concessive, as clause_right ends a reported clause)."""
    analysis = run(OPENING + "The latest survey, the board said, was the most careful so far, though the staff need a "
                   "month to check the figures.\n\nThe board meets again in June.", question=QUESTION)
    statement = statement_with(analysis, "the most careful so far")
    assert statement.speaker_mention == "the board"
    assert "though" not in statement.content and "a month" not in statement.content


def test_a_concessive_quoted_after_an_inside_cue_stays(run) -> None:  # type: ignore[no-untyped-def]
    """Guard (green on both): a concessive clause without a subject of its own is not the writer's clause."""
    analysis = run(OPENING + "The tunnel, the board said, will open in May, although not for lorries.", question=QUESTION)
    assert "not for lorries" in statement_with(analysis, "will open in May").content


def test_a_quoted_concessive_after_an_inside_cue_stays(run) -> None:  # type: ignore[no-untyped-def]
    """Guard (green on both): inside quotation marks the concessive clause is the speaker's own words."""
    analysis = run(OPENING + '"The latest survey," the board said, "was the most careful so far, though the staff need a '
                   'month to check the figures."', question=QUESTION)
    assert "a month" in statement_with(analysis, "the most careful so far").content


def test_an_infinitive_that_goes_on(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main b6fae2ba: the parse hung "hand" on "planned" (a bare verb cannot agree with a past "planned"), so
    the plan ended at its first step (bounds.infinitive_goes_on)."""
    analysis = run(OPENING + "The board planned to sell the old ferry, then hand over the quay to the town.",
                   question=QUESTION)
    statement = statement_with(analysis, "sell the old ferry")
    assert statement.content.endswith("hand over the quay to the town")


@pytest.mark.parametrize(("text", "goes_on"), [
    ("The board planned to sell the old ferry, then hand over the quay to the town.", True),
    ("The board planned to sell the old ferry, then handed the quay to the town.", False),
])
def test_a_bare_verb_goes_on_the_infinitive_and_a_past_one_does_not(text: str, goes_on: bool) -> None:
    """The rule's test on the parse (the second a guard, green on both): a past verb hung on "planned" agrees with it
    and may be the subject's next act; a bare one cannot."""
    doc = load_nlp()(text)
    planned = next(t for t in doc if t.lower_ == "planned")
    after = next(t for t in doc if t.lower_ in {"hand", "handed"})
    assert infinitive_goes_on(planned, after) is goes_on


def test_its_claim_of_someones_letter(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main b6fae2ba: "its" held the prediction and named no one; "its" stands for the letter, the subject of
    the clause, and the letter's writer holds what it predicts (nominal._its_words)."""
    analysis = run(OPENING + "Tesk's earlier letter on the tunnel was widely mocked for its bold prediction that the "
                   'tunnel would be "the cheapest ever built in Orvel."', question=QUESTION)
    statement = statement_with(analysis, "the cheapest ever built")
    assert statement.speaker_mention == "Tesk"


def test_its_claim_of_a_letter_of_no_one(run) -> None:  # type: ignore[no-untyped-def]
    """Guard (green on both): a letter with no possessor named in the clause leaves "its" as the source."""
    analysis = run(OPENING + "The earlier letter on the tunnel was widely mocked for its bold prediction that the "
                   'tunnel would be "the cheapest ever built in Orvel."', question=QUESTION)
    assert statement_with(analysis, "the cheapest ever built").speaker_mention == "its"
