"""A question of a thing recovering its own cost, and the idioms of money that answer it (issue 9, session 43).

"Will the Vendrath ferry link pay for itself?" asks whether the link earns back what it costs. Its speakers seldom repeat
the idiom: "it will break even", "it will cover its day-to-day costs", "a line that makes money" say yes; "it will lose
money", "it will cost the town money each winter", "a subsidy for ever", "a bailout" say no. None of those holds the
question's verb ("pay"), and the words it derives ("payer", "payment") name other payments ("the toll payers", "the
loan payments"). General English, read only under such a question (`recoup_asked`): "Will the ferry link pay for
itself?", "... pay its way?", "... break even?". stance.py reads it where the stance words find no side.
tests/judge/test_proposition_opened43.py.
"""

from __future__ import annotations

from typing import Any

# Reflexive objects: the thing pays for itself.
REFLEXIVE = frozenset({"itself", "themselves"})
# Predicates that ask whether a thing recovers its cost, with the reflexive "pay for" (general English; WordNet's
# "break even": "make neither profit nor loss").
RECOUPING = frozenset({"break even", "pay its way"})
# A verb and the object (or particle) that say the thing earns its cost back or more: "cover its costs", "make money",
# "turn a profit", "recoup the outlay", "break even", "pay its way" (general English).
GAINS: dict[str, frozenset[str]] = {
    "cover": frozenset({"cost", "costs"}),
    "make": frozenset({"money", "profit", "profits"}),
    "turn": frozenset({"profit"}),
    "break": frozenset({"even"}),
    "pay": frozenset({"way"}),
    "recoup": frozenset(),
    "earn": frozenset({"back"}),
}
# A verb and the object that say it costs more than it brings: "lose money", "make a loss", "cost the town money".
LOSSES: dict[str, frozenset[str]] = {
    "lose": frozenset({"money"}),
    "make": frozenset({"loss", "losses"}),
    "cost": frozenset({"money"}),
}
# Nouns of money given to keep a thing going: a thing that needs one does not pay for itself.
PROPPING = frozenset({"subsidy", "subsidies", "bailout", "handout"})
# Verbs whose object is what a thing takes to keep going ("need a subsidy", "will get a bailout"), and those that take
# it through "on" ("rely on subsidies"): general English.
TAKING = frozenset({"need", "require", "get", "receive"})
RELYING = frozenset({"rely", "depend"})
# Adjectives of a thing that makes money, or loses it.
GAINING = frozenset({"profitable"})
LOSING = frozenset({"unprofitable", "uneconomic"})


def recoup_asked(question: Any) -> bool:
    """The question asks whether its thing recovers its own cost: "pay for itself", "pay its way", "break even"."""
    prop = getattr(question, "proposition", None)
    if prop is None or getattr(prop, "negated", False):
        return False
    predicate = (getattr(prop, "predicate", "") or "").lower()
    thing = (getattr(prop, "object", "") or "").lower()
    return (predicate == "pay for" and thing in REFLEXIVE) or predicate in RECOUPING or (
        predicate == "pay" and thing.endswith(" way"))


def _objects(tok: Any) -> set[str]:
    """The lemmas of a verb's objects and particles, and the adverb right after it, which the parser may hang on the
    next phrase ("break even within five years": "even" on "within")."""
    out = {c.lemma_.lower() for c in tok.children if c.dep_ in {"dobj", "prt", "advmod", "attr", "dative"}}
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "ADV":
        out.add(tok.doc[tok.i + 1].lower_)
    return out


def _propped(noun: Any) -> bool:
    """A noun of propping money is what the thing needs, gets or relies on ("would need a subsidy", "will rely on
    subsidies", "a subsidy will be needed") or what it is ("the line is a bailout"); not a subsidy it repays or ends ("would
    repay the subsidy within ten years": the review, session 43)."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # ("needs subsidies and handouts")
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"}:
        return head.lemma_.lower() in TAKING
    if noun.dep_ == "pobj":
        return head.lower_ in {"on", "upon"} and head.head.lemma_.lower() in RELYING
    return noun.dep_ in {"attr", "acomp", "oprd"}


def money_word(tok: Any) -> int:
    """+1 for a word that says the thing earns its cost back, -1 for one that says it does not, 0 otherwise (before
    negation)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"VERB", "AUX"}:
        objects = _objects(tok)
        if lemma in GAINS and (not GAINS[lemma] or objects & GAINS[lemma]):
            return 1
        if lemma in LOSSES and objects & LOSSES[lemma]:
            return -1
        return 0
    if tok.pos_ == "NOUN" and lemma in PROPPING and _propped(tok):
        return -1
    if tok.pos_ == "ADJ":
        return 1 if lemma in GAINING else -1 if lemma in LOSING else 0
    return 0


def money_said(tokens: list, evidence: list[str]) -> int:  # type: ignore[type-arg]
    """The sign of the first idiom of money a statement says (`money_word`), turned where it is negated ("will never
    cover its costs", "does not need a subsidy"), noted in `evidence`; 0 when it says none."""
    from .negation import negated

    for tok in tokens:
        sign = money_word(tok)
        if sign == 0:
            continue
        # a noun or adjective is negated through the verb it hangs on ("does not need a subsidy")
        held = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
        if negated(held) or negated(tok):
            sign = -sign
        evidence.append(f"{'+' if sign > 0 else '-'}{tok.text} (its cost recovered or not)")
        return sign
    return 0


def money_hit(tokens: list) -> str | None:  # type: ignore[type-arg]
    """The first idiom of money a statement says, as a word of the question (`money_word`), or None."""
    return next((tok.text for tok in tokens if money_word(tok) != 0), None)
