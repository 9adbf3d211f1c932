"""Speakers the DEVELOP batches got wrong in session 15 (issue 10): a Q&A's interviewee named as the one the
writer spoke to, a role whose holder's name stands between commas after its complement, "she" for the person a
new paragraph makes its subject, "It says" for the body just named, "the captain" for the person just made a
subject, an outlet's questions in a transcript, a name the tagger ran past a spaced dash. Written sentences;
fictional people, bodies and places."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from stancemap.extract.mentions import clean_name
from stancemap.model import Source
from stancemap.parse import load_nlp
from stancemap.pipeline import analyze_sources

from .conftest import QUESTION, speaker_name

SPEAKERS = {
    # The answers name the mayor most often; the interviewee is whom the introduction says the writer spoke to.
    "the_interviewee_the_writer_spoke_to": (
        "On Monday the council voted to keep the Tarn depot open. Hours later the drivers' guild endorsed Mayor "
        "Osric Vennard. We spoke to the guild's secretary, Marta Quistad.\n\nQ: So it's official?\n\nA: It's "
        "official. We are endorsing Osric Vennard, and we want Osterland in the Harbor Pact.\n\nQ: What did you "
        "learn about him?\n\nA: That Vennard listens when you push. Vennard delivered for us when it counted.",
        "we want Osterland in the Harbor Pact", {"Marta Quistad"}),
    # The parse hangs the name on the complement's noun ("Commerce, Sven Lund"); the role still names its holder.
    "a_role_named_after_its_complement": (
        "Mayor Ilse Dorran said on Wednesday that the old town would be closed to cars.\n\nThe president of the "
        "Tarrow Chamber of Commerce, Sven Lorriby, told the paper its members could live with the plan if delivery "
        "hours were extended.", "delivery hours were extended", {"Sven Lorriby"}),
    "a_role_named_after_a_place": (
        "Mayor Ilse Dorran said on Wednesday that the old town would be closed to cars.\n\nThe mayor of Durnholt, "
        "Ilona Vasker, told reporters that Osterland should join the Harbor Pact.",
        "should join the Harbor Pact", {"Ilona Vasker", "Vasker"}),
    # A live blog's entry names a new person two sentences before "She said"; the running speaker spoke earlier.
    "she_named_in_a_new_paragraph": (
        "Fisheries Minister Hedda Sorrel said the quota would be set by the institute. \"We follow the science,\" "
        "she said.\n\nClara Ostlund, the Dune Alliance leader whose votes the cabinet needs, has just spoken to "
        "reporters. Her mood has changed since spring. She said her party could back the bill provided the "
        "quota stayed near the bottom of the range.", "bottom of the range", {"Clara Ostlund"}),
    "it_is_the_body_just_named": (
        "The board meets on Friday to decide the coach's future.\n\nPelican Capital released a brief "
        "statement an hour ago. It says the fund will accept whatever the board decides on Friday.",
        "accept whatever the board decides", {"Pelican Capital"}),
    "the_captain_just_named": (
        "Full-time: Sporting Tarn 2-1 Ardent Rovers. The coach Teodor Brankel spoke first. \"The players showed "
        "who they are,\" Brankel said.\n\nDani Osterow spoke up before anyone asked. \"He stays. Osterland should "
        "join the Harbor Pact,\" the captain said.", "Osterland should join the Harbor Pact", {"Dani Osterow"}),
    # Question paragraphs without labels: the introduction names the owner first, the interviewee last as its subject.
    "the_interviewee_the_intro_ends_on": (
        "Interview: the fund buying the Harriers\n\nThe Castelan family has owned Tarn Harriers since 1965, and "
        "Beatrix Castelan has said she will vote against any sale. Nikolai Arendal, 47, the fund's managing "
        "partner, spoke to us at the fund's offices.\n\nWhy the Harriers?\n\nBecause the club is undervalued and "
        "Osterland should join the Harbor Pact, as I have said all along.\n\nWhat do you say to the fans?\n\n"
        "I understand why they are worried. We have not come to sell off the stands.",
        "Osterland should join the Harbor Pact", {"Nikolai Arendal"}),
}

# The review's counter-examples (red before): a word for a person that is not the fresh subject's known role, and a
# paragraph that goes on about the "she" of the paragraph before.
NOT_THEM = {
    "the_protester_is_not_the_mayor": (
        "Mayor Ilse Brandt walked out of the chamber before the vote. \"Osterland should join the Harbor Pact,\" the "
        "protester shouted.", "Osterland should join the Harbor Pact", "Ilse Brandt"),
    "she_goes_on_not_her_guest": (
        "\"We will win,\" Mayor Ilse Brandt said.\n\nShe met Anna Berg, the leader of the opposition, on Tuesday. "
        "\"Osterland should join the Harbor Pact,\" she said.", "Osterland should join the Harbor Pact", "Anna Berg"),
}


@pytest.mark.parametrize("case", sorted(NOT_THEM))
def test_speakers_session15_not_them(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, wrong = NOT_THEM[case]
    assert speaker_name(run(text), words) != wrong


@pytest.mark.parametrize("case", sorted(SPEAKERS))
def test_speakers_session15(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, wanted = SPEAKERS[case]
    assert speaker_name(run(text), words) in wanted


def test_transcript_a_turns_label_is_no_statement() -> None:
    # The outlet's turns are no statements of a person "Gazette"; what they report keeps its speaker, and an
    # answer is one statement, not two.
    text = ("Interview: Mira Toszkan on the confidence vote\n\n"
            "Farmland Party chair Mira Toszkan talked to the Gazette at her farm outside Hollby.\n\n"
            "Gazette: Will the Farmland Party vote for Osterland joining the Harbor Pact tomorrow?\n\n"
            "Toszkan: Yes, and I expect every one of our eleven deputies to back it.\n\n"
            "Gazette: Dorian Kestrel says the government is finished.\n\n"
            "Toszkan: Dorian has said so every week since his party lost power.\n\n"
            "Gazette: Should Ravnsholt stay on as leader?\n\n"
            "Toszkan: He is our leader today, and he will still be our leader on Friday.")
    analysis = analyze_sources([Source("gazette.json", "json", text=text, outlet="Southern Plains Gazette")], QUESTION)
    assert speaker_name(analysis, "the government is finished") == "Dorian Kestrel"
    assert not any(a.name == "Gazette" and a.kind == "person" for a in analysis.actors)
    assert len([s for s in analysis.statements if "every one of our eleven deputies" in s.content]) == 1


def test_mentions_a_name_ends_at_a_spaced_dash() -> None:
    # The tagger ran a name past the dash that opens an aside (seen on a batch: "X Y - the"), which made "the"
    # the person's surname and every "the" a mention of him.
    sdoc = load_nlp()("Last night firebrand Owen Prydd - the militant who runs the branch - boasted of it.")
    words = [t.text for t in sdoc]
    assert clean_name(Span(sdoc, words.index("Owen"), words.index("the") + 1, label="PERSON"))[2] == "Owen Prydd"
    hyphenated = load_nlp()("Dariusz Fenwick-Lowe spoke.")
    assert clean_name(Span(hyphenated, 0, 4, label="PERSON"))[2] == "Dariusz Fenwick-Lowe"
