"""Which of two things is said to go first: "build the pier first", "the ferry should go first", "they want the
ferry built first". A corpus that argues the order of two projects says it so in most articles, while the act done to
each (build, fund) is said of both alike: the order is the proposition ("Will the city build the pier before the
ferry?"; question_order.py, tests/test_question_order.py)."""

from __future__ import annotations

from spacy.tokens import Token

from .frames_nouns import BEINGS, lexfile
from .frames_words import head_key

# The clause roles that hold what goes first: the verb's object ("put the pier first"), else its subject, active or
# passive ("the pier goes first", "the ferry built first").
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def said_first(tok: Token) -> str | None:
    """The key of the thing said to go first when `tok` is "first" said after its verb as an adverb of order ("build
    the pier first", "the ferry goes first", "had to come first": the subject of the verb it completes); None for
    "first" before its verb ("was first proposed": for the first time), a ranking ("came first in the poll"), a pronoun,
    a person, a party, a body of people or a place ("the mayor spoke first", "the Harbour Party came first": a rank)."""
    if tok.lower_ != "first" or tok.dep_ != "advmod" or tok.head.pos_ not in {"VERB", "AUX"} or tok.i < tok.head.i:
        return None
    verb = tok.head
    if any(c.dep_ == "prep" and c.i > tok.i for c in verb.children):
        return None  # ("came first in the poll", "first at the line": a ranking, not an order of acts)
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None) \
        or next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if thing is None and verb.dep_ == "xcomp":
        thing = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)  # "the pier had to come first"
    if thing is None or thing.pos_ not in {"NOUN", "PROPN"} or thing.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"}:
        return None
    if thing.pos_ == "NOUN" and lexfile(thing.lemma_.lower()) in BEINGS:
        return None
    return head_key(thing)
