"""A vote cast with nothing named as what it is for: "I will be voting yes", "her party's senators
would vote against", "I am urging the crews to vote yes", "we did not vote for this".

In an article about the question such a statement casts its vote on the question, though it names none
of its words (so stance.py, which reads a statement's stance words only when it speaks of the
proposition, leaves it silent and it would take its speaker's stance from elsewhere, or none). A vote
whose object is named ("vote for Oona", "vote against the motion", "vote for a party man") is about that
object and is left to the usual rules; so is a vote already cast ("people voted for him last time") and
"say no to someone" (a refusal of a person, not an answer). Written from the general pattern; session 8
(docs/evaluation.md): pinned by tests/judge/test_ballot.py on invented sentences.
"""

from __future__ import annotations

from typing import Any

from .aim import cast_on_noun
from .judged import extraposed, judging_sign
from .negation import negated
from .votes import vote_sign

Token = Any  # spaCy Token or parsed.ParsedToken

PAST = frozenset({"VBD", "VBN"})
# The words around the vote its evidence shows: "not vote for", "voting yes".
SHOWN = frozenset({"prep", "dobj", "intj", "advmod", "neg", "aux"})


def silent_vote(tokens: list[Token]) -> tuple[int, str] | None:
    """(+1 / -1, the words) for the first vote in `tokens` cast for or against nothing named (no object,
    or a pronoun: "vote against it"); None when there is none."""
    for tok in tokens:
        sign = vote_sign(tok)
        if sign == 0 or tok.tag_ in PAST:
            continue
        if cast_on_noun(tok) is not None:
            continue  # "they want a candidate to vote for": cast on the noun it describes (tests/judge/test_ballot.py)
        preps = [c for c in tok.children if c.dep_ == "prep"]
        if tok.lemma_.lower() == "say" and preps:
            continue  # "say no to the woman who promoted her"
        named = [g for p in preps if p.lower_ in {"for", "against"} for g in p.children if g.dep_ == "pobj"]
        if any(g.pos_ != "PRON" for g in named):
            continue
        answered_no = any(c.lower_ == "no" and c.dep_ != "neg" for c in tok.children)
        if negated(tok) and not (answered_no and not any(c.dep_ == "neg" for c in tok.children)):
            sign = -sign  # "did not vote for this"; "would not vote no" is still a no
        shown = {tok.i} | {c.i for c in tok.children if c.dep_ in SHOWN}
        if (judging := extraposed(tok)) is not None and (weight := judging_sign(judging, [])) != 0:
            # "they'd be crazy to vote no", "it would be madness to vote no": the vote is judged, and the judgement's
            # sign turns it (session 38; tests/judge/test_ballot.py)
            sign *= weight
            shown.add(judging.i)
        return sign, " ".join(t.text for t in tokens if t.i in shown)
    return None
