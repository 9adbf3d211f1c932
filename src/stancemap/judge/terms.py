"""The words stance is judged with, from the question's proposition (judge/proposition.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..model import Question

WORD = re.compile(r"[\w'-]+")


@dataclass(frozen=True)
class Terms:
    """event: words naming the proposition's act ("join", "membership"; "pass", "passage");
    participants: words of the names in it; things: nouns naming what it is about, the corpus's own
    included ("bill", "the deal"); opposites: words for its opposite ("neutrality", "lose")."""
    event: frozenset[str]
    participants: frozenset[str]
    things: frozenset[str]
    opposites: frozenset[str]
    subject_is_person: bool = False
    anchors: frozenset[str] = frozenset()
    object_words: frozenset[str] = frozenset()  # the nouns of the question's object ("cruise", "ship")
    privative: bool = False  # the predicate takes its object away ("ban", "phase out")

    @cached_property  # read for every passage judged
    def topic(self) -> frozenset[str]:
        """Words whose mention makes a passage about the question."""
        return self.event | self.anchors | self.things | self.opposites


EMPTY = Terms(frozenset(), frozenset(), frozenset(), frozenset())


def terms_of(question: Question | None) -> Terms:
    if question is None:
        return EMPTY
    prop = question.proposition
    if prop is None:
        words = {w.lower() for w in WORD.findall(question.text) if w[:1].isupper() or w.isupper()}
        return Terms(frozenset(), frozenset(words), frozenset(), frozenset(), anchors=frozenset(words))
    return _terms(question.text, tuple(prop.event), tuple(prop.participants), tuple(prop.things) + tuple(prop.corpus_terms),
                  tuple(prop.opposites), bool(prop.subject_is_person), tuple(prop.anchors),
                  tuple(getattr(prop, "object_words", ())), bool(getattr(prop, "privative", False)))


@lru_cache(maxsize=8)
def _terms(text: str, event: tuple[str, ...], participants: tuple[str, ...], things: tuple[str, ...],
           opposites: tuple[str, ...], person: bool, anchors: tuple[str, ...], object_words: tuple[str, ...] = (),
           privative: bool = False) -> Terms:
    return Terms(frozenset(event), frozenset(participants), frozenset(things), frozenset(opposites), person,
                 frozenset(anchors), frozenset(object_words), privative)
