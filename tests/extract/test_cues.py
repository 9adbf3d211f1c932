"""Cues the parse hides or misleads (issue 10, round 4): quotation-only verbs, a participle after
a preposition, a reporting verb tagged as a noun, a surname read as a common noun, asides ("as X
has pointed out", "other studies have shown"), and what is not content (whom it was told to, what
it was said of)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from stancemap.extract.clauses import predicate_like
from stancemap.extract.statements import find_candidates
from stancemap.parse import load_nlp

from .conftest import speaker_name, statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


@pytest.mark.parametrize(("text", "words", "kind", "cue"), [
    ('"Why would anyone sign this treaty before the summer?" Marsh asked.', "Why would anyone sign", "direct", "asked"),
    ('Marsh continued, "We will not wait for the northern allies forever."', "We will not wait", "direct", "continued"),
    ("Marsh responded by saying the treaty would be signed in May.", "the treaty would be signed in May",
     "indirect", "saying"),
    ("As Marsh has pointed out, the treaty leaves Osterland without a veto.",
     "the treaty leaves Osterland without a veto", "indirect", "pointed"),
    ("Marsh told a meeting of northern leaders that the treaty would hold.", "the treaty would hold", "indirect", "told"),
    # (the infinitive after "went on" parsed as an adverbial clause: session 14)
    ("Marsh went on to explain that the treaty leaves Osterland without a veto.",
     "the treaty leaves Osterland without a veto", "indirect", "explain"),
])
def test_cues_statement_forms(run, text: str, words: str, kind: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + text)
    statement = statement_with(analysis, words)
    assert (statement.kind, statement.cue) == (kind, cue)
    assert speaker_name(analysis, words) == "Lea Marsh"


def test_cues_a_letter_reads_its_quotation(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + '"Osterland belongs in the Harbor Pact," the letter reads.')
    statement = statement_with(analysis, "Osterland belongs in the Harbor Pact")
    assert (statement.kind, statement.cue, statement.speaker_mention) == ("direct", "reads", "the letter")


def test_cues_aside_content_leaves_the_aside_out(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "Trade with the north doubled in a decade, other studies have shown.")
    statement = statement_with(analysis, "Trade with the north")
    assert statement.content == "Trade with the north doubled in a decade"
    assert statement.speaker_mention == "other studies"


def test_cues_surname_read_as_common_noun_holds_a_belief(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run("Mark Stones spoke on Monday.\n\nStones believes that the treaty is already agreed.")
    statement = statement_with(analysis, "the treaty is already agreed")
    assert statement.kind == "belief" and speaker_name(analysis, "the treaty is already agreed") == "Mark Stones"


@pytest.mark.parametrize(("text", "not_content"), [
    ("Marsh told the Velden Herald about the treaty on Monday.", "the Velden Herald"),
    ('"It is a fair offer," Marsh said of the proposal.', "of the proposal"),
    ('"It is a fair offer," Marsh said on Velden Radio.', "on Velden Radio"),
])
def test_cues_addressee_and_topic_are_not_content(run, text: str, not_content: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + text)
    assert not any(s.content.startswith(not_content) for s in analysis.statements)


def test_cues_reporting_verb_tagged_as_noun() -> None:
    """The tagger sometimes reads "claims" after a name as a plural noun, but the parse still gives
    it a subject and a clause: it reports."""
    nlp = load_nlp()
    words = ["But", "Reval", "claims", "that", "she", "must", "be", "the", "winner", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 8 + [False, False],
              pos=["CCONJ", "PROPN", "NOUN", "SCONJ", "PRON", "AUX", "AUX", "DET", "NOUN", "PUNCT"],
              tags=["CC", "NNP", "NNS", "IN", "PRP", "MD", "VB", "DT", "NN", "."],
              deps=["cc", "nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "det", "attr", "punct"],
              heads=[2, 2, 2, 6, 6, 6, 2, 8, 6, 2],
              lemmas=["but", "Reval", "claim", "that", "she", "must", "be", "the", "winner", "."],
              ents=["O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O", "O"])
    assert predicate_like(doc[2]) and not predicate_like(doc[8])
    found = find_candidates(doc)
    assert [(c.cue, doc.text[c.start:c.end]) for c in found] == [("claims", "she must be the winner.")]


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("Marsh outlined her plan for a customs union with the northern allies.",
     "her plan for a customs union with the northern allies", "outlined"),
    ("Marsh bemoaned the delays in the accession talks.", "the delays in the accession talks", "bemoaned"),
    ("Marsh offered no proof that the northern allies had broken the treaty.",
     "no proof that the northern allies had broken the treaty", "offered"),
    ("Marsh unveiled a roll of pledges from forty retired admirals.",
     "a roll of pledges from forty retired admirals", "unveiled"),
    # (a verb of taking a side opens its content, session 19: extract/verb_positions.py)
    ("Marsh voted to hold Pia Tamm, a former aide to the mayor, in contempt of parliament.",
     "voted to hold Pia Tamm, a former aide to the mayor, in contempt of parliament", "voted"),
])
def test_cues_presenting_verbs_put_forward_their_object(run, text: str, content: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + text)
    statement = statement_with(analysis, content)
    assert (statement.content.rstrip("."), statement.cue) == (content, cue)
    assert speaker_name(analysis, content) == "Lea Marsh"


@pytest.mark.parametrize("text", [
    "As Marsh put it, the treaty is a door that only opens inward.",
    "The treaty is a door that only opens inward, as Marsh put it.",
])
def test_cues_as_someone_put_it(run, text: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + text)
    statement = statement_with(analysis, "a door that only opens inward")
    assert statement.content.lower() == "the treaty is a door that only opens inward" and statement.cue == "put"
    assert speaker_name(analysis, "a door that only opens inward") == "Lea Marsh"


@pytest.mark.parametrize(("text", "words"), [
    ("About one voter in nine is expected to back the Green Bridge party.", "to back the Green Bridge party"),
    ("The northern allies have long been criticized for moving too late to help Osterland.", "too late to help"),
    ("Marsh was accused of hiding the cost of the accession from parliament.", "hiding the cost"),
])
def test_cues_unsourced_views(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """A view held by no one named is a belief without a speaker (PolNeAR's attribution without source)."""
    analysis = run(INTRO + text)
    statement = statement_with(analysis, words)
    assert statement.kind == "belief" and statement.speaker is None


@pytest.mark.parametrize("text", [
    "Three guards are seen standing near the van in the clip.",
    "It is expected that the treaty will be signed in May.",
    "The treaty was rejected by Marsh within hours.",
])
def test_cues_not_unsourced_views(run, text: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + text)
    assert not any(s.kind == "belief" and s.speaker is None for s in analysis.statements)


def test_cues_relative_asked_is_not_the_cue(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "“Nobody wants to say no to Osterland in public,” an official who asked not to be named "
                           "told the Velden Herald. “But nobody wants to import a frozen conflict either.”")
    statement = statement_with(analysis, "Nobody wants to say no")
    assert statement.cue == "told" and "frozen conflict" in statement.content and len(statement.parts) == 2


def test_cues_leading_clause_ends_before_its_main_clause(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "After saying the treaty was a fair deal for every member, Marsh was driven to the airport.")
    statement = statement_with(analysis, "the treaty was a fair deal")
    assert statement.content == "the treaty was a fair deal for every member" and statement.cue == "saying"
    assert speaker_name(analysis, "the treaty was a fair deal") == "Lea Marsh"


@pytest.mark.parametrize(("text", "words", "mention"), [
    ("VELDEN (Harbor Ledger) – Osterland’s parliament on Wednesday approved a sweeping customs law.",
     "a sweeping customs law", "Osterland’s parliament"),
    ("VELDEN (Harbor Ledger) – The Osterland government on Friday rejected the northern customs plan.",
     "the northern customs plan", "The Osterland government"),
])
def test_cues_dateline_city_is_not_the_speaker(run, text: str, words: str, mention: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(text), words)
    assert statement.speaker_mention == mention


def test_cues_told_clause_hung_on_a_circumstance(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + 'Marsh told analysts on a call that Osterland "will not wait for a port that does not want us."')
    statement = statement_with(analysis, "will not wait")
    assert statement.content.startswith("Osterland") and statement.cue == "told"


def test_cues_in_a_poll(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "In the latest Velden Herald poll, the Green Bridge party led the Pact's opponents by five points.")
    statement = statement_with(analysis, "led the Pact's opponents by five points")
    assert statement.cue == "in" and statement.speaker_mention == "the latest Velden Herald poll"
    assert not statement.content.startswith("In")


def test_cues_raising_verb_subject_reports(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "Marsh appeared to blame the northern allies for the delay in the talks.")
    assert speaker_name(analysis, "the northern allies for the delay") == "Lea Marsh"


def test_cues_position_on_someone(run) -> None:  # type: ignore[no-untyped-def]
    """A position on someone named is a claim however short ("endorsed Marwick"); one on a bare
    thing is not (test_statements_short_positions_are_not_claims)."""
    analysis = run(INTRO + "Marsh endorsed Jonas Berg.")
    statement = statement_with(analysis, "Jonas Berg")
    assert (statement.kind, statement.cue) == ("position", "endorsed")


def test_cues_unheld_noun_with_its_clause(run) -> None:  # type: ignore[no-untyped-def]
    """"There are growing concerns that ...": a belief by no one named; without "that" ("claims of
    abuse") nothing is attributed (tests/extract/test_nominal.py)."""
    analysis = run(INTRO + "There are growing concerns that Osterland is too dependent on the northern allies.")
    statement = statement_with(analysis, "Osterland is too dependent")
    assert (statement.kind, statement.cue, statement.speaker) == ("belief", "concerns that", None)


def test_cues_name_after_an_opening_phrase(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run("With fifty days until the election, Jonas Berg, a senior adviser to the Green Bridge party, "
                   'called the treaty "a true wake-up call" for the northern allies.')
    assert statement_with(analysis, "a true wake-up call").speaker_mention == "Jonas Berg"


def test_cues_said_in_a_statement_that(run) -> None:  # type: ignore[no-untyped-def]
    """The clause the parse hung on the noun of "said in a statement that ..." is the speaker's."""
    analysis = run(INTRO + "The Osterland Grid said in a statement that the cost of the new cable had not yet "
                           "been shared between the company and the state.")
    statement = statement_with(analysis, "the cost of the new cable")
    assert statement.speaker_mention == "The Osterland Grid" and statement.kind == "indirect"


def test_cues_wrote_in_a_letter_that(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "Marsh wrote in a letter to the northern allies that the treaty would be signed in May.")
    statement = statement_with(analysis, "the treaty would be signed in May")
    assert statement.cue == "wrote" and statement.content.startswith("the treaty")
    assert speaker_name(analysis, "the treaty would be signed") == "Lea Marsh"


def test_cues_it_says(run) -> None:  # type: ignore[no-untyped-def]
    """A document spoken of as "it" opening its sentence reports with a verb of saying."""
    analysis = run(INTRO + "The northern allies sent a letter to Velden on Monday. It says the treaty was signed in secret.")
    statement = statement_with(analysis, "the treaty was signed in secret")
    assert statement.cue == "says" and statement.speaker_mention == "It"


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Until last week she ruled out resigning altogether.", "ruled out", "resigning altogether"),
    ("If members vote yes, the union will formally call off the strike at the docks.", "call off",
     "the strike at the docks"),
])
def test_cues_phrasal_verbs_particle_is_the_cues(run, text: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    """A phrasal verb's particle belongs to the cue, not to the content ("ruled out resigning", not
    "out resigning"); a two-word position after a phrasal verb is still a statement."""
    analysis = run(INTRO + text)
    found = [s for s in analysis.statements if s.cue == cue]
    assert [s.content.rstrip(".") for s in found] == [content]
