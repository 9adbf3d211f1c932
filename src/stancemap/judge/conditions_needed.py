"""What a thing cannot go on without (issue 9, session 36): "Without a loan from the state, the mill cannot continue past
the summer", "The old pier will not last another winter without new piles", "Our trawlers cannot survive a year without
the eastern banks". A negated verb of lasting with "without X" says X is what the thing needs to go on: an argument
for X (or for the act that brings it), told as a fact of need, not a term the speaker's side is held on. Read by
conditions._without (a fronted "without X") and conditions_only.only_with (one after the negated verb).

A question whose own act is the lasting ("Will the coalition survive the winter?") keeps it: "the coalition will not
survive without the farmers' votes" is its forecast held on X; so does an X that names the question's act or thing
(what is lost without it: the stance reads it, conditions_timed.without_the_act), though not one that names only who
does the act ("without a loan from the state" under "Will the state rescue the mill?"). A side refused without X
("will not back it without a guarantee") is another verb and stays a condition, and so do "cannot cope" and "cannot
stand in its current shape", which judge a thing's fitness rather than its going on. Pinned by
tests/judge/test_conditions_needed.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from .negation_forms import denied_here

# Verbs of a thing going on existing or working (WordNet's verb.stative holds far more, "be", "equal", "lack": a list).
LASTING = frozenset({"survive", "last", "continue", "exist", "endure", "persist"})


def needed_to_last(verb: Token, without: Token, named: frozenset[str] = frozenset()) -> bool:
    """`verb`, on which the phrase of `without` hangs or before which it is fronted, is a negated verb of lasting
    (LASTING): X is what the thing needs to go on, no condition. Not when the verb or X names the question's act or
    thing (`named`, without the words of its subject): the question's own lasting is its forecast held on X, and what
    is lost without the question's own thing ("Without the ferries the cafes would never have survived", under a
    question of banning ferries) is read by the stance from the condition (conditions_timed.without_the_act)."""
    lemma = verb.lemma_.lower()
    if not named:
        return False  # (no question's words to tell X from its own thing: kept, as before)
    if lemma not in LASTING or lemma in named or verb.lower_ in named or any(
            t.lemma_.lower() in named or t.lower_ in named for t in without.subtree):
        return False
    return denied_here(verb)
