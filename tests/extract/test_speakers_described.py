"""Speakers named through a description (issue 10, session 7): an apposition that names the
description's holder, a possessive that points at the person or body just named, "the company"
for the firm just named. Written sentences; fictional people, bodies and places."""

from __future__ import annotations

from .conftest import speaker_name, statement_with


def test_speakers_appositive_name_speaks(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Brisk Ferries, the largest user of the harbour, has threatened to leave. Its chief executive, "
            "Maren Tolvik, says the new rules would make the route impossible to run.\n\n"
            "The main opposition party, Civic Renewal, said it would oppose the appointment.\n\n"
            "The bridge's operator, the Orrin Crossings Authority, now says the props will be fitted by May 3.")
    analysis = run(text)
    assert speaker_name(analysis, "impossible to run") == "Maren Tolvik"
    assert statement_with(analysis, "impossible to run").speaker_mention == "Maren Tolvik"
    assert speaker_name(analysis, "oppose the appointment") == "Civic Renewal"
    assert speaker_name(analysis, "props will be fitted") == "Orrin Crossings Authority"


def test_speakers_possessive_voice_is_its_owner(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Mayor Lisbet Orlund did not attend the meeting. Her office said in a statement that the council "
            "would look closely at a toll exemption.\n\n"
            "Foreign Minister Tomas Eldvik has asked for a transition period. His ministry says that a "
            "seven-year transition is now on the table.\n\n"
            "The Centre Alliance will vote against the bill, its whips said on Thursday.")
    analysis = run(text)
    assert speaker_name(analysis, "toll exemption") == "Lisbet Orlund"
    assert statement_with(analysis, "toll exemption").speaker_mention == "Her office"
    assert speaker_name(analysis, "seven-year transition") == "Tomas Eldvik"
    assert speaker_name(analysis, "vote against the bill") == "Centre Alliance"


def test_speakers_the_company(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Varrick Pipeline Works said it regrets the disruption at Low Fen. "
            "The company said construction remained on schedule to finish in December.")
    assert speaker_name(run(text), "construction remained on schedule") == "Varrick Pipeline Works"


def test_speakers_the_company_is_not_a_union(run) -> None:  # type: ignore[no-untyped-def]
    # A body headed by another body's word is not "the company": since session 21's decision the article's own
    # described "company" (named by its word alone), not the union.
    text = ("The Harbour Workers' Union said it would ballot its members. "
            "The company said construction remained on schedule.")
    assert speaker_name(run(text), "construction remained on schedule") == "company"


def test_speakers_first_person_under_a_transcript_label(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Anna Halvorsen, the opposition leader, spoke to Radio Kestel on Monday.\n\n"
            "Radio Kestel: The chancellery keeps saying the petition is being examined. What do you expect?\n\n"
            "Halvorsen: She is protecting a friend. I think the president will pardon her, and I predict "
            "he will be gone by May.")
    analysis = run(text)
    assert speaker_name(analysis, "gone by May") == "Anna Halvorsen"


def test_speakers_first_person_answers_an_unlabelled_question(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Petra Varnmoe spoke to the Courier about the harbour bill.\n\n"
            "Q: What about the dockers? Their union says it will not back you.\n\n"
            "They are right to ask. I have told the union that no docker will be left without work.")
    assert speaker_name(run(text), "no docker will be left") == "Petra Varnmoe"


def test_speakers_first_person_after_a_rhetorical_question(run) -> None:  # type: ignore[no-untyped-def]
    """A column's one rhetorical question, then "I believe ...": the columnist's, not the person named."""
    text = ("Foreign Minister Lea Marsh told parliament on Monday that the government had not yet decided.\n\n"
            "So what should Osterland do?\n\n"
            "I believe Osterland should join the Harbor Pact before the winter sets in.")
    found = [s for s in run(text).statements if "join the Harbor Pact before the winter" in s.content]
    assert all(s.speaker is None for s in found)


def test_speakers_first_person_of_the_writer_has_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    # Outside a transcript or an answer, "I" is the writer's: no speaker.
    text = "The bridge has been closed since May. I think the council will reopen it before winter."
    found = [s for s in run(text).statements if "reopen it" in s.content]
    assert all(s.speaker is None for s in found)


def test_speakers_spokesperson_speaks_for_the_body(run) -> None:  # type: ignore[no-untyped-def]
    # Never the next person named ("cataphora"): an unnamed spokesperson speaks for a body or a person.
    text = ("Under the rules of the Continental Games Association (CGA), a candidate city must present a "
            "guarantee. A CGA spokesman said the association does not comment on individual candidates. "
            "Lukas Marendi called the bid a chance for athletes.\n\n"
            "In the capital, a spokesman for the federal economy ministry said the government would study "
            "the bill. Halina Rostek called it a mistake.\n\n"
            "Transport Minister Sandro Vitelli said the harbour was a national asset. A spokesman said the "
            "minister had no intention of taking sides. Marta Breith disagreed.")
    analysis = run(text)
    assert speaker_name(analysis, "does not comment on individual") == "Continental Games Association"
    assert speaker_name(analysis, "would study the bill") == "federal economy ministry"
    assert speaker_name(analysis, "no intention of taking sides") == "Sandro Vitelli"


def test_speakers_pronoun_not_a_name_inside_a_quotation(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Harbour councillor Aurel Danvik said the plan would rip the heart out of a working port.\n\n"
            "\"Mayor Orlund wants a postcard, not a port,\" he fumed.")
    assert speaker_name(run(text), "wants a postcard") == "Aurel Danvik"


def test_speakers_pronoun_newly_named_subject_takes_the_floor(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Fisheries minister Pol Raddock said the accord was a fair deal for the fleet.\n\n"
            "Haldby's mayor, Jens Tollvik, struck a softer note. He said the town could accept the accord "
            "as long as it came with a transition period.")
    assert speaker_name(run(text), "could accept the accord") == "Jens Tollvik"


def test_speakers_pronoun_after_we_asked(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Union secretary Graham Pellow said the night shift would vote no.\n\n"
            "How might it go? We asked Dr Samir Odunya of the University of Wexby.\n\n"
            "\"My expectation is a yes, but a narrower one than the company thinks,\" he told the Ledger.")
    assert speaker_name(run(text), "My expectation is a yes") == "Samir Odunya"


def test_speakers_pronoun_not_the_subject_of_reported_speech(run) -> None:  # type: ignore[no-untyped-def]
    # "X said Y doesn't ...": Y is the subject of what X said, not who speaks next.
    text = ("Tyra Molenby said Carrick doesn't show consistency on the issue. "
            "\"It comes and goes,\" she said.")
    assert speaker_name(run(text), "comes and goes") == "Tyra Molenby"


def test_speakers_a_persons_party_speaks(run) -> None:  # type: ignore[no-untyped-def]
    """A named body owned by a person ("Tomas Greve's Liberal Party said") speaks as the body; a
    person's role before their name still speaks as the person."""
    text = ("Opposition leader Tomas Greve's Liberal Party said it would back the harbour bill.\n\n"
            "Harbour Party leader Mara Kovin said the bill would fail.")
    analysis = run(text)
    assert speaker_name(analysis, "it would back the harbour bill") == "Liberal Party"
    assert speaker_name(analysis, "the bill would fail") == "Mara Kovin"
