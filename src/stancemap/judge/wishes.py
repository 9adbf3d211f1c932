"""An if-clause of another party's wish, "If the mayor wants to end the library, ...", "if residents want to know
why ...": what that party would have to do or know, argued, not a term the speaker's side is held on (issue 9, session
35). Read by conditions._clause_conditions and conditions_terms.if_then_must, which list the clause (and the obligation
after it) with the kind conditions.WISHED: shown, not weighed. Pinned by tests/judge/test_conditions_said.py::
test_another_partys_wish_is_no_condition."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of wishing that open such a clause ("if they want", "if she wishes"); not "like" ("if they like it": a term,
# if_idioms.LEAVE's note).
WISHING = frozenset({"want", "wish"})
# Words that make the wish the speaker's own business: a term asked of or offered to the speaker's side ("If they want
# us to sign the lease first", "If the board wants our backing").
OURS = frozenset({"i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves"})


def anothers_wish(marker: Token, clause: Token, event: frozenset[str]) -> bool:
    """`clause` (an if-clause's verb, `marker` its "if") is a wish of a third party, not negated, that names neither the
    speaker's side (OURS) nor the question's act (`event`: "If the council wants the library approved, it should pay" is
    the act on a price) and is not limited ("only if", "even if")."""
    doc = marker.doc
    if marker.lower_ != "if" or (marker.i > 0 and doc[marker.i - 1].lower_ in {"only", "even"}):
        return False
    if clause.lemma_.lower() not in WISHING or clause.i < marker.i or any(c.dep_ == "neg" for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ in OURS | {"you"} for s in subjects):
        return False
    words = list(clause.subtree)
    return not any(t.lower_ in OURS or t.lemma_.lower() in event or t.lower_ in event for t in words)
