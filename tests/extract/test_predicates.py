"""Beliefs, intentions, feelings and positions attributed by a predicate and its complement, and
what a poll or study shows; the content is the complement, not the sentence's tail."""

from __future__ import annotations

import pytest

from .conftest import speaker_name, statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


@pytest.mark.parametrize(("text", "content", "kind", "cue"), [
    ("Marsh believes the Harbor Pact will open its doors within a year.",
     "the Harbor Pact will open its doors within a year", "belief", "believes"),
    ("Marsh wants to bring Osterland into the Harbor Pact before the elections.",
     "to bring Osterland into the Harbor Pact before the elections", "belief", "wants"),
    ("Marsh was outraged at the decision of the northern allies.",
     "at the decision of the northern allies", "belief", "outraged"),
    ("Marsh is confident that the allies will agree in the spring.",
     "the allies will agree in the spring", "belief", "confident"),
    # (a verb of taking a side opens its content, session 19: extract/verb_positions.py)
    ("Marsh flatly rejected the proposal of a neutral status on Tuesday.",
     "rejected the proposal of a neutral status", "position", "rejected"),
    ("Marsh will vote against the bill on the northern pipeline.",
     "vote against the bill on the northern pipeline", "position", "vote"),
    ("Marsh endorsed the candidate of the Green Bridge party in a statement.",
     "endorsed the candidate of the Green Bridge party", "position", "endorsed"),
])
def test_predicates_forms(run, text: str, content: str, kind: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + text)
    statement = statement_with(analysis, content)
    assert (statement.kind, statement.cue) == (kind, cue)
    assert statement.content.rstrip(".") == content  # not "on Tuesday", "in a statement"
    assert speaker_name(analysis, content) == "Lea Marsh"


def test_predicates_held_by_a_group_noun(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "Critics consider the accession treaty a betrayal of the neutral tradition.")
    statement = statement_with(analysis, "the accession treaty a betrayal")
    assert statement.kind == "belief" and statement.speaker_mention == "Critics"


def test_predicates_a_poll_shows(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "A new poll shows that most Osterlanders now support joining the Harbor Pact.")
    statement = statement_with(analysis, "most Osterlanders now support joining")
    assert statement.kind == "indirect" and statement.cue == "shows" and statement.speaker is None


def test_predicates_not_for_things_that_hold_no_view(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "The weather wants to turn colder before the summit begins in the capital.")
    assert not [s for s in analysis.statements if "turn colder" in s.content]


@pytest.mark.parametrize(("text", "words", "not_in"), [
    ("Marsh said the plan was dead and suggested that talks could resume in the spring.",
     "the plan was dead", "suggested"),
    ("Marsh claimed that the vote was fair, although she refused to publish the count.",
     "the vote was fair", "refused"),
    ("Marsh likened the treaty to a cage, which critics called unfair.", "the treaty to a cage", "critics"),
])
def test_predicates_content_ends_where_the_reported_material_ends(run, text: str, words: str,  # type: ignore[no-untyped-def]
                                                                  not_in: str) -> None:
    statement = statement_with(run(INTRO + text), words)
    assert not_in not in statement.content


def test_predicates_position_ends_before_its_occasion(run) -> None:  # type: ignore[no-untyped-def]
    """"attacked her rival as a fraud during the debate": the occasion the parse hung on the object is
    not what was judged; one hung on a verb inside the content stays ("to show up despite ...")."""
    analysis = run(INTRO + "Marsh attacked her rival as a fraud and a coward during the second debate on "
                           "Monday night.\n\nBerg refused to show up to the hearing despite a summons.")
    assert statement_with(analysis, "as a fraud and a coward").content.rstrip(".") == "her rival as a fraud and a coward"
    assert "despite a summons" in statement_with(analysis, "to show up to the hearing").content


def test_predicates_complement_ends_at_a_circumstance(run) -> None:  # type: ignore[no-untyped-def]
    """"attacked her rival as a liar during the forum, with barbs that ...": an occasion the parse hung on
    the verb ends its complement, whatever content preposition follows it; a date between the parts does
    not ("described Berg last month as ...": what follows is what was said of him; session 14)."""
    analysis = run(INTRO + "Marsh sharply attacked her rival as a liar and a con man during the second "
                           "forum in Velden, with barbs that went to the heart of his pitch.\n\nThe ministry described "
                           "Berg last month as a salesman of war.")
    assert statement_with(analysis, "as a liar and a con man").content == "her rival as a liar and a con man"
    assert statement_with(analysis, "Berg").content.rstrip(".") == "Berg last month as a salesman of war"


def test_predicates_content_ends_before_an_aside(run) -> None:  # type: ignore[no-untyped-def]
    """"wants rules that raise less money in the near term (they want lower fees and argue ...)": the
    bracketed clause with its own subject is the writer's aside, and its "they want" a belief of its
    own whose mention is "they" (session 10)."""
    analysis = run(INTRO + "The Harbor Party wants rules that raise more money, and the Coast League wants "
                           "rules that raise less money in the near term (they want lower port fees and argue "
                           "that such fees would boost trade and so bring in more money).")
    assert statement_with(analysis, "less money").content == "rules that raise less money in the near term"
    assert statement_with(analysis, "lower port fees").speaker_mention == "they"
    assert speaker_name(analysis, "lower port fees") == "Coast League"
