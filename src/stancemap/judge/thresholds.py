"""A question whose outcome is a quantity past a bound ("Will inflation fall below 3 percent by next
summer?", "Will turnout exceed 60 percent?"): a statement's own figure for that quantity takes a side by which side
of the bound it falls ("we expect 2.6 percent by spring", "it will dip under 3", "push the figure back over four
percent"). Only figures said of what is to come (a modal, a verb of foreseeing, a forecast as the subject) count:
"prices rose 2.6 percent in March" reports. General English comparatives and number words, written here;
pinned by tests/judge/test_stance_consequences.py.
"""

from __future__ import annotations

import re
from typing import Any

Token = Any  # spaCy Token or parsed.ParsedToken

NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
# Comparatives: +1 the quantity past the bound upward, -1 downward.
UPWARD = frozenset({"above", "over", "beyond", "exceed", "top", "surpass"})
DOWNWARD = frozenset({"below", "under", "beneath"})
PHRASES = {"more than": 1, "higher than": 1, "at least": 1, "less than": -1, "fewer than": -1, "lower than": -1,
           "at most": -1}
_NUMBER = r"(\d+(?:[.,]\d+)?|" + "|".join(NUMBER_WORDS) + r")"
BOUND = re.compile(r"\b(" + "|".join(sorted(UPWARD | DOWNWARD | set(PHRASES), key=len, reverse=True)) + r")\s+"
                   + _NUMBER + r"\s*(percent|per cent|%|percentage points?)?", re.IGNORECASE)
PERCENT = frozenset({"percent", "%", "cent", "percentage"})
# Verbs and nouns of foreseeing: a figure they govern is said of what is to come.
FORESEEING = frozenset({"expect", "see", "forecast", "predict", "project", "projection", "expectation",
                        "estimate", "bet", "think", "believe", "reckon"})
FUTURE = frozenset({"will", "would", "'ll", "could", "might", "may", "shall"})


def bound_of(question: str) -> tuple[int, float, bool]:
    """(direction, value, in percent) of the question's bound: direction +1 for "above"/"exceed"/"more than", -1
    for "below"/"under"/"less than", 0 when the question sets none."""
    found = BOUND.search(question)
    if found is None:
        return 0, 0.0, False
    word = found.group(1).lower()
    direction = PHRASES.get(word, 1 if word in UPWARD else -1)
    value = _value(found.group(2))
    return (direction, value, bool(found.group(3))) if value is not None else (0, 0.0, False)


def _value(text: str) -> float | None:
    low = text.lower().replace(",", ".")
    if low in NUMBER_WORDS:
        return float(NUMBER_WORDS[low])
    try:
        return float(low)
    except ValueError:
        return None


def figure_sign(tok: Token, bound: tuple[int, float, bool]) -> tuple[int, str]:
    """(+1/-1, evidence) for a number in a statement on the bound's side or the other, (0, "") when it is no
    figure for the question's quantity said of what is to come."""
    direction, limit, percent = bound
    if direction == 0 or not (tok.like_num or tok.lower_ in NUMBER_WORDS) or tok.pos_ not in {"NUM", "NOUN"}:
        return 0, ""
    value = _value(tok.text)
    if value is None:
        return 0, ""
    phrase = tok.head if tok.dep_ in {"nummod", "compound", "quantmod"} and tok.head.i != tok.i else tok
    unit = phrase.lower_ in PERCENT or any(c.lower_ in PERCENT for c in phrase.children) or (
        tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in PERCENT)
    if not value <= limit * 3 or (percent and not unit and not limit / 3 <= value):
        return 0, ""  # "the 400 staple products", "in 2027", "a 40 percent rise": not the question's quantity
    if phrase.dep_ in {"amod", "compound", "nmod"}:
        return 0, ""  # "its 5.5 percent lending rate": a figure describing another thing
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in phrase.children):
        # "only 2 percent of shops expect prices to fall": a share of a group (session 21's review;
        # tests/judge/test_stance_consequences.py::test_a_figure_against_the_bound)
        return 0, ""
    prep = phrase.head if phrase.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in {"from", "since", "by"}:
        return 0, ""  # "revised up from 2.7 percent", "rose by 4 percent": a starting point or a change
    said = prep.lower_ if prep is not None else ""
    said = said if said in UPWARD | DOWNWARD else ""
    if said:
        # "below four percent", "back over four percent": the side named, at or past the bound
        side = 1 if said in UPWARD else -1
        if (side == direction and (value - limit) * direction > 0) or (side != direction and (value - limit) * side < 0):
            return 0, ""  # "above 2 percent" under "above 3": says nothing of 3
        sign = 1 if side == direction else -1
    elif not _to_come(phrase):
        return 0, ""
    else:
        sign = 1 if (value - limit) * direction > 0 else -1  # "at 3 percent" is not below (nor above) 3
    from .negation import negated

    if negated(phrase):
        sign = -sign
    return sign, f"{'+' if sign > 0 else '-'}{said + ' ' if said else ''}{tok.text} (the question's bound: {limit:g})"


def _to_come(phrase: Token) -> bool:
    """The figure is said of what is to come: its verb has a modal of the future, is a verb of foreseeing, or has
    a forecast as its subject ("we expect 2.6", "will land at 2.7", "my guess is that ... 2.7"); a verb in
    the past tense on the way up reports."""
    node = phrase
    for _ in range(5):
        if node.lemma_.lower() in FORESEEING:
            return True
        if node.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in node.children) or any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in FORESEEING for c in node.children):
                return True
            if node.tag_ == "VBD":
                return False
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def to_figure(verb: Token) -> bool:
    """The verb's end point is a figure ("fell to 2.6 percent", "will land at 2.7", "slowed to 3.9"): under a
    bounded question the figure takes the side, or none when it is reported, not the verb of moving."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "at"}]
    preps += [g for c in verb.children if c.dep_ == "prt" for g in c.children if g.dep_ == "prep" and g.lower_ == "at"]
    return any(t.like_num or t.lower_ in NUMBER_WORDS for p in preps for t in p.subtree)
