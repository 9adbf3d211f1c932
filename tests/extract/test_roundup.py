"""Statements printed as lists: quotations signed by a dash, lines headed by a speaker, transcript
turns, and a cue that ends its paragraph with a colon."""

from __future__ import annotations

from .conftest import speaker_name, statement_with

ROUNDUP = ("Readers on the Harbor Pact vote.\n\n"
           "“The Pact would make us safer. I will vote yes.” ― Ilona Varga\n"
           "“We would lose our neutrality for nothing.”― Tomas Berel.\n")


def test_roundup_signed_quotations(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(ROUNDUP)
    assert speaker_name(analysis, "I will vote yes") == "Ilona Varga"
    assert speaker_name(analysis, "We would lose our neutrality") == "Tomas Berel"
    assert statement_with(analysis, "I will vote yes").kind == "direct"


def test_roundup_transcript_turns(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Foreign Minister Lea Marsh spoke to the broadcaster's host Anton Kellberg on Sunday.\n\n"
            '"KELLBERG: Will Osterland join the Harbor Pact this year?\n\n'
            '"MARSH: We are ready, and the allies know it.\n\n'
            '"But the vote is theirs, not ours.\n\n'
            '"KELLBERG: And if they say no?\n\n'
            '"MARSH: Then we will ask again.\n\n'
            "Follow the programme online.")
    analysis = run(text)
    ready = statement_with(analysis, "We are ready")
    assert "the vote is theirs" in ready.content  # the turn runs on through the paragraph opened like it
    assert speaker_name(analysis, "We are ready") == "Lea Marsh"
    assert speaker_name(analysis, "Then we will ask again") == "Lea Marsh"
    # The host's turn is his question, no statement of a position: since session 36 a broadcast's presenter named as
    # such ("the broadcaster's host X") speaks no statement (extract/transcript.py host_turns; tests/extract/
    # test_transcript.py). Before it, the question was the host's statement.
    assert not any("And if they say no" in s.content for s in analysis.statements)


def test_roundup_headed_line_and_colon_block(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Lea Marsh, Velden Courier: “Osterland will apply before the summer.”\n\n"
            "The minister spoke after the vote. Marsh added:\n\n"
            "Nobody in this government will accept a neutral status for Osterland.\n\n"
            "Marsh concluded: “The door is open, and we will walk through it.”")
    analysis = run(text)
    assert speaker_name(analysis, "Osterland will apply before the summer") == "Lea Marsh"
    assert speaker_name(analysis, "will accept a neutral status") == "Lea Marsh"
    concluded = statement_with(analysis, "we will walk through it")
    assert concluded.kind == "direct" and concluded.cue == "concluded"


def test_roundup_headline_label_is_not_a_speaker(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run("Little Relief for Refugees: The crisis is the sort of issue the body was made to tackle.\n\n"
                   "Lea Marsh spoke in Velden.")
    assert not [s for s in analysis.statements if "sort of issue" in s.content]


def test_roundup_a_label_before_a_sentence_with_its_own_speaker(run) -> None:  # type: ignore[no-untyped-def]
    """`The Latest: Marsh urges ...` (a live blog's header): the sentence names its own speaker."""
    analysis = run("The Latest: Marsh urges voters to watch the polling places.\n\n"
                   "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.")
    found = [s for s in analysis.statements if "the polling places" in s.content]
    assert found and all(s.speaker_mention != "The Latest" for s in found)


def test_roundup_named_then_colon(run) -> None:  # type: ignore[no-untyped-def]
    """A live blog's entry headed by a person and where they spoke, then a colon: theirs; a headline
    headed by a thing ("Marsh's plan: ...") or a bare surname in a place is not a statement."""
    analysis = run("10:05\n\n"
                   'Governor Lea Marsh in a televised address: "We will not pay the funds before the vote."\n\n'
                   "10:40\n\n"
                   "Kellberg Bank's Anton Varga on the call: a missed payment would not by itself count as a "
                   "default.\n\n"
                   "Marsh's plan: what it means for the coast and the port.\n\n"
                   "Lea Marsh on the campaign trail: a former teacher who rose through the port union.\n\n"
                   "Anton Varga in 2019: Osterland applies to join the Harbor Pact for the first time.\n\n"
                   "Varga in Velden: talks on the port collapse at dawn.")
    assert speaker_name(analysis, "We will not pay the funds") == "Lea Marsh"
    assert statement_with(analysis, "We will not pay the funds").kind == "direct"
    assert speaker_name(analysis, "a missed payment would not") == "Anton Varga"
    assert not [s for s in analysis.statements if any(
        words in s.content for words in ("what it means", "talks on the port", "a former teacher", "applies to join"))]


def test_roundup_poll_headline(run) -> None:  # type: ignore[no-untyped-def]
    """A first line "Poll: ..." reports the poll's finding; "Analysis: ..." labels the page."""
    analysis = run("Poll: Most Osterlanders now back joining the Harbor Pact.\n\n"
                   "A survey by the Velden Institute asked 2,000 adults in March.\n\n")
    statement = statement_with(analysis, "Most Osterlanders now back joining")
    assert (statement.cue, statement.speaker_mention) == (":", "Poll")
    analysis = run("Analysis: Most Osterlanders now back joining the Harbor Pact.\n\n"
                   "A survey by the Velden Institute asked 2,000 adults in March.\n\n")
    assert all(s.speaker_mention != "Analysis" for s in analysis.statements)
