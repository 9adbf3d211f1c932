"""Speakers on articles never seen (issue 10, session 19): a passive's "by" that names a time, a spokesperson for a
person's campaign, a staff at a firm the tagger did not label, and a page naming itself on a news page. Written
sentences; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from stancemap.model import Source
from stancemap.pipeline import analyze_sources

from .conftest import speaker_name, statement_with

QUESTION = "Will the assembly pass the harbour bill?"

CASES = {
    # statements._passive_agent: "by the summer" is when, not who; the minister's statement keeps the words
    "a_time_after_by_is_no_agent": (
        "Talks on the harbour bill opened on Monday in Castelbrun.\n\n"
        "Harbour Minister Oskar Lindqvist, who is chairing the talks, said he was \"cautiously hopeful\" that a deal "
        "could be agreed by the summer and a final text signed before the first snow.",
        "a deal could be agreed by the summer", "Oskar Lindqvist"),
    # speakers._principal: the name before the body's word of "a spokesman for the X campaign"
    "spokesman_campaign": (
        "Mayor Lucian Brask faces a difficult vote on the harbour bill. Brask has backed the bill since May.\n\n"
        "Former deputy Harald Treadwell endorsed the rival candidate on Friday.\n\n"
        "A spokesman for the Brask campaign dismissed Treadwell's move as \"sour grapes from someone who walked away\".",
        "sour grapes from someone who walked away", "Lucian Brask"),
    # roleholders.staff_named: "Analysts at X" with X a proper name the tagger did not label
    "analysts_at_an_untagged_firm": (
        "Harbour shares fell 6 percent on Monday.\n\n"
        "Analysts at Crabbe Voss said in a note that the market was now pricing in \"a meaningful chance\" of the "
        "bill passing.",
        "the market was now pricing in", "Crabbe Voss"),
    # speakers._description step 0: a description naming a body is the person whose roles or affiliation name it
    "a_partys_leader": (
        "The harbour bill returns to the assembly on Thursday.\n\n"
        "Kestfon's chief executive, Petra Lund, said storage would cost the company millions. \"Then we would have "
        "nothing further to say,\" she said.\n\n"
        "Then there is Oda Brekkestad, leader of the Free Citizens' Party. Three weeks ago the Free Citizens' leader "
        "said her party could not back the bill.",
        "her party could not back the bill", "Oda Brekkestad"),
    "a_deputy_of_a_party_not_a_deputy_chief": (
        "The harbour bill returns to the assembly on Thursday. Ruben Astley, the port company's deputy chief "
        "executive, said the bill was unworkable.\n\n"
        "Tomas Ferreol, a committee member from the Liberal Centre party, voted against the bill last week. "
        "\"I voted against it, but the committee has decided,\" the Liberal Centre deputy said.",
        "I voted against it", "Tomas Ferreol"),
    # clauses.past_dateline: a press release's dateline city with a date before the dash is no speaker
    "a_dateline_with_a_date": (
        "TARROWGATE, 25 February 2026 – Quellis Data Systems today welcomed the recommendation by the council's "
        "planning officers that the harbour campus be granted planning permission.",
        "the harbour campus be granted planning permission", "Quellis Data Systems"),
    "a_dateline_with_an_outlet": (
        "VELGRAD, Feb 10 (CNW) - Pelgrin Steel, Sarnovia's largest steelmaker, on Tuesday asked the assembly to pass "
        "the harbour bill, warning that it would run out of cash by the end of April.",
        "it would run out of cash", "Pelgrin Steel"),
}


@pytest.mark.parametrize("case", CASES)
def test_speakers_session19(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, speaker = CASES[case]
    assert speaker_name(run(text, question=QUESTION), words) == speaker


def test_speakers_a_time_after_by_is_no_agent(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(CASES["a_time_after_by_is_no_agent"][0], question=QUESTION)
    assert not any(s.speaker_mention.startswith("the summer") for s in analysis.statements)


def test_speakers_analysts_in_a_place_stay_unnamed(run) -> None:  # type: ignore[no-untyped-def]
    # (a place after the preposition is no firm)
    analysis = run("Harbour shares fell on Monday.\n\nAnalysts in Castelbrun said the bill would pass within weeks.",
                   question=QUESTION)
    assert speaker_name(analysis, "the bill would pass within weeks") is None


def test_speakers_this_newspaper_is_the_outlet() -> None:
    # extract_article: "This newspaper has argued" on a news page is the outlet (own_voice.self_reference)
    text = ("Harbour vote looms\n\nThe assembly votes on the harbour bill on Thursday. Councillor Ines Varga said she "
            "would vote for it.\n\nThis newspaper has argued that the harbour bill would squander the port's "
            "hard-won reputation for a few weeks of headlines.")
    analysis = analyze_sources([Source("ledger.json#0", "json", text=text, outlet="The Harbour Ledger")], QUESTION)
    statement = statement_with(analysis, "squander the port")
    actor = analysis.actor(statement.speaker)
    assert actor is not None and actor.name == "The Harbour Ledger" and statement.speaker_rule == "self-reference"
