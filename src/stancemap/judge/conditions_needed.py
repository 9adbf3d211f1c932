"""What a thing cannot go on without (issue 9, session 36): "Without a loan from the state, the mill cannot continue past
the summer", "The old pier will not last another winter without new piles", "Our boats cannot survive a season without
the northern grounds". A negated verb of lasting with "without X" says X is what the thing needs to go on: an argument
for X (or for the act that brings it), told as a fact of need, not a term the speaker's side is held on. Read by
conditions._without (a fronted "without X") and conditions_only.only_with (one after the negated verb).

A question whose own act is the lasting ("Will the coalition survive the winter?") keeps it: "the coalition will not
survive without the farmers' votes" is its forecast held on X. A side refused without X ("will not back it without a
guarantee") is another verb and stays a condition, and so do "cannot cope" and "cannot stand in its present form",
which judge a thing's fitness rather than its going on. Pinned by tests/judge/test_conditions_needed.py.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of a thing going on existing or working (WordNet's verb.stative holds far more, "be", "equal", "lack": a list).
LASTING = frozenset({"survive", "last", "continue", "exist", "endure", "persist"})


def needed_to_last(verb: Token, event: frozenset[str] = frozenset()) -> bool:
    """`verb`, on which a "without X" hangs or before which it is fronted, is a negated verb of lasting (LASTING; not
    the question's own act, `event`): X is what the thing needs to go on, no condition."""
    lemma = verb.lemma_.lower()
    if lemma not in LASTING or lemma in event or verb.lower_ in event:
        return False
    return any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in verb.children)
