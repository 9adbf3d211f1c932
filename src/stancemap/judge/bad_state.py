"""A question that asks whether its subject is in a bad state, said with a passive participle and no doer (issue 9,
session 45): "Is the well water at the farm contaminated?", "Was the ballot rigged?". The question's parse reads a
passive act ("contaminate", "rig"), so evaluative.negative_property, which reads a copula's complement, did not see the
judgement: "the water is clean", "the well is safe" read as support. The state is bad when VADER scores the participle
at or under evaluative.BAD_PROPERTY, or, when VADER does not score it, a word of its first two WordNet senses does
("contaminated" -> "polluted" -2.0). A good word said of the question's thing by a copula then answers no ("the water
is clean", "the well is safe"), a bad one yes, so stance.py turns the evaluative words' side where they are said so
(`predicated`); not every evaluative word, as under negative_property: turned wholesale, a bad state's statements lost
more than they gained ("nothing about fraud", "screening values"; q_rigged 48 -> 37 of 73 in session 45).
Pinned by tests/judge/test_proposition_opened45.py::test_a_bad_state_said_in_the_passive.
"""

from __future__ import annotations

import re
from typing import Any

from .evaluative import BAD_PROPERTY, IGNORED, lexicon
from .negation import negated
from .terms import Terms

# "Is the well water contaminated?", "Were the ballots tampered with?": a copula opens the question (no modal, no "will be"
# of an act to come).
COPULA_OPENING = re.compile(r"^\s*(?:is|are|was|were|isn't|aren't|wasn't|weren't)\b", re.I)
WORD = re.compile(r"[a-z][\w'-]*")


def bad_state(predicate: str, question: str) -> bool:
    """The question opens with a copula and ends its main clause on the participle of its passive predicate, with no
    doer after it ("by ..."), and that participle, as an adjective, is bad (the module's docstring)."""
    if not predicate or " " in predicate or not COPULA_OPENING.match(question):
        return False
    words = WORD.findall(question.lower())
    stem = predicate[:-1] if predicate.endswith("e") else predicate
    at = next((k for k in range(len(words) - 1, 0, -1) if words[k].startswith(stem) and words[k] != predicate
               and words[k].endswith(("ed", "en"))), None)
    if at is None or "by" in words[at + 1:]:
        return False
    return valence_of(words[at]) <= BAD_PROPERTY


def valence_of(adjective: str) -> float:
    """VADER's valence of the adjective, or, when it scores none, the most negative of the scored words of its first two
    WordNet sense (0.0 when none is scored)."""
    from .wordnet import wordnet

    valence = lexicon()
    if adjective in valence and adjective not in IGNORED:
        return valence[adjective]
    scored = [valence[w] for w in wordnet().synonyms(adjective, "adj", senses=2) if w in valence and w not in IGNORED]
    return min(scored, default=0.0)


# Verbs that say a state of their subject ("the water is clean", "the well remains safe").
COPULAS = frozenset({"be", "remain", "stay", "seem", "look", "prove"})
# Determiners that make a subject a kind generalised, not the question's thing ("no site is perfect").
GENERIC = frozenset({"no", "every", "any", "all", "each"})
NOTE = "the question asks whether its thing is in a bad state: a word said of the thing turned"


def predicated(tokens: list[Any], terms: Terms) -> int:
    """The sign of the valence the statement's adjectives say of the question's thing (or "it") through a copula, a
    negation turning it ("the water is clean": +1; "the well is not safe": -1), 0 when none is said so."""
    valence = lexicon()
    ours = terms.things | terms.anchors | {"it"}
    kept = {t.i for t in tokens}
    total = 0.0
    for tok in tokens:
        adjective = tok
        while adjective.dep_ == "conj" and adjective.head.i != adjective.i:  # "safe and properly cleaned"
            adjective = adjective.head
        verb = adjective.head
        if tok.pos_ != "ADJ" or adjective.dep_ not in {"acomp", "attr"} or verb.lemma_.lower() not in COPULAS:
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i in kept), None)
        if subject is None or (subject.lemma_.lower() not in ours and subject.lower_ not in ours) or any(
                c.dep_ == "det" and c.lower_ in GENERIC for c in subject.children):
            continue  # (not a kind generalised: "no election is perfect")
        value = valence.get(tok.lower_, 0.0) if tok.lower_ not in IGNORED else 0.0
        total += -value if negated(tok) else value
    return (total > 0) - (total < 0)
