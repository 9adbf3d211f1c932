"""Claims the finders passed over although the parse holds them (issue 10, session 13): a position
whose object is one name, a participle clause opening the sentence, and "According to X, ..." whose
claim the parse hung on the source (session 14: and a source the parse misread)."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


@pytest.mark.parametrize(("text", "cue"), [
    ("Jonas Berg leads the opposition in Velden. Marsh attacked Berg in a late-night message.", "attacked"),
    ("Jonas Berg leads the opposition in Velden. Marsh openly mocked Berg.", "mocked"),
])
def test_predicates_one_named_object(run, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    """A position on someone named is a claim however short: the predicate finder's two-word floor
    let only the position verbs of statements.py through ("endorsed Berg"), not "attacked Berg" nor
    "mocked Berg"."""
    analysis = run(INTRO + text)
    statement = min((s for s in analysis.statements if s.cue == cue), key=lambda s: len(s.content))
    assert statement.content.rstrip(".") == "Berg" and statement.kind == "position"
    assert statement.speaker_mention == "Marsh"


def test_predicates_one_word_thing_is_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    """A bare thing stays below the floor ("attacked corruption")."""
    analysis = run(INTRO + "Marsh attacked corruption.")
    assert not [s for s in analysis.statements if s.cue == "attacked"]


def test_predicates_opening_participle(run) -> None:  # type: ignore[no-untyped-def]
    """"Citing X, Marsh accused ...": the opening participle's subject is the main clause's, which
    stands after it; what it cites is her statement, as what she accused is."""
    analysis = run(INTRO + "Citing an unpublished study of the northern ports, Marsh accused the allies of "
                           "stalling the talks.")
    statement = statement_with(analysis, "an unpublished study of the northern ports")
    assert (statement.cue, statement.speaker_mention) == ("Citing", "Marsh")
    assert "accused" not in statement.content


def test_cues_according_to_swallowed_claim(run) -> None:  # type: ignore[no-untyped-def]
    """"According to X, the deal reeks of ...": the parse made the claim an apposition of the source
    (a verb read as a noun); the source's phrase ends at its comma, the claim is the rest."""
    analysis = run(INTRO + "According to veteran talk show host Jonas Berg, the deal reeks of “panic” and "
                           "weakness.")
    statement = statement_with(analysis, "reeks of")
    assert statement.content.rstrip(".") == "the deal reeks of “panic” and weakness"
    assert statement.speaker_mention == "veteran talk show host Jonas Berg"


def test_cues_according_to_a_misread_source(run) -> None:  # type: ignore[no-untyped-def]
    """"..., according to show insiders": the parse read "show" as a verb and left "to" without an object;
    the last noun of the phrase names the source (session 14)."""
    analysis = run(INTRO + "As a harbour boss in Velden, Jonas Berg repeatedly demeaned dock workers with crude "
                           "language, according to show insiders.")
    statement = statement_with(analysis, "demeaned dock workers")
    assert (statement.cue, statement.speaker_mention) == ("according to", "insiders")
    assert statement.content.endswith("with crude language")


def test_predicates_a_document_mentions(run) -> None:  # type: ignore[no-untyped-def]
    """"The memo references X": a document reports by a verb of saying or mentioning as it does by
    "says" or "shows", though it cannot hold a view of its own."""
    analysis = run(INTRO + "The new advertisement also mentions an earlier study of the northern ports.")
    statement = statement_with(analysis, "an earlier study of the northern ports")
    assert (statement.cue, statement.speaker_mention) == ("mentions", "The new advertisement")
