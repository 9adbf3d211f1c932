"""An "if" that asks, "whether": "Nobody asked us if we wanted a library", "we will see if it works", "it is not clear
if it will pass". Its clause is a question put, no condition (conditions.py) and no side asserted (polarity.py,
`_only_asked`). Issue 9, session 34; pinned by tests/judge/test_conditions_said.py."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs and adjectives whose clause with "if" is a question put, "whether" ("asked us if we wanted it", "wonders if",
# "will see if it works", "not sure if"): no condition.
CERTAINTY = frozenset({"sure", "unsure", "unclear", "clear", "certain", "uncertain"})
WHETHER_HEADS = frozenset({"ask", "wonder", "know", "see", "check", "decide", "doubt", "question", "inquire", "enquire",
                           "determine", "establish", "learn"}) | CERTAINTY
# Verbs of asking whose if-clause the parser may hang as an adverbial clause after their object.
ASKING_WHETHER = frozenset({"ask", "wonder", "inquire", "enquire", "check"})


def asks_whether(marker: Token, clause: Token) -> bool:
    """An if-clause that is the object of a verb of asking or knowing, or of an adjective of certainty, after it
    ("Nobody asked us if we wanted a library", "we will see if the trial works", "I am not sure if it will pass"): an
    indirect question, "whether", not a condition (session 34; tests/judge/test_conditions_said.py::
    test_an_if_of_asking_is_whether)."""
    head = clause.head
    doc = marker.doc
    if marker.dep_ != "mark" or head.i > marker.i or (marker.i > 0 and doc[marker.i - 1].lower_ in {"only", "even"}):
        return False
    asking = head.lemma_.lower() in ASKING_WHETHER
    objects = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
    uncertain = head.lower_ in CERTAINTY or (head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ in CERTAINTY for c in head.children))  # "it is not clear if ...", "not sure if"
    if clause.dep_ == "advcl":
        # "asked her group if it wanted it": the clause hung on the verb right after its object (not "would ask the
        # state for a grant only if ...", a request on a condition)
        return uncertain or (asking and any(o.right_edge.i + 1 == marker.i for o in objects))
    if clause.dep_ not in {"ccomp", "dobj"} or not (asking or not objects):
        return False  # (not "will see the council in court if it does")
    return uncertain or head.lemma_.lower() in WHETHER_HEADS or head.lower_ in WHETHER_HEADS

