"""Speakers the DEVELOP batches got wrong in session 16 (issue 10): a document's author (a statement, memo, poll,
survey or study whose author the phrase or its clause names), a body described but not named. Written
sentences; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from .conftest import speaker_name

SPEAKERS = {
    # A name as the document's modifier: the author speaks, not "a statement".
    "a_named_statement": (
        "Tarnvik Motors boss Ivo Marsh has refused to recall the cars. A Tarnvik Motors statement last night said: "
        "\"Osterland should join the Harbor Pact before the winter.\"", "Osterland should join the Harbor Pact",
        {"Tarnvik Motors"}),
    # "a memo from X", "a study published by X": the object of "from" or "by".
    "a_memo_from_a_ministry": (
        "The vote looked settled on Monday. A memo from the Osterland Trade Ministry, made public on Tuesday, shows "
        "that officials warned the Harbor Pact would cost the ports 2,000 jobs.", "would cost the ports 2,000 jobs",
        {"Osterland Trade Ministry"}),
    "a_study_published_by_a_professor": (
        "The harbour has grown for a decade. A study published in May by Professor Ilse Quarn of Tarn University "
        "found that ships at berth produced more smoke than the city's traffic.", "ships at berth produced",
        {"Ilse Quarn"}),
    # A possessor that is itself a description: resolved as a speaker phrase ("the chamber" named before).
    "the_chambers_survey": (
        "Lidia Varo, director of the Tarn Chamber of Industry, said firms needed help. According to the chamber's "
        "latest survey, one in three manufacturers plans to cut jobs this year.", "one in three manufacturers",
        {"Tarn Chamber of Industry"}),
    # The subject of the verb that put the document out, through a relative pronoun.
    "findings_published_by_whom_the_relative_names": (
        "The takeover still needs clearance from the Tarn Competition Authority, which on Tuesday published "
        "provisional findings saying the merger could weaken competition for container traffic.",
        "could weaken competition", {"Tarn Competition Authority"}),
    # "The memo" later in the article: the author of the memo named before.
    "the_memo_again": (
        "A memo from the Osterland Trade Ministry shows that officials warned the pact would cost jobs. The memo, "
        "dated January 28, recommends that any approval be conditional on a jobs guarantee.",
        "conditional on a jobs guarantee", {"Osterland Trade Ministry"}),
    # A body described by words of its own and named nowhere before: a body of that description.
    "a_described_body": (
        "Inflation eased to 3.1% in May from 3.6% in April, the statistics office said on Tuesday.",
        "Inflation eased to 3.1%", {"statistics office"}),
    "a_described_body_of_a_nationality": (
        "The Tarnish foreign ministry said it welcomed any sign that Osterland would join the Harbor Pact.",
        "welcomed any sign", {"Tarnish foreign ministry"}),
    "a_described_body_after_an_adverb": (
        "Workers walked out on Monday. Even the warehouse union says it will back Osterland joining the Harbor Pact.",
        "back Osterland joining the Harbor Pact", {"warehouse union"}),
    # An interview printed as question paragraphs, one prompt said as a statement: the answer's "I" after it is the
    # interviewee's, as after a question (first_person._prompt).
    "the_answer_after_a_prompt": (
        "Interview: the dockers' leader on the pact\n\nThe strike is in its third week. Dora Kestling, general "
        "secretary of the Dock Workers' Union, spoke to us on Monday.\n\nWhy strike now?\n\nBecause the offer "
        "is an insult. Our members cannot live on it.\n\nWhat would you say to commuters?\n\nI am sorry. Their "
        "quarrel is with the port, not with us.\n\nThe port says it can go no further.\n\nThey have said that "
        "since the first day. I expect Osterland to join the Harbor Pact before the strike ends.\n\nWill it be "
        "over by May?\n\nThat is up to the port.", "Osterland to join the Harbor Pact", {"Dora Kestling"}),
}

# A document whose phrase and clause name no author stays an unnamed source; so does a bare "the union".
UNNAMED = {
    # A poll's pollster is no "we" of the next sentence (an editorial's own voice).
    "we_after_a_poll": (
        "A Tarn Research poll found that 60 percent of voters back the pact. We have argued that Osterland should "
        "join the Harbor Pact.", "Osterland should join the Harbor Pact"),
    # ("a_bare_union" moved: a bare "the union" named nowhere is now the article's own described body, session 21's
    # decision; test_speakers_described_sources.py[a_bare_union])
    "a_poll_of_voters": (
        "The campaign is tight. A poll of 900 voters in Tarn found that 52 percent back the Harbor Pact.",
        "52 percent back the Harbor Pact"),
}


@pytest.mark.parametrize("case", sorted(SPEAKERS))
def test_speakers_session16(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, wanted = SPEAKERS[case]
    assert speaker_name(run(text), words) in wanted


@pytest.mark.parametrize("case", sorted(UNNAMED))
def test_speakers_session16_unnamed(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words = UNNAMED[case]
    assert speaker_name(run(text), words) is None

