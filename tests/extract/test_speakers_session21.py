"""Speakers on articles never seen (issue 10, session 21): a body's name the tagger left out or called a person, a
body named by the word the article introduced it with, and body words WordNet does not file as bodies. Written
sentences; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from .conftest import speaker_name, statement_with

QUESTION = "Will the council approve the ring road plan?"

CASES = {
    # mentions.untagged_bodies: a body's name in no entity, a plural's possessive in it, runs on through "of"
    "an_untagged_body_name": (
        "The council meets on Monday to vote on the ring road plan.\n\n"
        "The Cyclists' Alliance of Harwood, which says it has 4,000 members in the county, called the plan \"a start "
        "and no more\". Its chair, Mira Tolland, said the alliance would back the plan if the bridge stayed open.",
        "4,000 members", "Cyclists' Alliance of Harwood"),
    # ... and the bare word for it after, which roleholders.described_elsewhere can now find
    "the_bare_word_for_an_untagged_body": (
        "The council meets on Monday to vote on the ring road plan.\n\n"
        "The Cyclists' Alliance of Harwood, which says it has 4,000 members in the county, called the plan \"a start "
        "and no more\".\n\nThe alliance wants the money spent on the old bridge instead.",
        "the money spent on the old bridge", "Cyclists' Alliance of Harwood"),
    # speakers._introduced_as: "the operator" is the body the article named after that word, not the body last named
    "a_body_introduced_by_its_word": (
        "Velmar Coaches said on Monday that it would bid for the night route.\n\n"
        "The service, run by state operator Nordrail as the Nightline, has carried passengers to Velma since May. "
        "Nordrail has asked the council for 30 million crowns a year to keep it running.\n\n"
        "Its chief executive, Pavel Ruda, warned that the line would close in December. \"Not one night train pays its "
        "way,\" he said. \"Not one.\"\n\n"
        "The operator says its sleeping cars were on average 70 percent full this summer.",
        "its sleeping cars were on average 70 percent full", "Nordrail"),
    # roleholders.BODY_WORDS: a body word WordNet files first as no body ("trust"), described by its own words
    "a_body_word_wordnet_does_not_file": (
        "The council votes on the ring road plan on Monday.\n\n"
        "The emergency services have avoided taking sides. The ambulance trust says it will not back the change "
        "unless response times are protected.",
        "it will not back the change", "ambulance trust"),
    # ... and a bare "the authority" whose body the article writes out elsewhere (green without BODY_WORDS too:
    # speakers._named_by_head finds it by its name's last word; a guard on the outcome)
    "a_bare_authority_named_elsewhere": (
        "The Harwood Transit Authority runs the buses that use the ring road.\n\n"
        "Drivers have been on strike for a week. The authority claims 140 staff have returned to work so far.",
        "140 staff have returned to work", "Harwood Transit Authority"),
}


@pytest.mark.parametrize("case", CASES)
def test_speakers_session21(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, speaker = CASES[case]
    assert speaker_name(run(text, question=QUESTION), words) == speaker


def test_a_name_described_as_a_group_is_a_body(run) -> None:  # type: ignore[no-untyped-def]
    """mentions._described_as_body: a name the tagger called a person, set beside "a cycling campaign" or "a
    civil-liberties group", is the body (the mirror of session 20's person_apposition)."""
    text = ("The council meets on Monday to vote on the ring road plan.\n\n"
            "Pedal Harwood, a cycling campaign that gathered 3,000 signatures, said the plan would be worthless "
            "without cameras.")
    analysis = run(text, question=QUESTION)
    actor = analysis.actor(statement_with(analysis, "worthless without cameras").speaker)
    assert actor is not None and actor.name == "Pedal Harwood" and actor.kind == "organization"
