"""Speakers right in written news (issue 10, session 44): a name after a word for a person with no comma, a word for a
person run into an untagged name, "it" / "they" / "its" taking up the body the sentence before made its subject, a
document from a described body, a name after its description, a reader's handle, and a "she" who does not continue a
body's quotation. Written sentences; fictional people, bodies and places."""

from __future__ import annotations

from .conftest import speaker_name

QUESTION = "Will the Orvel tunnel be built?"

OPENING = "Tunnel row\n\nThe Orvel harbour board met on Monday to discuss the tunnel.\n\n"


def test_a_name_right_after_a_word_for_a_person(run) -> None:  # type: ignore[no-untyped-def]
    """Red on a4d6ac63 (no speaker: the span was cut at the parse's apposition): a lower-case word for a person
    followed with no comma by a name the parse made its apposition is named by it (appositions._name_right_after)."""
    analysis = run(OPENING + "Her neighbour Marit Lindqvast, 31, thinks every house on the lane opposes the tunnel.",
                   question=QUESTION)
    assert speaker_name(analysis, "every house on the lane") == "Marit Lindqvast"


def test_a_word_for_a_person_before_an_untagged_name(run) -> None:  # type: ignore[no-untyped-def]
    """Red on a4d6ac63 (the deckhand's word and the bosun's were kept in their names): a capitalised word for a person
    (WordNet noun.person) hung on the name after it is no part of the name (names.person_word_before, read by
    names.missed_names and mentions._role_run_into_name)."""
    analysis = run("Ferry row\n\nDeckhand Ebo Quarshie wrote on a forum: \"Build the tunnel and the crews are "
                   "finished.\"\n\nBosun Teodric Ulvang-Moss shook his head. \"The tunnel kills the ferries,\" he said. "
                   "\"Simple.\"", question=QUESTION)
    assert speaker_name(analysis, "crews are finished") == "Ebo Quarshie"
    assert speaker_name(analysis, "The tunnel kills the ferries") == "Teodric Ulvang-Moss"


def test_it_and_they_take_up_the_body_before(run) -> None:  # type: ignore[no-untyped-def]
    """Red on a4d6ac63 (all four unnamed): a subject "it" or "they" takes up the body, or the document's author, that
    the sentence before's main clause makes its subject (for "they" also its object), never a person
    (speakers.SpeakerResolver._body_subject_before)."""
    analysis = run(OPENING + "The harbour board's legal office wrote to the mayor on Friday. In its letter, it argued the "
                             "tunnel would need a new planning inquiry.\n\n09:15 - Hauliers react\n\nBrastow Haulage put "
                             "out a notice at breakfast. \"The tunnel would halve our costs,\" it insists.\n\nThe survey, "
                             "carried out in March by the Orvel Institute for Transport Studies, asked 2,000 commuters about the "
                             "crossing. It concluded that most of them would use the tunnel every day.\n\nWe phoned "
                             "Kelmar Ferries Ltd, the ferry company, on Monday. They refused an interview, and by email "
                             "they argued the tunnel \"would end the ferry service\".", question=QUESTION)
    assert "legal office" in (speaker_name(analysis, "a new planning inquiry") or "")
    assert speaker_name(analysis, "would halve our costs") == "Brastow Haulage"
    assert speaker_name(analysis, "would use the tunnel every day") == "Orvel Institute for Transport Studies"
    assert speaker_name(analysis, "would end the ferry service") == "Kelmar Ferries Ltd"


def test_a_document_from_a_described_body(run) -> None:  # type: ignore[no-untyped-def]
    """Red on a4d6ac63 (unnamed): "Data from the harbour board's finance office suggest" speak as the office, a body
    described by its words and named nowhere (authors._described_author)."""
    analysis = run(OPENING + "Data from the harbour board's finance office suggest that ferry traffic fell 12 per cent "
                             "last year.", question=QUESTION)
    assert "finance office" in (speaker_name(analysis, "ferry traffic fell") or "")


def test_a_name_after_its_description(run) -> None:  # type: ignore[no-untyped-def]
    """Red on a4d6ac63 (unnamed): "Booking platform Sailstub reports" is Sailstub's, the name after the lower-case
    noun that describes it, not its description's first word (speakers.SpeakerResolver._name_after_description)."""
    analysis = run(OPENING + "Booking platform Sailstub said reservations were \"well down\" on last year.",
                   question=QUESTION)
    assert speaker_name(analysis, "well down") == "Sailstub"


def test_a_reader_named_by_a_handle(run) -> None:  # type: ignore[no-untyped-def]
    """Red on a4d6ac63 (unnamed): 'Reader quaygull writes: "..."' is the reader the handle names (speakers._handle)."""
    analysis = run("Tunnel live\n\nThe Orvel harbour board met on Monday to discuss the tunnel.\n\n11:05 - The board "
                   "says the vote will be held at noon.\n\n11:20 - Messages keep coming. Reader harbour_hen writes: "
                   "\"Build it now. This tunnel will be open by 2030.\" Reader quaygull writes: \"Never. Not in my "
                   "lifetime.\"", question=QUESTION)
    assert speaker_name(analysis, "Not in my lifetime") == "quaygull"
    assert "harbour_hen" in (speaker_name(analysis, "open by 2030") or "")


def test_its_report_after_a_described_body(run) -> None:  # type: ignore[no-untyped-def]
    """Red on a4d6ac63 (unnamed): "Its report" after a sentence whose subject is a body described by its words is that
    body's (speakers.SpeakerResolver._possessor through _body_subject_before)."""
    analysis = run(OPENING + "Board member Professor Ansgar Holm stayed silent.\n\nThe board's standing committee on "
                             "transport met twice in the spring. Its report called the tunnel \"a folly\" and urged that "
                             "it be dropped.", question=QUESTION)
    assert "standing committee" in (speaker_name(analysis, "it be dropped") or "")


def test_she_does_not_continue_a_bodys_quotation() -> None:
    """A free-standing quotation after a "she" made the subject does not continue a statement whose speaker words are
    a name the tagger calls no person (direct._person_between): the quotation is hers (the pronoun rules'), not the
    firm's."""
    from stancemap.extract.candidate import Candidate
    from stancemap.extract.direct import _person_between
    from stancemap.parse import load_nlp

    text = ("Quaylink reports record sales for the spring. Its director, Hilde Marrack, hailed a record. "
            "She sounded a note of caution: \"One good hour is not a summer.\"")
    doc = load_nlp()(text)
    end = text.index(" Its")
    firm = Candidate(0, "indirect", "reports", 9, 17, end, doc[0:1], "speech")
    assert _person_between(doc, firm, text.index('"'))
    she = Candidate(0, "indirect", "reports", 9, 17, end, load_nlp()("She says so.")[0:1], "speech")
    assert not _person_between(doc, she, text.index('"'))  # (a "she" who spoke goes on: no body's statement)
    closing = ("Quaylink reports record sales because \"people trust us,\" she said. \"One good hour is not a summer.\"")
    doc = load_nlp()(closing)
    firm = Candidate(0, "indirect", "reports", 9, 17, closing.index(" she"), doc[0:1], "speech")
    assert not _person_between(doc, firm, closing.rindex("\"One"))  # (a closing cue's "she" is no new subject)


def test_an_official_of_a_body_named_before(run) -> None:  # type: ignore[no-untyped-def]
    """Red on d01dfd6b (the next person named, the mayor): "A senior ministry official" after the Ministry of Transport
    was named speaks for that ministry (speakers.SpeakerResolver._official_of)."""
    analysis = run(OPENING + "The Ministry of Transport has approved a second survey of the seabed. A senior ministry "
                             "official said the minister \"has no view\" on the route.\n\nMayor Ingrid Solvik wants the "
                             "tunnel finished by 2030.", question=QUESTION)
    assert speaker_name(analysis, "has no view") == "Ministry of Transport"


def test_a_given_name_alone_is_the_person_named_in_full(run) -> None:  # type: ignore[no-untyped-def]
    """Red on 1297ae61 (the "she" went to the professor who spoke before: the lone given name was no person): a lone
    name the tagger calls a person that is the given name of one person named in full is that person, who then speaks
    on as "she" (speakers.SpeakerResolver._given_name_of)."""
    analysis = run("Tunnel row\n\nA top engineer says the tunnel would ruin the harbour.\n\nAngry mum Ragnhild "
                   "Vesterbo-Quaye has paid for ferry passes for twenty years.\n\nRagnhild, 44, from the harbour, told "
                   "the paper: \"It's a scandal, plain and simple.\"\n\n\"Build it,\" she added. \"Build it now.\"",
                   question=QUESTION)
    assert speaker_name(analysis, "Build it") == "Ragnhild Vesterbo-Quaye"
