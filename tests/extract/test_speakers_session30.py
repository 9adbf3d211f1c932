"""Speakers (issue 10, session 30): the causes of the written batches' unresolved speakers, one test per cause on
invented text: a public body's word ("the regulator", "the agency", "the statistics watchdog") to the body the
article names; a role followed by the name set off by commas ("its director, Per Hallin, said"); a definite
description in a lede to the person the report then names (a strict xfail). Fictional people, bodies and places."""

from __future__ import annotations

import pytest

from .conftest import speaker_name

QUESTION = "Will the Orvel tunnel be built?"


def test_the_regulator_after_a_body_named_with_for(run) -> None:  # type: ignore[no-untyped-def]
    """names.name_head: "the Office for Tunnel Safety" is headed by "office", so "The regulator said" finds it, also
    after "to" (roleholders.named_agency: a public body's name after "to" is no place)."""
    text = ("Tunnel row\n\nThe Orvel Competition Board said in its findings that two bidders had merged.\n\n"
            "Dora Pell said she had written to the Office for Tunnel Safety asking the regulator to review the permit. "
            "The regulator said it had received the letter.\n")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "received the letter") == "Office for Tunnel Safety"


def test_the_agency_written_by_its_initials(run) -> None:  # type: ignore[no-untyped-def]
    """roleholders.named_agency: "The OTSA has issued a statement. The agency said ...": the body written by its
    initials alone."""
    text = ("Tunnel row\n\nThe OTSA has issued a short statement. The agency said it had received several hundred "
            "submissions.\n")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "several hundred submissions") == "OTSA"


def test_a_described_public_body_is_the_one_named(run) -> None:  # type: ignore[no-untyped-def]
    """roleholders.agency_of_words: a lede's "Orvel's competition regulator" is the "Orvel Competition Board" the next
    paragraph names; "Kell's official statistics watchdog" the "Statistics Oversight Board" named after it."""
    text = ("Tunnel row\n\nORVEL, May 4 (Orvel Wire) - Orvel's competition regulator said on Tuesday that the tunnel "
            "contract would cut competition.\n\nThe Orvel Competition Board said in its findings that two bidders had "
            "merged.\n\nKell's official statistics watchdog said on Tuesday that the count was wrong. The Statistics "
            "Oversight Board found that the figures fell.\n")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "cut competition") == "Orvel Competition Board"
    assert speaker_name(analysis, "the count was wrong") == "Statistics Oversight Board"


def test_a_public_body_described_and_named_nowhere(run) -> None:  # type: ignore[no-untyped-def]
    """roleholders.described_body: "The energy regulator" (WordNet files "regulator" as a person) is a body of that
    description, not an unnamed source."""
    text = ("Tunnel row\n\nThe cap on tolls ends on December 1. The energy regulator has said that tolls could rise by "
            "9 percent.\n")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "rise by 9 percent") == "energy regulator"


def test_a_role_then_the_name_set_off_by_commas(run) -> None:  # type: ignore[no-untyped-def]
    """speakers._apposed_person: "its director, Per Hallin, said" (the tagger takes "Hallin" for a place and leaves
    "Per" out), "Its chair, independent councillor Agnes Tolm, said" (a name tagged a place): the person named."""
    text = ("Tunnel row\n\nBusiness group Varn Enterprise said the tunnel would scare investors away. \"It would "
            "freeze investment,\" its director, Per Hallin, said.\n\nA city council inquiry into the tender will hear "
            "evidence from Sarn on Nov. 12. Its chair, independent councillor Agnes Tolm, said the committee would "
            "publish its findings by the end of January.\n")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "freeze investment") == "Per Hallin"
    assert speaker_name(analysis, "publish its findings") == "Agnes Tolm"


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="issue 10: a lede's definite description is the person the report names next; "
                   "a rule for it (the first person made a subject in the next two sentences, no one named before) fixed "
                   "nothing on DEVELOP once kept to the first paragraph and cost VALIDATE a stance: dropped in session 30")
def test_a_lede_description_is_the_person_named_next(run) -> None:  # type: ignore[no-untyped-def]
    """"The city's port boss warned ... / Dario Castel, president of the Port Authority, slammed ...": nobody named before
    the description, the person made a subject next."""
    text = ("Tunnel row\n\nORVEL, May 4 (Orvel Wire) - The city's port boss warned on Monday that the tunnel would cost "
            "3,000 jobs.\n\nDario Castel, president of the Orvel Port Authority, slammed the plan as \"a postcard "
            "policy\".\n")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "cost 3,000 jobs") == "Dario Castel"


def test_a_body_named_by_a_phrase_the_tagger_cut(run) -> None:  # type: ignore[no-untyped-def]
    """speakers._whole_name and corpus._joined_name: "Trams for Kessby", "Walk Equal Kessby", "Ride Kessby" (the tagger
    found only "Kessby" or "Equal Kessby", a person) and "the Federation of Rail and Tram Workers" (the tagger's "Tram
    Workers", a person) are bodies of the whole name, not the person whose surname is their last word; "Mayor Ilse
    Varn" stays hers."""
    text = ("Tunnel row\n\nTrams for Kessby said it was \"the best night for this city in a generation\".\n\n"
            "Walk Equal Kessby called the vote \"a promissory note written on our pavements\".\n\n"
            "Ride Kessby said the lower limit would be worthless unless drivers believed they would be caught.\n\n"
            "The tunnel has split the city. The Federation of Rail and Tram Workers, which backs the tunnel, says no "
            "jobs should be lost.\n\nMayor Ilse Varn said she backed the tunnel.\n")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "best night for this city") == "Trams for Kessby"
    assert speaker_name(analysis, "promissory note") == "Walk Equal Kessby"
    assert speaker_name(analysis, "would be worthless") == "Ride Kessby"
    assert speaker_name(analysis, "no jobs should be lost") == "Federation of Rail and Tram Workers"
    assert speaker_name(analysis, "she backed the tunnel") == "Ilse Varn"


def test_a_spokesperson_for_a_person(run) -> None:  # type: ignore[no-untyped-def]
    """speakers._principal: "a spokesperson for the prime minister" is the person who holds that title, "a spokesman
    for Mr Brask" Brask, not the person the sentence before made its subject."""
    text = ("Tunnel row\n\nPrime Minister Corinna Hald backed the tunnel on Monday. Her rival Ines Kowal said the cost "
            "was too high.\n\n\"The prime minister respects the process,\" a spokesperson for the prime minister "
            "said.\n\nFinance Minister Tomas Brask has defended the figures. Opposition leader Eva Lund called them "
            "fiction. \"The figures are compiled by independent statisticians,\" a spokesman for Mr Brask insisted.\n")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "respects the process") == "Corinna Hald"
    assert speaker_name(analysis, "independent statisticians") == "Tomas Brask"


def test_a_double_surname_stays_a_person(run) -> None:  # type: ignore[no-untyped-def]
    """mentions._extend_hyphenated and _extend_of_phrase keep the tagger's label: "Dr Helena Vasquez-Thorne, a transport
    economist," (tagged an organisation, run on over the hyphen) was a name with no label, so no person, and "she" went
    to the woman named before."""
    text = ("Tunnel row\n\nNoor Rahim, the council's finance chief, backed the tunnel on Monday.\n\nElectricity makes up "
            "about a third of the bill. Dr Helena Vasquez-Thorne, a transport economist at Orvel Polytechnic, has "
            "modelled both plans. \"The honest answer is that it depends on two numbers nobody knows yet,\" she said.\n")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "two numbers nobody knows") == "Helena Vasquez-Thorne"
    assert analysis.actor(next(a.id for a in analysis.actors if a.name == "Helena Vasquez-Thorne")).kind == "person"


def test_a_person_described_by_age(run) -> None:  # type: ignore[no-untyped-def]
    """speakers.phrase_actor: "'...,' the 67-year-old said" after "Ottilie Marsk, a former judge, ..." is Marsk, the
    person named last, not an unnamed source."""
    text = ("Tunnel row\n\nOttilie Marsk, a former judge of the court, has read the bill twice.\n\n\"The statute cannot "
            "bind deputies,\" the 67-year-old said.\n")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "cannot bind deputies") == "Ottilie Marsk"


def test_a_titled_surname_stays_the_person_known_elsewhere() -> None:
    """corpus._joined_name: a name the map made a body is the corpus's person of that surname when a given name, a
    title or a role stands before the surname ("Mr Vasquell", "Cllr Petra Vance", "Dr Ottilie Brask of Tovhelm
    University"), and a body of its own when none does ("Walk Equal Kessby", "Centre for Urban Mobility")."""
    from stancemap.corpus import _joined_name
    from stancemap.model import Actor

    person = Actor(id="a1", name="Teodor Vasquell", kind="person")
    for name in ("Mr Vasquell", "Cllr Petra Vance", "Dr Ottilie Brask of Tovhelm University", "Teodor Vasquell"):
        assert not _joined_name(name, person), name
    for name in ("Walk Equal Kessby", "Centre for Urban Mobility", "Federation of Rail and Tram Workers"):
        assert _joined_name(name, person), name
