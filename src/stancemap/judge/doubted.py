"""A doubt declared with the idiom "I'll believe it when ..." ("We'll believe it when we see it"): the speaker does
not expect the thing talked of to happen (issue 9, session 32).

"We'll believe it when the diggers arrive", "I will believe that when the cheque clears", "I won't
believe it until I see the contract": the clause of time names the proof the speaker waits for, and says that they do not
believe it now. It is no condition of a side: read as a doubt of the thing talked of, against it (DEVELOP's golds accept
oppose on six of the eight such statements, and call none of them only conditional). Pinned by
tests/judge/test_doubted.py.
"""

from __future__ import annotations

from .kin import Token

# The speaker's own subjects (a report's "he", "she" may be the speaker too: "she would believe it when ...").
BELIEVERS = frozenset({"i", "we", "he", "she", "they"})
# The future (or a hypothetical) of "believe", "'ll" written with a straight or a curly apostrophe.
FUTURE = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})
# What is believed: the thing talked of, pointed back to.
POINTING = frozenset({"it", "that", "this"})


def believed_when_seen(tokens: list[Token]) -> Token | None:
    """The verb "believe" of "I'll believe it when X" (or "won't believe it until X") among the statement's words: a
    future of a believer, its object "it"/"that", with a when-clause under it (or an until-clause when it is denied);
    None when there is none. Not "I believe it will pass when the vote comes" (no future of "believe"), not "we
    believed it when they told us" (the past)."""
    for tok in tokens:
        if tok.lemma_.lower() != "believe" or tok.pos_ != "VERB":
            continue
        children = list(tok.children)
        if not any(c.dep_ == "aux" and c.lower_.replace("\u2019", "'") in FUTURE for c in children):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in BELIEVERS for c in children):
            continue
        if not any(c.dep_ in {"dobj", "mark"} and c.lower_ in POINTING for c in children):
            continue  # ("I'll believe that when ...": "that" read as a marker)
        denied = any(c.dep_ == "neg" for c in children)
        marks = {g.lower_ for c in children if c.dep_ in {"advcl", "prep"} for g in [c, *c.children]
                 if g.dep_ in {"mark", "prep", "advmod"} or g is c}
        if ("until" in marks or "till" in marks) if denied else "when" in marks:
            return tok
    return None
