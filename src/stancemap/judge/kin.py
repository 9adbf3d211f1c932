"""The predicate in other words, and the subject a predicate takes away.

"Will the treasurer resign?" is also asked by "expects the treasurer to quit" and "will step down":
the predicate's WordNet synonyms (terms.kin) count as its event when their subject is the question's.
And when the predicate takes its subject away ("resign", "step down", "fall": terms.departing),
praise of the subject ("has our full confidence") opposes the act, blame of it supports it.
Pinned by tests/judge/test_stance_kin.py and the resignation probes of test_stance_probes.py.
"""

from __future__ import annotations

from typing import Any

from ..extract.lexicon import NEGATIVE, POSITIVE, REFUSING
from .terms import Terms

Token = Any  # spaCy Token or parsed.ParsedToken


# Pronouns that may stand for the question's subject as the subject of a synonym ("she will quit").
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
# Pronouns of a person in a clause that speaks of the subject ("she has done an excellent job").
PERSONS = frozenset({"he", "she", "him", "her", "his"})


def of_subject(clause: list[Token], terms: Terms) -> bool:
    """A clause that speaks of the question's subject (its words, or he/she) and not of the act: under a
    predicate that takes the subject away ("resign", "fall"), praise of the subject opposes the act
    (tests/judge/test_stance_kin.py)."""
    if any(t.lower_ in terms.event or t.lemma_.lower() in terms.event or _kin_word(t, terms) for t in clause):
        return False
    who = terms.subject_words | terms.participants
    return any(t.lower_ in who or t.lower_ in PERSONS for t in clause)


def _kin_word(tok: Token, terms: Terms) -> bool:
    """The verb, with its particle ("step down"), is one of the predicate's synonyms."""
    if not terms.kin or tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    return lemma in terms.kin or any(f"{lemma} {c.lower_}" in terms.kin for c in tok.children
                                     if c.dep_ in {"prt", "advmod"})


def clause_of(tok: Token) -> list[Token]:
    """The clause a word stands in (up to its clausal head), as evaluative.py reads it."""
    node = tok
    while node.head.i != node.i and node.dep_ not in {"ccomp", "advcl", "relcl", "ROOT"}:
        node = node.head
    return list(node.subtree)


def kin(tok: Token, terms: Terms) -> bool:
    """The predicate in other words ("expects the minister to quit", "the club will fire him" under
    "sack"): a WordNet synonym of it (terms.kin) whose subject, or for "expects X to quit" the object
    of the verb above it, names the question's subject, participants or things, or is a pronoun.
    Not under a privative predicate (privative.restates reads those) nor for words the stance
    lexicons already weigh (tests/judge/test_stance_kin.py)."""
    if terms.privative or not _kin_word(tok, terms) or tok.lemma_.lower() in NEGATIVE | POSITIVE | REFUSING:
        return False
    if tok.head.i != tok.i and tok.head.pos_ in {"NOUN", "PROPN"}:
        return False  # "calls for the minister to step down were a witch hunt": what the noun names is weighed
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and tok.dep_ == "xcomp":
        subjects = [c for c in tok.head.children if c.dep_ == "dobj"]
    named = terms.subject_words | terms.participants | terms.things | terms.anchors
    return any(t.lower_ in named or t.lemma_.lower() in named or (t.i == c.i and t.lower_ in SUBJECT_PRONOUNS)
               for c in subjects for t in c.subtree)
