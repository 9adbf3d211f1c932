"""The question: given, or proposed from the corpus when none is given."""

from __future__ import annotations

from stancemap.model import Source
from stancemap.pipeline import analyze_sources
from stancemap.question import question_terms

ARTICLES = [
    "Osterland wants to join the Harbor Pact, its foreign minister said. Membership in the Harbor Pact is popular.",
    "Velden opposes Osterland's accession to the Harbor Pact, officials said on Monday.",
    "The Harbor Pact will discuss Osterland's membership bid in May, diplomats in Velden said.",
]


def test_question_proposed_from_membership_sentences() -> None:
    analysis = analyze_sources([Source(f"a{i}.txt", "text", text=t) for i, t in enumerate(ARTICLES)])
    assert analysis.question is not None and analysis.question.proposed
    assert analysis.question.text == "Will Osterland join the Harbor Pact?"


def test_question_given_is_kept() -> None:
    analysis = analyze_sources([Source("a.txt", "text", text=ARTICLES[0])], "Should Osterland stay neutral?")
    assert analysis.question is not None and not analysis.question.proposed
    assert analysis.question.text == "Should Osterland stay neutral?"


def test_question_terms() -> None:
    assert question_terms("Will Ukraine join NATO?") == ["Ukraine", "NATO"]
