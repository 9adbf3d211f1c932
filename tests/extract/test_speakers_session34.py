"""Speakers and where their words end (issue 10, session 34): a quotation that opens its sentence and closes at an
inside cue is what was said, not the writer's words after the cue; a frame of hoping the parse hung on the clause it
frames still frames it; a quotation opened on a small letter after an inside cue finishes the sentence begun before
the cue. Written sentences; fictional people, bodies and places."""

from __future__ import annotations

from .conftest import statement_with

QUESTION = "Will the Orvel tunnel be built?"

OPENING = "Tunnel row\n\nThe Orvel harbour board met on Monday to discuss the tunnel.\n\n"


def test_a_quotation_closed_at_its_cue(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 5b7cb709: the parse made "said" a parataxis of the quoted verb and hung "under a clause ..." on that
    verb, so the content ran on past the cue to the sentence's end and held its own speaker
    (statements._closed_quotation)."""
    analysis = run(OPENING + '"Given the size of the overspend and the length of the delay, the harbour board will look '
                   'at once at what it can do," they said, under a clause of the tunnel contract that lets the board '
                   "fine the builder for each week of delay.", question=QUESTION)
    statement = statement_with(analysis, "what it can do")
    assert statement.speaker_mention == "they"
    assert "tunnel contract" not in statement.content and "they said" not in statement.content


def test_a_paraphrase_going_on_past_its_cue_keeps_its_end(run) -> None:  # type: ignore[no-untyped-def]
    """Guard (green on main too): the same sentence unquoted is no closed quotation; the reported clause still runs
    to the sentence's end, as the parataxis rule reads it ("X should not ..., he said, because ...")."""
    analysis = run(OPENING + "Given the size of the overspend and the length of the delay, the harbour board will look "
                   "at once at what it can do, they said, under a clause of the tunnel contract that lets the board "
                   "fine the builder for each week of delay.", question=QUESTION)
    assert "tunnel contract" in statement_with(analysis, "what it can do").content


def test_a_frame_the_parse_hung_on_the_clause_it_frames(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 5b7cb709: the parse hung "I hope" as a clausal complement on the verb after it, so the hope had no
    clause and the quotation went to the town alone (bounds.inverted_frame)."""
    analysis = run(OPENING + 'I hope in 2040 Orvel says, "Thank you, Mayor Krell, for the tunnel we drive through every '
                   'day."', question=QUESTION)
    statement = statement_with(analysis, "Orvel says")
    assert statement.speaker_mention == "I"
    assert statement.cue == "hope"


def test_a_parenthetical_frame_keeps_its_clause(run) -> None:  # type: ignore[no-untyped-def]
    """Guard (green on main too): "the town, I hope, says no": commas set the frame off; the hope covers the
    sentence, as before."""
    analysis = run(OPENING + "The town council, I hope, will say no to the tunnel and its tolls.", question=QUESTION)
    statement = statement_with(analysis, "say no to the tunnel")
    assert statement.cue == "hope"


def test_a_quotation_that_goes_on(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 5b7cb709: the fronted "when" clause was read as the cue's circumstance, and the statement was the
    three quoted words alone (statements._quotation_goes_on)."""
    analysis = run(OPENING + 'So when the ferry firm said in May that it might pull out of the crossing, the harbour '
                   'master said, "we had no plan for that."', question=QUESTION)
    statement = statement_with(analysis, "no plan for that")
    assert statement.content.startswith("So when the ferry firm")
    assert statement.speaker_mention == "the harbour master"


def test_a_quotation_opened_on_a_capital_keeps_its_circumstance_apart(run) -> None:  # type: ignore[no-untyped-def]
    """Guard (green on main too): "Asked whether X, she said, "Not this year."": the question answered is the
    cue's circumstance, not content (bounds.fronted_circumstance)."""
    analysis = run(OPENING + 'Asked whether the tunnel would open on time, the harbour master Ada Krell said, "Not '
                   'this year, and maybe not the next."', question=QUESTION)
    statement = statement_with(analysis, "Not this year")
    assert not statement.content.startswith("Asked")

