"""Whether two written names name one actor: a surname misspelt ("Sarakhova"/"Sarkhova"), a given
name or its short form ("Bill"/"William"), a fuller name ("Thaddeus J. Orvell"), an organisation's name
cut short or its acronym ("NATO"). Pure functions of the names; extract/actors.py merges by them."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from .names import ORG_HEADS, first_name_gender


def same_surname(a: str, b: str) -> bool:
    """Two spellings of one surname ("Sarakhova"/"Sarkhova", "Dvorsky"/"Dvorksy"): one edit
    (a dropped, added, changed or swapped letter) in names up to seven letters, two in longer
    ones, and the same first letter. Pinned by test_actors_misspelt_surname_merged."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return False
    return OSA.distance(a, b) <= (1 if max(len(a), len(b)) <= 7 else 2)


# Small words an acronym leaves out ("Centre for Public Opinion" -> "CPO").
SMALL = {"of", "the", "and", "for", "de", "la", "on", "in"}


def surname_bucket(surname: str) -> tuple[str, int]:
    return surname[:1].lower(), len(surname)


def near_buckets(surname: str) -> list[tuple[str, int]]:
    """The buckets a spelling of this surname can fall in (same_surname: same first letter, at
    most two edits)."""
    return [(surname[:1].lower(), len(surname) + d) for d in range(-2, 3)]


def name_prefix(a: str, b: str) -> bool:
    """One organisation name is the other cut short ("Aldwick Centre" / "Aldwick Centre for Public Opinion")."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    return len(short) >= 2 and long_[:len(short)] == short and (
        long_[len(short)].lower() in {"for", "of", "on"} or (len(long_) == len(short) + 1 and long_[-1].lower() in ORG_HEADS))


# Common English short forms whose spelling does not begin the full name (a general table, not
# any corpus's people): "Bill" is William, "Bob" Robert. Short forms that do ("Tom"/"Tomas",
# "Rob"/"Robert") are matched by their first letters (same_given_name).
HYPOCORISMS = {"bill": "william", "will": "william", "bob": "robert", "bobby": "robert", "dick": "richard",
               "rick": "richard", "jim": "james", "jimmy": "james", "jack": "john", "johnny": "john",
               "peggy": "margaret", "maggie": "margaret", "meg": "margaret", "liz": "elizabeth", "beth": "elizabeth",
               "betty": "elizabeth", "kate": "katherine", "kathy": "katherine", "ted": "edward", "ned": "edward",
               "harry": "henry", "hank": "henry", "chuck": "charles", "peg": "margaret", "sally": "sarah",
               "sandy": "alexandra", "sasha": "alexander", "misha": "mikhail", "pepe": "jose", "paco": "francisco"}


def same_given_name(a: str, b: str) -> bool:
    """One given name, or a short form of it: "Tom"/"Tomas", "Rob"/"Robert", "Bill"/"William"."""
    a, b = a.lower().strip("."), b.lower().strip(".")
    if a == b:
        return True
    short, full = sorted((a, b), key=len)
    if len(short) >= 3 and full.startswith(short):
        return True
    return HYPOCORISMS.get(short) == full or HYPOCORISMS.get(a) == HYPOCORISMS.get(b) is not None


# Honorifics before a surname ("Ms MacTavert", "Mr. Haskell"), with the gender they imply where they imply one.
HONORIFICS = {"mr": "male", "sir": "male", "lord": "male", "mrs": "female", "ms": "female", "miss": "female",
              "madam": "female", "lady": "female", "dame": "female", "dr": None, "prof": None, "professor": None}


def titled_surname(a: list[str], b: list[str]) -> bool:
    """"Ms MacTavert" and "Yvette MacTavert" (the surnames already compared): an honorific and a surname name the
    person of that surname and a given name the honorific does not contradict
    (tests/extract/test_speakers_session18.py::test_an_honorific_and_a_given_name_are_one_person)."""
    for titled, named in ((a, b), (b, a)):
        if len(titled) == 2 and titled[0].lower().strip(".") in HONORIFICS and len(named) >= 2:
            implied = HONORIFICS[titled[0].lower().strip(".")]
            given = first_name_gender(named[0])
            return implied is None or given not in {"female", "male"} or given == implied
    return False


def ends_with(longer: list[str], shorter: list[str]) -> bool:
    return len(longer) > len(shorter) >= 2 and [w.lower() for w in longer[-len(shorter):]] == [w.lower() for w in shorter]


def fuller_name(longer: str, name: str) -> bool:
    """"Thaddeus J. Orvell" is a fuller "Thaddeus Orvell"; "Slam Thaddeus Orvell" from a headline ("Senators
    Slam Thaddeus Orvell") is not: a name grows by a given name, an initial or a middle word, never by
    a word before a given name it already has."""
    words, known = longer.split(), name.split()
    if len(known) == 1 or words[0] == known[0]:
        return True
    first = words[0].strip(".")
    return len(first) == 1 or first_name_gender(words[0]) in {"female", "male", "either"}


def acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w.lower() not in SMALL).upper()
