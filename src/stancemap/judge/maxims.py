"""A maxim said with "until" (issue 9, session 36): "Nothing is settled until everything is settled", "A count is never
final until the last box is opened", "A pledge is not a pledge until it is written down". A denied state or passive in
the simple present, of a generic subject ("nothing", "a count", "every pledge"), with an until-clause in the present:
how such things go in general, said as a truth, not a term a side is held on. Read by conditions._clause_conditions,
which lists no condition for it. "We will not back the plan until the fees are capped" (a modal, a side), "The pier
stays shut until the survey is done" (not denied: a state told, left to conditions_timed), "The board is not ready
until the audit is in" (a definite subject: this board) and "No ship is let in until the fee is paid" (a rule) stay
conditions. Pinned by tests/judge/test_conditions_timed.py::test_a_maxim_said_with_until (its guards:
test_an_until_that_is_no_maxim).
"""

from __future__ import annotations

from spacy.tokens import Token

from .negation_forms import denied_here

# Subjects that name no one thing: a general truth's ("nothing", "a count", "no pledge", "every deal").
GENERIC_PRONOUNS = frozenset({"nothing", "anything", "everything"})
GENERIC_DETERMINERS = frozenset({"a", "an", "every", "any"})
PRESENT = frozenset({"VBZ", "VBP"})


def _generic(subject: Token) -> bool:
    return subject.lower_ in GENERIC_PRONOUNS or any(
        c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in subject.children)


def _simple_present(verb: Token) -> bool:
    """A copula, or a passive, in the simple present with no modal ("is", "is settled", "are won")."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" or c.tag_ not in PRESENT for c in aux):
        return False
    if verb.lemma_ == "be" and verb.tag_ in PRESENT:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in aux)


def maxim_until(marker: Token, clause: Token, event: frozenset[str] = frozenset()) -> bool:
    """`marker` ("until"/"till") opens `clause`, which hangs on a denied copula or passive in the simple present of a
    generic subject (or of "nothing", denial enough), and is itself in the present: a maxim, no condition. Not a rule
    with "no" ("No ship is let in until the fee is paid": a policy, a condition), nor one naming the question's act
    (`event`: "An extension is not approved until ..." under a question of approving it)."""
    if marker.lower_ not in {"until", "till"} or clause.i < marker.i or clause.tag_ not in PRESENT | {"VBN"}:
        return False
    verb = clause.head
    if verb.i == clause.i or not _simple_present(verb) or (clause.tag_ == "VBN" and not _simple_present(clause)):
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not _generic(subject):
        return False
    if verb.lemma_.lower() in event or any(t.lemma_.lower() in event for t in subject.subtree):
        return False
    return denied_here(verb) or subject.lower_ == "nothing"
