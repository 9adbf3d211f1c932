"""Speakers (issue 10, session 26): a document whose modifier is a word for a body speaks for the body the article names
or describes by that word ("ministry figures", "Company figures"), as an unnamed spokesperson does; a wire dateline's
place, read once by clean/dateline.py, is a place whatever the tagger said, and no word of a dateline speaks. Written
sentences; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from .conftest import speaker_name

QUESTION = "Is Ludmere Water to blame for the leaks?"


@pytest.mark.parametrize(("text", "words", "expected"), [
    # authors._body_word_author -> roleholders.body_by_word: the body the article describes by the word
    ("Pay row\n\nJunior doctors walked out on Monday after talks with the health ministry broke down. According to "
     "ministry figures, a first-year doctor earns 38,000 crowns a year.", "a first-year doctor earns", "health ministry"),
    # authors._body_word_author -> roleholders.named_company: "company" is the firm just named
    ("Ludmere Water under fire\n\nLudmere Water said its pumping stations were working flat out. Company figures put "
     "leakage at 21 percent of supply.", "leakage at 21 percent", "Ludmere Water"),
    # no body named by the document's word: it stays unnamed
    ("Town grows\n\nTallow has grown quickly. According to census figures, the town has 14 percent more homes than in "
     "2011.", "the town has 14 percent more homes", None),
])
def test_a_document_of_a_body_word(run, text: str, words: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(run(text, question=QUESTION), words) == expected


def test_a_dateline_place_is_a_place(run) -> None:  # type: ignore[no-untyped-def]
    """mentions.py: the place of "TARSK, 4 March 2026 - " is a place (kind other), never the organisation the tagger may
    call it; the chamber after the dash speaks."""
    analysis = run("Ring road plan\n\nTARSK, 4 March 2026 - The Tarsk Chamber of Commerce said the council must approve "
                   "the ring road plan this year.", question="Will the council approve the ring road plan?")
    kinds = {a.name: a.kind for a in analysis.actors}
    assert kinds.get("TARSK", kinds.get("Tarsk")) == "other", kinds
    assert speaker_name(analysis, "must approve the ring road plan") == "Tarsk Chamber of Commerce"


def test_a_dateline_of_two_words_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    """clauses.past_dateline: a place of two words with an agency ("PORT QUARNE, May 2 (Harbor Wire) - ") is no part of
    the speaker, whose role after the dash goes to its holder named later."""
    analysis = run("Ring road plan\n\nPORT QUARNE, May 2 (Harbor Wire) - Kessmark's transport minister said on Tuesday "
                   "that the council would approve the ring road plan by the spring.\n\nTransport Minister Ilse Varn "
                   "has backed the road for years.", question="Will the council approve the ring road plan?")
    assert speaker_name(analysis, "would approve the ring road plan by the spring") == "Ilse Varn"


def test_the_company_a_speaker_named_untagged(run) -> None:  # type: ignore[no-untyped-def]
    """speakers.SpeakerResolver._mention_of: a firm named only as the words of a speaker phrase, which the tagger left
    untagged, is the firm "the company" takes up two sentences on (roleholders.named_company reads mentions)."""
    text = ("Spray study\n\nA hospital survey found more asthma among fruit pickers in Lower Ammer.\n\nKelvorn "
            "Agrosciences, which sells Tesselan to farm co-operatives, said the survey had ignored pollen. \"Tesselan has a "
            "clean record,\" the company said.")
    assert speaker_name(run(text, question="Is Tesselan safe?"), "has a clean record") == "Kelvorn Agrosciences"


@pytest.mark.parametrize("firm", [
    "Ludmere Water",
    # review of session 26: the same sentence with another invented firm's name ends on the firm named as a modifier:
    # the preference holds only where the tagger makes the speaking firm a subject mention
    pytest.param("Saxby Water", marks=pytest.mark.xfail(strict=True, raises=AssertionError,
        reason="review of session 26: named_company's "
                                                        "subject preference depends on the tagger's reading of the name")),
])
def test_the_company_is_the_firm_that_spoke(run, firm: str) -> None:  # type: ignore[no-untyped-def]
    """roleholders.named_company: within two sentences, the firm that is a subject before a firm named nearer as a
    modifier ("the Ludgate Freight depot")."""
    text = ("Leaks in Tallow\n\nStreets in Tallow flooded for a second week.\n\n" + firm + " said a burst main under the "
            "Ludgate Freight depot had cost it millions of litres. Company figures put leakage at 21 percent of supply.")
    assert speaker_name(run(text, question=QUESTION), "leakage at 21 percent") == firm


def test_a_quantifier_takes_up_the_people_named(run) -> None:  # type: ignore[no-untyped-def]
    """speakers.phrase_actor: "Several" as the whole subject is some of the people the sentence before made its
    subject, never a name the tagger's capital suggests."""
    text = ("Ferry fares\n\nThe harbour board plans to raise ferry fares in May.\n\nSkippers are divided over the plan. "
            "Several told the Tallow Herald that the higher fares would empty the morning boats.")
    assert speaker_name(run(text, question="Will the harbour board raise ferry fares?"),
                        "the higher fares would empty the morning boats") == "Skippers"
