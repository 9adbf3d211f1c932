"""Who said what and where it ends (issue 10, session 38): "see X as Y" as a belief, ", including Y" after a
complement's noun, and the mention of a relative clause's conjunct verb. Written sentences; fictional people, bodies
and places."""

from __future__ import annotations

import pytest

from stancemap.extract.clauses import speaker_words, subject_of
from stancemap.extract.predicates import _sees_as
from stancemap.parse import load_nlp

from .conftest import statement_with

QUESTION = "Will the Orvel tunnel be built?"

OPENING = "Tunnel row\n\nThe Orvel harbour board met on Monday to discuss the tunnel.\n\n"


def test_seeing_an_object_as_something() -> None:
    """Red on main 0fa92926 (no statement): "see X as Y" says what the subject takes X for, a belief whose content is
    the object and its "as" phrase (predicates.SEEING_AS)."""
    from stancemap.model import Source
    from stancemap.pipeline import analyze_sources

    text = OPENING + ("Critics of the ferry plan, like two councillors from the north, see the extension of the service "
                      "as a chance to fix its timetable.")
    analysis = analyze_sources([Source("test.txt", "text", text=text)], QUESTION)
    statement = statement_with(analysis, "as a chance to fix its timetable")
    assert statement.cue == "see" and statement.content.startswith("the extension of the service")
    assert statement.speaker_mention == "Critics of the ferry plan"


def test_a_relative_clauses_conjunct_runs_through_who(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 0fa92926 (no statement; and the mention of a conjunct verb sharing a relative clause's "who" was the
    antecedent alone, where a verb of the clause itself gives "X, who": clauses._relative_clause_of)."""
    analysis = run(OPENING + "The tunnel would be paid for by wealthy commuters, who make up most of the riders and see "
                             "the toll as an easy way to reach the mainland.", question=QUESTION)
    statement = statement_with(analysis, "as an easy way to reach the mainland")
    assert statement.speaker_mention == "wealthy commuters, who"


@pytest.mark.parametrize(("text", "sees_as"), [
    ("Critics of the plan see the extension as a chance to fix the timetable.", True),
    ("Some who saw the vote as a snub to the fishermen walked out.", True),
    # (no "as": seeing names no view)
    ("The harbour board saw the vote on Monday.", False),
    # ("as well as" coordinates what was seen; it takes it for nothing)
    ("Visitors see the new quay as well as the old pier on the tour.", False),
    # (a subject negated says whose view it is not: red with the first form, on a DEVELOP batch's sentence of this shape)
    ("Not everyone on the quay sees the vote as ferry or nothing.", False),
])
def test_seeing_as_on_the_parse(text: str, sees_as: bool) -> None:
    doc = load_nlp()(text)
    verb = next(t for t in doc if t.lemma_ == "see")
    assert _sees_as(verb) is sees_as


def test_seeing_without_as_is_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    """A guard: "saw the vote" with no "as" phrase takes no statement of its own."""
    analysis = run(OPENING + "Tesk saw the vote on the tunnel from the back of the crowded hall.", question=QUESTION)
    assert not [s for s in analysis.statements if s.cue in {"saw", "see"}]


def test_including_after_the_object_goes_on_it(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 0fa92926 (the content ended at "timetable"): ", including Y" the parse hung on the verb after its
    complement's noun names more of that noun (predicates._includes_more)."""
    analysis = run(OPENING + "Tesk complained about the new timetable, including the late start of the first ferry.",
                   question=QUESTION)
    statement = statement_with(analysis, "the new timetable")
    assert statement.content.endswith("including the late start of the first ferry")


def test_including_a_circumstance_is_not_more_of_the_object(run) -> None:  # type: ignore[no-untyped-def]
    """A guard: ", including on the night ..." has no noun of its own: it says when the act was done, not more of what
    it was about."""
    analysis = run(OPENING + "Tesk complained about the new timetable, including on the night of the storm.",
                   question=QUESTION)
    statement = statement_with(analysis, "the new timetable")
    assert "storm" not in statement.content


def test_speaker_words_of_a_relative_conjunct_on_the_parse() -> None:
    doc = load_nlp()("The toll is paid by commuters, who make up most riders and see the toll as a fair price.")
    verb = next(t for t in doc if t.lower_ == "see")
    subject = subject_of(verb)
    assert subject is not None and speaker_words(subject, verb).text == "commuters, who"


def _agreed_then(conjunct: str, tag: str) -> tuple:  # type: ignore[type-arg]
    """A hand-built parse of "It came years after the towns agreed to share a ferry and <conjunct> on one another .",
    as the parser read such a sentence on PolNeAR dev: the bare verb after "and" hung on the cue, not on "share"."""
    from spacy.tokens import Doc

    words = ["It", "came", "years", "after", "the", "towns", "agreed", "to", "share", "a", "ferry", "and", conjunct, "on",
             "one", "another", "."]
    heads = [1, 1, 6, 6, 5, 6, 1, 8, 6, 10, 8, 6, 6, 12, 13, 14, 1]
    deps = ["nsubj", "ROOT", "npadvmod", "mark", "det", "nsubj", "advcl", "aux", "xcomp", "det", "dobj", "cc", "conj",
            "prep", "pobj", "det", "punct"]
    pos = ["PRON", "VERB", "NOUN", "SCONJ", "DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "CCONJ", "VERB", "ADP",
           "NUM", "DET", "PUNCT"]
    tags = ["PRP", "VBD", "NNS", "IN", "DT", "NNS", "VBD", "TO", "VB", "DT", "NN", "CC", tag, "IN", "CD", "DT", "."]
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[6], lemmas[12] = "come", "agree", {"rely": "rely", "relied": "rely"}[conjunct]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    return doc, doc[6], doc[8]


@pytest.mark.parametrize(("conjunct", "tag", "goes_on"), [
    ("rely", "VB", True),
    # (a past after "and" agrees with the cue: its own next act, not more of what was agreed)
    ("relied", "VBD", False),
])
def test_an_infinitive_goes_on_after_a_verb_of_saying(conjunct: str, tag: str, goes_on: bool) -> None:
    """Red on main 0fa92926 for "rely" (the content ended at "ferry"): bounds.speech_end lets a bare verb the parse hung
    on a finite verb of saying after its "to" infinitive go on that infinitive (bounds.infinitive_goes_on, session 35's
    rule for positions)."""
    from stancemap.extract.bounds import speech_end

    doc, verb, clause = _agreed_then(conjunct, tag)
    end = speech_end(doc, verb, clause.right_edge.i, doc[:])
    assert (end > doc[10].idx + len("ferry")) is goes_on


def test_including_after_a_plural_subject_may_be_some_of_it(run) -> None:  # type: ignore[no-untyped-def]
    """A guard (red with a first form of predicates._includes_more, on a DEVELOP batch's sentence of this shape):
    after a plural subject ", including" may name some of the subject, not more of the object."""
    analysis = run(OPENING + "Councillor Tesk and nine other councillors voted against the tunnel levy, including three "
                             "members of the ruling group.", question=QUESTION)
    statement = statement_with(analysis, "the tunnel levy")
    assert "ruling group" not in statement.content
