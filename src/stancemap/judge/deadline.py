"""A question with a deadline ("Will the city phase out coal by 2031?", "Will the bridge reopen before 2027?", "Will
they sign a treaty this year?") asks whether the act comes in time: a statement that puts the act after the deadline
("the phase-out will slip to 2035", "they will push the opening back to 2029", "the deal will be signed next year")
answers no, one that puts it before ("we will be there by 2029" under "by 2031") answers yes. Only a year other than
the deadline's own counts (a statement repeating "by 2031" restates the question, which the other rules read), and
only where the year is what the act, or a verb of delaying, is timed to.

The question's deadline is read from its text (a preposition of a limit before a year, or "this" before a unit of
time); the statement's year from the parse: a year (four digits) or "next <unit>" governed by a preposition of time
whose head is the question's act, a verb of delaying, or a verb whose subject or object names the question's things.
General English only; pinned by tests/judge/test_stance_deadline.py.
"""

from __future__ import annotations

import re
from typing import Any

Token = Any  # spaCy Token or parsed.ParsedToken

# "by 2031", "before the end of 2030", "before the 30 June 2026 deadline": a limit and its year (not "in 2028", which
# asks for the year itself, nor "until", which asks how long a thing lasts).
_YEAR_BOUND = re.compile(r"\b(by|before)\b((?:\s+[\w'-]+){0,4}?)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# "this year", "this season": a limit relative to now, passed by "next <unit>".
_THIS_UNIT = re.compile(r"\bthis\s+(year|season|summer|winter|spring|autumn|month|term)\b", re.IGNORECASE)
# Prepositions that time an act to a point: "by 2029", "in 2035", "to 2035" (after a verb of delaying), "past 2030".
TIMING = frozenset({"by", "in", "during", "to", "into", "for", "past", "beyond", "after", "before", "until", "till"})
# Of these, the ones that put the act after the point named: "past 2030", "beyond 2030", "after 2032".
AFTER = frozenset({"past", "beyond", "after"})
# Verbs of putting something off ("delay", "postpone", "slip to"), and phrasal ones with their particle ("push back").
DELAYING = frozenset({"delay", "postpone", "defer", "slip", "drag", "slide", "stretch", "drift"})
PHRASAL_DELAYING = frozenset({("push", "back"), ("put", "back"), ("put", "off"), ("push", "out"), ("set", "back"),
                              ("kick", "down")})


def deadline_of(question: str) -> tuple[str, int | str] | None:
    """("year", 2031) for "by 2031"; ("next", "year") for "this year"; None when the
    question sets no deadline. "before" makes the year itself late: ("before", 2027)."""
    if found := _YEAR_BOUND.search(question):
        return ("before" if found.group(1).lower() == "before" else "year"), int(found.group(3))
    if found := _THIS_UNIT.search(question):
        return "next", found.group(1).lower()
    return None


def _year(tok: Token) -> int | None:
    text = tok.text
    return int(text) if len(text) == 4 and text.isdigit() and text[:2] in {"19", "20"} else None


def _preposition(tok: Token) -> Token | None:
    """The preposition of time a year or "next year" is the object of: its own ("in 2035", "by June 2029"), or that of
    the noun it ends ("by the end of 2027", "before the spring of 2029"); not a year that names a thing ("after the 2032
    election": the election is what comes after)."""
    node = tok
    if node.dep_ != "pobj" and node.ent_type_ == "DATE" and node.head.ent_type_ == "DATE" and node.head.i != node.i:
        node = node.head  # "by June 2029"
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.pos_ != "ADP":
            return None
        prep = node.head
        if prep.lower_ == "of" and prep.head.dep_ == "pobj":
            node = prep.head  # "the end of 2027": go on to "by"
            continue
        return prep if prep.lower_ in TIMING else None
    return None


def _delaying(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in DELAYING:
        return True
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}}
    return any(lemma == v and p in particles for v, p in PHRASAL_DELAYING)


def _timed_act(prep: Token, terms: Any) -> Token | None:
    """The verb the preposition times when it is the question's act (or a noun of it), a verb of delaying, or a verb
    whose subject or object names the question's things; else None ("the licence granted in 2019" times a grant)."""
    head = prep.head
    if head.pos_ in {"ADV", "ADP"} and head.dep_ in {"advmod", "prt"} and head.head.i != head.i:
        head = head.head  # "push the opening back to 2035": "to" hangs on the particle
    ours = terms.event | terms.things | terms.object_words
    if head.pos_ == "NOUN" and head.lemma_.lower() in terms.event:
        return head  # "the phase-out in 2035"
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    if head.lemma_.lower() in terms.event or _delaying(head):
        return head
    named = any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and any(
        t.lemma_.lower() in ours or t.lower_ in ours for t in c.subtree) for c in head.children)
    return head if named else None


def deadline_sides(tokens: list[Token], terms: Any) -> list[tuple[int, str, set[int]]]:
    """Each year of the statement timed against the question's deadline (`late_or_early`): its sign, its evidence, and
    the tokens it settles (the year and the verb it times, which the other rules then leave alone: "they will sign it
    next year" is a no, not a "+sign")."""
    out = []
    for tok in tokens:
        sign, note, verb = late_or_early(tok, terms.deadline, terms)
        if sign:
            out.append((sign, note, {tok.i, verb.i}))
    return out


def _told(verb: Token) -> bool:
    """The verb is in the past ("slipped", "were licensed", "had been delayed"): a report, not a forecast."""
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


def late_or_early(tok: Token, deadline: tuple[str, int | str] | None, terms: Any) -> tuple[int, str, Any]:
    """(-1, evidence, verb) when the token is a year (or "next <unit>") the statement times the act to after the question's
    deadline, (+1, evidence, verb) before it, (0, "", None) otherwise (no deadline, the deadline's own year, a year of something
    else, a report of the past)."""
    if deadline is None:
        return 0, "", None
    kind, limit = deadline
    if kind == "next":
        if tok.lower_ != str(limit) or not any(c.lower_ == "next" for c in tok.children):
            return 0, "", None
        year: int | None = None
    else:
        year = _year(tok)
        if year is None or year == limit:
            return 0, "", None
    prep = _preposition(tok)
    if prep is None and kind == "next" and tok.dep_ == "npadvmod":
        prep = tok  # "they will sign it next year": the unit times the verb itself
    if prep is None or prep.lower_ in {"until", "till"}:
        return 0, "", None  # "run the station until 2036": how long the thing lasts, not when the act comes
    verb = _timed_act(prep, terms)
    if verb is None or _told(verb):
        return 0, "", None  # "the licence granted in 2019", "it slipped in 2024": told, not foreseen
    if kind == "next":
        sign = -1
    elif prep.lower_ in AFTER:
        sign = -1 if year >= limit - (kind == "before") else 0  # type: ignore[operator]
    elif prep.lower_ == "before":
        sign = 1 if year <= limit - (kind == "before") else 0  # type: ignore[operator]
    else:
        late = year > limit - (kind == "before")  # type: ignore[operator]
        sign = -1 if late else 1
    if sign > 0 and verb.pos_ == "NOUN":
        sign = 0  # "the closure in 2019": a noun has no tense, and an earlier year is as often history as a forecast
    if sign == 0:
        return 0, "", None
    from .negation import negated

    if negated(verb):
        sign = -sign
    said = f"{prep.text} {tok.text}" if prep is not tok else " ".join(t.text for t in tok.subtree)
    return sign, f"{'+' if sign > 0 else '-'}{said} (the question's deadline: {limit})", verb
