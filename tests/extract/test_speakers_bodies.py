"""Speakers right: a body's name is never a person, a company the article calls "it" is a body,
short forms of a given name and a body's apostrophes are one actor, a relative clause's source is
named through its pronoun."""

from __future__ import annotations

from stancemap.extract.actors import same_given_name

from .conftest import speaker_name, statement_with


def test_speakers_body_named_inside_is_not_the_person(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Port director Mara Harbour met the unions on Monday.\n\n"
            "The Dock and Harbour Workers' Union said it would hold a strike vote among members next month.")
    analysis = run(text)
    actor = analysis.actor(statement_with(analysis, "strike vote among members").speaker)
    assert actor is not None and actor.kind == "organization" and "Union" in actor.name


def test_speakers_company_taken_up_by_it_is_a_body(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Pellaro Shipping said it was willing to talk about binding job guarantees in the port.\n\n"
            "Pellaro Shipping sold its stake in the northern terminal last year.")
    analysis = run(text)
    actor = analysis.actor(statement_with(analysis, "willing to talk about binding").speaker)
    assert actor is not None and actor.kind == "organization"


def test_speakers_short_given_names_are_one_person(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Tomas Hedvall, the port's chief executive, said the sale would secure the harbour's future.\n\n"
            "Tom Hedvall told staff on Friday that no jobs would go before the spring.")
    analysis = run(text)
    first = statement_with(analysis, "secure the harbour's future").speaker
    assert first is not None and first == statement_with(analysis, "no jobs would go").speaker


def test_speakers_given_name_forms() -> None:
    assert same_given_name("Tom", "Tomas") and same_given_name("Rob", "Robert") and same_given_name("Bill", "William")
    assert not same_given_name("Anna", "Hanne") and not same_given_name("Al", "Alina")


def test_speakers_relative_clause_source_named_through_its_pronoun(run) -> None:  # type: ignore[no-untyped-def]
    text = "The plan was welcomed by Ilona Varga, who said the Harbor Pact would protect the coast."
    statement = statement_with(run(text), "would protect the coast")
    assert statement.speaker_mention == "Ilona Varga, who"
    assert speaker_name(run(text), "would protect the coast") == "Ilona Varga"


def test_speakers_person_saying_it_was(run) -> None:  # type: ignore[no-untyped-def]
    """A person with a given name who says "it was wrong to ..." stays a person; a company that says
    "it would appeal" and names "its lawyers" is a body."""
    analysis = run("Halina Roszek said it was wrong to close the northern terminal before the vote.\n\n"
                   "The Kestrel Group said it would appeal, and its lawyers filed papers on Monday.")
    person = analysis.actor(statement_with(analysis, "wrong to close the northern terminal").speaker)
    assert person is not None and person.kind == "person"
    body = analysis.actor(statement_with(analysis, "it would appeal").speaker)
    assert body is not None and body.kind == "organization"


def test_speakers_board_named_on_a_weekday_is_a_body(run) -> None:  # type: ignore[no-untyped-def]
    """"The X Board on Tuesday opened ...": the board's name stops before the date, so "the board"
    later is that body (a name ending in a regulator's word is never a person)."""
    text = ("The Osterland Competition Board on Tuesday opened an inquiry into the port tender, saying it "
            "could raise prices for shippers.\n\n"
            "The board said its first review had found serious doubts about the tender.")
    analysis = run(text)
    actor = analysis.actor(statement_with(analysis, "serious doubts about the tender").speaker)
    assert actor is not None and actor.kind == "organization" and actor.name.endswith("Competition Board")


def test_speakers_analysts_at_a_firm_speak_for_it(run) -> None:  # type: ignore[no-untyped-def]
    """"Analysts at X Securities said": the firm speaks; analysts named by no firm stay unnamed."""
    text = ("Analysts at Brennmark Securities said they thought the board would back the tender with "
            "conditions.\n\nEconomists said the tender would cost the port about 40 million crowns.")
    analysis = run(text)
    assert speaker_name(analysis, "back the tender with conditions") == "Brennmark Securities"
    assert statement_with(analysis, "cost the port about 40 million").speaker is None


def test_speakers_name_split_by_the_parser_still_heads_the_phrase(run) -> None:  # type: ignore[no-untyped-def]
    """"Farid Tollen of Tarvik Bank believes ...": the person speaks, not the bank named after him,
    even where the parser starts the subject inside his name (the tagger finds no person in it); "he" after it is him."""
    text = ("Economists are split. Farid Tollen of Tarvik Bank believes the goal can be met if the "
            "coastal cable is laid by 2029. \"Money is not the problem,\" he told the paper.")
    analysis = run(text)
    assert speaker_name(analysis, "the goal can be met") == "Farid Tollen"
    assert speaker_name(analysis, "Money is not the problem") == "Farid Tollen"


def test_speakers_description_after_a_new_subject(run) -> None:  # type: ignore[no-untyped-def]
    """"X spoke out on Sunday. The MP for Y said ...": the person newly the subject of the sentence
    before is the MP, not the speaker quoted before her."""
    text = ("Grieving mother Nessa Tarnell told the paper the families were owed the truth.\n\n"
            "Senior government backbencher Pia Kelstrom spoke out on Sunday. The MP for Westerby said "
            "the premier could not keep dodging the issue.")
    analysis = run(text)
    assert speaker_name(analysis, "could not keep dodging the issue") == "Pia Kelstrom"


def test_speakers_owned_role_is_its_holder(run) -> None:  # type: ignore[no-untyped-def]
    """"Dalvenia's energy minister said": the person this article titles energy minister, not the
    country that owns the role; a role nobody here holds is left as before."""
    text = ("Energy Minister Jonas Wetterling met the unions on Monday.\n\n"
            "Castrova's energy minister said the plant would close by 2030.\n\n"
            "Osterland's ambassador said the talks would resume in June.")
    analysis = run(text)
    assert speaker_name(analysis, "the plant would close by 2030") == "Jonas Wetterling"
    assert speaker_name(analysis, "the talks would resume in June") != "Jonas Wetterling"
