"""What a statement puts first, under a question that asks the order of two options (session 35): "Should the city
build the new library before the swimming pool?" (judge/proposition_order.py; Terms.ordered, with the object the own option
and the option after "before" the rival). "The library must come first", "put the library first", "the library is the
priority", "build the library before the pool" support; the same said of the pool opposes; "the pool should not go
first" supports. The order said decides the statement's side over its other stance words ("the pool goes first" is no
"+go"), and a clause saying it is no condition ("the library must come first" read as a requirement).
Pinned by tests/judge/test_stance_order.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .negation import negated
from .proposition_order import PRECEDING, objects_side
from .terms import Terms

Token = Any  # spaCy Token or parsed.ParsedToken

# Words that put what they are said of first ("goes first", "the priority", "takes precedence", "ahead of").
FIRST = frozenset({"first", "priority", "precedence"})
# The links from an order word up to the verb whose subject or object it is said of ("the pool goes first": first
# -advmod-> goes; "the library is the priority": priority -attr-> is; "put the library first": first -oprd/advmod-> put).
SAID = frozenset({"advmod", "npadvmod", "acomp", "attr", "oprd", "xcomp", "amod", "dobj"})
# The roles of what an order is said of: the verb's subject, active or passive, and its object.
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def put_first(tokens: Iterable[Token], terms: Terms) -> tuple[int, Token] | None:
    """+1 when the statement puts the question's own option first, -1 when it puts the other one first (turned by a
    negation of the verb), with the word that said it; None when it says no order of the two, or the question asks
    none."""
    if not terms.ordered or not terms.rival:
        return None
    for tok in tokens:
        low = tok.lower_
        if low in FIRST:
            # (not a compound's "-first": "the bridge-first plan" names a plan, which its words judge)
            said = None if _after_hyphen(tok) else _said_of(tok)
        elif low in PRECEDING and (tok.pos_ == "ADP" or low == "ahead"):  # ("ahead" of "ahead of" is parsed an adverb)
            said = _before(tok, terms)
        else:
            continue
        if said is None:
            continue
        own, other = _names(said, terms.own_option), _names(said, terms.rival)
        if own == other:
            continue
        verb = tok.head if tok.dep_ in SAID else tok
        sign = 1 if own else -1
        return (-sign if negated(verb) or negated(tok) else sign), tok
    return None


def _names(tokens: list[Token], words: frozenset[str]) -> bool:
    return any(t.lower_ in words or t.lemma_.lower() in words for t in tokens)


def _said_of(tok: Token) -> list[Token] | None:
    """The words of what an order word is said of: the noun it modifies ("the pool first"), else the subject and object
    of the verb it hangs on ("the pool goes first", "put the library first", "the library is the priority")."""
    head = tok.head
    if head.i == tok.i:
        return None
    if head.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"advmod", "amod"}:
        return list(head.subtree)
    if tok.dep_ not in SAID:
        return None
    args = _arguments(head, but=tok)
    if not args and head.dep_ in {"xcomp", "ccomp", "conj"} and head.head.i != head.i:  # "has to come first"
        args = _arguments(head.head)
    return args or None


def _arguments(verb: Token, but: Token | None = None) -> list[Token]:
    """The words of a verb's subject and object (active or passive), but the order word itself ("the priority")."""
    return [t for c in verb.children if c.dep_ in ARGUMENTS and (but is None or c.i != but.i) for t in c.subtree]


def _before(tok: Token, terms: Terms) -> list[Token] | None:
    """"build the library before the pool": what governs "before" (its verb's object or subject) is put first when
    "before" governs the other option; the words of the option put first, or None."""
    after = [t for g in objects_side(tok).children if g.dep_ == "pobj" for t in g.subtree]
    if not after:
        return None
    head = tok.head
    first = list(head.subtree) if head.pos_ in {"NOUN", "PROPN"} else _arguments(head)
    if _names(after, terms.rival) and not _names(after, terms.own_option) and _names(first, terms.own_option):
        return first
    if _names(after, terms.own_option) and not _names(after, terms.rival) and _names(first, terms.rival):
        return first
    return None


def _after_hyphen(tok: Token) -> bool:
    """The word right after a hyphen ("bridge-first"); False at a sentence's start, whose word before may be unkept."""
    try:
        return tok.i > 0 and tok.doc[tok.i - 1].text == "-"
    except (IndexError, KeyError):
        return False
