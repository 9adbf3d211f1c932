"""The predicate in other words, and the subject a predicate takes away.

"Will the treasurer resign?" is also asked by "expects the treasurer to quit" and "will step down":
the predicate's WordNet synonyms (terms.kin) count as its event when their subject is the question's.
And when the predicate takes its subject away ("resign", "step down", "fall": terms.departing),
praise said *of* the subject ("has our full confidence", "praised the minister") opposes the act,
blame of it supports it.
Pinned by tests/judge/test_stance_kin.py and the resignation probes of test_stance_probes.py.
"""

from __future__ import annotations

from typing import Any

from ..extract.lexicon import SIDE_WORDS
from .terms import Terms

Token = Any  # spaCy Token or parsed.ParsedToken


# Pronouns of a person ("he has done an excellent job"); read only when the question's subject is one.
PERSONS = frozenset({"he", "she", "him", "her", "his"})
# Pronouns that may stand for the proposition or its things ("it must stay closed"; not the relative "that").
STANDING = frozenset({"it", "this", "they", "them"})
# Prepositions that aim a word at a person ("confidence in", "support for", "stood behind"); not "into",
# which the parser also hangs on the verb ("backed the inquiry into the minister").
ABOUT = frozenset({"in", "for", "of", "behind", "to", "toward", "towards", "about", "with", "against"})
# Verbs whose subject a complement is said of: "the minister is a disgrace", "has our support", "did an
# excellent job", "enjoys our confidence" (general English).
PREDICATING = frozenset({"be", "have", "do", "enjoy", "retain", "keep", "deserve", "earn", "remain", "seem", "look",
                         "prove", "become", "lose"})


def named(terms: Terms) -> frozenset[str]:
    """Words that name the proposition's subject, participants, things or anchors."""
    return terms.subject_words | terms.participants | terms.things | terms.anchors


def _names_subject(tok: Token, terms: Terms) -> bool:
    """The noun (or a compound/flat name on it) names the question's subject, or is a person pronoun
    when the subject is a person."""
    who = terms.subject_words | terms.participants
    if terms.subject_is_person and tok.lower_ in PERSONS:
        return True
    return any(t.lower_ in who or t.lemma_.lower() in who
               for t in [tok, *[c for c in tok.children if c.dep_ in {"compound", "flat"}]])


def of_subject(tok: Token, terms: Terms) -> bool:
    """The evaluative or stance word is said of the subject a departing predicate takes away: the subject
    is its object ("praised the minister", "confidence in him"), its possessor ("the minister's fine
    record"), or the subject of the verb it completes ("the minister has our support", "was a
    disgrace"); never through the word's own subject ("she supported the motion" is the speaker's
    act), nor when the act is named ("welcomed the minister's resignation") (tests/judge/test_stance_kin.py)."""
    if not terms.departing:
        return False
    clause = clause_of(tok)
    if any(t.lower_ in terms.event or t.lemma_.lower() in terms.event or _kin_word(t, terms) for t in clause):
        return False
    node = tok.head if tok.dep_ == "amod" and tok.head.i != tok.i else tok
    for word in {tok.i: tok, node.i: node}.values():
        objects = [c for c in word.children if c.dep_ in {"dobj", "dative"}]
        objects += [g for c in word.children if c.dep_ == "prep" and c.lower_ in ABOUT
                    for g in c.children if g.dep_ == "pobj"]
        if any(_names_subject(o, terms) for o in objects):
            return True
        if word.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "poss" and _names_subject(c, terms) for c in word.children):
            return True
    head = node.head
    if node.dep_ in {"attr", "acomp", "dobj", "oprd"} and head.i != node.i and head.lemma_.lower() in PREDICATING:
        subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects and head.dep_ == "conj":  # "had done well and had our support": the first verb's
            subjects = [c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return any(_names_subject(c, terms) for c in subjects)
    return False


def departing_flip(tok: Token, terms: Terms) -> bool:
    """Praise or blame of the subject a departing predicate takes away counts the other way: the one
    rule polarity.py (stance words) and evaluative.py (sentiment words) share."""
    return terms.departing and of_subject(tok, terms)


def _kin_word(tok: Token, terms: Terms) -> bool:
    """The verb, with its particle ("step down"), is one of the predicate's synonyms."""
    if not terms.kin or tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    return lemma in terms.kin or any(f"{lemma} {c.lower_}" in terms.kin for c in tok.children
                                     if c.dep_ in {"prt", "advmod"})


def phrasal_event(tok: Token, terms: Terms) -> bool:
    """The verb with its particle is the proposition's phrasal predicate ("must break up the group", "breaking
    up the group" under "break up the Ostra Group"; the bare "break" is not its event): tests/judge/test_stance.py."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or not any(f"{lemma} {c.lower_}" in terms.event for c in tok.children if c.dep_ in {"prt", "advmod"}):
        return False
    # An act done to something needs what it is done to: "the coalition could break up", "the meeting broke up"
    # are other things ending (the review, session 16: read as support for breaking up a company); the noun the
    # tagger splits ("only a break-up changes ...": "break", "-", "up") names the act itself.
    hyphened = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and not tok.whitespace_
    return hyphened or not (terms.object_head or terms.object_words) or any(c.dep_ in {"dobj", "nsubjpass"}
                                                                            for c in tok.children)


def clause_of(tok: Token) -> list[Token]:
    """The clause a word stands in (up to its clausal head): kin.py and evaluative.py read it."""
    node = tok
    while node.head.i != node.i and node.dep_ not in {"ccomp", "advcl", "relcl", "ROOT"}:
        node = node.head
    return list(node.subtree)


def kin(tok: Token, terms: Terms) -> bool:
    """The predicate in other words ("expects the minister to quit", "the club will give him the sack"
    under "sack"): a WordNet synonym of it (terms.kin) whose subject, or for "expects X to quit" the
    object of the verb above it, names the question's subject, participants or things (a bare pronoun
    does not: nothing resolves it here); for a transitive predicate its object must also name the
    question's object or things ("borrow money for the plan" adopts nothing). Not under a privative
    predicate (privative.restates reads those) nor for words the stance lexicons already weigh
    (tests/judge/test_stance_kin.py)."""
    if terms.privative or not _kin_word(tok, terms) or tok.lemma_.lower() in SIDE_WORDS:
        return False
    if tok.head.i != tok.i and tok.head.pos_ in {"NOUN", "PROPN"}:
        return False  # "calls for the minister to step down were a witch hunt": what the noun names is weighed
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and tok.dep_ == "xcomp":
        subjects = [c for c in tok.head.children if c.dep_ == "dobj"]
    ours = named(terms)
    if not any(t.lower_ in ours or t.lemma_.lower() in ours for c in subjects for t in c.subtree):
        return False
    if terms.object_words:
        what = terms.object_words | terms.things | terms.anchors | (terms.participants - terms.subject_words) | {
            w for w in terms.event if not w.endswith("ing")}  # "ratify the treaty" under "sign the compact"
        objects = [t for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree]
        return any(t.lower_ in what or t.lemma_.lower() in what or (
            t.pos_ in {"NOUN", "PROPN"} and t.lower_ in terms.words - terms.subject_words) for t in objects)
    return True
