"""Canonical actors: surnames, spelling variants, acronyms, roles and affiliations, places never persons."""

from __future__ import annotations

import pytest

from stancemap.extract.actors import ActorIndex
from stancemap.extract.places import city_name, country_name, demonym_country

TEXT = (
    "Osterlandian Deputy Foreign Minister Petra Kalnins said that Osterland would apply. Kalnins added that "
    "the Harbor Treaty Organization (HTO) was the right home for the country.\n\n"
    "Opposition leader Mirek Dvorsky said his party would vote against it. Later, Dvorsky's deputy said "
    "Dvorsky had been misquoted, and Dvorksy himself said he would abstain.\n\n"
    "In Kyiv and Brussels, officials said the Harbor Treaty Organization would discuss it."
)


def test_actors_surname_joins_full_name(run) -> None:  # type: ignore[no-untyped-def]
    actor = next(a for a in run(TEXT).actors if a.name == "Petra Kalnins")
    assert "Kalnins" in actor.aliases and actor.kind == "person"


def test_actors_role_and_affiliation_from_title(run) -> None:  # type: ignore[no-untyped-def]
    actor = next(a for a in run(TEXT).actors if a.name == "Petra Kalnins")
    assert "Deputy Foreign Minister" in actor.roles
    assert actor.affiliation == "Osterland"


def test_actors_misspelt_surname_merged(run) -> None:  # type: ignore[no-untyped-def]
    persons = [a for a in run(TEXT).actors if "Dv" in a.name]
    assert len(persons) == 1 and persons[0].kind == "person" and "Dvorksy" in persons[0].aliases


def test_actors_cities_are_never_persons(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(TEXT)
    assert not [a for a in analysis.actors if a.kind == "person" and a.name in {"Kyiv", "Brussels"}]


@pytest.mark.parametrize(("text", "expected"), [("Kiev", "Kyiv"), ("Brussels", "Brussels"), ("Renner", None)])
def test_actors_gazetteer_cities(text: str, expected: str | None) -> None:
    assert city_name(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("US", "United States"), ("us", None), ("France", "France")])
def test_actors_gazetteer_countries(text: str, expected: str | None) -> None:
    assert country_name(text) == expected


@pytest.mark.parametrize(("adjective", "countries", "expected"), [
    ("Hungarian", ["Hungary", "Hunan"], "Hungary"), ("Osterlandian", ["Osterland"], "Osterland"),
    ("Ukrainian", ["Ukraine", "United Kingdom"], "Ukraine"),
])
def test_actors_demonyms(adjective: str, countries: list[str], expected: str) -> None:
    assert demonym_country(adjective, countries) == expected


def test_actors_affiliation_found_again_once_its_country_is_an_actor() -> None:
    # ActorIndex.affiliation answers each text once per build of its tables: a country added since
    # (a new actor) is found, not the answer given before it.
    index = ActorIndex()
    assert index.affiliation("Osterlandian") == "Osterlandian"
    index.organization("Osterland")
    assert index.affiliation("Osterlandian") == "Osterland"
    assert index.affiliation("Osterlandian") == "Osterland"


@pytest.mark.parametrize(("text", "person", "not_person"), [
    ("Spokeswoman Alina Morrow said the Pact would decide in May.", "Alina Morrow", None),
    ("The Meadow Party said it would back the application.", None, "Meadow Party"),
])
def test_actors_names_the_tagger_missed(run, text: str, person: str | None, not_person: str | None) -> None:  # type: ignore[no-untyped-def]
    persons = {a.name for a in run(text).actors if a.kind == "person"}
    if person:
        assert person in persons
    if not_person:
        assert not_person not in persons


def test_actors_titled_name_is_a_person(run) -> None:  # type: ignore[no-untyped-def]
    # The tagger may call a titled name an organisation; the title before it says person, in this
    # article alone (no other article of the run needs to name her).
    text = "Foreign Minister Ana Petrescu-Lind dismissed the warning in Vodna on Tuesday."
    actor = next(a for a in run(text).actors if "Petrescu-Lind" in a.name)
    assert actor.kind == "person"


def test_actors_given_name_tagged_org_is_a_person(run) -> None:  # type: ignore[no-untyped-def]
    text = ("For Nadia Welk, the arithmetic is simple. “We cannot knock on the door and then complain about the "
            "house rules,” the trade minister said in an interview last week.")
    actor = next(a for a in run(text).actors if a.name == "Nadia Welk")
    assert actor.kind == "person"
