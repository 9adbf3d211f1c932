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

# Verbs of going on with a course ("keep asking", "go on closing", "carry on paying", "continue to pay"; one set with
# conditions_timed.refusal_held's, "will carry on fighting it as long as ...").
GOING_ON = frozenset({"keep", "continue", "go", "carry"})
# Those that go on only with their particle: "cannot go ahead while ...", "cannot carry the costs while ..." say what
# would change a side, a condition (tests/judge/test_conditions_timed.py::test_a_refusal_while_stays).
WITH_ON = frozenset({"go", "carry"})
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
    if verb.dep_ == "xcomp" and goes_on(verb.head):
        verb = verb.head  # "keep asking ... while ...", the clause hung on "asking"
    if not goes_on(verb):
        return False
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in ABILITY for c in verb.children)


def goes_on(verb: Token) -> bool:
    """A verb of going on with a course: "keep", "continue", and "go"/"carry" with their "on"."""
    lemma = verb.lemma_.lower()
    return lemma in GOING_ON and (lemma not in WITH_ON or any(
        c.dep_ == "prt" and c.lower_ == "on" for c in verb.children))
