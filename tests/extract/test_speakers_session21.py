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
    # mentions.MISREAD_LABELS (or untagged_bodies): a body's name the tagger called a work of art is a body, "It" its own
    "a_body_tagged_a_work_of_art": (
        "The council votes on the ring road plan on Monday.\n\nThe Fenby Tenants\u2019 Association leads the opposition. "
        "It argues the yard should be used for housing rather than a road, and says it has hired a barrister.",
        "the yard should be used for housing", "Fenby Tenants' Association"),
    # appositions.appositive_name: a body's word and its name with no commas between ("the anti-fraud group X said")
    "a_body_word_then_its_name": (
        "The council votes on the ring road plan on Monday.\n\nThe anti-fraud group Open Books Initiative said the plan "
        "was \"the first honest budget in six years\".",
        "the first honest budget", "Open Books Initiative"),
    # names.ORG_HEADS += society: an untagged society's name, and "the society" after it
    "a_society_named_before": (
        "The council votes on the ring road plan on Monday.\n\nThe Harwood Civic History Society has lodged a formal "
        "objection over the old mill. Revised drawings keep the building as a museum, but the society said they still "
        "left it \"hemmed in\".",
        "hemmed in", "Harwood Civic History Society"),
    # pronouns._reported_by: "X are ready ..., she says": no name inside what her cue reports is "she"
    "a_name_before_a_parenthetical_cue": (
        "The council votes on the ring road plan on Monday.\n\nClara Oduya speaks for the club. Harwood Rovers are ready "
        "to accept every one of the conditions officers have proposed, she says, and the owners have set aside the "
        "money.",
        "are ready to accept", "Clara Oduya"),
    # appositions.appositive_name: '"...," said its policy manager, X.': the name at the sentence's end speaks
    "a_name_after_an_inverted_cue": (
        "The council votes on the ring road plan on Monday.\n\nThe Harwood Freight Guild says the road is the only "
        "route for lorries. \"At 30 it becomes a car park,\" said its policy manager, Rufus Kettering.",
        "it becomes a car park", "Rufus Kettering"),
    # speakers._possessor: "its members expected ...": the body "its" stands for, as "its delegation" does
    "its_members": (
        "The council votes on the ring road plan on Monday.\n\nThe Harwood Traders Council said footfall fell 4 percent "
        "in October and that its members expected \"a hard winter unless the road opens\".",
        "a hard winter", "Harwood Traders Council"),
    # appositions.appositive_name: a plural described by one body's name between commas
    "owners_named_between_commas": (
        "The council votes on the ring road plan on Monday.\n\nThe club's owners, the Pellham Sport Group, have pledged "
        "to pay for the 200 million pound stadium without public money.",
        "to pay for the 200 million", "Pellham Sport Group"),
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
