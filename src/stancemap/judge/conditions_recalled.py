"""A condition the speaker recalls setting and then says is met (issue 9, session 39): "In May I promised my
support on condition that the audit came first. It did, so I will support the levy tonight." The condition is told as the
speaker's own earlier pledge (a first-person verb of saying or promising in the past governs it) and the same
statement goes on to take the side now, in the first person ("we will back it tonight", "I can support it"): the condition is
listed, of the kind MET_SINCE, and not weighed, as "now that" (judge/article.py). A pledge recalled and left there
("In May I promised my support only if X.") stays a condition. Pinned by
tests/judge/test_conditions_recalled.py."""

from __future__ import annotations

from spacy.tokens import Span, Token

# The kind of a condition recalled and then said met: listed, not weighed (judge/article.py, carry.py).
MET_SINCE = "met since"
# Verbs with which a speaker recalls a pledge ("I promised my support ...", "our group told you it would ...").
PLEDGING = frozenset({"say", "promise", "pledge", "tell", "vow", "announce"})
FIRST_PERSON = frozenset({"i", "we"})
# What says the side is taken now, after the recall: "we will back it tonight", "I can support it" (not "we may").
NOW = frozenset({"will", "'ll", "\u2019ll", "can", "shall"})


def _first_person(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in FIRST_PERSON for c in verb.children)


def _negated_here(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in verb.children)


def recalled(span: Span) -> bool:
    """The condition's clause hangs, through the verbs above it, on a first-person verb of pledging said in the past
    ("In May I promised my support on condition that ...", "our group told you it would back the levy once ...")."""
    verb = span.root.head
    for _ in range(6):
        if verb.lemma_.lower() in PLEDGING and verb.tag_ == "VBD" and _first_person(verb) and not _negated_here(verb):
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def taken_now(sentences: list[Span]) -> bool:
    """A later sentence of the statement takes a side now in the first person, unnegated, with "will" or "can" ("It
    did, so we will back the levy tonight.", "I can support the bill now."): what the pledge waited on has come."""
    for sent in sentences:
        for verb in sent:
            if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"ROOT", "conj", "ccomp"} or not _first_person(verb):
                continue
            if _negated_here(verb):
                continue
            if any(c.dep_ == "aux" and c.lower_ in NOW for c in verb.children):
                return True
    return False
