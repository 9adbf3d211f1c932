"""What an interview's answer reports someone else saying is that person's statement (extract/answer_reports.py, issue
10, session 18): "Kovin: He told me on Monday that he is open to ..." is the other person's, the rest of the answer the
interviewee's; not a report denied ("He has never told me ..."), not a vague many ("People in his party say ..."), not
the interviewee speaking of herself. Invented interviews, people and places."""

from __future__ import annotations

from .conftest import speaker_name

QUESTION = "Will the assembly pass the harbour bill?"

LABELLED = (
    "INTERVIEW: Mara Kovin on the harbour bill and the dockers\n\n"
    "Two weeks before the vote, the Harbour Party leader Mara Kovin met the Tessel Courier at her office. Finance "
    "Minister Pavel Drennick has not yet said whether the state will pay for the pensions.\n\n"
    "Tessel Courier: Will you vote for the harbour bill on Thursday?\n\n"
    "Mara Kovin: Only if the dockers keep their pensions. That has been our line since March and it will not change.\n\n"
    "Tessel Courier: Has the minister moved?\n\n"
    "Mara Kovin: Drennick told me on Monday that he is open to paying for the pensions out of the port fund. That is "
    "the first time I have heard him say it, and I will believe it when I see the amendment.\n\n"
    "Tessel Courier: And your own members?\n\n"
    "Mara Kovin: People in the party are telling me that the members are tired of waiting. He has never told me he "
    "wants the bill to fail, and I will take him at his word until the vote.")


def test_answer_reports_anothers_words_are_theirs(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(LABELLED, question=QUESTION)
    assert speaker_name(analysis, "he is open to paying for the pensions") == "Pavel Drennick"
    # the rest of the answer stays the interviewee's
    assert speaker_name(analysis, "I will believe it when I see the amendment") == "Mara Kovin"
    assert speaker_name(analysis, "Only if the dockers keep their pensions") == "Mara Kovin"


def test_answer_reports_not_a_denied_report_nor_a_vague_many(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(LABELLED, question=QUESTION)
    assert speaker_name(analysis, "the members are tired of waiting") == "Mara Kovin"
    assert speaker_name(analysis, "wants the bill to fail") == "Mara Kovin"


def test_answer_reports_the_sentence_goes_on_in_the_interviewees_words(run) -> None:  # type: ignore[no-untyped-def]
    """A report's sentence that goes on in the interviewee's own words (", but I think he is wrong ...") keeps them
    hers (review s18: the whole sentence was cut from the answer)."""
    text = LABELLED.replace("Drennick told me on Monday that he is open to paying for the pensions out of the port "
                            "fund.", "Drennick said last week that the bill was a mistake, but I think he is wrong and "
                            "we will pass it.")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "the bill was a mistake") == "Pavel Drennick"
    assert speaker_name(analysis, "I think he is wrong and we will pass it") == "Mara Kovin"
