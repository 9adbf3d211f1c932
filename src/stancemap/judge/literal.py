"""Stance words in a plain sense that takes no side (session 34): read by polarity.py before a word is weighed.

"open" done to a thing, with a direct object and no "to"/"for" of what it opens the way to ("couriers open the app
between school runs", "the office opened a review of the accounts", "he opened the parcel"): an act of opening, not
openness to a proposal; "open the door to a deal", "open the way for talks" keep their side (`opens_a_thing`).
Pinned by tests/judge/test_stance_literal.py.
"""

from __future__ import annotations

from typing import Any

Token = Any  # spaCy Token or parsed.ParsedToken

# The prepositions by which "open" names what it opens the way to ("open the door to talks", "open the way for").
OPENING_TO = frozenset({"to", "for"})


def no_side(tok: Token) -> bool:
    """The word is a stance word used in a plain sense that takes no side."""
    return opens_a_thing(tok)


def opens_a_thing(tok: Token) -> bool:
    """"open" as a verb with a direct object and no "to"/"for" on the verb or its object: the act of opening a thing
    ("open the app between jobs", "opened a review of the accounts"), not being open to something
    (tests/judge/test_stance_literal.py::test_open_done_to_a_thing_takes_no_side)."""
    if tok.lemma_.lower() != "open" or tok.pos_ != "VERB":
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in OPENING_TO for t in (tok, *objects) for c in t.children)
