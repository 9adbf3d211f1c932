"""A decision asked as the cause of a loss, judged right or wrong (issue 9, session 43).

"Did the umpire's ruling cost the Vendrath Ostlings the shield?" asks whether a decision made them lose. A speaker who calls
the ruling wrong ("the umpire got the ruling wrong", "the ruling was a mistake") argues that it cost them; one who calls
it right or backs it ("the ruling was correct", "the ruling was supported by the replay") argues that it did not. The
stance words read "wrong" against the question and "supported" for it, as if the question asked for the ruling: here
their sign on the decision turns. Read only under a predicate of making someone lose ("cost": WordNet's "require to
lose, suffer, or sacrifice") whose subject is an act (`decision_asked`). stance.py calls `judged_decision` after the
stance words. tests/judge/test_proposition_opened43.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .counterfactual import DECISION_NOUNS, REFERRING, RIGHTNESS
from .proposition_terms import is_event_noun

# Predicates of making someone lose what the object names ("this mistake cost him his job"): general English.
MAKING_LOSE = frozenset({"cost"})
# Words calling a decision right (+1) or wrong (-1) that the stance words do not weigh: counterfactual's RIGHTNESS, and
# "justified", "fair" (general English). Called right, it did not cost them (-1); wrong, it did (+1).
CALLED_RIGHT = {**RIGHTNESS, "justified": 1, "fair": 1}
# The dependencies of a word said of a noun: the copula's complement ("was wrong"), a verb's result ("got it wrong").
SAID_OF = frozenset({"acomp", "attr", "oprd", "xcomp", "ccomp"})


def decision_asked(question: Any) -> str:
    """The head noun of the question's subject when the question asks whether that act made someone lose something
    ("the umpire's ruling" -> "ruling"), or ""."""
    prop = getattr(question, "proposition", None)
    if prop is None or (getattr(prop, "predicate", "") or "") not in MAKING_LOSE:
        return ""
    words = (getattr(prop, "subject", "") or "").lower().split()
    head = words[-1] if words else ""
    return head if head and is_event_noun(head) else ""


def decision_nouns(decision: str) -> frozenset[str]:
    """The nouns that name the decision asked about: its own head noun ("ruling") and the general ones
    (counterfactual.DECISION_NOUNS: "decision", "call", "choice", "move")."""
    return frozenset({decision}) | DECISION_NOUNS


def _names(tok: Any, nouns: frozenset[str]) -> bool:
    """The phrase names the decision (`decision_nouns`), or is "it", "this", "that" (counterfactual.REFERRING)."""
    return tok.lower_ in REFERRING or any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in tok.subtree)


def _of_decision(tok: Any, nouns: frozenset[str]) -> bool:
    """`tok` is said of the decision (`nouns`: `decision_nouns`; or a phrase that is "it", "this", "that"): the copula's
    complement whose subject names it ("the ruling was wrong"), a verb done to it ("supported the ruling", "the ruling was
    supported"), a result said of its object ("got the ruling wrong"), an adjective on a decision noun ("the right
    ruling"); not a word said of the team or the prize ("the Ostlings deserved the shield")."""
    if tok.dep_ == "amod" and tok.head.lemma_.lower() in nouns:
        return True
    if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"dobj", "nsubjpass"} and _names(c, nouns) for c in tok.children):
        return True
    if tok.dep_ in SAID_OF and tok.head.i != tok.i:
        return any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and _names(c, nouns) for c in tok.head.children)
    return False


def said_of_decision(nouns: frozenset[str]) -> Callable[[Any], bool]:
    """The test of a word said of the decision (`_of_decision`), for the evaluative words ("the ruling was a disgrace":
    it cost them; evaluative.evaluate's `turned`)."""
    return lambda tok: _of_decision(tok, nouns)


def judged_decision(tokens: list, terms: Any, nouns: frozenset[str], evidence: list[str]) -> int:  # type: ignore[type-arg]
    """The change to a statement's score where it judges the decision: each stance word said of it turned (twice its
    sign: its own weight taken back, the other way counted), and "right" or "wrong" with no stance weight counted
    (-1, +1); 0 when it judges none."""
    from .negation import negated
    from .polarity import word_sign

    change = 0
    for tok in tokens:
        if not _of_decision(tok, nouns):
            continue
        sign = word_sign(tok, terms)
        if sign != 0:
            change -= 2 * sign
            evidence.append(f"{'+' if sign < 0 else '-'}{tok.text} (said of the decision asked as a cause: turned)")
        elif (word := tok.lemma_.lower()) in CALLED_RIGHT:
            cost = -CALLED_RIGHT[word] * (-1 if negated(tok) else 1)
            change += cost
            evidence.append(f"{'+' if cost > 0 else '-'}{tok.text} (the decision asked as a cause called "
                            f"{'right' if CALLED_RIGHT[word] > 0 else 'wrong'})")
    return change


# Nouns of how a contest or a course came out: "the score would be the same without it" denies that a cause changed it.
OUTCOMES = frozenset({"outcome", "result", "score", "scoreline"})
# What a cause changes when it decides the outcome ("it changed everything", "it changed the result").
CHANGED = frozenset({"everything", "outcome", "result", "game", "match"})


def _caused_by(verb: Any, nouns: frozenset[str]) -> bool:
    """The subject of "make" or "change" is the decision (`_names`): "the ruling made no difference", "it changed
    everything"; not another cause ("the rain made no difference", "the new manager changed everything")."""
    return any(c.dep_ == "nsubj" and _names(c, nouns) for c in verb.children)


def _without_it(same: Any, nouns: frozenset[str]) -> bool:
    """"the same without X", X the decision (`_names`): "the score would be the same without it"; not "without the
    new striker"."""
    preps = [c for w in (same, same.head) for c in w.children if c.dep_ == "prep" and c.lower_ == "without"]
    return any(o.dep_ == "pobj" and _names(o, nouns) for p in preps for o in p.children)


def difference_said(tokens: list, evidence: list[str], nouns: frozenset[str]) -> int:  # type: ignore[type-arg]
    """+1 where a statement says the decision (`nouns`: `decision_nouns`, or "it", "this", "that") changed how things came
    out ("it made the difference", "the ruling changed everything"), -1 where it says it did not ("it made no
    difference", "the score would be the same without it"): the counterfactual outcome that a question of a decision's
    cost asks about; 0 otherwise."""
    from .negation import negated

    for tok in tokens:
        lemma = tok.lemma_.lower()
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        sign = 0
        if tok.pos_ == "VERB" and lemma == "make" and any(o.lemma_.lower() == "difference" for o in objects) \
                and _caused_by(tok, nouns):
            none = any(d.lower_ in {"no", "little"} for o in objects for d in o.children if d.dep_ == "det")
            sign = -1 if none else 1
        elif tok.pos_ == "VERB" and lemma == "change" and any(o.lemma_.lower() in CHANGED for o in objects) \
                and _caused_by(tok, nouns):
            sign = 1
        elif lemma == "same" and tok.dep_ in {"acomp", "attr"} and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in OUTCOMES for c in tok.head.children) and _without_it(tok, nouns):
            sign = -1
        if sign == 0:
            continue
        if negated(tok):
            sign = -sign
        evidence.append(f"{'+' if sign > 0 else '-'}{tok.text} (the outcome {'changed' if sign > 0 else 'unchanged'})")
        return sign
    return 0
