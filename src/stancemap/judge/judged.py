"""An act toward the proposition named as the subject of a judgement: "rejecting the offer would be a
mistake" supports accepting it, "blocking the merger would be a disaster" supports approving it,
"passing the bill would be reckless" opposes passing it. The act's own sign (its stance word, or the
proposition's event) times the sign of what is said of it: a double negation read compositionally
(Moilanen & Pulman 2007), as judge/privative.py reads one for privative predicates (which it leaves
to that module). Pinned by tests/judge/test_stance_own_words.py.
"""

from __future__ import annotations

from typing import Any

from .kin import PERSONS, STANDING
from .terms import Terms

Token = Any  # spaCy Token or parsed.ParsedToken

# Relations of a verb that is the subject of its clause: "Rejecting the offer would be ...", "To reject it is ...".
SUBJECTS = frozenset({"csubj", "csubjpass", "nsubj", "nsubjpass"})


def subject_act(tokens: list[Token], terms: Terms) -> Token | None:
    """A gerund or infinitive subject of a clause in the statement, aimed at the proposition (its words,
    a participant, or a pronoun that may stand for them, in its phrase)."""
    kept = {t.i for t in tokens}
    ours = terms.topic | terms.participants
    for tok in tokens:
        if tok.pos_ != "VERB" or tok.dep_ not in SUBJECTS or tok.tag_ not in {"VBG", "VB"} or tok.head.i not in kept:
            continue
        if any(t.lower_ in ours or t.lemma_.lower() in ours or (t.pos_ == "PRON" and t.lower_ in STANDING | PERSONS)
               for t in tok.subtree):
            return tok
    return None


def judged(tokens: list[Token], evidence: list[str], terms: Terms) -> int | None:
    """The signed stance of a statement that judges an act toward the proposition, noted in `evidence`;
    None when it has no such act, or the act or the judgement takes no side (the usual rules then read it)."""
    if terms.privative:
        return None
    act = subject_act(tokens, terms)
    if act is None:
        return None
    from .evaluative import evaluate
    from .polarity import polarity, word_sign

    sign = word_sign(act, terms)
    if sign == 0:
        return None
    inside = {t.i for t in act.subtree}
    rest = [t for t in tokens if t.i not in inside]
    said: list[str] = []
    judgement = polarity(rest, said, terms) or evaluate(rest, said, terms, anywhere=True)
    if judgement == 0:
        return None
    score = 1 if (sign > 0) == (judgement > 0) else -1
    evidence.append(f"{'+' if score > 0 else '-'}{act.text} judged {'well' if judgement > 0 else 'badly'}: "
                    + ", ".join(e.lstrip("+-") for e in said[:3]))
    return score
