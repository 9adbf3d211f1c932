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
        "The Ramblers' Union of Ostby, which says its 900 members walk the valley every weekend, called the plan \"a "
        "poor bargain\".",
        "900 members", "Ramblers' Union of Ostby"),
    # speakers._introduced_as: "the operator" is the organisation the article named after that word, not the firm the
    # article made a subject first
    "a_body_introduced_by_its_word": (
        "Velmar Coaches said on Monday that it would bid for the contract.\n\n"
        "The ferry, run by state operator Nordrail Group under the Blue Star name, sails twice a day. Nordrail Group "
        "wants 9 million crowns a year from the council to keep both sailings.\n\n"
        "Its chief executive, Pavel Ruda, warned that fares would rise. \"We cannot carry the cost alone,\" he said. "
        "\"Nobody can.\"\n\nThe operator says its boats were half empty in January.",
        "its boats were half empty", "Nordrail Group"),
    # roleholders.BODY_WORDS: a body word WordNet files first as no body ("trust"), described by its own words
    "a_body_word_wordnet_does_not_file": (
        "The council votes on the ring road plan on Monday.\n\n"
        "Hospital managers have said little so far. The hospital trust says it will back the scheme only if ambulances "
        "keep a clear lane.",
        "it will back the scheme", "hospital trust"),
    # ... and a bare "the authority" whose body the article writes out elsewhere (green without BODY_WORDS too:
    # speakers._named_by_head finds it by its name's last word; a guard on the outcome)
    "a_bare_authority_named_elsewhere": (
        "The Harwood Transit Authority runs the buses that use the ring road.\n\n"
        "Drivers walked out on Friday. The authority claims most of them will be back at work by Monday.",
        "most of them will be back at work", "Harwood Transit Authority"),
    # mentions.MISREAD_LABELS (or untagged_bodies): a body's name the tagger called a work of art is a body, "It" its own
    "a_body_tagged_a_work_of_art": (
        "The council votes on the ring road plan on Monday.\n\nThe Fenby Tenants\u2019 Association is leading the "
        "campaign against it. It argues the site should be kept for a park, and says it will take the council to court.",
        "kept for a park", "Fenby Tenants' Association"),
    # appositions.appositive_name: a body's word and its name with no commas between ("the transparency group X said")
    "a_body_word_then_its_name": (
        "The council votes on the ring road plan on Monday.\n\nThe transparency group Open Books Initiative said the "
        "plan was \"a bill the city cannot pay\".",
        "a bill the city cannot pay", "Open Books Initiative"),
    # names.ORG_HEADS += society: an untagged society's name, and "the society" after it
    "a_society_named_before": (
        "The council votes on the ring road plan on Monday.\n\nThe Harwood Civic History Trust Society has filed an "
        "objection to the scheme. The new plans spare the lock keeper's cottage, but the society said the road would "
        "still \"cut the towpath in two\".",
        "cut the towpath in two", "Harwood Civic History Trust Society"),
    # pronouns._set_into: "X will drop their objection if ..., she says": no subject of what her cue is set into is "she"
    "a_name_before_a_parenthetical_cue": (
        "The council votes on the ring road plan on Monday.\n\nClara Ibsworth speaks for the residents. Harwood Rangers "
        "will drop their objection if the lorries keep off Mill Lane, she says, and the parish has agreed to pay for "
        "the signs.",
        "will drop their objection", "Clara Ibsworth"),
    # appositions.appositive_name: '"...," said its transport adviser, X.': the name at the sentence's end speaks
    "a_name_after_an_inverted_cue": (
        "The council votes on the ring road plan on Monday.\n\nThe Harwood Freight Guild says the road is the only way "
        "round the city for lorries. \"A ring road at 30 is a queue with a view,\" said its transport adviser, Rufus "
        "Ashgrove.",
        "a queue with a view", "Rufus Ashgrove"),
    # speakers._possessor: "its members feared ...": the body "its" stands for, as "its delegation" does
    "its_members": (
        "The council votes on the ring road plan on Monday.\n\nThe Harwood Traders Council reported that takings had "
        "fallen since the summer and that its members feared \"a hard winter unless the road opens\".",
        "a hard winter", "Harwood Traders Council"),
    # appositions.appositive_name: a plural described by one body's name between commas
    "backers_named_between_commas": (
        "The council votes on the ring road plan on Monday.\n\nThe team's backers, the Pellham Sport Group, have "
        "promised to fund the new stand without a penny from the council.",
        "to fund the new stand", "Pellham Sport Group"),
}


@pytest.mark.parametrize("case", CASES)
def test_speakers_session21(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, speaker = CASES[case]
    assert speaker_name(run(text, question=QUESTION), words) == speaker


def test_a_name_described_as_a_group_is_a_body(run) -> None:  # type: ignore[no-untyped-def]
    """mentions._described_as_body: a name the tagger called a person, set beside "a cycling campaign" or "a
    civil-liberties group", is the body (the mirror of session 20's person apposition)."""
    text = ("The council meets on Monday to vote on the ring road plan.\n\n"
            "Pedal Harwood, a cycling campaign with 600 members, said the plan did nothing for children on bikes.")
    analysis = run(text, question=QUESTION)
    actor = analysis.actor(statement_with(analysis, "did nothing for children").speaker)
    assert actor is not None and actor.name == "Pedal Harwood" and actor.kind == "organization"
