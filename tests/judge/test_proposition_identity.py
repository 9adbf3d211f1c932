"""An identity asked with a copula whose subject carries a reduced relative (issue 9, session 39; judge/proposition.py
`_complement_after_relative`, `_opens_complement`): "Is the vase found in the cellar a genuine Meissen?" is parsed with
both "vase" and "Meissen" subjects of "Is" (or the name an object or an adverb of the participle, or an apposition);
read again as a statement, the subject is the whole noun phrase with its participle and the copula's complement the
noun after it, not a passive "find" with "a genuine Meissen" its object. Invented questions."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition

from .conftest import statement_with


@pytest.mark.parametrize(("question", "subject", "obj"), [
    ("Is the painting found in the Hollenbeck farmhouse a genuine Marsden?", "the painting found in the Hollenbeck farmhouse",
     "a genuine Marsden"),
    ("Is the letter discovered in the Orrin archive a real Tessaly?", "the letter discovered in the Orrin archive",
     "a real Tessaly"),  # "Tessaly" parsed as an adverb of "discovered"
    ("Is the vase kept in the Dunlow museum a forgery?", "the vase kept in the Dunlow museum", "a forgery"),
    ("Was the wreck raised near the harbour wall a warship?", "the wreck raised near the harbour wall", "a warship"),
])
def test_a_reduced_relative_on_the_subject(question: str, subject: str, obj: str) -> None:
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate, prop.object, prop.voice) == (subject, "be", obj, "active"), prop.reading
    assert "find" not in prop.event and "discover" not in prop.event, prop.event


@pytest.mark.parametrize(("question", "subject", "obj"), [
    # a subject that does not end on its noun is not whole before "was": the complement is the adjective
    ("Was the police response to the Harrow Lane march proportionate?", "the police response to the Harrow Lane march",
     "proportionate"),
    ("Is the painting a genuine Marsden?", "the painting", "a genuine Marsden"),  # no participle: read as before
])
def test_other_copulas_read_as_before(question: str, subject: str, obj: str) -> None:
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate, prop.object) == (subject, "be", obj), prop.reading


IDENTITY = "Is the vase found in the Dunlow cellar a genuine Marsden?"
INTRO = "Professor Ines Vord of the Marlow Institute spoke in Eastmoor on Tuesday.\n\n"


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("sentence", "words", "stance"), [
    ('"It is a lovely vase, and it is not a Marsden," said Vord.', "it is not a Marsden", "oppose"),
    ('"This is a Marsden, no doubt about it," said Vord.', "This is a Marsden", "support"),
])
def test_an_identity_said_or_denied(run, sentence: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    # the object's name said of something by a copula answers the identity (said_state.py), denied the other way; the
    # lexicon's praise of the vase ("lovely") does not
    statement = statement_with(run(INTRO + sentence, question=IDENTITY), words)
    assert statement.stance == stance, statement.stance_evidence


SHARE = "Do Marlow's big supermarkets pay a fair wage to their staff?"


def test_a_quality_judged_in_the_object() -> None:
    # "a fair wage": the adjective VADER values and WordNet opposes joins the act's words (proposition.py
    # `_judged_quality`); one that only describes does not ("a new stadium")
    prop = parse_proposition(SHARE)
    assert {"fair", "pay"} <= set(prop.event) and "unfair" in prop.opposites, (prop.event, prop.opposites)
    plain = parse_proposition("Will the city council build a new stadium?")
    assert "new" not in plain.event and "old" not in plain.opposites, (plain.event, plain.opposites)


@pytest.mark.usefixtures("rules_alone")
def test_a_quality_denied_opposes(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + '"A corner cafe pays more than they do," said Vord. "That is not a fair wage by any reckoning."'
    statement = statement_with(run(text, question=SHARE), "not a fair wage")
    assert statement.stance == "oppose", statement.stance_evidence
