"""A question of handing something on to someone (issue 9, session 38).

"Will the supplier pass on the price cut to its customers?" is parsed with "on" a preposition ("pass" [on the price
cut]), as "default on its bonds" is, so the act was read as "pass" (a law passed: "adopt", "enact") with no object. A
verb whose phrase with "on" WordNet knows as a kind of giving or transferring ("pass on": "transfer", "give") takes
"on" as its particle and the preposition's object as its own (`handed_on`); "default on", "rely on", "vote on" keep
their verb alone (none is a transfer). What is handed on is the whole noun phrase, with the "in" / "of" phrase the
parser hung on the verb ("the fall [in coal prices]": `object_continued`), and whom it goes to, the "to" phrase
(`recipient_of`), names the question's things as a goal does. What is handed on, when it is a change in an amount ("the fall
in coal prices", "the rise in fuel costs"), is said by its verb too ("will cut its tariff": `changed_amount`).
tests/judge/test_proposition_handed.py.
"""

from __future__ import annotations

from typing import Any

from .wordnet import wordnet

# What a verb of handing over is, in WordNet's first two senses of its phrase with "on" (depth two above it).
TRANSFERRING = frozenset({"give", "transfer"})
# The prepositions that continue a noun of change or amount ("a cut in prices", "the fall of coal prices").
CONTINUING = frozenset({"in", "of"})


def handed_on(verb: Any, word: Any) -> bool:
    """`word` is an "on" right after `verb` with no object of its own that makes, with the verb, a WordNet verb of
    giving or transferring ("pass on the cut", read "pass" [on the cut]): the verb's particle."""
    if word.lower_ != "on" or word.dep_ != "prep" or word.i != verb.i + 1 or any(
            c.dep_ == "dobj" for c in verb.children) or not any(g.dep_ == "pobj" for g in word.children):
        return False
    phrasal = f"{verb.lemma_.lower()} on"
    wn = wordnet()
    return bool(wn.synsets(phrasal, "v")) and bool(TRANSFERRING & wn.hypernyms(phrasal, "v", senses=2, depth=2))


def object_continued(verb: Any, obj: Any) -> Any:
    """The "in" / "of" phrase the parser hung on the verb right after its object ("pass on the fall [in coal
    prices]"), part of the object, or None."""
    after = obj.right_edge.i + 1
    return next((c for c in verb.children if c.dep_ == "prep" and c.i == after and c.lower_ in CONTINUING
                 and any(g.dep_ == "pobj" for g in c.children)), None)


def recipient_of(verb: Any) -> Any:
    """The object of the verb's "to" phrase ("pass on the cut to its customers": the customers), or None."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return pobj if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"} else None


def changed_amount(obj: Any, continued: Any) -> str | None:
    """The head of an object that names a change in an amount, a noun WordNet knows as a verb too with an "in" phrase
    ("the cut [in prices]", "the rise in fuel costs", the "in" inside the object or hung on the verb), or None."""
    inside = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    if (continued is None or continued.lower_ != "in") and inside is None:
        return None
    head = obj.lemma_.lower()
    return head if obj.pos_ == "NOUN" and wordnet().synsets(head, "v") else None
