"""The proposed question when the corpus writes the thing by its kind and by a general word for it ("the
referendum", "the vote"), and a place acts as a polity ("the region should hold a vote") (issue 9, session 13).
Every name here is invented."""

from __future__ import annotations

from stancemap.model import Source
from stancemap.pipeline import analyze_sources


def test_frames_a_place_acts_as_a_body() -> None:
    from stancemap.extract.frames import frames_of
    from stancemap.parse import load_nlp

    subjects = frames_of(load_nlp()("The province should hold a referendum on autonomy."))["subjects"]
    assert "hold\treferendum\tthe province|BODY" in subjects, subjects


def test_question_a_general_word_counts_for_its_kind() -> None:
    # "the referendum" and "the vote" are one proposition: apart, the general word wins and the question loses
    # the kind the corpus argues about ("Will the province hold the vote?").
    analysis = analyze_sources([Source(f"n{i}.txt", "text", text=t) for i, t in enumerate([
        "Korsa leader wants autonomy vote\n\nFirst Minister Ivo Pell said the province should hold a referendum on "
        "autonomy next year. The prime minister said the province cannot call a vote.",
        "Liberals set terms for the referendum bill\n\nThe Liberals said they would support the bill only if the "
        "ballot had a third option. Business leaders urged the assembly to reject the bill. The Liberals said the "
        "province could hold a vote next spring.",
        "Korsa assembly debates autonomy vote\n\nThe assembly began to debate a bill on Tuesday. The government said "
        "it would ask the court to suspend the bill. Pell said the province would hold the referendum whatever the "
        "court said.",
    ])])
    q = analysis.question
    assert q is not None
    assert "referendum" in q.text and "province" in q.text, q.text
