"""A question that asks the order of two options (session 35): "Should the city build the new library before the swimming
pool?" asks whether the library goes first; the pool is not a time bound the act is dated by ("before the election",
"before the summer recess") but the other option, of the same kind as the act's object. The parse keeps it as the
comparison's other option (Proposition.compared_with), so that judge/terms.py tells the two options apart (the own one
is the object, not the subject as in "Is the tram better value than the bus?") and judge/order.py reads what a statement
puts first. Pinned by tests/judge/test_stance_order.py.
"""

from __future__ import annotations

from typing import Any

from .wordnet import wordnet

# Prepositions that set one act before another ("before the tram", "ahead of the tram").
PRECEDING = frozenset({"before", "ahead"})
# WordNet's lexicographer files of things built, places and objects (noun.artifact, noun.location, noun.object): two
# such things are options of one act ("the pier before the ferry terminal", "the library before the pool"); an accord, a
# contract, a recess or a ballot is dated by what follows it (questions.jsonl q01, questions3.jsonl d49: both files
# the same kind, noun.state and noun.communication, and a time bound to their readers).
THINGS = frozenset({6, 15, 17})


def ordered_option(verb: Any, obj: Any) -> Any:
    """The other option of an order the question asks, or None: the object of "before" / "ahead of" on the verb whose
    head noun is, in its most frequent WordNet sense, a thing of the same kind as the act's object ("build the library
    before the pool": both artefacts), and no time ("before the summer"), event ("reopen the bridge before the
    marathon"), accord or ballot ("offered a contract before the strike ballot") or clause ("before exams start")."""
    if verb is None or obj is None:
        return None
    for c in verb.children:
        if c.lower_ not in PRECEDING or not (c.dep_ == "prep" or (c.lower_ == "ahead" and c.dep_ == "advmod")):
            continue  # ("ahead" is parsed an adverb with its "of": test_stance_order.py::test_ahead_of_is_an_order)
        other = next((g for g in objects_side(c).children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}), None)
        if other is not None and _same_kind(obj, other):
            return other
    return None


def objects_side(prep: Any) -> Any:
    """The word whose object is what comes after: "before" itself, or the "of" of "ahead of" (read by order.py too)."""
    if prep.lower_ != "ahead":
        return prep
    return next((g for g in prep.children if g.dep_ == "prep" and g.lower_ == "of"), prep)


def _same_kind(one: Any, other: Any) -> bool:
    """The two heads' most frequent WordNet noun senses are in one lexicographer file, of things (THINGS)."""
    try:
        kind = wordnet().lexfile(one.lemma_.lower(), "noun")
        return kind in THINGS and kind == wordnet().lexfile(other.lemma_.lower(), "noun")
    except OSError:
        return False
