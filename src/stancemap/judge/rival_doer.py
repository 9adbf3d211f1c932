"""The question's act asked of another doer: "Should ratepayers foot the bill for the pool?" is answered "the owners
should pay" (or "let the insurer pay", "the pool should be paid for by its owners"): the act is named, but done by
another party than the question's subject, so the speaker says the subject should NOT do it (a rival doer, as
votes.rival_of reads a rival candidate and comparison.py a rival option).

Read only where the parse and WordNet can tell: the question's subject a common noun naming people or a body (WordNet's
noun.person or noun.group in its most frequent sense: "taxpayers", "the council"); the statement's verb the question's
act (its event or kin; for a verb made of a noun, "foot the bill", kin holds the act WordNet puts over its first
sense, "pay": `idiom_acts`, read by terms.py), said as what should be done (should, must, ought to, have to, need to,
or "let X V"); its doer a noun naming people or a body, or a name that is not a place, that is neither a word of the
subject nor the subject in WordNet's other words (a synonym, or a kind of it or it a kind of the doer: "ratepayers"
under "taxpayers"). A pronoun is no doer here ("let them pay": nothing resolves it). Read by polarity._word at one
place. Pinned by tests/judge/test_stance_rival_doer.py (and test_stance_order.py's idiom of paying).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .terms import GENERIC, Terms
from .wordnet import NOUN_GROUP, NOUN_PERSON

Token = Any  # spaCy Token or parsed.ParsedToken

# Modals that say what should be done ("the owners should pay"; "must", "ought to", "have to" by its xcomp).
OBLIGING = frozenset({"should", "must", "ought", "shall"})
# Verbs whose infinitive is what must be done ("the club has to pay", "the owners need to pay").
NEEDING = frozenset({"have", "need", "ought"})
# Proper names that may be a doer (an insurer, a firm, a person), not a place ("Varrow should pay" is the town's body).
NAMED = frozenset({"ORG", "PERSON", "NORP"})


def rival_doer(tok: Token, terms: Terms) -> Token | None:
    """The doer of the question's act said as what should be done, when it is another party than the question's
    subject ("the owners should pay" under "Should taxpayers foot the bill?"); None otherwise."""
    if tok.pos_ != "VERB" or not terms.subject_words or terms.subject_is_person or terms.privative:
        return None
    lemma = tok.lemma_.lower()
    if lemma not in terms.event | terms.kin:
        return None
    if not _obliged(tok):
        return None
    doer = _doer(tok)
    if doer is None or not _agent_word(doer):
        return None
    subject = _subject_heads(terms.subject_words)
    if not subject:
        return None
    own = _own_words(doer)
    words = {t.lower_ for t in own} | {t.lemma_.lower() for t in own}
    if words & (terms.subject_words | terms.participants) or _same_party(doer.lemma_.lower(), subject):
        return None
    return doer


def _own_words(doer: Token) -> list[Token]:
    """The doer's words without a party it sets aside ("the owners, not ratepayers": "ratepayers" is not the doer)."""
    out, stack = [], [doer]
    while stack:
        node = stack.pop()
        out.append(node)
        denied = any(c.dep_ == "neg" for c in node.children)  # "the owners, not ratepayers": the parse hangs "not" on owners
        stack.extend(c for c in node.children if c.dep_ != "neg" and not (
            c.dep_ in {"appos", "conj"} and (denied or any(g.dep_ == "neg" for g in c.children))))
    return out


def _obliged(tok: Token) -> bool:
    """Said as what should be done: a modal of obligation on the verb ("should pay", "should be paying"), "have to" /
    "need to" above it, or "let X V"."""
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in OBLIGING for c in tok.children):
        return True
    head = tok.head
    if head.i == tok.i:
        return False
    if tok.dep_ == "xcomp" and head.lemma_.lower() in NEEDING:
        return True
    return tok.dep_ in {"ccomp", "xcomp"} and head.lemma_.lower() == "let" and not any(
        c.dep_ == "nsubj" for c in head.children)  # "let the insurer pay"; not "the council let them pay"


def _doer(tok: Token) -> Token | None:
    """The verb's doer: its subject, the agent of its passive, or the subject of "have to" / "need to" above it."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children):
        return next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in NEEDING:
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subject


def _agent_word(doer: Token) -> bool:
    """A noun naming people or a body in its most frequent WordNet sense ("owners", "the insurer", "the club"), or a
    name of an organisation or a person; not a pronoun, a place or a thing ("public money", "the city")."""
    if doer.pos_ == "PROPN":
        return doer.ent_type_ in NAMED or not doer.ent_type_  # (the tagger often gives a firm's name no type)
    return doer.pos_ == "NOUN" and _lexfile(doer.lemma_.lower()) in {NOUN_GROUP, NOUN_PERSON}


@lru_cache(maxsize=4096)
def _lexfile(word: str) -> int | None:
    from .wordnet import wordnet

    try:
        return wordnet().lexfile(word, "noun")
    except OSError:
        return None


@lru_cache(maxsize=64)
def _subject_heads(subject_words: frozenset[str]) -> frozenset[str]:
    """The subject's nouns naming people or a body, singular ("taxpayer" of "taxpayers"); empty when it names none
    (a thing, a place, a name: the rule does not read those questions)."""
    from .wordnet import wordnet

    out = set()
    for word in subject_words:
        for base in {word, *wordnet().base_forms(word, "noun"), word[:-1] if word.endswith("s") else word}:
            if _lexfile(base) in {NOUN_GROUP, NOUN_PERSON}:
                out.add(base)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _same_party(doer: str, subject: frozenset[str]) -> bool:
    """The doer is the subject in WordNet's other words: a synonym, or a kind of it, or it a kind of the doer, within
    two steps ("ratepayer" is a kind of "taxpayer")."""
    from .wordnet import wordnet

    wn = wordnet()
    if doer in subject:
        return True
    try:
        near = wn.synonyms(doer, "n", senses=2) | wn.hypernyms(doer, "n", senses=2, depth=2)
        return bool(near & subject) or any(
            doer in wn.synonyms(s, "n", senses=2) | wn.hypernyms(s, "n", senses=2, depth=2) for s in subject)
    except OSError:
        return True


@lru_cache(maxsize=64)
def idiom_acts(predicate: str) -> frozenset[str]:
    """A verb made of a noun says its act in an idiom ("foot the bill"): the act WordNet puts over the verb's first
    sense ("pay"), for a predicate whose noun English uses more than twice as often as the verb (SemCor's tagged
    senses); not a general verb ("make"). Read by terms.py into Terms.kin."""
    from .wordnet import wordnet

    wn = wordnet()
    if not predicate or " " in predicate:
        return frozenset()
    try:
        if wn.tagged_senses(predicate, "n") <= 2 * max(wn.tagged_senses(predicate, "v"), 1):
            return frozenset()
        out = wn.hypernyms(predicate, "verb", senses=1, depth=1)  # the words of the first sense's hypernym
    except OSError:
        return frozenset()
    return frozenset(w for w in out if " " not in w) - {predicate} - GENERIC  # ("cause" -> "make": too general)
