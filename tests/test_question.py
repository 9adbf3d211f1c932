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


def test_question_proposed_through_a_particle_verb_named_as_a_noun() -> None:
    # "the phase-out" (split by the tokenizer) is one act noun; the vague "date" gives way to it, and
    # the question asks about the verb the corpus does it with.
    text = _propose([
        "Ostmere will phase out coal power by 2031, the minister said. Unions support the 2031 date.",
        "The phase-out is a gamble, miners said. The opposition will not accept the date.",
        "Critics want the phase-out pushed back. Greens urged Ostmere to phase out coal power sooner.",
        "Ministers defended the phase-out. Employers reject the date and will not accept the date.",
    ])
    assert text is not None and "phase" in text and "coal" in text, text


def test_question_proposed_thing_leaves_out_amounts() -> None:
    # "a 14.6 billion krona merger": the amount and its unit are no part of the thing's name.
    text = _propose([
        "The board will approve Halvex Telecom's planned 14.6 billion krona merger with Orlin Mobile, analysts said.",
        "Unions oppose the merger. The board should not approve the merger, critics said.",
        "The board is expected to approve the merger in April.",
    ])
    assert text is not None and "Halvex" in text and "krona" not in text and "billion" not in text, text


def test_question_proposed_subject_a_body_named_by_its_kind() -> None:
    # Nobody named approves the application; the council approving other things is its subject.
    text = _propose([
        "Residents oppose the Quellis application for Fenwick Reach. The council approved the budget in May.",
        "The Quellis application for Fenwick Reach should be approved, officers said.",
        "Greens urged members to reject the Quellis application. The council approved a new depot last year.",
    ])
    assert text is not None and "council" in text and "Fenwick Reach" in text, text
