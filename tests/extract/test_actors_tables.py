"""The affiliations' tables (ActorIndex._tables) extended with the actors added since, instead of read again from
every actor: the same tables and answers as reading every actor, whenever the number of actors changed; and read
again in full once an actor they hold has changed (a new alias, a name, a kind)."""

from __future__ import annotations

from stancemap.extract.actors import ActorIndex
from stancemap.extract.places import country_name, demonym_country, demonym_stem, gazetteer_countries


def _full(index: ActorIndex) -> tuple[dict[str, str], list[str]]:
    """The tables as reading every actor gives them (the rule before session 19)."""
    bodies: dict[str, str] = {}
    for a in index.actors:
        if a.kind in {"organization", "other"} and len(a.name.split()) > 1:
            bodies.setdefault(a.name.split()[-1], a.name)
    singles = [a for a in index.actors if a.kind in {"country", "other", "organization"} and " " not in a.name]
    return bodies, [a.name for a in singles] + [alias for a in singles for alias in a.aliases]


def _grouped(places: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for place in places:
        out.setdefault(demonym_stem(place), []).append(place)
    return out


def _same(index: ActorIndex) -> None:
    bodies, places, _ = index._tables()
    assert (bodies, places) == _full(index)
    # and the places grouped by stem (session 40), the names' apart from the aliases', each group in order
    state = index._table_state()
    assert state[2] == _grouped(state[5]) and state[7] == _grouped(state[6]) and places == state[5] + state[6]


def test_tables_extended_with_new_actors_equal_tables_read_in_full() -> None:
    index = ActorIndex()
    index.organization("Harbour Workers Union")
    index.group("Quonmere dockers", None)
    _same(index)
    assert index.affiliation("Union") == "Harbour Workers Union"
    index.person("Ulvard Vassel")
    index.organization("Velmaria")
    index.article_body("the port authority", "k1")
    _same(index)  # extended: the tables held did not change
    assert index._affiliation_tables is not None and index._affiliation_tables[4] == index._changed
    index.organization("Valmont Port Trust")
    index.organization("Lesser Port Trust")  # a second body ending "Trust": the first keeps the word
    _same(index)
    assert index.affiliation("Trust") == "Valmont Port Trust"


def test_a_change_to_an_actor_the_tables_hold_reads_them_again() -> None:
    index = ActorIndex()
    velmaria = index.organization("Velmaria")
    index.organization("Wendlow Council")
    _same(index)
    changed = index._changed
    index.add_alias(velmaria, "Velmarian Republic")  # held by the tables: counted
    assert index._changed == changed + 1
    index.organization("Pellingrad")  # the number of actors changes: read in full, the new alias with them
    _same(index)
    assert "Velmarian Republic" in index._tables()[1]
    index.mark_person(velmaria)  # a kind changed
    index.person("Ilse Maren")
    _same(index)
    assert "Velmaria" not in index._tables()[1]


def test_tables_stand_while_the_number_of_actors_stays() -> None:
    # As before: an alias added while no actor is added is read at the next rebuild, not at once.
    index = ActorIndex()
    pellingrad = index.organization("Pellingrad")
    first = index._table_state()
    index.add_alias(pellingrad, "Pellingrad City")
    assert index._table_state() is first and "Pellingrad City" not in index._tables()[1]
    index.organization("Tarnby")
    assert "Pellingrad City" in index._tables()[1]
    _same(index)


def test_a_change_the_tables_do_not_read_leaves_them_extended() -> None:
    # Session 23: a person's or a group's new alias, or a body of several words gaining one, is no change to the
    # tables (they read the aliases of one-word names only); counted, pass 2 read every actor again 159 times at
    # 1,500 bench articles. The tables stay equal to those read in full.
    index = ActorIndex()
    person = index.person("Ulvard Vassel")
    group = index.group("Quonmere dockers", None)
    union = index.organization("Harbour Workers Union")
    index.organization("Velmaria")
    _same(index)
    changed = index._changed
    index.add_alias(person, "Vassel")
    index.add_alias(group, "the dockers")
    index.add_alias(union, "HWU")
    assert index._changed == changed  # not counted
    index.organization("Pellingrad")
    _same(index)
    assert index._affiliation_tables is not None and index._affiliation_tables[4] == index._changed


def test_a_held_actor_that_becomes_a_person_or_is_renamed_is_counted() -> None:
    index = ActorIndex()
    other = index._new("Haskeby", "other")
    index._new("Dast", "other")
    _same(index)
    changed = index._changed
    index.mark_person(other)  # it leaves the tables
    assert index._changed > changed
    index.organization("Pellingrad")
    _same(index)
    assert "Haskeby" not in index._tables()[1]
    shouting = index.organization("LOWER OSTREVIN WATER BOARD")
    _same(index)
    changed = index._changed
    assert index.organization("Lower Ostrevin Water Board") is shouting and shouting.name == "Lower Ostrevin Water Board"
    assert index._changed > changed  # renamed: the tables read names
    index.organization("Tarnby")
    _same(index)


def _affiliation_of_the_whole_lists(index: ActorIndex, text: str) -> str:
    """`affiliation` as it was before session 40: the demonym compared with every place of the tables, then with every
    country of the gazetteer."""
    bodies, places, _ = index._tables()
    if text in bodies:
        return bodies[text]
    if text[:1].isupper() and not country_name(text):
        found = demonym_country(text, [p for p in places if p != text]) or demonym_country(text, gazetteer_countries())
        if found and found.lower() != text.lower() and text.lower().endswith(("n", "ian", "ish", "ese", "i")):
            return found
    country = country_name(text)
    return country if country and len(text) <= 3 else text


def test_affiliations_by_stem_are_those_of_the_whole_lists() -> None:
    # Session 40: `affiliation` compares a demonym with the places of its stem alone (`demonym_stem`), names before
    # aliases as the joined list had them; the same answers as comparing it with all of them. Invented places, two of
    # one stem (the longer shared stem wins, the first of equals), an alias, a gazetteer country, short words.
    index = ActorIndex()
    index.organization("Ostrelia")
    ostravia = index.organization("Ostravia")
    index.add_alias(ostravia, "Ostravy")
    index.organization("Quenmark")
    index.organization("Harbour Workers Union")
    index.organization("Tarnby")
    index.organization("Ost")
    texts = ["Ostrelian", "Ostravian", "Ostravyan", "Ostrian", "Quenmarkish", "Hungarian", "Union", "Tarnbyan",
             "Osti", "Ostr", "Kenyan", "Swedish", "Yemeni", "Ost", "Ostrelia", "Velmarian", "UK", "İstanian"]
    for text in texts:
        assert index.affiliation(text) == _affiliation_of_the_whole_lists(index, text), text
    assert index.affiliation("Ostrelian") == "Ostrelia" and index.affiliation("Ostravian") == "Ostravia"
    assert index.affiliation("Hungarian") == "Hungary"
