"""Work the judging did more than once, now done once (issue 11, session 36; docs/performance.md): the question's terms
read once per article, a statement's sentence found by bisection, a question's excess of degree read once, the hyphened
words of a question looked for once. Each cut is exact: these tests pin that it answers as the work it replaced did, and
that the work is not done again. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from stancemap.judge import article, fault, proposition, stance
from stancemap.judge.article import _sentence_index
from stancemap.judge.fault import excess_act, excess_of, faulted
from stancemap.judge.hyphens import hyphened
from stancemap.judge.proposition import parse_proposition
from stancemap.model import Source
from stancemap.parse import load_nlp
from stancemap.pipeline import analyze_sources

QUESTION = "Will Osterland join the Harbor Pact?"
ARTICLE = ("Minister Ilse Varga spoke in Brennholm on Monday.\n\n"
           "\"We will support joining the Harbor Pact,\" Varga said. \"It is the right step for the coast.\"\n\n"
           "Senator Aldo Petrik said he opposed membership of the pact. \"Osterland should stay outside,\" he added.\n\n"
           "The fisheries council said it had not yet decided whether to back the plan.")


def test_the_question_terms_are_read_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """judge_record reads the question's terms once and hands them to each statement's pieces, `stance_of` and the
    paragraphs' `topical`: before session 36 each asked `terms_of` again (three to four times a statement)."""
    calls: list[str] = []
    real = article.terms_of

    def counted(question: Any) -> Any:
        calls.append("terms_of")
        return real(question)

    monkeypatch.setattr(article, "terms_of", counted)
    monkeypatch.setattr(stance, "terms_of", counted)
    analysis = analyze_sources([Source("once.txt", "text", text=ARTICLE)], QUESTION)
    judged = [s for s in analysis.statements if s.stance is not None]
    assert len(analysis.statements) >= 4 and len(judged) >= 2
    assert len(calls) <= 2, len(calls)  # (one per article; `_named_subject` may ask once more)


class _Sentence:
    def __init__(self, start: int, end: int) -> None:
        self.start_char, self.end_char = start, end


def _scan(sents: list[_Sentence], offset: int) -> int:
    """What article.py read before session 36: the first sentence holding the offset, else 0."""
    return next((i for i, x in enumerate(sents) if x.start_char <= offset < x.end_char), 0)


@pytest.mark.parametrize("bounds", [
    [(0, 10), (12, 30), (30, 31), (33, 60)],  # gaps (paragraph breaks) and sentences side by side
    [(0, 5), (5, 5), (5, 9), (20, 25)],  # an empty sentence
    [(4, 9)],  # an offset before the first sentence
    [(0, 20), (10, 30), (25, 40)],  # overlapping (no parse makes these): the scan itself answers
    [],
])
def test_a_sentence_found_by_bisection_is_the_one_the_scan_found(bounds: list[tuple[int, int]]) -> None:
    sents = [_Sentence(*b) for b in bounds]
    index = _sentence_index(sents)
    assert [index(offset) for offset in range(-2, 65)] == [_scan(sents, offset) for offset in range(-2, 65)]


@pytest.mark.parametrize("question", [
    "Is it too soon to reopen the footbridge?",
    "Is it too late for the trust to save the pier?",
    "Was the council wrong to close the library?",
    "Is the dam too old to be safe?",
    "Will the council close the library?",
])
def test_faulted_given_the_excess_read_once_answers_as_reading_it_itself(question: str) -> None:
    doc = load_nlp()(question)
    root = next(t for t in doc if t.dep_ == "ROOT")
    verb = proposition._main_verb(root)
    read = excess_of(root)
    assert faulted(root, verb, read) is faulted(root, verb)
    assert excess_act(root) == (read[1] if read is not None else None)


def test_the_question_parse_reads_its_excess_of_degree_once_for_fault_and_degree(monkeypatch: pytest.MonkeyPatch) -> None:
    """"Is it too soon to reopen the footbridge?": the act is found once as the question's verb (`_main_verb`) and once
    for `faulted` and Proposition.excess together (before session 36, `faulted` and the degree read it again each)."""
    calls: list[str] = []
    real = fault.excess_degree

    def counted(root: Any) -> Any:
        calls.append("excess_degree")
        return real(root)

    monkeypatch.setattr(fault, "excess_degree", counted)
    prop = parse_proposition("Is it too soon to reopen the footbridge?")
    assert prop.faulted and prop.excess == "soon"
    assert len(calls) == 2, len(calls)


class _Unwalkable(list):  # type: ignore[type-arg]
    def __iter__(self) -> Any:
        raise AssertionError("the tokens were walked")


def test_a_question_without_hyphened_words_walks_no_tokens() -> None:
    """stance._relevant asks `hyphened` for every piece judged: with no hyphened word among the question's words there
    is nothing to join, and the tokens are not walked (a question's words are a frozenset, its answer kept)."""
    assert hyphened(_Unwalkable([object()]), frozenset({"phase", "out", "join"})) == {}
    doc = load_nlp()("The phase-out starts soon.")
    assert set(hyphened(list(doc), frozenset({"phase-out", "join"})).values()) == {"phase-out"}
