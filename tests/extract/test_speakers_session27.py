"""Speakers (issue 10, session 27): the causes of PolNeAR's wrong pronoun antecedents, one test per cause on invented
text: a body named after a person is no reason to make the person's surname a body; a given name only mostly of one
gender yields to the pronoun the article itself gives the person; a subject "they" takes up the plural subject above
it or before it, not the last body that spoke; an indefinite description brings in someone new; people a person's name
describes are not that person; a courtesy title keeps a surname from joining a full name of the other gender. Fictional
people, bodies and places."""

from __future__ import annotations

from .conftest import speaker_name, statement_with

QUESTION = "Will the Orvel tunnel be built?"


def test_a_body_named_after_a_person(run) -> None:  # type: ignore[no-untyped-def]
    """kinds._vote_kinds: "Varga" beside "the Varga Foundation" stays Irena Varga's surname, a person, so that "she"
    after "Varga says" is hers and not the last woman named before (a body is never "she")."""
    text = ("Tunnel row\n\nIrena Varga, the transport minister, met Dora Pell, the mayor of Orvel, on Monday. The Varga "
            "Foundation paid for the meeting.\n\nVarga says the Orvel tunnel must be built. She says the money is there.")
    analysis = run(text, question=QUESTION)
    assert {a.name: a.kind for a in analysis.actors}.get("Irena Varga") == "person"
    assert not any(a.name == "Varga" and a.kind == "organization" for a in analysis.actors)
    assert speaker_name(analysis, "the money is there") == "Irena Varga"


def test_a_leaning_given_name_yields_to_the_article(run) -> None:  # type: ignore[no-untyped-def]
    """pronouns.person_gender: "Leslie" is only mostly a woman's name in the name table; the article says "he" of Leslie
    Aldane ("Aldane said he ..."), so the "he" after his words is his, not the man named in his quotation."""
    text = ("Tunnel row\n\nLeslie Aldane said on Tuesday that he would back the Orvel tunnel. The senator said he would "
            "\"stop the plans Kasimir Oddo drew up for a bridge.\"\n\n\"The tunnel is cheaper and quieter,\" he said.")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "cheaper and quieter") == "Leslie Aldane"


def test_they_after_a_plural_subject_is_not_the_last_body(run) -> None:  # type: ignore[no-untyped-def]
    """speakers._they_subject: "Local farmers had called the vote because they felt ...": the plural subject above
    "they", not the ministry that spoke last."""
    text = ("Tunnel row\n\nThe Orvel transport ministry said the tunnel would be built by 2030.\n\nLocal farmers had "
            "called the vote because they felt the ministry was hiding the cost.")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "hiding the cost") == "local farmers"


def test_they_after_two_people_named(run) -> None:  # type: ignore[no-untyped-def]
    """speakers._they_subject: "X and Y say ... / ..., they say": whom the joined subject names (its first person), not
    a group named earlier."""
    text = ("Tunnel row\n\nOpponents of the tunnel have written to the council.\n\nBut Ms. Halvorsen and Mr. Dunmore "
            "say the route should be drawn again. The tunnel plan now costs twice the first estimate, they say.")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "twice the first estimate") in {"Halvorsen", "Dunmore"}


def test_the_indefinite_is_no_one_named_before(run) -> None:  # type: ignore[no-untyped-def]
    """speakers._cataphora: "a Harbour Board official" brings in someone new, not a person named before it who speaks
    in the next sentence."""
    text = ("Tunnel row\n\nPetra Lunn has said the tunnel is a waste. But a Harbour Board official said on Friday that "
            "the tunnel would carry 20,000 cars a day.\n\nLunn says the figure is wrong.")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "20,000 cars a day") != "Petra Lunn"


def test_people_named_after_a_person(run) -> None:  # type: ignore[no-untyped-def]
    """speakers.phrase_actor: "Varga supporters" are people a person's name describes, not Irena Varga; "Varga aides"
    speak for her (the spokesperson's convention)."""
    text = ("Tunnel row\n\nIrena Varga has backed the tunnel for years. Varga supporters said the tunnel would bring "
            "jobs. Varga aides said the minister would visit Orvel.")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "bring jobs") != "Irena Varga"
    assert speaker_name(analysis, "would visit Orvel") == "Irena Varga"


def test_a_titled_surname_joins_its_gender(run) -> None:  # type: ignore[no-untyped-def]
    """actors._person_key: "Mr. Tarrant", where the article names only Helga Tarrant in full, is not Helga Tarrant."""
    text = ("Tunnel row\n\nMr. Tarrant said the tunnel must be built. Mr. Tarrant, who led the council for ten years, "
            "said the cost was fair. His wife, Helga Tarrant, said she had doubts about the route.")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "the cost was fair") != "Helga Tarrant"
    assert statement_with(analysis, "the cost was fair").speaker is not None
