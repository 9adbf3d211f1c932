"""A question put is a statement of whoever put it (issue 10, session 32): "Asked by Senator A whether X, B said Y"
and "The senator asked the minister if X" report what the senator asked, X, with the senator as its source — as
PolNeAR and the written batches annotate it. The asker is the by-agent of the verb of asking (a passive participle
with no auxiliary: "Asked by A whether ...") or its subject; the content is the "whether"/"if" clause, from its
"whether"/"if". The verbs inside that clause state nothing (clauses.asked_of); the answer after it stays the
answerer's (bounds.fronted_circumstance). Pinned by tests/extract/test_question_put.py."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .candidate import Candidate
from .clauses import QUESTIONING, speaker_span, speaker_words
from .quotes import inside
from .text import trim

# The verbs of asking (clauses.QUESTIONING without "question": "questioned whether X" doubts X, a position).
ASKING = QUESTIONING - {"question"}
# What the word naming an asker can be: a name, a noun ("a reporter"), a pronoun.
_ASKER_POS = frozenset({"PROPN", "NOUN", "PRON"})


def _asked_clause(verb: Token) -> Token | None:
    """The "whether"/"if" clause a verb of asking puts (the same test as clauses.asked_of's)."""
    return next((c for c in verb.children if c.dep_ in {"ccomp", "advcl"} and c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in c.children)), None)


def _asker(verb: Token) -> tuple[Token, bool] | None:
    """The one who asks, and whether it is a by-agent: "Asked by A whether ..." (A), "A asked (B) whether ..." (A)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        by = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if by is not None and by.pos_ in _ASKER_POS and by.ent_type_ not in {"DATE", "TIME"}:
            return by, True
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if not any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return None  # "A asked whether X" with no one asked: a position already (statements._verbal)
    if subject is not None and subject.pos_ in _ASKER_POS and subject.lower_ not in {"it", "that", "this", "which"}:
        return subject, False
    return None


def question_candidates(sents: list[Span], i: int, quotes: list[tuple[int, int]]) -> Iterator[Candidate]:
    """Each question put in sentence `i` whose asker the parse names, as a statement of the asker's."""
    doc = sents[i].doc
    for verb in sents[i]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ASKING or inside(quotes, verb.idx):
            continue
        clause = _asked_clause(verb)
        asker = _asker(verb)
        if clause is None or asker is None:
            continue
        if clause.dep_ == "advcl" and any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
            continue  # "will ask him to resign if he fails": a condition of the asking, no question put
        who, by_agent = asker
        mark = next(m for m in clause.children if m.dep_ == "mark" and m.lower_ in {"whether", "if"})
        last = clause.right_edge.i
        if verb.dep_ == "advcl" and verb.i < verb.head.i:
            # "Asked by A whether X, B said ...": the question ends before the main clause, whatever the parse hung on it
            subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > verb.i), None)
            last = min(last, (subject.left_edge.i if subject is not None else verb.head.i) - 1)
        if verb.i <= sents[i].start + 1 and verb.dep_ != "ROOT":
            # a question that opens the sentence ("(When) asked by A whether X, ...") ends at its comma, wherever the parse
            # hung the rest (test_the_answer_stays_the_answerers)
            last = next((t.i - 1 for t in doc[clause.i: last + 1] if t.text == ","), last)
        # and before a quotation: the answer given, not the question put
        last = next((t.i - 1 for t in doc[mark.i: last + 1] if t.is_quote), last)
        right = doc[last]
        s, e = trim(doc, mark.idx, right.idx + len(right.text))
        if e - s <= 10:
            continue
        speaker = speaker_span(who) if by_agent else speaker_words(who, verb)
        yield Candidate(i, "indirect", verb.text, verb.idx, s, e, speaker, "speech", asked=True)
