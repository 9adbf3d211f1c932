"""A property said of a thing by a verb other than "be", for the frames (frames.py `_property`, which reads "be"
itself): a linking verb ("the bridge remains unsafe", "the trams proved cheaper", "the plan appears to be enough")
or a verdict on the thing ("the inspectors declared the paint unsafe", "the order was ruled unlawful", "critics
consider the charge unfair"). Each says what "X is <adjective>" says, asserted or contested, so it is counted as
that property (tests/test_question_linked.py)."""

from __future__ import annotations

from spacy.tokens import Token

from .frames_roles import verb_subject
from .lexicon import words

# Verbs that link a subject to an adjective as "be" does ("seems unsafe", "remains open", "proved cheaper").
LINKING = words("seem appear remain become prove stay look")
# Verbs of judging that say a thing is so ("declared the paint unsafe", "was ruled unlawful", "found the fares too high").
VERDICTS = words("declare deem rule find consider judge call think believe brand label pronounce")
# The dependencies an adjective said of a thing by one of those verbs hangs on it by (spaCy's English parse).
_LINKED_DEPS = frozenset({"acomp", "oprd", "ccomp"})


def linked_thing(adj: Token) -> tuple[Token | None, Token] | None:
    """(the thing, the verb saying it) for an adjective said of a thing by a linking verb or a verdict, else None:
    "the bridge remains unsafe" (the bridge, "remains"); "the plan appears to be enough" (the plan, "appears": its
    "to be" has no subject of its own); "the order was ruled unlawful" (the order, "ruled"); "critics consider the
    charge unfair" (the charge, "consider"). The thing is None where the verb names none (a pronoun is kept: the
    caller reads "she" as the person named last)."""
    if adj.dep_ not in _LINKED_DEPS:
        return None
    verb = adj.head
    lemma = verb.lemma_.lower()
    if adj.dep_ == "acomp" and lemma == "be":
        # "appears to be enough": "be" hangs on a linking verb, whose subject it is said of
        if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in LINKING or any(c.dep_ == "nsubj" for c in verb.children):
            return None
        verb = verb.head
        return verb_subject(list(verb.children), verb), verb
    if adj.dep_ in {"acomp", "oprd"} and lemma in LINKING:
        return verb_subject(list(verb.children), verb), verb
    if adj.dep_ == "oprd" and lemma in VERDICTS:  # "was ruled unlawful": said of the passive's subject
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None), verb
    if adj.dep_ == "ccomp" and lemma in VERDICTS:  # "consider the charge unfair": the adjective's own subject
        return next((c for c in adj.children if c.dep_ == "nsubj"), None), verb
    return None
