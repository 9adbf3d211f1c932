"""An if-clause whose coming true the speaker then affirms or doubts in an aside (issue 9, session 36): "If this
spreads, and I think it will, ...", "if it goes ahead, as I expect it to, ...", "if they sign, which I doubt, ...".

The aside turns the supposition into the speaker's own prediction: the clause is no condition but a side, taken
with the clause's sign when affirmed and against it when doubted or denied ("and I don't think it will"). The aside
is a verb of believing whose own complement is elided ("it will", "it to", "so") or a "which" it governs, set
after the if-clause's verb. if_idioms.idle names it; stance.py counts the clause. Pinned by
tests/judge/test_if_predicted.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Verbs (and adjectives after "be") of holding something likely: the aside affirms the clause.
BELIEVING = frozenset({"think", "expect", "believe", "suspect", "reckon", "predict", "bet", "guess", "assume",
                       "anticipate", "imagine", "sure", "confident", "certain"})
# Verbs of holding it unlikely: the aside doubts the clause.
DOUBTING = frozenset({"doubt"})
# What stands for the elided clause: "it will", "they would", "it to", "so", "which".
ELIDED_HEADS = frozenset({"will", "would", "'ll", "to", "do", "does", "did", "is", "are", "so", "shall", "can"})
# How far past the if-clause's end the aside may stand ("If X, as I expect it to, Y": the parser may end the
# condition before it).
REACH = 8


def aside(span: Span) -> tuple[int, set[int]] | None:
    """(+1 affirmed or -1 doubted, the aside's token indices) of the if-clause `span`, or None."""
    doc = span.doc
    verb = span.root
    sentence_end = verb.sent.end
    for tok in doc[verb.i + 1:min(span.end + REACH, sentence_end)]:
        lemma = tok.lemma_.lower()
        if lemma not in BELIEVING | DOUBTING or not _attached(tok, verb):
            continue
        if not (_elided_complement(tok) or (lemma in DOUBTING and _pointed_back(tok))):
            continue
        negated = any(c.dep_ == "neg" for c in tok.children) or any(
            c.dep_ == "neg" for c in tok.head.children if tok.pos_ == "ADJ")
        sign = -1 if (lemma in DOUBTING) != negated else 1
        left = min(t.i for t in tok.subtree)
        # the aside's words and the "and"/"as" before it: no stance of their own ("doubt" is no refusal)
        start = left - 1 if left > 0 and doc[left - 1].lower_ in {"and", "as", "but"} else left
        return sign, set(range(start, max(t.i for t in tok.subtree) + 1)) | {tok.i}
    return None


def _attached(tok: Token, verb: Token) -> bool:
    """The aside hangs on the if-clause (its verb or a word of it) or on the main clause as a clause of its own ("as
    I expect it to", set between commas), not deep inside another clause."""
    if tok.dep_ in {"conj", "advcl", "relcl", "parataxis"}:
        return True
    return tok.pos_ == "ADJ" and tok.head.lemma_ == "be" and tok.head.dep_ in {"conj", "advcl", "parataxis"}


def _elided_complement(tok: Token) -> bool:
    """"I think it will", "I expect it to", "I believe so", "I'm sure it will": a complement with no verb of its own."""
    for c in tok.children:
        if c.dep_ in {"ccomp", "xcomp", "advmod", "dobj"} and c.lower_ in ELIDED_HEADS and all(
                g.dep_ in {"nsubj", "aux", "neg"} for g in c.children):
            return True
    return False


def _pointed_back(tok: Token) -> bool:
    """"which I doubt": the aside's object is "which", the clause before it."""
    return any(c.dep_ == "dobj" and c.lower_ == "which" for c in tok.children)
