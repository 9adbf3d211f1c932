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


def _propose(texts: list[str]) -> str | None:
    analysis = analyze_sources([Source(f"p{i}.txt", "text", text=t) for i, t in enumerate(texts)])
    q = analysis.question
    assert q is None or (q.proposed and q.reason), q
    return q.text if q is not None else None


def test_question_proposed_for_a_decision_on_a_thing() -> None:
    # An act other than joining: the thing most argued about and the act done to it (not a side taken).
    text = _propose([
        "The Harlow council will vote on the Riverside Budget next week. Critics said they would oppose the budget.",
        "Councillor Ada Venn said the council should approve the Riverside Budget. Unions back the budget.",
        "Residents rejected the budget at a meeting. The council is expected to approve the budget on Friday.",
    ])
    assert text is not None and "budget" in text.lower() and "approve" in text.lower(), text


def test_question_proposed_for_a_person_asks_about_their_act() -> None:
    # A name only taken sides on ("endorse Morrow") is asked about through the act the corpus names most.
    text = _propose([
        "The teachers' union endorsed Dana Morrow on Monday. Morrow hopes to win the election in May.",
        "Two councillors endorsed Dana Morrow. Her rival said Morrow would not win the election.",
        "Polls suggest Morrow could win the election. The chamber endorsed Morrow as well.",
    ])
    assert text is not None and "Morrow" in text and "win" in text, text


def test_question_participle() -> None:
    from stancemap.question import participle

    assert [participle(v) for v in ("approve", "ban", "win", "phase out", "put", "sign")] == [
        "approved", "banned", "won", "phased out", "put", "signed"]
