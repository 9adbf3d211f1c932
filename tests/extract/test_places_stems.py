"""`demonym_country` over the places of the adjective's stem alone (`demonym_stem`, `gazetteer_by_stem`) gives the
answer it gives over the whole list (issue 11, session 40: the actors' affiliations compare a demonym with its stem's
places only). Invented places and adjectives, with cased letters whose lower case is longer or context-dependent."""

from __future__ import annotations

from stancemap.extract.places import demonym_country, demonym_stem, gazetteer_by_stem, gazetteer_countries

PLACES = ["Ostrelia", "Ostravia", "Ostravy", "Ostrel", "Quenmark", "Quenmarkia", "Ost", "Os", "OSTRELIA", "İstania",
          "Istania", "ΣΟΦΙΑ", "Σοφία", "Tarnby", "Tarn", "Velmaria", "Velmar", "Velmarian Republic"]
ADJECTIVES = ["Ostrelian", "Ostravian", "Ostrian", "Ostr", "Ost", "Quenmarkish", "Quenmarkian", "İstanian",
              "Istanian", "ΣΟΦΙΑΝ", "Σοφιαν", "Tarnese", "Tarnbyi", "Velmarian", "Velmari", "", "O", "Hungarian",
              "Kenyan", "Swedish", "Yemeni", "Bangladeshi"]


def _of_stem(adjective: str, places: list[str]) -> list[str]:
    return [p for p in places if demonym_stem(p) == demonym_stem(adjective)]


def test_the_stems_places_give_the_whole_lists_answer() -> None:
    for adjective in ADJECTIVES:
        assert demonym_country(adjective, _of_stem(adjective, PLACES)) == demonym_country(adjective, PLACES), adjective


def test_the_gazetteer_by_stem_gives_the_whole_gazetteers_answer() -> None:
    countries = gazetteer_countries()
    grouped = gazetteer_by_stem()
    assert [c for group in grouped.values() for c in group] == sorted(countries, key=lambda c: (
        list(grouped).index(demonym_stem(c)), countries.index(c)))
    adjectives = ADJECTIVES + [c + ending for c in countries[::7] for ending in ("n", "ian", "ish", "i")]
    for adjective in adjectives:
        assert demonym_country(adjective, grouped.get(demonym_stem(adjective), [])) == demonym_country(
            adjective, countries), adjective
