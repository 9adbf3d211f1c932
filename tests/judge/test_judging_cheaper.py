"""The judging's tests put in a cheaper order (issue 11, session 39; docs/performance.md): each answers as the order it
replaced did, and the costlier test is asked less. Invented sentences."""

from __future__ import annotations

import pytest

from stancemap.judge import polarity
from stancemap.judge.dismissed_claims import dismissed_claim
from stancemap.judge.negation import negated
from stancemap.judge.terms import terms_of
from stancemap.parse import load_nlp
from stancemap.question import make_question

QUESTION = "Will the council approve the new library?"
SENTENCES = [
    "Mayor Tilde Brant dismissed suggestions that the council would block the new library.",
    "Brant did not dismiss reports that the council would approve the new library.",  # a dismissal negated
    "Brant denied claims that the library had been approved in secret, and rejected reports that it would close.",
    "The council will not approve the new library before the audit ends.",  # no dismissal at all
]


def _read(tokens: list, terms: object) -> tuple[int, set[int], list[str]]:  # type: ignore[type-arg]
    evidence: list[str] = []
    score, settled = polarity._dismissed_claims(tokens, evidence, terms)  # type: ignore[arg-type]
    return score, settled, evidence


@pytest.mark.parametrize("sentence", SENTENCES)
def test_dismissed_claims_read_as_with_negated_asked_first(monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    terms = terms_of(make_question(QUESTION))
    tokens = list(load_nlp()(sentence))
    now = _read(tokens, terms)
    # the order before session 39: `negated` asked of every token, then the dismissing verb's shape
    monkeypatch.setattr(polarity, "dismissed_claim", lambda tok: None if negated(tok) else dismissed_claim(tok))
    assert _read(tokens, terms) == now


@pytest.mark.parametrize("sentence", SENTENCES)
def test_dismissed_claims_ask_negated_only_of_a_dismissing_verb(monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    terms = terms_of(make_question(QUESTION))
    tokens = list(load_nlp()(sentence))
    asked: list[int] = []

    def counted(tok):  # type: ignore[no-untyped-def]
        asked.append(tok.i)
        return negated(tok)

    monkeypatch.setattr(polarity, "negated", counted)
    monkeypatch.setattr(polarity, "polarity", lambda said, notes, terms: 0)  # the claim's own reading asks it too
    _read(tokens, terms)
    assert asked == [tok.i for tok in tokens if dismissed_claim(tok) is not None]


def test_the_sentences_hold_dismissals_negated_and_not() -> None:
    """The cases above are what they say: dismissing verbs, one of them negated, and a sentence without one."""
    docs = list(load_nlp().pipe(SENTENCES))
    found = [[(tok.lemma_, negated(tok)) for tok in doc if dismissed_claim(tok) is not None] for doc in docs]
    assert found[0] == [("dismiss", False)] and found[1] == [("dismiss", True)] and len(found[2]) == 2 and not found[3]
