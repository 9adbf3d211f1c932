"""Speakers named through a description (issue 10, session 7): an apposition that names the
description's holder, a possessive that points at the person or body just named, "the company"
for the firm just named. Written sentences; fictional people, bodies and places."""

from __future__ import annotations

from .conftest import speaker_name, statement_with


def test_speakers_appositive_name_speaks(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Brisk Ferries, the biggest operator in the harbour, may pull out. Its chief executive, "
            "Maren Tolvik, says the new rules would make the route impossible to run.\n\n"
            "The main opposition party, Civic Forward, said it would oppose the appointment.\n\n"
            "The bridge's owner, the Quarnby Crossings Authority, now says the supports will be in place by May 3.")
    analysis = run(text)
    assert speaker_name(analysis, "impossible to run") == "Maren Tolvik"
    assert statement_with(analysis, "impossible to run").speaker_mention == "Maren Tolvik"
    assert speaker_name(analysis, "oppose the appointment") == "Civic Forward"
    assert speaker_name(analysis, "supports will be in place") == "Quarnby Crossings Authority"


def test_speakers_possessive_voice_is_its_owner(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Mayor Lisbet Aarnes did not attend the meeting. Her office said in a written reply that the council "
            "would consider a toll waiver.\n\n"
            "Foreign Minister Tomas Eldvik has asked for a transition period. His ministry says that a "
            "five-year phase-in is now possible.\n\n"
            "The Centre Alliance will oppose the bill, its whips said late on Friday.")
    analysis = run(text)
    assert speaker_name(analysis, "toll waiver") == "Lisbet Aarnes"
    assert statement_with(analysis, "toll waiver").speaker_mention == "Her office"
    assert speaker_name(analysis, "five-year phase-in") == "Tomas Eldvik"
    assert speaker_name(analysis, "oppose the bill") == "Centre Alliance"


def test_speakers_the_company(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Varrick Pipeline Works said it regrets the disruption at Low Fen. "
            "The company said the works were still on course to end in November.")
    assert speaker_name(run(text), "still on course") == "Varrick Pipeline Works"


def test_speakers_the_company_is_not_a_union(run) -> None:  # type: ignore[no-untyped-def]
    # A body headed by another body's word is not "the company": since session 21's decision the article's own
    # described "company" (named by its word alone), not the union.
    text = ("The Quay Workers' Union said it would ballot its members. "
            "The company said the works were still on course.")
    assert speaker_name(run(text), "still on course") == "company"


def test_speakers_first_person_under_a_transcript_label(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Anna Skjelvik, the opposition leader, spoke to Radio Kestel on Monday.\n\n"
            "Radio Kestel: The palace says the petition is still under review. What happens next?\n\n"
            "Skjelvik: She is shielding a friend. I expect the president to let her off, and I predict "
            "he leaves office by May.")
    analysis = run(text)
    assert speaker_name(analysis, "leaves office by May") == "Anna Skjelvik"


def test_speakers_first_person_answers_an_unlabelled_question(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Petra Varnmoe spoke to the Courier about the harbour bill.\n\n"
            "Q: And the crane drivers? Their union says it will vote you down.\n\n"
            "It is a fair question. I have promised the union that every crane driver keeps a job.")
    assert speaker_name(run(text), "every crane driver keeps a job") == "Petra Varnmoe"


def test_speakers_first_person_after_a_rhetorical_question(run) -> None:  # type: ignore[no-untyped-def]
    """A column's one rhetorical question, then "I believe ...": the columnist's, not the person named."""
    text = ("Foreign Minister Lena Marrowby told parliament on Monday that the government had not yet decided.\n\n"
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
    text = ("Under the statutes of the Northern Games Federation (NGF), a host city must show a "
            "guarantee. An NGF spokesman said the federation does not comment on single bids. "
            "Lukas Marendi called the bid a chance for athletes.\n\n"
            "In the capital, a spokesman for the federal trade ministry said the government would look at "
            "the bill. Halina Rostek called it a mistake.\n\n"
            "Transport Minister Sandro Veltrano said the harbour belonged to the whole country. A spokesman said the "
            "minister would not take a side in the dispute. Marta Breith disagreed.")
    analysis = run(text)
    assert speaker_name(analysis, "does not comment on single bids") == "Northern Games Federation"
    assert speaker_name(analysis, "would look at the bill") == "federal trade ministry"
    assert speaker_name(analysis, "would not take a side") == "Sandro Veltrano"


def test_speakers_pronoun_not_a_name_inside_a_quotation(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Harbour councillor Aurel Danvik said the plan would gut a working harbour.\n\n"
            "\"Mayor Aarnes wants a museum, not a harbour,\" he fumed.")
    assert speaker_name(run(text), "wants a museum") == "Aurel Danvik"


def test_speakers_pronoun_newly_named_subject_takes_the_floor(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Fisheries minister Pol Raddock said the accord was a fair deal for the fleet.\n\n"
            "Haldby's mayor, Jens Tollvik, took a milder line. He said the town could live with the accord "
            "provided it was phased in slowly.")
    assert speaker_name(run(text), "could live with the accord") == "Jens Tollvik"


def test_speakers_pronoun_after_we_asked(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Union secretary Graham Pellow said the night shift would vote no.\n\n"
            "Which way will it fall? We asked Dr Samir Odunya of the University of Wendholm.\n\n"
            "\"I expect a yes, though a closer one than the company hopes,\" he told the Ledger.")
    assert speaker_name(run(text), "I expect a yes") == "Samir Odunya"


def test_speakers_pronoun_not_the_subject_of_reported_speech(run) -> None:  # type: ignore[no-untyped-def]
    # "X said Y doesn't ...": Y is the subject of what X said, not who speaks next.
    text = ("Tyra Molenby said Carrick doesn't show consistency on the issue. "
            "\"It comes and goes,\" she said.")
    assert speaker_name(run(text), "comes and goes") == "Tyra Molenby"


def test_speakers_a_persons_party_speaks(run) -> None:  # type: ignore[no-untyped-def]
    """A named body owned by a person ("Tomas Grelling's Liberal Party said") speaks as the body; a
    person's role before their name still speaks as the person."""
    text = ("Opposition leader Tomas Grelling's Liberal Party said it would back the harbour bill.\n\n"
            "Marina Party leader Mara Kovin said the bill would fail.")
    analysis = run(text)
    assert speaker_name(analysis, "it would back the harbour bill") == "Liberal Party"
    assert speaker_name(analysis, "the bill would fail") == "Mara Kovin"
