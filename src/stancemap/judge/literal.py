"""Stance words in a plain sense that takes no side (session 34): read by polarity.py before a word is weighed.

"open" done to a thing, with a direct object and no "to"/"for" of what it opens the way to ("couriers open the app
between school runs", "the office opened a review of the accounts", "he opened the parcel"): an act of opening, not
openness to a proposal; "open the door to a deal", "open the way for talks" keep their side (`opens_a_thing`).
Pinned by tests/judge/test_stance_literal.py.

A word of refusing whose noun names a thing in its commonest sense ("a block of flats", "the block across the road"): no refusal
unless it is on or to something ("a block on the merger") (`names_a_thing`, session 41; read by evaluative.py too).
A warning given with nothing said of what it warns of ("warned the harbour board's lawyers in May"): no side
(`warns_no_one_of_anything`, session 41).
"""

from __future__ import annotations

from typing import Any

Token = Any  # spaCy Token or parsed.ParsedToken

# The prepositions by which "open" names what it opens the way to ("open the door to talks", "open the way for").
OPENING_TO = frozenset({"to", "for"})


# Words of refusing whose noun names a thing in its commonest sense: a refusal only on or to something. Not "stop": its
# "full stop" after a refusal was read right by the refusal's luck on VALIDATE (-2 there, session 41).
PLAIN_NOUNS = frozenset({"block"})


def no_side(tok: Token) -> bool:
    """The word is a stance word used in a plain sense that takes no side."""
    return opens_a_thing(tok) or names_a_thing(tok) or warns_no_one_of_anything(tok)


def names_a_thing(tok: Token) -> bool:
    """"a block of flats", "the block across the road": the noun of a word of refusing that names a building or a lump,
    not on or to anything (session 41: DEVELOP +10; tests/judge/test_stance_aimed.py::test_a_block_of_flats_refuses_nothing)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in PLAIN_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ in {"on", "to"} for c in tok.children)


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


# What a warning is of: the prepositions and clauses that give it content ("warned of job losses", "warned against the
# merger", "warned that the plan would fail").
WARNED_OF = frozenset({"of", "about", "against", "over", "on"})


def warns_no_one_of_anything(tok: Token) -> bool:
    """"warned the harbour board's lawyers in May", "the chair had been warned by letter", "will issue warnings for the coast": a
    warning given, with nothing said of what it warns of; it tells someone, and takes no side (session 41: DEVELOP +2;
    tests/judge/test_stance_literal.py::test_a_warning_of_nothing_said_takes_no_side). "warned of job losses",
    "warned against the plan", "warned that it would fail" keep theirs."""
    if tok.lemma_.lower() not in {"warn", "warning"} or tok.pos_ not in {"VERB", "NOUN"}:
        return False
    # (the parser may hang "about the merger" of "warned the regulator about the merger" on the one warned)
    told = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return not any((c.dep_ == "prep" and c.lower_ in WARNED_OF) or (t.i == tok.i and c.dep_ in {"ccomp", "xcomp", "acl", "relcl"})
                   for t in told for c in t.children)
