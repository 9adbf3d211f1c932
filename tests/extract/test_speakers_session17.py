"""Speakers across articles (issue 10, session 17): a body one article describes and names nowhere ("the statistics
office") is that article's own actor, not merged by its words with another article's; one whose words hold a proper
name or a nationality ("the Valdorian finance ministry") is one actor across articles; in a wire copy it is the same
body as in the original. Written articles; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from stancemap.model import Analysis, Source
from stancemap.pipeline import analyze_sources

from .conftest import speaker_name, statement_with

QUESTION = "Will Osterland join the Harbor Pact?"


def _corpus(*bodies: str) -> Analysis:
    return analyze_sources([Source(f"a{i}.txt", "text", text=body, published=f"2026-05-0{i + 1}")
                            for i, body in enumerate(bodies)], QUESTION)


def test_a_described_body_stays_in_its_article() -> None:
    analysis = _corpus(
        "Prices in Valdoria rose again in April. Inflation eased to 3.1% in May from 3.6% in April, the statistics "
        "office said on Tuesday.",
        "Osterland's economy slowed in the spring. Unemployment climbed to 7.2% in May, the statistics office said "
        "on Wednesday.")
    first = statement_with(analysis, "Inflation eased to 3.1%")
    second = statement_with(analysis, "Unemployment climbed to 7.2%")
    names = {analysis.actor(s.speaker).name for s in (first, second)}  # type: ignore[union-attr]
    assert names == {"statistics office"}
    assert first.speaker != second.speaker  # two countries' offices, two actors


def test_a_described_body_named_by_its_nationality_is_one_actor() -> None:
    analysis = _corpus(
        "The talks resumed on Monday. The Valdorian finance ministry said it expected Osterland to join the Harbor "
        "Pact by the autumn.",
        "Bond markets were calm. The Valdorian finance ministry said the budget would not depend on the Harbor Pact.")
    first = statement_with(analysis, "expected Osterland to join")
    second = statement_with(analysis, "the budget would not depend")
    assert first.speaker is not None and first.speaker == second.speaker
    assert analysis.actor(first.speaker).name == "Valdorian finance ministry"  # type: ignore[union-attr]


def test_a_described_body_named_by_its_place_at_a_sentence_start_is_one_actor() -> None:
    # (the tagger reads "Vellmark" opening the sentence as an adjective: a word WordNet does not know is a name)
    analysis = _corpus(
        "Two men were held at the quay. Vellmark police said a complaint had come from the ministry.",
        "The search goes on. Vellmark police confirm their search for the stolen ledger is still under way.")
    first = statement_with(analysis, "a complaint had come")
    second = statement_with(analysis, "search for the stolen ledger")
    assert first.speaker is not None and first.speaker == second.speaker


STORY = [
    "Unemployment in Osterland climbed to 7.2% in May from 6.8% in April, the statistics office said on Wednesday, "
    "the highest figure since the port strike two years ago.",
    "Harbour towns saw the sharpest rise, with shipyards in Tarnby and Velle laying off more than 900 workers "
    "between them as orders from abroad dried up over the winter.",
    "Finance minister Ada Kross said the figures showed why Osterland should join the Harbor Pact before the "
    "autumn, since members' ships would pay lower fees at every port in the pact.",
    "Opposition leader Brun Hallet said joining would not bring back a single job in the shipyards.",
]


def test_a_described_body_in_a_wire_copy_is_counted_once() -> None:
    analysis = analyze_sources([
        Source("wire.txt", "text", text="\n\n".join(STORY), published="2026-06-02"),
        Source("copy.txt", "text", text="\n\n".join([*STORY, "(Osterland Wire)"]), published="2026-06-03")], QUESTION)
    copies = [s for s in analysis.statements if "Unemployment in Osterland climbed" in s.content]
    assert len(copies) == 2 and len({s.speaker for s in copies}) == 2  # each article's own office ...
    assert sum(1 for s in copies if s.copy_of is not None) == 1  # ... one body in the copy: counted once


# A person's body named by a possessive ("her party", "his group", "whose party"): the person speaks, as for her office
# or his ministry (speakers._possessor).
SPEAKERS = {
    "her_party": (
        "The Open Harbours Party leader, Mette Raskild, said again on Friday that her party wanted Osterland to join the "
        "Harbor Pact within two years.", "Osterland to join the Harbor Pact", "Mette Raskild"),
    "her_group": (
        "Irma Pelto of Fair Ports Tarn was blunter. \"This is a trap,\" she warned. Her group wants "
        "the Harbor Pact treaty torn up entirely, not rewritten.", "treaty torn up entirely", "Irma Pelto"),
    # The tagger ends the name at the given name ("Tomas" of "Tomas Norling"): the whole name, and "he" after it.
    "a_name_cut_at_its_given_name": (
        "The trust met on Friday. Trust chair Tomas Norling opens the session. He says the trust will back Osterland "
        "joining the Harbor Pact if the quays are rebuilt.", "will back Osterland joining", "Tomas Norling"),
    # ... not a given name that opens a title ("Justice" of "Justice Minister Alda Varro").
    "a_given_name_opening_a_title": (
        "Still, Justice Minister Alda Varro has not yet put her name to the decree. She said Osterland would join the "
        "Harbor Pact in May.", "Osterland would join the Harbor Pact", "Alda Varro"),
    # A document's author named by a modifier the parse reads as a noun modifier.
    "a_poll_named_by_a_noun_modifier": (
        "Quick poll: Dace ahead\n\nA Corliss Insight quick poll of 640 listeners for Bay Radio found "
        "that 47% want Osterland to join the Harbor Pact.", "want Osterland to join", "Corliss Insight"),
    # The subject of what "he said" reports is not he.
    "a_name_in_what_he_said": (
        "Minister Anders Brenneke refused to quit on Monday. Opposition leader Jon Brunn called the review a stalling "
        "game. Brenneke should resign today, not after the summer, he said.", "Brenneke should resign today", "Jon Brunn"),
    # A body's name the tagger cut or called a person: it runs back over its capitalised words, on through "of".
    "a_body_name_cut_by_the_tagger": (
        "The Central Freight and Transport Union wants its members at courier firm Pellaro to back Osterland joining "
        "the Harbor Pact.", "back Osterland joining", "Central Freight and Transport Union"),
    "a_body_name_tagged_a_person": (
        "Ormsby Chamber of Commerce, in a written reply: \"The report is a fair start. Osterland should join the "
        "Harbor Pact.\"", "Osterland should join the Harbor Pact", "Ormsby Chamber of Commerce"),
    # A live blog's entry about someone named after "from", with a possessor named after him.
    "not_the_possessor_named_last": (
        "13:45\nPrime Minister Bogdan Selvan said the ruling would be respected. \"We will abide by it,\" he said.\n"
        "13:30\nA marked turn from Dario Menkel, head of the Green Accord, the junior party in Selvan's coalition. "
        "On Radio Maldor this morning he said Osterland should join the Harbor Pact.", "Osterland should join",
        "Dario Menkel"),
    # An unnamed spokesperson for a body the article describes but never names: that body.
    "a_spokesperson_for_a_body_described": (
        "Residents say the tower will block the light. A council spokesperson said the tower would not delay "
        "Osterland joining the Harbor Pact.", "would not delay Osterland joining", "council"),
    # A body described in a place: the body, not the place it sits in.
    "a_body_described_in_a_place": (
        "Talks resumed. The Tarnish embassy in Port Wendle said in a brief note that it expected Osterland to "
        "join the Harbor Pact.", "expected Osterland to join", "Tarnish embassy"),
    "whose_party": (
        "Open Coast leader Hanne Torvang, whose party has promised to vote against the Harbor Pact, called the "
        "treaty \"a poor bargain\".", "to vote against the Harbor Pact", "Hanne Torvang"),
}


@pytest.mark.parametrize(("text", "words", "wanted"), list(SPEAKERS.values()), ids=list(SPEAKERS))
def test_speakers_session17(run, text: str, words: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(run(text), words) == wanted


# A person's body that says something of the person ("she", her name) speaks about her, not as her own voice (the
# review of session 17: main read these as unnamed; the branch gave the dead woman and the injured striker).
OF_THE_PERSON = {
    "her_family_of_her": (
        "Lise Ennard, 81, died on Sunday in Velden. Her family said she had fought for Osterland to join the Harbor Pact "
        "all her life.", "she had fought for Osterland", "Lise Ennard"),
    "his_club_of_him": (
        "Striker Tobias Quell was injured on Saturday. His club said Quell would miss three weeks and that joining the "
        "Harbor Pact would not affect the league.", "Quell would miss three weeks", "Tobias Quell"),
}


@pytest.mark.parametrize(("text", "words", "person"), list(OF_THE_PERSON.values()), ids=list(OF_THE_PERSON))
def test_speakers_a_body_speaking_of_its_person(run, text: str, words: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert person not in (speaker_name(run(text), words) or "")


def test_speakers_a_body_speaking_of_another_is_still_its_persons(run) -> None:  # type: ignore[no-untyped-def]
    # ("he" is the minister, not the leader whose party speaks)
    text = ("Opposition leader Radu Varn of the Unity Front said the minister could not stay on. His party said "
            "it would force a confidence vote on Brenneke if he did not quit.")
    assert speaker_name(run(text), "would force a confidence vote") in {"Radu Varn", "Unity Front"}


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="a person 'of' a group whose name opens with an adjective ('Clean Quays Now', "
                   "'Open Ledger Tarn') is named with the 'of' ('Irma Pelto of'); 'Fair Ports Tarn' is not (final read, "
                   "session 26)")
def test_speakers_a_person_of_a_group_named_by_an_adjective(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Irma Pelto of Clean Quays Now was blunter. \"This is a trap,\" she warned. Her group wants the Harbor Pact "
            "treaty torn up entirely, not rewritten.")
    assert speaker_name(run(text), "treaty torn up entirely") == "Irma Pelto"
