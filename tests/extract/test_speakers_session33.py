"""Speakers and where their words start (issue 10, session 33): a relative word standing before its cue ("fees, which
she said were ...") is no part of what was said, so the cue and its speaker are not inside the content; an opinion
phrase closing a line ("... in his eyes.") ends the content also before a paragraph break; a participle after "aside
from" reports for the subject of the verb the adverb hangs on. Written sentences; fictional people, bodies and
places."""

from __future__ import annotations

import pytest

from .conftest import speaker_name, statement_with

QUESTION = "Will the Orvel tunnel be built?"

OPENING = "Tunnel row\n\nThe Orvel council met on Monday to discuss the harbour tunnel.\n\n"


@pytest.mark.parametrize("sentence, cue, content", [
    # a verb of saying whose "that"-less clause has the relative word for its subject (statements._verbal)
    ("Mayor Ada Krell attacked the contractors for taking her gifts, which she said were paid back with favours.",
     "said", "were paid back with favours"),
    # a verb of intending whose infinitive has the relative word for its object (predicates._complement)
    ("Minister Jon Vell must find the money, which he plans to raise mostly through a levy on ferries.",
     "plans", "to raise mostly through a levy on ferries"),
])
def test_a_relative_word_before_its_cue(run, sentence: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    """Red on main f7bce155: the content ran from "which" and held the speaker and the cue ("which she said were ...")."""
    statement = statement_with(run(OPENING + sentence, question=QUESTION), content)
    assert statement.cue == cue
    assert statement.content.startswith(content)


def test_an_opinion_phrase_closing_a_line_is_no_content(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main f7bce155: with a paragraph break and another line after it, "in his eyes" was not read as closing
    the sentence, and the content held it (according.according_candidates)."""
    analysis = run(OPENING + "@harbourfan.\n\nOnly the old ports are safe in his eyes.\n\n@quaywatch.\n\nThe tunnel "
                   "would cost a fortune.", question=QUESTION)
    statement = statement_with(analysis, "Only the old ports are safe")
    assert statement.cue == "in his eyes"
    assert "his eyes" not in statement.content


@pytest.mark.parametrize("sentence", [
    # "aside" hangs on the finite verb "named"
    "The harbour board has had twenty offers, but Mayor Ada Krell named none of them, aside from saying she wants a "
    "local builder.",
    # "aside" hangs on the infinitive "list", whose subject is the one who refuses
    "The harbour board has had thirty offers, but Mayor Ada Krell refuses to list the likely bidders, aside from noting "
    "she wants a local builder.",
])
def test_a_participle_after_aside_from(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    """Red on main f7bce155: "aside from saying ..." had no speaker (the preposition hangs on the adverb "aside", not
    on a verb; and the infinitive it hangs on has no subject of its own): it is the subject of "refuses" who says it
    (clauses.subject_of)."""
    analysis = run(OPENING + sentence, question=QUESTION)
    statement = statement_with(analysis, "she wants a local builder")
    assert statement.cue in {"saying", "noting"}
    assert speaker_name(analysis, "she wants a local builder") == "Ada Krell"


def test_officials_said_they_hoped(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main f7bce155: officials are a reporter's frame, which yields to a holder inside it, so "they hoped"
    was the statement and "said" went; "they" is the officials themselves (overlap._frame_itself)."""
    analysis = run(OPENING + "Port officials said they hoped the new berths will bring more ferries to the harbour.",
                   question=QUESTION)
    statement = statement_with(analysis, "the new berths will bring more ferries")
    assert statement.cue == "said"
    assert statement.content.startswith("they hoped")


def test_sources_said_a_named_holder_believes(run) -> None:  # type: ignore[no-untyped-def]
    """Guard, green on main too: a named holder inside a reporter's frame keeps the statement."""
    analysis = run(OPENING + "Officials said Mayor Ada Krell believes the harbour tunnel will be dug by spring.",
                   question=QUESTION)
    assert speaker_name(analysis, "the harbour tunnel will be dug by spring") == "Ada Krell"



@pytest.mark.parametrize("sentence, content", [
    ("A port panel voted to hold Jon Vell in contempt for declining to give evidence on the harbour deal.",
     "to give evidence on the harbour deal"),
    ("Mayor Ada Krell called on Jon Vell to apologise to the board for suggesting it takes bribes.", "it takes bribes"),
])
def test_a_participle_after_for_is_not_the_governors(run, sentence: str, content: str) -> None:  # type: ignore[no-untyped-def]
    """Guard, green on main f7bce155: only "aside from" climbs from the infinitive to its governor's subject; the one
    who declined or suggested here is the one held or called on, whom the parse does not show."""
    analysis = run(OPENING + sentence, question=QUESTION)
    assert not any(s.cue in {"declining", "suggesting"} for s in analysis.statements)
    assert any(content in s.content for s in analysis.statements)


ROUNDUP = ("Readers on the tunnel\n\nWe asked readers what they made of the tunnel vote.\n\n"
           "\u201cThe mayor relies on easy slogans whenever the harbour comes up. It might be wise to stop.\u201d \u2015 "
           "Maria Lopez\n"
           "\u201cThe tunnel will drain the budget for a decade, and nobody on the council will say so.\u201d \u2015 "
           "Daniel Ortega\n\nPhoto: Orvel Courier.\n\n"
           "\u201dFortunately, the plan is open about its costs, its dates and its risks. Sadly, many will back it anyway "
           "out of pride.\u201d \u2015 Mace Torvel\n"
           "\u201cIt has been sold with half-truths again and again, and it is dividing the town.\u201d \u2015 Sofia Reyes\n")


def test_a_roundups_signer(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main f7bce155: a signer the tagger and the given names do not know was no signer, and the quotation
    went to the signer before it; in a round-up of named signers the signature's shape is enough (roundup._signed)."""
    analysis = run(ROUNDUP, question=QUESTION)
    assert speaker_name(analysis, "the plan is open about its costs") == "Mace Torvel"
    assert speaker_name(analysis, "The tunnel will drain the budget") == "Daniel Ortega"


def test_stopped_short_of_calling(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main f7bce155: "stopped short of calling X Y" is a statement of hers (PolNeAR's reader and the written
    batches' readers annotate the shape: what one declines to say is one's position), the subject of the verb "short"
    hangs on (clauses.subject_of)."""
    analysis = run(OPENING + "Mayor Ada Krell said the tunnel was worth a look, but stopped short of calling the "
                   "harbour board's plan a failure.", question=QUESTION)
    assert speaker_name(analysis, "the harbour board's plan a failure") == "Ada Krell"
