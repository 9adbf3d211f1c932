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
    # statements._passive_agent: "by the autumn" is when, not who; the minister's statement keeps the words
    "a_time_after_by_is_no_agent": (
        "Talks on the harbour bill opened on Monday in Wendlow.\n\n"
        "Harbour Minister Oskar Lindqvist, who leads the talks, said he expected that the text could be settled by the "
        "autumn and signed before the new year.",
        "the text could be settled by the autumn", "Oskar Lindqvist"),
    # speakers._principal: the name before the body's word of "a spokesman for the X campaign"
    "spokesman_campaign": (
        "Mayor Edda Quorrin faces a difficult vote on the harbour bill. Quorrin has backed the bill since May.\n\n"
        "Former deputy Marten Dobbel joined the rival camp on Friday.\n\n"
        "A spokesman for the Quorrin campaign dismissed Dobbel's move as \"a tantrum from a man who left the team\".",
        "a tantrum from a man who left the team", "Edda Quorrin"),
    # roleholders.staff_named: "Analysts at X" with X a proper name the tagger did not label
    "analysts_at_an_untagged_firm": (
        "Harbour shares fell 6 percent on Monday.\n\n"
        "Analysts at Pendry Mottram said in a note that traders now saw \"a real prospect\" of the bill passing.",
        "traders now saw", "Pendry Mottram"),
    # speakers._description step 0: a description naming a body is the person whose roles or affiliation name it
    "a_partys_leader": (
        "The harbour bill returns to the assembly on Thursday.\n\n"
        "Then there is Ilse Fenhallow, leader of the Free Tenants' Party. Three weeks ago the Free Tenants' leader "
        "said her party would not support the bill.",
        "her party would not support the bill", "Ilse Fenhallow"),
    "a_deputy_of_a_party_not_a_deputy_chief": (
        "The harbour bill returns to the assembly on Thursday. Nils Ormond, the port company's deputy chief "
        "executive, said the bill was unworkable.\n\n"
        "Jonas Pellow, a committee member from the Radical Green party, voted against the bill last week. "
        "\"I opposed it, but the committee has spoken,\" the Radical Green deputy said.",
        "I opposed it", "Jonas Pellow"),
    # clauses.past_dateline: a press release's dateline city with a date before the dash is no speaker
    "a_dateline_with_a_date": (
        "MORWICK, 3 March 2026 – Aldenbrook Data Systems today welcomed the recommendation by the council's "
        "planning officers that the harbour data hall be approved.",
        "the harbour data hall be approved", "Aldenbrook Data Systems"),
    "a_dateline_with_an_outlet": (
        "HOLMGARD, Mar 4 (HBW) - Tressel Foundry on Wednesday urged the assembly to pass the harbour bill.",
        "to pass the harbour bill", "Tressel Foundry"),
}


@pytest.mark.parametrize("case", CASES)
def test_speakers_session19(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, speaker = CASES[case]
    assert speaker_name(run(text, question=QUESTION), words) == speaker


def test_speakers_a_time_after_by_is_no_agent(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(CASES["a_time_after_by_is_no_agent"][0], question=QUESTION)
    assert not any(s.speaker_mention.startswith("the autumn") for s in analysis.statements)


def test_speakers_analysts_in_a_place_are_no_firm(run) -> None:  # type: ignore[no-untyped-def]
    # (a place after the preposition is no firm; since session 22 the analysts so described are a source of this
    # article alone, named by their words: test_speakers_described_sources.py)
    analysis = run("Harbour shares fell on Monday.\n\nAnalysts in Castelbrun said the bill would pass within weeks.",
                   question=QUESTION)
    speaker = analysis.actor(statement_with(analysis, "the bill would pass within weeks").speaker)
    assert speaker is not None and (speaker.name, speaker.kind) == ("analysts in Castelbrun", "group")
    assert speaker.described_in is not None


def test_speakers_this_newspaper_is_the_outlet() -> None:
    # extract_article: "This newspaper has argued" on a news page is the outlet (own_voice.self_reference)
    text = ("Harbour vote looms\n\nThe assembly votes on the harbour bill on Thursday. Councillor Ines Varga said she "
            "would vote for it.\n\nThis newspaper has argued that the harbour bill would squander the port's "
            "hard-won reputation for a month of good press.")
    analysis = analyze_sources([Source("ledger.json#0", "json", text=text, outlet="The Harbour Ledger")], QUESTION)
    statement = statement_with(analysis, "squander the port")
    actor = analysis.actor(statement.speaker)
    assert actor is not None and actor.name == "The Harbour Ledger" and statement.speaker_rule == "self-reference"


# Review (session 19): the same rules on invented text, where they do not yet hold (they held on the batches' own
# sentences the first version of these tests copied).
@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="issue 10: the description's body is tagged as an organisation of its own when "
                   "another speaker runs before it (or with 'A month ago' for 'Three weeks ago'): the body speaks")
def test_speakers_a_partys_leader_after_a_running_speaker(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The harbour bill returns to the assembly on Thursday.\n\n"
            "Dorvane's chief executive, Signe Halm, said storage would cost the company millions.\n\n"
            "Then there is Ilse Fenhallow, leader of the Free Tenants' Party. A month ago the Free Tenants' leader said "
            "her party would not support the bill.")
    assert speaker_name(run(text, question=QUESTION), "her party would not support the bill") == "Ilse Fenhallow"


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="issue 10: with an apposition after the firm's name, whether the dateline's city "
                   "is taken for the speaker depends on how the tagger reads the city's word")
def test_speakers_a_dateline_with_an_outlet_and_an_apposition(run) -> None:  # type: ignore[no-untyped-def]
    text = ("HOLMGARD, Mar 4 (HBW) - Tressel Foundry, Lestovia's largest ironworks, on Wednesday urged the assembly to "
            "pass the harbour bill, warning that it would have to lay off staff by the end of May.")
    assert speaker_name(run(text, question=QUESTION), "to pass the harbour bill") == "Tressel Foundry"
