"""A question put takes no side (issue 10, session 32): the content of "Asked by A whether X" or "A asked B if X"
(extract/questions_put.py) is X as a question, which asks and does not state; read on its words it took the side of
X ("whether the ferry would run" read for the ferry). Pinned by tests/judge/test_question_put.py."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..extract.questions_put import ASKING


def question_put(tokens: Sequence[Token]) -> Token | None:
    """The verb of asking, when the content is nothing but the "whether"/"if" clause it puts."""
    if not tokens or tokens[0].lower_ not in {"whether", "if"} or tokens[0].dep_ != "mark":
        return None
    clause = tokens[0].head
    asking = clause.head
    if clause.dep_ not in {"ccomp", "advcl"} or asking.lemma_.lower() not in ASKING or asking.pos_ != "VERB":
        return None
    last = max(t.i for t in tokens if not t.is_punct) if any(not t.is_punct for t in tokens) else tokens[0].i
    return asking if last <= clause.right_edge.i and tokens[0].i >= clause.left_edge.i else None
