"""How likely the act is said to be, in an adjective: "a halt remains unlikely" (-), "the reform is long
overdue" (+), "approval looks certain" (+). A prediction takes a side as a verb of predicting does
("expects approval", polarity.py); an act called overdue is one the speaker wants. The same said in a noun ("a
walkout is a real possibility" (+), "only a remote possibility" (-): `possibility`), in an adjective on the noun the act
is said to be ("the most probable outcome"), and a forecast that the act will never come ("a walkout that will
never come" (-): `never_coming`).

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
    # (not "regards membership as inevitable": read so, examples/ lost a neutral statement, BASE 228 -> 227)
    if tok.dep_ == "amod" and tok.head.dep_ in {"attr", "oprd"} and not any(
            c.dep_ in {"acl", "ccomp"} for c in tok.head.children):  # ("the likely outcome that they reject it": the clause)
        # "a walkout is the most probable outcome": said of the copula's subject, through the noun it is called
        # (tests/judge/test_outlook.py::test_likelihood_said_in_a_noun)
        said_of = [tok.head, *(c for c in tok.head.head.children if c.dep_ in {"nsubj", "nsubjpass"})]
    elif tok.dep_ == "amod":
        said_of = [tok.head]
    elif tok.dep_ in {"acomp", "oprd", "ROOT", "ccomp", "conj"}:
        verb = tok.head if tok.dep_ in {"acomp", "oprd"} else tok
        said_of = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} or (
            tok.dep_ == "oprd" and c.dep_ == "dobj")]  # "called it long overdue"
    else:
        return 0
    return _said_of_ours(said_of, terms, 1 if lemma in LIKELY else -1, negated)


def _said_of_ours(said_of: list[Token], terms: Terms, sign: int, negated: bool) -> int:
    """`sign` (turned by a negation) when the likelihood is said of the question's event or thing and of no one else's
    act, 0 otherwise (`outlook`'s adjectives and `possibility`'s nouns)."""
    named = terms.event | terms.things | terms.anchors
    said_of = [s for s in said_of if s.lemma_.lower() in named or s.lower_ in named or s.lower_ in STANDING]
    if not said_of or any(_someone_elses(s, terms) for s in said_of):
        return 0  # "Ferriby's victory was certain" under "Will Brask win?": another's act, not the question's
    return -sign if negated else sign


# General English nouns of likelihood ("a real possibility", "a certainty"), and the adjectives that make one small ("a
# remote possibility": the speaker expects it not to happen).
POSSIBLE = frozenset({"possibility", "probability", "likelihood", "certainty", "inevitability", "prospect"})
FAINT = frozenset({"remote", "slim", "slight", "faint", "distant", "small", "outside", "low", "little", "scant"})


def possibility(tok: Token, terms: Terms, negated: bool) -> int:
    """+1 when the act is called a possibility, a certainty or a prospect ("a walkout this month is a real possibility",
    "there is a real prospect of a strike"), -1 when a small one ("only a remote possibility") or when negated ("not a
    real possibility"), 0 otherwise (session 42; tests/judge/test_outlook.py::test_likelihood_said_in_a_noun)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in POSSIBLE or tok.dep_ not in {"attr", "oprd"}:
        return 0
    if any(c.dep_ in {"acl", "ccomp"} for c in tok.children):
        return 0  # "a real possibility that the board would reject it": the clause's own verb is read (the review)
    verb = tok.head
    if any(c.dep_ == "expl" for c in verb.children):
        said_of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ in {"pobj", "pcomp"}]  # "there is a real possibility of a walkout"
    else:
        said_of = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "oprd" and c.dep_ == "dobj")]
    faint = any(c.dep_ == "amod" and c.lemma_.lower() in FAINT for c in tok.children)
    return _said_of_ours(said_of, terms, -1 if faint else 1, negated)


# Verbs of an event's coming about ("a walkout that will never come", "a merger that may never happen").
COMING = frozenset({"come", "happen", "occur", "materialise", "materialize", "arrive"})
FUTURE = frozenset({"will", "would", "'ll", "wo", "may", "might", "could", "can", "ca", "shall"})


def never_coming(tok: Token, terms: Terms) -> bool:
    """The act's noun said, in a relative clause, not to be going to come about ("to plan for a walkout that will
    most likely never come"): a forecast against it. A past one ("the strike that never came") tells of another
    (session 42; tests/judge/test_outlook.py::test_an_act_that_will_never_come)."""
    if tok.dep_ != "relcl" or tok.lemma_.lower() not in COMING or tok.head.pos_ != "NOUN" or (
            tok.head.lemma_.lower() not in terms.event):
        return False
    # "never", not any negation: "a walkout that could not come soon enough" wants it (the review, session 42)
    return any(c.lower_ == "never" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_.replace("’", "'") in FUTURE for c in tok.children)


def _someone_elses(noun: Token, terms: Terms) -> bool:
    """The noun's act is a named non-participant's: a possessor, compound or apposition that is a proper
    name not among the question's participants ("Ferriby's victory", "the Ferriby win")."""
    ours = terms.participants | terms.subject_words | terms.anchors
    return any(c.dep_ in {"poss", "compound", "appos"} and c.pos_ == "PROPN"
               and not any(t.lower_ in ours for t in c.subtree) for c in noun.children)


# Unions the functions above test words against, built once (a union in a loop is rebuilt at every token).
_LIKELIHOOD = LIKELY | UNLIKELY
