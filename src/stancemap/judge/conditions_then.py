"""What must come first, said before "then" (issue 9, session 13): "Mend the bridges first. Then come round and
see us", "A five-year lease, signed, and the county keeping its veto seat. Then we would meet them and
negotiate", "tighten the price cap, test the buyer's finances, and then say yes". The steps before "then" are
the condition of what it opens. A sentence before counts when it is an order (an imperative), a list with no
verb of its own, or says "first" (not a report: "The board met. Then it voted"); in one sentence, the
conjuncts before the one "then" opens, unless they describe something or are refused ("cannot slam the
gate and then grumble"). Pinned by tests/judge/test_conditions_with.py.
"""

from __future__ import annotations

from typing import Any

from .conditions import MODALS, Condition, past_or_perfect
from .requirements import condition


def before_then(sent: Any, following: Any) -> list[Condition]:
    """`sent` as the condition of `following` when `following` opens with "then" and `sent` is an order,
    a verbless list or says "first"."""
    opening = next((t for t in following if t.is_alpha), None)
    words = [t for t in sent if not t.is_punct]
    if opening is None or opening.lower_ != "then" or not words:
        return []
    root = sent.root
    ordered = _order(root)
    verbless = root.pos_ in {"NOUN", "PROPN"}  # a list of what is wanted ("A ten-year agreement, signed, and ...")
    if not (ordered or verbless or any(t.lower_ == "first" and t.dep_ == "advmod" for t in sent)):
        return []
    first = next((t for t in words if t.is_alpha and not (t.i + 1 < len(sent.doc) and sent.doc[t.i + 1].text == ":")),
                 words[0])  # (after an interview's "A:")
    return condition(sent, first.i, words[-1].i, "before")


def _order(verb: Any) -> bool:
    """An imperative: a bare verb with no subject, auxiliary or marker ("Mend the bridges first")."""
    return bool(verb.tag_ == "VB" and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "mark"} for c in verb.children))


def then_steps(sent: Any, own: frozenset[str] = frozenset()) -> list[Condition]:
    """"tighten the price cap, test the buyer's finances, and then say yes": the conjuncts before the one
    "then" opens."""
    found: list[Condition] = []
    for tok in sent:
        if tok.lower_ == "then" and tok.dep_ == "advmod":
            found += _order_then(tok, own)
        if tok.lower_ != "then" or tok.dep_ != "advmod" or tok.head.dep_ not in {"conj", "dep"}:
            continue
        later = tok.head
        if later.lower_ == "some" and not any(c.dep_ not in {"advmod", "cc", "punct"} for c in later.children):
            continue  # "the pier will cover its costs and then some": the idiom of more than that, no step before another
            # (tests/judge/test_proposition_opened43.py::test_and_then_some_is_no_step)
        top = later.head
        if later.dep_ == "dep" and not (_order(top) and top.i < later.i):
            continue  # "Give her the chance, then assess her": two orders the parser leaves unjoined (q_dismiss's shape)
        while top.dep_ == "conj" and top.head.i < top.i:
            top = top.head
        if top.dep_ in {"relcl", "acl"} or any(c.dep_ == "neg" for c in top.children):
            continue  # a description ("a city that asks X and then closes Y"), a refusal ("cannot X and then Y")
        if past_or_perfect(top) and not any(c.lower_ in MODALS for c in top.children):
            continue  # what happened, in order ("she insisted X, then said Y"): a narration, no step demanded
            # (tests/judge/test_conditions_timed.py::test_a_sequence_said_is_no_condition)
        if _habit(top) and _habit(later):
            continue  # "the pilot reads the tide table and then takes the ferry out": a habit told in the simple present, no
            # step demanded (tests/judge/test_conditions_then_habit.py)
        start = top.i  # (the first step's verb: "tighten the price cap, ...", without its "to")
        last = later.left_edge.i - 1
        while last > start and (sent.doc[last].is_punct or sent.doc[last].dep_ == "cc"):
            last -= 1
        found += condition(sent, start, last, "before")
    return found


def _habit(verb: Any) -> bool:
    """A verb of doing in the third person's simple present, under no auxiliary or modal ("writes its own rules",
    "forgets where it put them"): what someone does, told. Not the copula ("the fee is low, and then it is another
    matter": a state supposed; session 41, a row of DEVELOP)."""
    return bool(verb.tag_ == "VBZ" and verb.lemma_.lower() != "be" and not any(
        c.dep_ == "aux" or c.lower_ in MODALS for c in verb.children))


def _order_then(then: Any, own: frozenset[str]) -> list[Condition]:
    """"Drain the quarry, then we can discuss dropping the claim": an order opening the sentence, hung as a clause on
    the verb "then" opens, is the step that must come first (the parser may tag its verb an adjective: no subject,
    marker or auxiliary, an object, not a participle; q_settle's shape, tests/judge/test_conditions_demanded.py); not
    the proposition's own act or an act on its thing ("Rescue it, then quarrel over who funds it" under a rescue, "it" the thing
    talked about: the side itself, q_bailout)."""
    doc, later = then.doc, then.head
    step = next((c for c in later.children if c.dep_ in {"advcl", "dep", "ccomp"} and c.i < then.i
                 and c.left_edge.i == then.sent.start + _opening(then.sent)), None)
    if step is None or step.tag_ in {"VBG", "VBN", "VBD", "VBZ", "VBP"} or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "mark", "neg"} for c in step.children) or not any(
            c.dep_ == "dobj" and c.tag_ != "PRP" and c.lemma_.lower() not in own for c in step.children) \
            or step.lemma_.lower() in own:
        return []
    last = then.i - 1
    while last > step.i and (doc[last].is_punct or doc[last].dep_ == "cc"):
        last -= 1
    return condition(then.sent, step.left_edge.i, last, "before")


def _opening(sent: Any) -> int:
    """How many quotation marks or dashes open the sentence before its first word."""
    return next((k for k, t in enumerate(sent) if not t.is_punct), 0)
