"""A question that asks whether its subject is in a bad state, said with a passive participle and no doer (issue 9,
session 45): "Is the well water at the farm contaminated?", "Was the ballot rigged?". The question's parse reads a
passive act ("contaminate", "rig"), so evaluative.negative_property, which reads a copula's complement, did not see the
judgement: "the water is clean", "the well is safe" read as support. The state is bad when VADER scores the participle
at or under evaluative.BAD_PROPERTY, or, when VADER does not score it, a word of its first two WordNet senses does
("contaminated" -> "polluted" -2.0). A good word said of the question's thing by a copula then answers no ("the water
is clean", "the well is safe"), a bad one yes, so stance.py turns the evaluative words' side where they are said so
(`predicated`); not every evaluative word, as under negative_property: turned wholesale, a bad state's statements lost
more than they gained (words said of other things, or of none; q_rigged 48 -> 37 of 73 in session 45).
Pinned by tests/judge/test_proposition_opened45.py::test_a_bad_state_said_in_the_passive.
"""

from __future__ import annotations

import re
from typing import Any

from .evaluative import BAD_PROPERTY, IGNORED, lexicon
from .negation import negated
from .terms import Terms

# "Is the well water contaminated?", "Was the bicycle stolen?": a copula opens the question (no modal, no "will be"
# of an act to come).
COPULA_OPENING = re.compile(r"^\s*(?:is|are|was|were|isn't|aren't|wasn't|weren't)\b", re.I)
WORD = re.compile(r"[a-z][\w'-]*")


def bad_state(predicate: str, question: str) -> bool:
    """The question opens with a copula and ends its main clause on the participle of its passive predicate, with no
    doer after it ("by ..."), and that participle, as an adjective, is bad (the module's docstring)."""
    if not predicate or len(predicate.split()) > 2 or not COPULA_OPENING.match(question):
        return False
    verb = predicate.split()[0]  # ("tamper with": its verb)
    words = WORD.findall(question.lower())
    # the participle by its verb ("stolen" of "steal", "worried" of "worry"; tests/judge/test_judge_review45.py::
    # test_a_bad_state_read_by_its_participle)
    at = next((k for k in range(len(words) - 1, 0, -1) if words[k] != verb and verb in _verb_bases(words[k])), None)
    if at is None or any(w == "by" and not _time_after(words[k + 1:]) for k, w in enumerate(words[at + 1:], at + 1)):
        return False  # a doer named ("by the plant"), not a time ("by now", "by the end of June")
    return valence_of(words[at]) <= BAD_PROPERTY


def _verb_bases(word: str) -> set[str]:
    """The verbs a past participle may be of, as WordNet's morphy reads them: its exception list ("stolen" -> "steal"),
    then the regular endings ("worried" -> "worry", "rigged" -> "rig", "contaminated" -> "contaminate")."""
    from .wordnet import wordnet

    out = set(wordnet().base_forms(word, "v"))
    if word.endswith("ied"):
        out.add(word[:-3] + "y")
    if word.endswith(("ed", "en")):
        out |= {word[:-2], word[:-1]}
        if len(word) > 4 and word[-3] == word[-4]:
            out.add(word[:-3])  # "rigged"
    return out


# Determiners and words of a time's position before its noun ("by the end of June", "by next spring").
TIME_LEADS = frozenset({"the", "a", "an", "this", "that", "next", "last", "early", "late", "mid"})
NOUN_TIME = 28  # WordNet's lexicographer file noun.time


def _time_after(words: list[str]) -> bool:
    """The words after "by" name a time ("now", "then", "June", "the end of the year", "2026"), not a doer."""
    from .wordnet import wordnet

    head = next((w for w in words if w not in TIME_LEADS), "")
    return head.isdigit() or NOUN_TIME in wordnet().lexfiles(head, "n", senses=2)


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
        subject = copula_subject(tok) if tok.pos_ == "ADJ" else None
        if subject is None or subject.i not in kept or (subject.lemma_.lower() not in ours and subject.lower_ not in ours) or any(
                c.dep_ == "det" and c.lower_ in GENERIC for c in subject.children):
            continue  # (not a kind generalised: "no election is perfect")
        value = valence.get(tok.lower_, 0.0) if tok.lower_ not in IGNORED else 0.0
        total += -value if negated(tok) else value
    return (total > 0) - (total < 0)


def copula_subject(tok: Any) -> Any:
    """The subject of the copula the adjective is the complement of (through a list: "safe and properly cleaned"), or
    None ("the water is clean" -> "water"). Read by `predicated` and fault.said_of_act."""
    adjective = tok
    while adjective.dep_ == "conj" and adjective.head.i != adjective.i:  # "safe and properly cleaned"
        adjective = adjective.head
    verb = adjective.head
    if adjective.dep_ not in {"acomp", "attr"} or verb.lemma_.lower() not in COPULAS:
        return None
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
