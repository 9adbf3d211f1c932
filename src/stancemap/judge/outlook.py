"""How likely the act is said to be, in an adjective: "a halt remains unlikely" (-), "the reform is long
overdue" (+), "approval looks certain" (+). A prediction takes a side as a verb of predicting does
("expects approval", polarity.py); an act called overdue is one the speaker wants.

Read only when the adjective is said of the proposition's event or thing (its subject, the noun it
modifies, or "it"/"this" standing for them), and flipped by a negation ("not inevitable").
Pinned by tests/judge/test_outlook.py.
"""

from __future__ import annotations

from typing import Any

from .terms import Terms

Token = Any  # spaCy Token or parsed.ParsedToken

# General English adjectives of likelihood and of lateness (an act late in coming is wanted).
LIKELY = frozenset({"likely", "certain", "inevitable", "imminent", "assured", "overdue", "probable", "unstoppable"})
UNLIKELY = frozenset({"unlikely", "improbable", "doubtful", "impossible", "inconceivable"})
STANDING = frozenset({"it", "this"})


def outlook(tok: Token, terms: Terms, negated: bool) -> int:
    """+1 / -1 when the adjective says the act is likely (or overdue) / unlikely, 0 otherwise."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "ADJ" or lemma not in _LIKELIHOOD:
        return 0
    if any(c.dep_ in {"ccomp", "xcomp"} for c in tok.children):
        return 0  # "it is unlikely that the board will approve": the clause's own verb is read
    named = terms.event | terms.things | terms.anchors
    if tok.dep_ == "amod":
        said_of = [tok.head]
    elif tok.dep_ in {"acomp", "oprd", "ROOT", "ccomp", "conj"}:
        verb = tok.head if tok.dep_ in {"acomp", "oprd"} else tok
        said_of = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} or (
            tok.dep_ == "oprd" and c.dep_ == "dobj")]  # "called it long overdue"
    else:
        return 0
    said_of = [s for s in said_of if s.lemma_.lower() in named or s.lower_ in named or s.lower_ in STANDING]
    if not said_of:
        return 0
    if any(_someone_elses(s, terms) for s in said_of):
        return 0  # "Ferriby's victory was certain" under "Will Brask win?": another's act, not the question's
    sign = 1 if lemma in LIKELY else -1
    return -sign if negated else sign


def _someone_elses(noun: Token, terms: Terms) -> bool:
    """The noun's act is a named non-participant's: a possessor, compound or apposition that is a proper
    name not among the question's participants ("Ferriby's victory", "the Ferriby win")."""
    ours = terms.participants | terms.subject_words | terms.anchors
    return any(c.dep_ in {"poss", "compound", "appos"} and c.pos_ == "PROPN"
               and not any(t.lower_ in ours for t in c.subtree) for c in noun.children)


# Unions the functions above test words against, built once (a union in a loop is rebuilt at every token).
_LIKELIHOOD = LIKELY | UNLIKELY
