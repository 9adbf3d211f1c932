"""Framing terms: different spellings of one name (gazetteer pairs such as Kiev/Kyiv, plus
pairs found in the corpus) and loaded terms for one thing, counted per outlet."""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from .extract.places import rival_spellings
from .model import FramingTerm

# Loaded terms for one thing: (term, the neutral or rival term it stands for). General vocabulary
# of conflict reporting, not of one conflict.
LOADED = [
    ("special military operation", "invasion"), ("special operation", "invasion"), ("military operation", "invasion"),
    ("invasion", None), ("incursion", "invasion"), ("aggression", "invasion"), ("occupation", None),
    ("liberation", "occupation"), ("regime", "government"), ("terrorists", "fighters"), ("militants", "fighters"),
    ("separatists", "rebels"), ("insurgents", "rebels"), ("freedom fighters", "fighters"), ("annexation", None),
    ("reunification", "annexation"), ("puppet government", "government"), ("junta", "government"),
    ("peacekeeping mission", None), ("stabilisation mission", "incursion"), ("stabilization mission", "incursion"),
]
LOADED_TERMS = frozenset(term for term, _ in LOADED)
CAPITAL = re.compile(r"\b[A-Z][a-z]{2,}\b")
WORD = re.compile(r"\b[a-z]{3,}\b")
# Capitalised words that are never names whose spelling is a choice: "Tuesday"/"Thursday" and
# "June"/"July" are a letter or two apart and would otherwise pass for rival spellings.
CALENDAR = frozenset(w for w in (*calendar.day_name, *calendar.month_name) if w)
# A corpus-found rival spelling needs this many letters: below it, unrelated short words ("Elin"/"Ein",
# a German article) are a letter apart. Calibrated on the example corpus (Vodna/Wodna has 5);
# four-letter city names (Kyiv/Kiev) come from the gazetteer instead.
MIN_CORPUS_VARIANT = 5
# rapidfuzz ratio at or above which two capitalised words are one name spelt two ways: keeps
# one-letter swaps and insertions in 5-9 letter names (Vodna/Wodna 80, Stanek/Staneck 92,
# Arkhamia/Arakhamia 94) and rejects distinct names sharing a stem.
CORPUS_VARIANT_RATIO = 80


class FramingIndex:
    """What the whole corpus says about spellings, computed once and then asked per outlet.

    A canonical gazetteer spelling ("Kyiv", "Moscow") is a framing choice only where a rival
    spelling of it is in the corpus too: the gazetteer knows foreign spellings (Moscou, Londyn)
    that no English outlet uses, so "Moscow" alone says nothing about an outlet.
    """

    def __init__(self, corpus_texts: Iterable[str], actor_names: Iterable[str] | None = None) -> None:
        text = "\n".join(corpus_texts)
        self.rivals = rival_spellings()
        self.corpus_words = Counter(CAPITAL.findall(text))
        lower = set(WORD.findall(text))
        # A capitalised word that also appears in lower case is an ordinary word at the start of a
        # sentence or in a title ("Minister"/"Ministry", "Analysis"/"Analysts"), not a name.
        names = [w for w in self.corpus_words if w.lower() not in lower and w not in CALENDAR]
        variants = _corpus_variants(names)
        if actor_names is not None:
            # With the actors known, a corpus pair must be a name the extractor found (at least one of
            # the two spellings): two capitalised common words ("Analysis"/"Analysts" in a heading
            # and at a sentence start) are a letter apart too.
            known = {w for n in actor_names for w in CAPITAL.findall(n)}
            variants = {w: v for w, v in variants.items() if w in known or v in known}
        self.variants = variants
        spelt: dict[str, set[str]] = defaultdict(set)
        for word in self.corpus_words:
            if canonical := self.rivals.get(word.lower()):
                spelt[canonical].add(word)
        self.contested = {c for c, words in spelt.items() if words - {c}}

    def terms(self, outlet_texts: Iterable[str]) -> list[FramingTerm]:
        text = "\n".join(outlet_texts)
        terms: list[FramingTerm] = []
        for word, count in Counter(CAPITAL.findall(text)).items():
            canonical = self.rivals.get(word.lower())
            if canonical and canonical != word:
                terms.append(FramingTerm(word, count, canonical))
            elif canonical and canonical in self.contested:
                terms.append(FramingTerm(word, count, None))
            elif variant := self.variants.get(word):
                terms.append(FramingTerm(word, count, variant))
        low = text.lower()
        for term, rival in LOADED:
            n = len(re.findall(rf"\b{re.escape(term)}\b", low))
            if n:
                terms.append(FramingTerm(term, n, rival))
        return sorted(terms, key=lambda t: (-t.count, t.term))


def framing_terms(outlet_texts: list[str], corpus_texts: list[str]) -> list[FramingTerm]:
    """One outlet's framing terms (builds a `FramingIndex`; use one index for many outlets)."""
    return FramingIndex(corpus_texts).terms(outlet_texts)


def is_loaded(term: str) -> bool:
    """A loaded term for one thing ("incursion"), as opposed to a spelling of a name."""
    return term.lower() in LOADED_TERMS


def _corpus_variants(names: list[str]) -> dict[str, str]:
    """Each name -> another spelling of it elsewhere in the corpus ("Vodna" -> "Wodna"): one or two
    letters apart at about the same length, sharing the first letter or everything after it.

    Names are bucketed by first letter and length, and by their tail, so that only plausible pairs are
    compared: a 100-article corpus has thousands of capitalised words, and all pairs is quadratic.
    """
    by_start: dict[tuple[str, int], list[str]] = defaultdict(list)
    by_tail: dict[str, list[str]] = defaultdict(list)
    for name in names:
        if len(name) >= MIN_CORPUS_VARIANT:
            by_start[name[0], len(name)].append(name)
            by_tail[name[1:]].append(name)
    found: dict[str, str] = {}
    for (first, length), bucket in sorted(by_start.items()):
        for word in bucket:
            candidates = [*by_start.get((first, length - 1), []), *bucket, *by_start.get((first, length + 1), []),
                          *by_tail.get(word[1:], [])]
            if other := next((o for o in candidates if o != word and _rival_pair(word, o)), None):
                found[word] = other
    return found


def _rival_pair(word: str, other: str) -> bool:
    if abs(len(other) - len(word)) > 1:
        return False
    short, long = sorted((word, other), key=len)
    if long.startswith(short):
        # A plural, possessive or demonym ("Russia"/"Russian") is the same name inflected; only a
        # doubled last letter is a transliteration ("Zelensky"/"Zelenskyy").
        return long[-1] == short[-1] and len(long) > len(short)
    return fuzz.ratio(other, word) >= CORPUS_VARIANT_RATIO
