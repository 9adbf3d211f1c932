"""The word relations framing (wording.py) reads: WordNet's kind of a noun, its synonyms and nearest
kin, and whether two phrases are one name written longer or the same words re-ordered."""

from __future__ import annotations

from functools import lru_cache

from .extract.lexicon import words
from .extract.wording import PARTICLES
from .judge.wordnet import NOUN_QUANTITY, NOUN_RELATION, NOUN_TIME

# Heads that say how much, when or who in general, not what a thing is called.
GENERIC_HEADS = words("""
time year month week day today yesterday tomorrow people person thing way part number percent per cent lot
kind sort side point case fact matter question issue end start use place area word statement comment report
""")
# WordNet lexicographer files of nouns of time, quantity and relation (noun.time 28, noun.quantity 23, noun.relation 24).
GENERIC_FILES = frozenset({NOUN_QUANTITY, NOUN_RELATION, NOUN_TIME})
# WordNet's files of nouns for people, a body of people or a place (noun.group 14, noun.location 15,
# noun.person 18): what names no thing or act (wording.py `_widely`, wording_shown.py `counterparts`).
NOT_THINGS = frozenset({14, 15, 18})


def elaborates(a: str, b: str) -> bool:
    """One phrase is the other with words added ("council" / "Ashbury city council", "chair" /
    "Markets Tribunal chair"): the same name, not a rival one. A word joined by a hyphen is one word
    to the reader: "mega-merger" is not "merger" with a word added."""
    x, y = set(a.split()), set(b.split())
    return x <= y or y <= x


def described_apart(a: str, b: str) -> bool:
    """Two phrases of one head, at least one of them described by words before it ("tap tax bill",
    "mega-merger"), the other not the same words re-ordered."""
    return (" " in a or "-" in a or " " in b or "-" in b) and sorted(a.split()) != sorted(b.split())


def namable(key: str, head: str) -> bool:
    """A phrase that names a thing a way (not "last year", "people", "a lot")."""
    return head not in GENERIC_HEADS and lexfile(head) not in GENERIC_FILES and len(key) > 3


@lru_cache(maxsize=65536)
def lexfile(noun: str) -> int | None:
    """WordNet's file of the noun's first sense; a verb and its particle written as a noun ("tie-up",
    "phase-out") names the verb's act (noun.act) where WordNet knows the verb ("tie_up", "phase_out")."""
    from .judge.wordnet import wordnet

    wn = wordnet()
    found = wn.lexfile(noun, "n")
    verb, _, particle = noun.partition("-")
    if found is None and particle in PARTICLES and wn.synsets(f"{verb}_{particle}", "v"):
        return 4
    return found


@lru_cache(maxsize=65536)
def related_heads(head: str) -> frozenset[str]:
    """WordNet synonyms, direct hypernyms and hyponyms of a head in its two most frequent senses
    ("merger" -> "consolidation", "tax" -> "levy")."""
    from .judge.wordnet import wordnet

    wn = wordnet()
    return frozenset(wn.synonyms(head, "n") | wn.related(head, "n", "@", 2) | wn.related(head, "n", "~", 2))
