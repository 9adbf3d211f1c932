"""Phrases shaped like a condition that are no condition of support (issue 12), set apart with a note
after the statement's stance is judged: the terms a source spoke on ("on condition of anonymity"), a
threat's or promise's trigger (the proposition itself happening, with a consequence that does not
name it), and the price of an exchange that is the proposition's opposite. judge/conditions.py finds
the conditions; this decides which of them a speaker attaches to their support."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from ..extract.text import doc_text
from .aim import conceded
from .conditions import UNCONDITIONAL, Condition, normalize, span_text
from .conditions_timed import a_duration
from .if_idioms import idle
from .terms import Terms

# Giving the proposition up ("a binding waiver of membership", "abandon its bid").
RENOUNCING = re.compile(r"\b(?:abandon\w*|renounc\w*|renunc\w*|giv\w* up)\b")
WORD = re.compile(r"[\w'-]+")
# What comes right before an exchange's price.
EXCHANGE = re.compile(r"\bin (?:exchange|return)\s*(?:for\s*)?$", re.I)


CONCESSION = "a concession, the side holds either way"


# stance.py's helpers (stance imports this module), bound at the first call rather than imported at each.
_STANCE: tuple[Any, ...] | None = None


def _stance_helpers() -> tuple[Any, ...]:
    global _STANCE
    from .stance import _demands_opposite, _is_trigger

    _STANCE = (_demands_opposite, _is_trigger)
    return _STANCE


def set_apart(conditions: list[Condition], doc: Doc, terms: Terms) -> tuple[list[Condition], list[str]]:
    """(conditions, notes): the conditions of support, and a note for each phrase shaped like a
    condition that is not one (issue 12): the terms a source spoke on ("on condition of anonymity"),
    a threat's or promise's trigger (the proposition itself happening, "if the league approved the
    request", with a consequence that does not name it: "Marvenia would take every needed
    step"), and the price of an exchange that is the proposition's opposite ("in exchange for a
    binding waiver of membership"). The statement's stance was judged with them."""
    _demands_opposite, _is_trigger = _STANCE or _stance_helpers()
    kept: list[Condition] = []
    notes: list[str] = []
    text = doc_text(doc)
    for c in conditions:
        why = None
        if any(w in c.text.lower() for w in UNCONDITIONAL):
            why = "the terms a source spoke on"
        elif conceded(c.start, text):
            # "even if the judge took issue with the fines, the register must stand": a concession, the side holds
            # either way; stance.py already judged without it, and it was still listed, so a side carried to the
            # statement was held on it (session 30: DEVELOP's golds list no "even if" as a condition;
            # tests/judge/test_conditions_conceded.py::test_a_concession_is_no_condition)
            why = CONCESSION
        elif (EXCHANGE.search(text[max(c.start - 24, 0):c.start]) and _demands_opposite(c.text.lower(), terms)) or (
                RENOUNCING.search(c.text.lower()) and any(w in terms.event for w in WORD.findall(c.text.lower()))):
            why = "a price that is the proposition's opposite"
        elif _is_trigger(c, doc, terms) and _names_participant(c, doc, terms) and not _names_event_outside(c, doc, terms):
            why = "a trigger: the proposition itself, with a consequence"
        elif (idiom := idle(c, doc)) is not None:
            why = idiom  # "if necessary", "I'd be amazed if ..." (if_idioms.py)
        elif a_duration(c):
            # "will keep up the vigil as long as it takes", "the review may run as long as it needs": how long a course
            # lasts, which stance.py already reads as no condition; listed, a side carried onto the statement was held on
            # it (issue 9, session 42; tests/judge/test_conditions_timed.py::test_a_duration_is_set_apart)
            why = "a duration, how long a course lasts"
        if why is None:
            kept.append(c)
        else:
            notes.append(f"not a condition ({why}): {c.text[:60]}")
            kept += _inner_requirement(c, doc) if why.startswith("a trigger") else []
    return kept, notes


# Words opening a clause inside a trigger that says what must come first ("if the pier is reopened
# before the surveyor has inspected span two").
FIRST = frozenset({"before", "until", "unless", "without"})


def _inner_requirement(trigger: Condition, doc: Doc) -> list[Condition]:
    """"will strike if the pier is reopened before the surveyor has inspected it": the trigger is the
    proposition itself, but the clause inside it is what the speaker requires first (q_reopen;
    tests/judge/test_conditions_after.py)."""
    span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if span is None:
        return []
    inner = next((t for t in span[2:] if t.lower_ in FIRST and t.dep_ in {"mark", "prep"}), None)
    if inner is None:
        return []
    last = min((inner.head if inner.dep_ == "mark" else inner).right_edge.i, span[-1].i)  # (a mark: its clause)
    if last - inner.i < 2:
        return []
    text, start, end = span_text(doc, inner.i, last)
    return [Condition(text, normalize("requires", list(doc[inner.i:last + 1])), start, end)]


def _names_participant(condition: Condition, doc: Doc, terms: Terms) -> bool:
    """The condition is the proposition itself when it names its participants or things ("if the
    Compact invites Valdoria"), not someone else's act ("if I'm elected", "if we evict them before
    there is housing for them to move to"); "only if" always states a requirement."""
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None or condition.text.lower().startswith("only"):
        return False
    return any(t.lower_ in terms.participants or t.lemma_.lower() in terms.things for t in span)


def _names_event_outside(condition: Condition, doc: Doc, terms: Terms) -> bool:
    """The clause the condition hangs on names the proposition's event ("would only accept membership
    if ..."): the condition is on the proposition, not the trigger of a consequence ("Marvenia would
    take every needed step if ...", even in a sentence that names membership elsewhere)."""
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None:
        return True
    inside = {t.i for t in span}
    root = next((t for t in span if t.head.i not in inside or t.head.i == t.i), span[0])
    governor = root.head if root.head.i not in inside else root
    clause = list(governor.subtree) if governor.i not in inside else list(span.sent)
    return any((t.lemma_.lower() in terms.event or t.lower_ in terms.event) for t in clause if t.i not in inside)
