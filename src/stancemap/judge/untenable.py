"""A course called untenable while something else goes on (issue 9, session 38): "We cannot keep asking the porters to
carry the losses while we pay far too much for agency cover", "The borough could not keep sending away builders while its
young families moved out". "cannot/could not keep (on) V-ing" denies that a course can go on; the while-clause is the
state of things set against it, an argument, not a term a side is held on. Read by conditions._clause_conditions,
which lists no condition for it; the statement keeps the side its words say. "We will not back the plan while the
fees stand" (a refusal held while a state lasts) and "We cannot back it while the fees stand" (no "keep": what would
change the refusal) stay conditions. Pinned by tests/judge/test_conditions_timed.py::test_an_untenable_course_while
(its guards: test_a_refusal_while_stays).
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of going on with a course ("keep asking", "go on closing", "continue to pay").
GOING_ON = frozenset({"keep", "continue", "go"})
# Modals of what can be done: their denial says the course cannot last.
ABILITY = frozenset({"can", "ca", "could"})


def untenable_while(marker: Token, clause: Token) -> bool:
    """The while-clause (`marker` "while", its verb `clause`) hangs on a course said not to be able to go on
    ("cannot keep V-ing", "could not go on V-ing", "cannot continue to V"), directly or through the course's own verb."""
    if marker.lower_ != "while":
        return False
    verb = clause.head
    if verb.i == clause.i:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in GOING_ON:
        verb = verb.head  # "keep asking ... while ...", the clause hung on "asking"
    if verb.lemma_.lower() not in GOING_ON:
        return False
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in ABILITY for c in verb.children)
