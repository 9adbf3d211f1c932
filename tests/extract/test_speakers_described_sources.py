"""Sources named by their own words (issue 10, session 21, the lead's decision): "Traders said", "Critics argue",
"The union says" with no union named anywhere in the article are actors of their own, kept to their article (never
merged with the same words in another article, so no stance is carried between articles through them), their words
kept as the statement's speaker mention. Written sentences; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from stancemap.model import Source
from stancemap.pipeline import analyze_sources

from .conftest import speaker_name, statement_with

QUESTION = "Will the council approve the ring road plan?"

CASES = {
    # speakers._people_described: a bare plural for people, no name in it
    "bare_plural_people": (
        "The council votes on the ring road plan on Monday.\n\n"
        "Shopkeepers on Mill Street are worried. Traders said the road would cut their takings by half.",
        "cut their takings by half", "traders"),
    "bare_plural_critics": (
        "The council votes on the ring road plan on Monday.\n\n"
        "Critics argue the scheme will only move the queues to the next junction.",
        "move the queues to the next junction", "critics"),
    # roleholders.bare_body: a bare "the <body word>" whose body the article names nowhere (was unnamed: sessions 7, 16)
    "a_bare_union": (
        "Dock workers walked out on Monday. The union says it will back the Harbor Pact only with a jobs guarantee.",
        "back the Harbor Pact only with a jobs guarantee", "union"),
    # speakers._principal: "A <Name> spokesman" with the firm's name in no mention there: the firm the article names
    "a_named_spokesperson": (
        "Tellaby Networks wants to buy a rival carrier. The council votes on the ring road plan on Monday.\n\n"
        "A Tellaby spokesman said the firm would not oppose the ring road.",
        "would not oppose the ring road", "Tellaby Networks"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_speakers_described_sources(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, wanted = CASES[case]
    analysis = run(text)
    assert speaker_name(analysis, words) == wanted
    statement = statement_with(analysis, words)
    assert wanted in statement.speaker_mention.lower() or "spokes" in statement.speaker_mention


# Session 22: sources described by words of their own (speakers._people_described): the phrase, its article dropped,
# is the actor's name; kind person for one, group for several.
MODIFIED = {
    "a_modified_plural": (
        "The council votes on the ring road plan on Monday.\n\n"
        "County highways officers said the road would ease traffic in the old town.",
        "ease traffic in the old town", "County highways officers", "group"),
    "senior_people": (
        "The council votes on the ring road plan on Monday.\n\n"
        "Senior engineers said the new bridge could not carry the extra lorries.",
        "could not carry the extra lorries", "senior engineers", "group"),
    "a_described_source": (
        "The council votes on the ring road plan on Monday.\n\n"
        "A transport ministry source said the ministry would not pay for the ring road.",
        "would not pay for the ring road", "transport ministry source", "person"),
    "a_person_familiar": (
        "The council votes on the ring road plan on Monday.\n\n"
        "A person familiar with the budget talks said the vote could slip to June.",
        "the vote could slip to June", "person familiar with the budget talks", "person"),
    # a body written definite, described by its members: the body of this article
    "a_definite_body": (
        "The council votes on the ring road plan on Monday.\n\n"
        "The bus drivers' union said its members would strike if the road went ahead.",
        "its members would strike", "bus drivers' union", "group"),
    # a role word after "a", no one named next (speakers._cataphora none): the official the words describe
    "an_official_described": (
        "The council votes on the ring road plan on Monday.\n\n"
        "A senior council official said the vote could slip to June.",
        "the vote could slip to June", "senior council official", "person"),
}


@pytest.mark.parametrize("case", sorted(MODIFIED))
def test_speakers_described_sources_modified(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, wanted, kind = MODIFIED[case]
    analysis = run(text, question=QUESTION)
    statement = statement_with(analysis, words)
    actor = analysis.actor(statement.speaker)
    assert actor is not None and (actor.name, actor.kind) == (wanted, kind)
    assert actor.described_in == statement.document and actor.side() is None
    assert wanted.lower() in statement.speaker_mention.lower()


UNNAMED = {
    # UNNAMED_SOURCES stay unnamed: "officials", "analysts" are the reporting's anonymous sources
    "officials": (
        "The council votes on the ring road plan on Monday. Officials said the vote could slip to June.",
        "the vote could slip to June"),
    # a quantity describes no one (session 22)
    "two_officials": (
        "The council votes on the ring road plan on Monday. Two officials said the vote could slip to June.",
        "the vote could slip to June"),
    "a_second_source": (
        "The council votes on the ring road plan on Monday. A second source said the vote could slip to June.",
        "the vote could slip to June"),
    "close_to_her": (
        "Mayor Oda Vantorp wants the road. People close to her said she would back the ring road.",
        "she would back the ring road"),
    "a_name_possessive": (  # (a name the tagger calls a place: red before, "Lunmaa's critics" an actor)
        "The council votes on the ring road plan on Monday. Lunmaa's critics say that the ring road would ruin the "
        "valley.", "the ring road would ruin the valley"),
    # one person written definite is someone the article names, or no one
    "the_nominee": (
        "The council votes on the ring road plan on Monday.\n\n"
        "The Green nominee said the vote could slip to June.",
        "the vote could slip to June"),
    "several_experts": (
        "The council votes on the ring road plan on Monday. Several experts said the vote could slip to June.",
        "the vote could slip to June"),
    "sources_who_read_it": (
        "The council votes on the ring road plan on Monday. Sources who read the report said the vote could slip.",
        "the vote could slip"),
    # words outside the source's phrase describe no one ("an engineer, speaking after the vote, said")
    "an_engineer_speaking": (
        "The council votes on the ring road plan on Monday. An engineer, speaking after the meeting, said the vote "
        "could slip to June.", "could slip to June"),
    "a_source": (
        "The council votes on the ring road plan on Monday. A source said the vote could slip to June.",
        "the vote could slip to June"),
    # a polity's or a place's word named nowhere is no body of that name (roleholders.a_polity, session 22)
    "the_government": (
        "The council votes on the ring road plan on Monday.\n\n"
        "The government said it would not pay for the ring road.",
        "it would not pay for the ring road"),
    "the_city": (
        "The council votes on the ring road plan on Monday.\n\n"
        "The city said it would not pay for the ring road.",
        "it would not pay for the ring road"),
}


@pytest.mark.parametrize("case", sorted(UNNAMED))
def test_speakers_described_sources_unnamed(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words = UNNAMED[case]
    assert speaker_name(run(text, question=QUESTION), words) is None


def test_speakers_the_government_named_before(run) -> None:  # type: ignore[no-untyped-def]
    """"The government" is the government the article wrote out (roleholders.described_elsewhere, as before)."""
    text = ("The Pellvarian government met on Monday. The council votes on the ring road plan on Monday.\n\n"
            "The government said it would not pay for the ring road.")
    assert speaker_name(run(text, question=QUESTION), "it would not pay for the ring road") == "Pellvarian government"


def test_described_people_stay_in_their_article() -> None:
    """Two articles' "Traders said" are two actors: one article's traders carry no stance into the other's."""
    first = ("The council votes on the ring road plan on Monday.\n\n"
             "Traders said the road would bring shoppers back to the town centre.")
    second = ("The ring road plan goes to the council on Monday.\n\n"
              "Traders said they feared months of roadworks outside their doors.")
    analysis = analyze_sources([Source("a.txt", "text", text=first), Source("b.txt", "text", text=second)], QUESTION)
    one = statement_with(analysis, "bring shoppers back").speaker
    two = statement_with(analysis, "months of roadworks").speaker
    assert one is not None and two is not None and one != two
    first, second = analysis.actor(one), analysis.actor(two)
    assert first is not None and second is not None and {first.kind, second.kind} == {"group"}
    # each marked with its article (the JSON's "described_in"), no camp across the corpus (no side "traders")
    assert [first.described_in, second.described_in] == [d.id for d in analysis.documents]
    assert not any(side.affiliation == "traders" for side in analysis.sides)
