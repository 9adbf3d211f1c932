"""The question's thing said to have ended, under a question of its lasting: "the alliance is finished", "the truce
is over", "the pact is dead" deny "Will the coalition survive ...?", "Will the truce hold?"; "is not finished yet"
affirms it.

The stance words read a verb of failing said of the thing ("the truce will collapse": polarity.fails), but a state of
having ended is said with the copula and an adjective (or "over", which the tagger reads as an adverb, and
"finished", which it reads as a passive with no agent), so such a statement had no side (session 34, q_lastvote).
Read only under a predicate of lasting: "the deal is done" or "the strike is over" answer other questions the
other way or not at all. tests/judge/test_stance_ended.py.
"""

from __future__ import annotations

from typing import Any

from .terms import Terms
from .wordnet import wordnet

# Predicates that ask whether the thing goes on (WordNet's "last", "endure" and the verbs of lasting a question asks
# with): their event word in the terms.
LASTING = frozenset({"survive", "last", "hold", "endure", "persist", "continue", "remain", "stay", "outlast"})
# WordNet's heads of the adjectives of having ended: "over", "ended" are similar to "finished"; "doomed", "defunct" to
# "dead" (the similar-to pointers of the adjective's first sense).
ENDED_HEADS = frozenset({"finished", "dead"})


def lasting(terms: Terms) -> bool:
    """The question asks whether its thing lasts ("survive", "hold", "last until spring")."""
    return bool(terms.event & LASTING)


def ended(tok: Any, terms: Terms) -> bool:
    """`tok` says that the question's thing has ended, by a copula whose subject names it ("the alliance is
    finished", "the truce is over", "the pact is dead"), under a question of its lasting."""
    if not lasting(terms) or not _ending_word(tok):
        return False
    bare = next(iter(tok.children), None) is None  # "is over", not "over the bridge"
    if tok.dep_ == "acomp" or (tok.lower_ == "over" and tok.dep_ in {"advmod", "prt", "prep"} and bare):
        copula = tok.head
        subjects = [c for c in copula.children if c.dep_ == "nsubj"] if copula.lemma_.lower() == "be" else []
    elif tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_.lower() == "be" for c in tok.children) and not any(
            c.dep_ == "agent" for c in tok.children):
        subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]  # "is finished": a passive with no doer
    else:
        return False
    ours = terms.things | terms.anchors | terms.event | terms.subject_words
    return any(s.lemma_.lower() in ours or s.lower_ in ours for s in subjects)


def _ending_word(tok: Any) -> bool:
    low = tok.lower_
    if low in ENDED_HEADS or low == "over":
        return True
    if tok.pos_ not in {"ADJ", "VERB"}:
        return False
    return bool(ENDED_HEADS & wordnet().related(low, "a", "&", senses=1))
