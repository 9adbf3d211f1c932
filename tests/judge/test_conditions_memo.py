"""find_conditions' `memo` (issue 11, session 33, docs/performance.md): what it finds in a sentence alone, not in the
statement's own bounds, is kept per document and found once for every statement and piece standing in that sentence;
with the memo the conditions are the same as without it, for every statement's bounds. Invented texts."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from stancemap.judge import conditions
from stancemap.judge.conditions import find_conditions

# Texts with several statements in one sentence, a "Then ..." answer, a sentence continuing the one before, and
# conditions said with "without" and "with" (the finders that read the statement's bounds).
TEXTS = [
    'Marsh said Osterland would join the pact only after the war ends, and Dorn said the party would back it '
    'if the border is settled. "Not without a pay pledge," Dorn added.',
    "And if the audit is late? Then we would vote against the levy, Kell said, and Brun said the council would "
    "only back the levy with a signed pledge on jobs.",
    "The union will back the merger provided every depot stays open. Membership would come only after the vote, "
    "the union said.",
    "The board would sell the mill without a fair price only if the workers agree, Lorn said, while Pask said the "
    "city must first find the money.",
]


@cache
def _docs() -> list[Any]:
    from stancemap.parse import load_nlp

    return list(load_nlp().pipe(TEXTS))


def _bounds(sent: Any) -> list[tuple[int, int]]:
    """A statement's bounds in the sentence: the whole, its first half and its second (two statements sharing it)."""
    middle = (sent.start_char + sent.end_char) // 2
    return [(sent.start_char, sent.end_char), (sent.start_char, middle), (middle, sent.end_char)]


def _all(doc: Any, memo: dict[Any, Any] | None) -> list[list[tuple[str, str, int, int]]]:
    sents = list(doc.sents)
    event, things = frozenset({"join", "back", "vote"}), frozenset({"levy", "pact", "merger"})
    return [[(c.text, c.normalized, c.start, c.end)
             for c in find_conditions(doc, start, end, sents, k, next_is_own_statement=own, event=event, things=things,
                                      memo=memo)]
            for k, sent in enumerate(sents) for start, end in _bounds(sent) for own in (False, True)]


def test_conditions_memo_the_same_conditions_as_without() -> None:
    for doc in _docs():
        alone = _all(doc, None)
        assert _all(doc, {}) == alone
    assert sum(bool(found) for doc in _docs() for found in _all(doc, None)) >= 12  # the texts do state conditions


def test_conditions_memo_reads_each_sentence_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Six statements' bounds in each sentence (three spans, with and without a statement of its own next): the
    sentence's finders are run once per sentence, the sentence after once too."""
    sentence_calls: list[int] = []
    continued_calls: list[int] = []
    real_sentence, real_continued = conditions._sentence_conditions, conditions._continued

    def sentence(sdoc: Any, sents: list[Any], k: int, *args: Any) -> Any:
        sentence_calls.append(k)
        return real_sentence(sdoc, sents, k, *args)

    def continued(sent: Any, *args: Any) -> Any:
        continued_calls.append(sent.start)
        return real_continued(sent, *args)

    monkeypatch.setattr(conditions, "_sentence_conditions", sentence)
    monkeypatch.setattr(conditions, "_continued", continued)
    for doc in _docs():
        sentence_calls.clear()
        continued_calls.clear()
        _all(doc, {})
        assert sorted(sentence_calls) == list(range(len(list(doc.sents))))
        assert len(continued_calls) == len(set(continued_calls))
