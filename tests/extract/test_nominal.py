"""Speech acts, beliefs and positions named by a noun with their content ("his claim that ...",
"expressed deep concern about ...", "is a firm opponent of ..."), verbs of speaking that take
their topic ("spoke about ..."), and a reported clause the parser hangs on its cue as an adverbial
clause ("said after the vote he would ...")."""

from __future__ import annotations

import pytest

from .conftest import speaker_name, statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


@pytest.mark.parametrize(("text", "content", "kind"), [
    ("Reporters asked about her claim that the northern allies had broken their word twice.",
     "the northern allies had broken their word twice", "indirect"),
    ("Marsh has deep concerns about the new border regime of the northern allies.",
     "the new border regime of the northern allies", "belief"),
    ("Marsh is a firm opponent of the neutral status for the island provinces.",
     "the neutral status for the island provinces", "position"),
    ("Marsh has raised questions about the cost of the harbor treaty.",
     "the cost of the harbor treaty", "indirect"),
])
def test_nominal_cues_with_content(run, text: str, content: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + text)
    statement = statement_with(analysis, content)
    assert statement.content.rstrip(".") == content and statement.kind == kind
    assert speaker_name(analysis, content) == "Lea Marsh"


@pytest.mark.parametrize("text", [
    "There were claims of abuse at the border camps of the northern allies.",   # nobody holds them
    "The party has just five percent support of the voters in the island provinces.",  # who gives support
])
def test_nominal_needs_a_holder_and_its_content(run, text: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + text)
    assert not [s for s in analysis.statements if s.kind in {"indirect", "belief", "position"}
                and ("abuse" in s.content or "voters" in s.content)]


def test_nominal_a_declared_position_keeps_its_noun(run) -> None:  # type: ignore[no-untyped-def]
    # The stance is judged on the content: "skepticism" must stay in it.
    analysis = run(INTRO + "Marsh expressed skepticism about the accession of the island provinces to the pact.")
    statement = statement_with(analysis, "the accession of the island provinces")
    assert statement.content.startswith("skepticism about") and statement.kind == "position"


def test_nominal_topic_verbs(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "Marsh spoke about the future of the fishing fleet in the north.")
    statement = statement_with(analysis, "the future of the fishing fleet")
    assert statement.cue == "spoke" and speaker_name(analysis, "the future of the fishing fleet") == "Lea Marsh"


def test_nominal_reported_clause_after_a_prepositional_phrase(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(INTRO + "Marsh said after the vote she would not accept the offer of the northern allies.")
    statement = statement_with(analysis, "she would not accept the offer")
    assert statement.content.startswith("she would not accept") and statement.cue == "said"


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("Her decision to meet the northern envoy on her plane drew criticism in Velden.",
     "to meet the northern envoy on her plane", "decision"),
    ("The talks have done nothing to stop Marsh's determination to bring Osterland into the pact.",
     "to bring Osterland into the pact", "determination"),
])
def test_nominal_intention_with_its_infinitive(run, text: str, content: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    """A noun of intending with its holder takes its infinitive, "to" included (round 5: PolNeAR
    dev +11 found); without a holder ("a decision to wait") nothing is attributed."""
    analysis = run(INTRO + text)
    statement = statement_with(analysis, content)
    assert statement.content.rstrip(".") == content and (statement.kind, statement.cue) == ("belief", cue)
    assert speaker_name(analysis, content) == "Lea Marsh"
    assert not [s for s in run(INTRO + "A decision to wait for the northern allies was taken on Monday.").statements
                if "to wait for the northern allies" in s.content]
    # ... nor as the object of a preposition, which names a topic ("talks about their decision to ...").
    assert not [s for s in run(INTRO + "The talks about their decision to enlarge the fishing fleet ended on "
                                       "Tuesday.").statements if s.cue == "decision"]
    # After "on" only a question is what was intended: "decision on how to ...", not "decision on the farm".
    analysis = run(INTRO + "Her decision on how to share the fishing grounds drew criticism. The council will "
                           "announce the ministry's decision on the proposed server farm next week.")
    assert statement_with(analysis, "how to share the fishing grounds").cue == "decision on"
    assert not [s for s in analysis.statements if s.cue.startswith("decision")
                and "server farm" in s.content]



def test_nominal_a_verb_read_as_a_noun_after_a_name() -> None:
    """"Berg charges that ...": the parser may read a name and a verb of saying as one noun phrase,
    the name its root and the verb its object (seen with a surname the tagger took for a common
    noun); the name is the speaker. The parse is given as the model produced it on such a sentence."""
    from spacy.tokens import Doc

    from stancemap.extract.nominal import nominal_candidates
    from stancemap.parse import load_nlp

    words = ["Berg", "charges", "that", "countries", "paid", "millions", "to", "the", "envoy", "."]
    doc = Doc(load_nlp().vocab, words=words, heads=[0, 0, 4, 4, 1, 4, 4, 8, 6, 0],
              deps=["ROOT", "dobj", "mark", "nsubj", "acl", "dobj", "prep", "det", "pobj", "punct"],
              tags=["NN", "NNS", "IN", "NNS", "VBD", "NNS", "IN", "DT", "NN", "."],
              pos=["NOUN", "NOUN", "SCONJ", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
              lemmas=["berg", "charge", "that", "country", "pay", "million", "to", "the", "envoy", "."],
              sent_starts=[True] + [False] * 9)
    found = list(nominal_candidates(list(doc.sents), 0, []))
    assert [(c.speaker.text if c.speaker is not None else None, doc.text[c.start:c.end]) for c in found] == [
        ("Berg", "countries paid millions to the envoy")]
    # ... or the name as the compound of the verb read as a plural noun, the sentence's root.
    doc = Doc(load_nlp().vocab, words=words, heads=[1, 1, 4, 4, 1, 4, 4, 8, 6, 1],
              deps=["compound", "ROOT", "mark", "nsubj", "acl", "dobj", "prep", "det", "pobj", "punct"],
              tags=["NN", "NNS", "IN", "NNS", "VBD", "NNS", "IN", "DT", "NN", "."],
              pos=["NOUN", "NOUN", "SCONJ", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
              lemmas=["berg", "charge", "that", "country", "pay", "million", "to", "the", "envoy", "."],
              sent_starts=[True] + [False] * 9)
    found = list(nominal_candidates(list(doc.sents), 0, []))
    assert [c.speaker.text if c.speaker is not None else None for c in found] == ["Berg"]


def test_nominal_noun_then_is_that(run) -> None:  # type: ignore[no-untyped-def]
    """"The X's view is that ...": the clause is the holder's belief; "The idea is that ..." has no holder."""
    analysis = run("The Morning Courier's view is that Osterland should join the Harbor Pact before winter.\n\n"
                   "The idea is that nobody has asked the fishermen of the northern coast.")
    found = statement_with(analysis, "should join the Harbor Pact")
    assert found.kind == "belief" and "view is that" in found.cue
    assert speaker_name(analysis, "should join the Harbor Pact") == "Morning Courier"
    assert not [s for s in analysis.statements if "nobody has asked" in s.content]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # Session 27 (issue 10 item 1): nouns of saying, finding or coming to know that take only a "that" clause
    # (nominal.THAT_NOUNS), and a holder named after the noun by "from" or "by" (nominal._by_holder) or
    # compounded with it.
    ("The vote took place despite warnings from her lawyer that the challenge would fail.",
     "the challenge would fail", None),
    ("Marsh's repeated emphasis that only two ships had been stopped angered the committee.",
     "only two ships had been stopped", "Lea Marsh"),
    ("Her speech carried a tacit acknowledgment that the northern allies might walk away.",
     "the northern allies might walk away", None),
    ("The committee's conclusion that the harbor treaty was lawful is not shared by the courts.",
     "the harbor treaty was lawful", None),
    ("The decision by the Velden council to close the old harbor surprised the fishermen.",
     "to close the old harbor", None),
])
def test_nominal_that_clause_nouns(run, text: str, content: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    """Red on main 9924f40: none of these contents was a statement."""
    analysis = run(INTRO + text)
    statement = statement_with(analysis, content)
    assert statement.content.rstrip(".") == content
    if speaker is not None:
        assert speaker_name(analysis, content) == speaker


@pytest.mark.parametrize("text", [
    "The Velden report on the harbor treaty was published on Monday by the ministry.",  # a document, no clause
    "The report from last week that the harbor would close turned out to be wrong.",  # "from" a time: no holder
    "Marsh made an admission of guilt before the committee in Velden on Monday.",  # an act, not content
])
def test_nominal_that_clause_nouns_take_nothing_else(run, text: str) -> None:  # type: ignore[no-untyped-def]
    """A guard: the nouns of THAT_NOUNS take no prepositional content, and a "from" phrase names a holder only
    when its object can hold a view."""
    analysis = run(INTRO + text)
    assert not [s.content for s in analysis.statements
                if any(w in s.content for w in ("the harbor treaty", "the harbor would close", "guilt"))]


@pytest.mark.parametrize(("text", "content"), [
    ("The Marsh campaign pledge to build a new harbor in Velden was repeated on Monday.",
     "to build a new harbor in Velden"),
    ("A Velden Courier report that the northern allies had left the talks was denied on Monday.",
     "the northern allies had left the talks"),
])
def test_nominal_a_name_compounded_with_the_noun_holds_it(run, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    """Session 27 (nominal._holder): a name compounded with a noun of saying holds it. Red with the rule switched
    off: the pledge's infinitive is no statement, the report's clause has no speaker."""
    analysis = run(INTRO + text)
    statement = statement_with(analysis, content)
    assert statement.content.rstrip(".") == content
    assert speaker_name(analysis, content) is not None


def test_nominal_a_compounded_name_holds_no_content_after_of(run) -> None:  # type: ignore[no-untyped-def]
    """Session 27 (nominal.nominal_candidates): "the Marsh criticism of X" is by Marsh or of Marsh, so nothing is
    attributed. Red with the rule switched off: "the harbor treaty" was Lea Marsh's "criticism of"."""
    analysis = run(INTRO + "The Marsh criticism of the harbor treaty surprised the northern allies.")
    assert not [s.content for s in analysis.statements if "harbor treaty" in s.content and s.cue.startswith("criticism")]
