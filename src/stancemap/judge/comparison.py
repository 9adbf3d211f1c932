"""A comparison's other option ("Is the tram better value than the bus upgrade?", "Are heat pumps cheaper to run
than gas boilers?"): what is said for or against the option after "than" is said the other way of the question.

Praise of the bus upgrade, support for it, or the question's own comparative said of it ("diesel is the cheaper
option") lean against the tram; a clause naming both options, or only the question's own, is read as before. The
options' words come from the question alone (terms.comparison, from the option its parse reads after "than":
Proposition.compared_with); these rules never fire on a question without one.
Pinned by tests/judge/test_stance_comparison.py (issue 9, session 29).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .terms import Terms

Token = Any  # spaCy Token or parsed.ParsedToken


def _names(tokens: Iterable[Token], words: frozenset[str]) -> Token | None:
    return next((t for t in tokens if t.lower_ in words or t.lemma_.lower() in words), None)


def _beaten(tok: Token) -> bool:
    """The word stands after a "than" of the statement's own ("a fixed line is better value than the buses"): the
    option it names is the one compared against, not the one judged."""
    return any(a.lower_ == "than" for a in tok.ancestors)


def rival_named(tokens: Iterable[Token], terms: Terms) -> Token | None:
    """The first word of the other option among `tokens` when they name it and not the question's own option, else
    None (always None for a question that compares nothing). Words after a "than" of the statement count for
    neither."""
    if not terms.rival:
        return None
    tokens = [t for t in tokens if not _beaten(t)]
    found = _names(tokens, terms.rival)
    return found if found is not None and _names(tokens, terms.own_option) is None else None


# The links from a word said of something up to the verb whose subject it is said of ("diesel is the cheaper option":
# cheaper -amod-> option -attr-> is).
SAID = frozenset({"amod", "acomp", "attr", "oprd", "xcomp", "conj", "advmod", "npadvmod"})


def said_of_rival(tok: Token, terms: Terms) -> Token | None:
    """The question's own comparative or property said of the other option ("diesel is the cheaper option", "the bus
    upgrade is better value"): the rival's word in the subject of the clause the word is said in, or None."""
    if not terms.rival:
        return None
    node = tok
    for _ in range(4):
        if node.dep_ not in SAID or node.head.i == node.i:
            break
        node = node.head
    subject = [t for c in node.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]
    return rival_named(subject, terms)
