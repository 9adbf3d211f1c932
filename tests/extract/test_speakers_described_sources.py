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


UNNAMED = {
    # UNNAMED_SOURCES stay unnamed: "officials", "analysts" are the reporting's anonymous sources
    "officials": (
        "The council votes on the ring road plan on Monday. Officials said the vote could slip to June.",
        "the vote could slip to June"),
}


@pytest.mark.parametrize("case", sorted(UNNAMED))
def test_speakers_described_sources_unnamed(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words = UNNAMED[case]
    assert speaker_name(run(text), words) is None


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
    assert {analysis.actor(one).kind, analysis.actor(two).kind} == {"group"}  # type: ignore[union-attr]
