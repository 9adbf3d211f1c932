"""A question that asks whether its act was a fault (session 34): "Was the council wrong to close the library?", "Was
it a mistake to sell the port?", "Is it wrong for the club to charge fans?". The parse keeps the act ("close the
library") and lost the judgement of it, so every stance word was weighed toward the act: "the board got it badly wrong",
"they will appeal to overturn it" read as against the question, "the committee was right to act" as for it. The
judgement is negative when its word is a word of refusing or harm in the stance lexicon ("wrong", "mistake",
"reckless") or VADER scores it negative; a positive one ("right to", "fair to") asks about the act as it is.

`faulted` reads the question's parse (judge/proposition.py, kept as Proposition.faulted and Terms.faulted); stance.py
turns the score of the statement's stance words (polarity.py) under it, with FAULT_NOTE as evidence, but not a state said
(said_state.py) nor VADER's evaluative words, which praise or blame the parties as often as the act.
Pinned by tests/judge/test_stance_fault.py.
"""

from __future__ import annotations

from typing import Any

from ..extract.lexicon import NEGATIVE

# VADER valence under which a judgement of the act is a fault ("unfair" -2.1, "foolish" -1.9); "harsh" -1.9 too.
FAULT_VALENCE = -1.0
FAULT_NOTE = "the question asks whether the act was wrong: its stance words turned"


def faulted(root: Any, verb: Any) -> bool:
    """The question's copula judges its act negatively: "be" with a complement (acomp, attr) of negative judgement and
    the act an infinitive of the copula ("Was X wrong to V?", "Was it a mistake to V?", "Is it wrong for X to V?")."""
    if root is None or verb is None or root.lemma_ != "be" or verb.i == root.i or verb.head.i != root.i:
        return False
    if verb.dep_ not in {"advcl", "xcomp", "ccomp"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    judgement = next((c for c in root.children if c.dep_ in {"acomp", "attr"} and c.i < verb.i), None)
    return judgement is not None and not any(c.dep_ == "neg" for c in root.children) and _negative(judgement.lower_)


def _negative(word: str) -> bool:
    from .evaluative import lexicon

    return word in NEGATIVE or lexicon().get(word, 0.0) <= FAULT_VALENCE
