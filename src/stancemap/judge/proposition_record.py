"""The question's proposition as stored and read back: the fields judge/proposition.py parses a question into
(subject, predicate, object, voice, time bound and the terms it is judged with), with no parser behind them.

`export`, `serve` and the store's readers rebuild a question's proposition from its stored JSON with this class
alone, so they start without loading spaCy (tests/test_startup.py); judge/proposition.py fills it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Proposition:
    text: str
    subject: str = ""
    predicate: str = ""
    object: str = ""
    # The predicate as its words are looked up (WordNet, the stance rules): the verb with its particle ("phase out"),
    # a property asked about ("be safe"), without a preposition the verb requires ("lie" of "lie to"); `predicate` is
    # as a reader writes it ("lie to", "be" with the complement "safe for children" its object): `as_a_reader_reads`.
    verb: str = ""
    modal: str = ""
    voice: str = "active"
    negated: bool = False
    time_bound: str | None = None
    event: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    # The participants whose mention alone makes a passage about the question: the object's ("NATO"),
    # and the subject's when the question is about the subject itself (a person's win, a takeover).
    anchors: list[str] = field(default_factory=list)
    things: list[str] = field(default_factory=list)
    opposites: list[str] = field(default_factory=list)
    corpus_terms: list[str] = field(default_factory=list)
    # The nouns of the object itself ("cruise", "ship" of "ban large cruise ships"): what a privative
    # predicate takes away, so that praise of them opposes it (judge/evaluative.py).
    object_words: list[str] = field(default_factory=list)
    # The object's head noun ("age" of "the voting age", "takeover" of "Ambrel's takeover of Kosta"): whether
    # the object is itself an act or a thing (judge/privative.py `_sides`).
    object_head: str = ""
    privative: bool = False
    # A comparison's other option as the parse reads it, the object of its "than" ("the coach upgrade" of "Is the
    # tram plan better value than the coach upgrade?"), "" when it compares nothing ("rather than", "more than
    # forty"): judge/terms.py `comparison` reads its words (judge/proposition.py `compared_with`).
    compared_with: str = ""
    subject_is_person: bool = False
    # The question asks whether its act was a fault ("Was the council wrong to close the library?", "Was it a mistake
    # to ...?"): a yes says the act was wrong, so a word for the act is a word against the question (judge/fault.py).
    faulted: bool = False
    # The degree an extraposed "too" judges excessive in its act ("soon" of "Is it too soon to reopen the footbridge?"), ""
    # when none: the question is faulted, and its evaluative words are turned too (judge/fault.py `excess_act`).
    excess: str = ""
    # The question judges an act already done: an obligation in the perfect ("Should the club have sacked its manager?")
    # or a judgement in the past ("Was the board right to sack him?"): judge/counterfactual.py.
    past_act: bool = False
    # Where the act is done, as written ("Hollin Common" of "build 300 flats on Hollin Common"), "" when the question
    # names no place: the same act said at another place opposes it (judge/rival_place.py).
    place: str = ""
    reading: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def event_set(self) -> frozenset[str]:
        return frozenset(self.event)

    @property
    def topic_set(self) -> frozenset[str]:
        """Words that name the proposition or its participants: what makes a passage about it."""
        return frozenset(self.event) | frozenset(self.participants) | frozenset(self.things) | frozenset(
            self.corpus_terms) | frozenset(self.opposites)

    def add_corpus_terms(self, objects: Counter[str], least: int = 2, most: int = 8) -> None:
        """The corpus's own names for the thing: nouns its speakers support, oppose, block or repeal
        (counted per article in the map, extract/frames.py), the most frequent `most` of those named
        at least `least` times, besides the question's own words."""
        known = self.topic_set
        chosen = [w for w, n in objects.most_common() if n >= least and w not in known and w.isalpha()][:most]
        self.corpus_terms = chosen

