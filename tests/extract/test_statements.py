"""Statement forms: direct (split around the cue, curly and straight marks, unbalanced), indirect,
according to, passive attribution, stated positions; nothing from removed boilerplate."""

from __future__ import annotations

import pytest

from stancemap.extract.quotes import quote_spans

from .conftest import speaker_name, statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


@pytest.mark.parametrize(("text", "words", "kind", "cue"), [
    ('“We are ready to join the Harbor Pact,” Marsh said.', "We are ready to join", "direct", "said"),
    ('"We are ready. The Pact is our home," Marsh told reporters. "Nobody can stop that."',
     "Nobody can stop that", "direct", "told"),
    ("Marsh said that Osterland would apply for membership within a year.", "would apply for membership",
     "indirect", "said"),
    ("Osterland will apply before the summer, according to Marsh.", "will apply before the summer",
     "indirect", "according to"),
    ("The plan was rejected by Marsh within hours.", "The plan was rejected", "indirect", "rejected by"),
    ("Marsh expressed skepticism about a quick accession to the Pact.", "skepticism about a quick accession",
     "position", "expressed"),
    ("Osterland will not give up its bid, Marsh said on Tuesday, calling the delay unfair.",
     "Osterland will not give up its bid", "indirect", "said"),
    ("Marsh said Osterland would be “a loyal member of the Pact” within a decade.", "a loyal member",
     "mixed", "said"),
])
def test_statements_forms(run, text: str, words: str, kind: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + text)
    statement = statement_with(analysis, words)
    assert (statement.kind, statement.cue) == (kind, cue)
    assert speaker_name(analysis, words) == "Lea Marsh"
    body = analysis.documents[0].body
    assert body[statement.start:statement.end] == statement.content


def test_statements_quote_split_around_cue_keeps_both_halves(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + '"The door is open," Marsh added, "and we will walk through it this year."')
    assert speaker_name(analysis, "The door is open") == "Lea Marsh"
    assert speaker_name(analysis, "we will walk through it") == "Lea Marsh"


@pytest.mark.parametrize(("text", "spans"), [
    ("He said: “We will join. We will not wait.”", ["We will join. We will not wait."]),
    ('He said "we will join" and left.', ["we will join"]),
    ("She said: “the talks go on\n\nNext paragraph.", ["the talks go on"]),  # unclosed: stops at the paragraph
    ('The so-called "deal" was off.', ["deal"]),
    # Marks of two styles on one quotation (pasted text): each closes at the first mark of either style.
    ('“Deals are no favour," Vell said, adding they went out "like sweets.”', ["Deals are no favour,", "like sweets."]),
    ('"It is over,” she said.', ["It is over,"]),
])
def test_statements_quote_spans(text: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e in quote_spans(text)] == spans


def test_statements_unbalanced_quote_does_not_crash(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "“We will join the Pact, Marsh said, and the talks went on into the night.")
    assert analysis.documents[0].body


def test_statements_short_positions_are_not_claims(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "Marsh welcomed the letter.")
    assert not [s for s in analysis.statements if s.content == "the letter."]


def test_statements_nothing_from_removed_teasers(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Osterland Applies to Join the Harbor Pact\n"
            "Marsh said that Osterland had applied to join the Harbor Pact after a long debate in parliament.\n"
            "Former Envoy Karl Brecht Says Talks Are Over\n"
            "Flood Warnings Issued Across the Lower Valley Basin\n"
            "The application will be discussed by ambassadors next month, officials said in the capital.")
    analysis = run(text)
    assert not any("Brecht" in (a.name + " ".join(a.aliases)) for a in analysis.actors if a.kind == "person"
                   and any(s.speaker == a.id for s in analysis.statements))


def test_statements_interview_answers_belong_to_the_interviewee(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Foreign Minister Lea Marsh spoke to the Velden Courier on Monday about the application.\n\n"
            "Q: Will Osterland join the Harbor Pact this year?\n\n"
            "A: We hope so. I expect the ambassadors to agree before the summer.\n\n"
            "Q: And if they do not?\n\n"
            "A: Then we will wait, but we will not give up our bid.")
    analysis = run(text)
    answers = [s for s in analysis.statements if s.cue == "answered"]
    assert [s.content for s in answers] == ["We hope so. I expect the ambassadors to agree before the summer.",
                                            "Then we will wait, but we will not give up our bid."]
    assert {analysis.actor(s.speaker).name for s in answers} == {"Lea Marsh"}  # type: ignore[union-attr]


def test_statements_named_speaker_inside_another_speakers_words(run) -> None:  # type: ignore[no-untyped-def]
    text = (INTRO + "Analyst Rosa Feld argues that the real obstacle is Velden, whose prime minister, Jon Halle, "
            "has told colleagues that he would block any invitation to Osterland.")
    analysis = run(text)
    assert speaker_name(analysis, "the real obstacle is Velden") == "Rosa Feld"
    assert speaker_name(analysis, "he would block any invitation") == "Jon Halle"


def test_statements_participle_after_a_position_is_a_statement_of_its_own(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "Marsh has refused to discuss neutrality, arguing that a neutral Osterland would be defenceless."
    analysis = run(text)
    argued = statement_with(analysis, "a neutral Osterland would be defenceless")
    assert argued.kind == "indirect" and argued.cue == "arguing" and "refused" not in argued.content
    assert speaker_name(analysis, "a neutral Osterland would be defenceless") == "Lea Marsh"
    refused = statement_with(analysis, "to discuss neutrality")
    assert refused.kind == "position" and refused.cue.startswith("refused") and "arguing" not in refused.content


def test_statements_british_single_quotes(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "‘Osterland’s place is in the Pact. We will not wait,’ Marsh said.")
    statement = statement_with(analysis, "place is in the Pact")
    assert statement.kind == "direct" and "We will not wait" in statement.content
