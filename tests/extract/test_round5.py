"""Issue 10, round 5: a reported clause that runs into another report stops before it, and that
report is a statement of its own; poll averages; speakers the parse hides (written sentences,
fictional people)."""

from __future__ import annotations

import pytest

from .conftest import speaker_name, statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


@pytest.mark.parametrize(("text", "first", "second", "cue"), [
    ("Marsh says the envoy promised to keep the talks open and said she would not give up on them.",
     "the envoy promised to keep the talks open", "she would not give up on them", "said"),
    ("Marsh said the northern allies were convinced the treaty would hold and said the envoy would not "
     "sign it before May.", "the northern allies were convinced the treaty would hold",
     "the envoy would not sign it before May", "said"),
])
def test_cues_content_stops_at_a_nested_report(run, text: str, first: str, second: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    """A reporting verb coordinated inside a reported clause reports on its own: the clause ends
    before it, and what it reports is the same speaker's statement."""
    analysis = run(INTRO + text)
    outer = statement_with(analysis, first)
    assert second not in outer.content and outer.content.rstrip(".").endswith(first.split()[-1])
    inner = statement_with(analysis, second)
    assert inner.cue == cue and inner.content.startswith(second.split()[0])
    assert speaker_name(analysis, second) == "Lea Marsh"  # the one whose words the clause is
    assert len([s for s in analysis.statements if second in s.content]) == 1  # one cue, one statement


def test_cues_a_participle_after_the_clause_stays_in_it(run) -> None:  # type: ignore[no-untyped-def]
    """"said A, arguing that B": the written batches' gold keeps the participle in the statement
    (splitting it off cost their precision more than it found on PolNeAR dev)."""
    analysis = run(INTRO + "Marsh said the treaty would not be signed before May, arguing that the northern allies "
                           "had not yet agreed.")
    assert "arguing that the northern allies" in statement_with(analysis, "the treaty would not be signed").content


def test_cues_content_ends_before_according_to(run) -> None:  # type: ignore[no-untyped-def]
    """"Osterland hopes to close A, according to X": who reported it is not what is hoped; X speaks."""
    analysis = run(INTRO + "Osterland hopes to close the first two chapters, on customs and fishing, by spring, "
                           "according to Trade Minister Maria Ferriby.")
    assert all("according to" not in s.content for s in analysis.statements)
    frame = next(s for s in analysis.statements if s.cue == "according to")
    assert "the first two chapters" in frame.content and frame.speaker_mention == "Trade Minister Maria Ferriby"


def test_cues_a_quoted_nested_verb_is_the_speakers_words(run) -> None:  # type: ignore[no-untyped-def]
    """Inside quotation marks a second verb of saying is what the speaker said: nothing is cut."""
    analysis = run(INTRO + 'Marsh said the allies were "tired of waiting, and said so at every meeting."')
    assert "said so at every meeting" in statement_with(analysis, "the allies were").content


@pytest.mark.parametrize(("text", "words"), [
    ("Two polling averages show Marsh with a narrow lead among likely voters.", "Marsh with a narrow lead among likely voters"),
    ("A rolling average of surveys shows the treaty leading 52 percent to 41 percent.",
     "the treaty leading 52 percent to 41 percent"),
    ("The Harbor Ledger's average shows Marsh ahead by four points.", "Marsh ahead by four points"),
])
def test_cues_a_poll_average_shows_a_standing(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """A poll average reports what it shows as a poll does, also a standing "with a lead" or "ahead
    by" (the preposition after the object carries the finding). PolNeAR dev +3 found."""
    statement = statement_with(run(INTRO + text), words)
    assert statement.content.rstrip(".") == words and "average" in statement.speaker_mention.lower()


def test_cues_quoted_title_after_the_verb_is_not_the_speaker(run) -> None:  # type: ignore[no-untyped-def]
    """'"...," Marsh, the foreign minister, said on "Morning Harbor."': the parser may take the
    quoted programme title after the verb for its subject; the name after the quotation speaks."""
    analysis = run(INTRO + "“The treaty is a good one. The fleet has waited long enough for it,” Marsh, "
                           "the foreign minister, said Thursday morning on Harbor TV’s “Morning Harbor.”")
    statement = statement_with(analysis, "The fleet has waited")
    assert statement.speaker_mention == "Marsh" and speaker_name(analysis, "The fleet has waited") == "Lea Marsh"


def test_cues_demanded_reports_the_quotation_before_it(run) -> None:  # type: ignore[no-untyped-def]
    """'"...?" X demanded.': the verb after the quotation is its cue, not the previous speaker's."""
    analysis = run(INTRO + "“Every time you say that,” Marsh said, “you help the northern allies.”\n\n"
                           "“Who will pay for the new harbour in Velden?” Jonas Berg demanded.")
    statement = statement_with(analysis, "pay for the new harbour")
    assert (statement.cue, statement.speaker_mention) == ("demanded", "Jonas Berg")


def test_cues_position_ends_before_its_circumstance(run) -> None:  # type: ignore[no-untyped-def]
    """A position's object ends before a phrase that dates or places the act ("during ...")."""
    analysis = run(INTRO + "Marsh strongly supported the northern fishing treaty during her time at the ministry, "
                           "which let her go in 2015.")
    # (the verb of taking a side opens the content, session 19: extract/verb_positions.py)
    assert statement_with(analysis, "the northern fishing treaty").content.rstrip(".") == "supported the northern fishing treaty"


def test_cues_speaker_without_an_opening_bracket() -> None:
    """"Sen. A. B. (R-Tex) is endorsing ...": the mention ends at the apposition the parse gives the
    party, without its opening bracket (the parse as the model produced it on such a sentence)."""
    from spacy.tokens import Doc

    from stancemap.extract.clauses import speaker_span
    from stancemap.parse import load_nlp

    words = ["Sen.", "Jonas", "Berg", "(", "R", "-", "Vel", ")", "is", "endorsing", "Marsh", "."]
    doc = Doc(load_nlp().vocab, words=words, spaces=[True, True, True, False, False, False, False, True, True, True,
                                                      False, False],
              heads=[2, 2, 9, 2, 2, 4, 4, 2, 9, 9, 9, 9],
              deps=["compound", "compound", "nsubj", "punct", "appos", "punct", "appos", "punct", "aux", "ROOT",
                    "dobj", "punct"])
    assert speaker_span(doc[2]).text == "Sen. Jonas Berg"


def test_cues_those_close_to_her_speak(run) -> None:  # type: ignore[no-untyped-def]
    """"Those close to her say ...": "those" with a modifier stands for people who can speak."""
    analysis = run(INTRO + "Those close to Marsh say that she would have to consider the offer of the northern allies.")
    statement = statement_with(analysis, "she would have to consider the offer")
    assert statement.speaker_mention == "Those close to Marsh" and statement.cue == "say"


def test_cues_asking_anonymity_is_no_position(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "Several lawmakers fear the talks would fail without the treaty, according to two party "
                           "officials who asked not to be named.")
    assert not [s for s in analysis.statements if s.cue.startswith("asked")]
