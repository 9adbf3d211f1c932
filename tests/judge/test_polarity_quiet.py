"""polarity._word's fast path (issue 11, session 42; docs/performance.md): a token that names no rule's word nor the
question's returns 0 at once, and every token reads as it did with every rule asked. Invented questions and sentences."""

from __future__ import annotations

import pytest

from stancemap.judge import polarity
from stancemap.judge.proposition import parse_proposition
from stancemap.judge.terms import terms_of
from stancemap.model import Question
from stancemap.parse import load_nlp

# a plain act, a phrasal one, a privative one, a question of lasting, a person's standing
QUESTIONS = [
    "Will the council approve the new library?",
    "Should the regulator break up the Harnwick Group?",
    "Will the assembly ban scooters from the quay?",
    "Will the Tesselby truce hold until spring?",
    "Is Orla Venn still the favourite to win the mayoralty?",
]

SENTENCES = [
    "Councillor Pim Arrow said the board would not approve the plan, and she strongly opposes the library.",
    "Regulators must break up the group; the merger broke up the market, Dana Lisk said, and voted against it.",
    "The assembly cleared the scooters, but residents want them banned and expect a ban by the autumn.",
    "The truce is over, the ceasefire is finished and a collapse now seems likely, a dead calm before the storm.",
    "Venn is still the favourite, though Marrow wins more often and hopes it will not come to that.",
    "Nobody threatened to block the plan; the mayor gave up her objection and fought for the quay.",
    "Critics called the scheme reckless and a mistake; the treasurer is sceptical but would endorse a smaller one.",
]


def _read(tok, terms):  # type: ignore[no-untyped-def]
    evidence: list[str] = []
    skip: set[int] = set()
    return polarity._word(tok, terms, evidence, skip), evidence, skip


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_fast_path_reads_every_token_as_every_rule_does(monkeypatch: pytest.MonkeyPatch, question: str) -> None:
    terms = terms_of(Question(text=question, proposition=parse_proposition(question)))
    docs = [load_nlp()(text) for text in SENTENCES]
    now = [_read(tok, terms) for doc in docs for tok in doc]
    quiet = sum(polarity._quiet(tok, tok.lower_, tok.lemma_.lower(), terms) for doc in docs for tok in doc)
    monkeypatch.setattr(polarity, "_quiet", lambda tok, low, lemma, terms: False)  # every rule asked, as before
    assert [_read(tok, terms) for doc in docs for tok in doc] == now
    assert quiet > len(now) // 2  # most tokens stop at the fast path


def test_a_question_of_lasting_lets_its_adjectives_through() -> None:
    # "over", "finished" are found by WordNet's similar adjectives (ended.py), not a list: none is quiet
    question = "Will the Tesselby truce hold until spring?"
    terms = terms_of(Question(text=question, proposition=parse_proposition(question)))
    doc = load_nlp()("The ceasefire is defunct.")
    adjective = next(tok for tok in doc if tok.pos_ == "ADJ")
    assert not polarity._quiet(adjective, adjective.lower_, adjective.lemma_.lower(), terms)
