"""Framing terms: different spellings of one name (gazetteer pairs such as Kiev/Kyiv, plus
pairs found in the corpus) and loaded terms for one thing, counted per outlet."""

from __future__ import annotations

import re
from collections import Counter

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
CAPITAL = re.compile(r"\b[A-Z][a-z]{2,}\b")


def framing_terms(outlet_texts: list[str], corpus_texts: list[str]) -> list[FramingTerm]:
    text = "\n".join(outlet_texts)
    terms: list[FramingTerm] = []
    rivals = rival_spellings()
    words = Counter(CAPITAL.findall(text))
    corpus_words = Counter(CAPITAL.findall("\n".join(corpus_texts)))
    for word, count in words.items():
        canonical = rivals.get(word.lower())
        if canonical:
            terms.append(FramingTerm(word, count, None if canonical == word else canonical))
        elif variant := _has_corpus_variant(word, corpus_words):
            terms.append(FramingTerm(word, count, variant))
    low = text.lower()
    for term, rival in LOADED:
        n = len(re.findall(rf"\b{re.escape(term)}\b", low))
        if n:
            terms.append(FramingTerm(term, n, rival))
    return sorted(terms, key=lambda t: -t.count)


def _has_corpus_variant(word: str, corpus_words: Counter[str]) -> str | None:
    """Another spelling of this capitalised name elsewhere in the corpus ("Vodna"/"Wodna"): one or
    two letters apart at the same length, not a plural or possessive of it. 80 on rapidfuzz's ratio
    keeps one-letter swaps in 5-8 letter names and rejects distinct names sharing a stem."""
    for other in corpus_words:
        if other == word or abs(len(other) - len(word)) > 1 or (other[:1] != word[:1] and other[1:] != word[1:]):
            continue
        if other.startswith(word) or word.startswith(other):
            continue
        if fuzz.ratio(other, word) >= 80 and len(word) >= 4:
            return other
    return None
