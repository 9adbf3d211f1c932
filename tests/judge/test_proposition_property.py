"""A property asked about ("Is the paint safe?", "Is the stadium worth its cost?"): the adjective is the predicate,
its WordNet words and opposites are the terms, and the adjective said of something is the event asserted (session 24;
invented questions and sentences)."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

PAINT = "Is the Ellerby paint safe for painters?"
HALL = "Is the Orsted concert hall worth its cost?"
INTRO = "Councillor Mara Garwood of the Green Union spoke in Calde on Monday.\n\n"


@pytest.mark.parametrize(("question", "predicate", "event", "opposite"), [
    (PAINT, "be safe", "safe", "dangerous"),
    (HALL, "be worth", "worth", "worthless"),  # "worth" is filed under "worthy": its antonym's "see also"
    ("Is the Tolvey tram plan affordable?", "be affordable", "affordable", "expensive"),  # a satellite of "cheap"
    ("Was the Tolvern mayor guilty of fraud?", "be guilty", "guilty", "innocent"),
])
def test_a_property_is_the_predicate(question: str, predicate: str, event: str, opposite: str) -> None:
    prop = parse_proposition(question)
    # the terms read the property ("be safe"); a reader writes the copula and its complement (session 25)
    assert prop.verb == predicate and prop.predicate == "be", prop.reading
    assert prop.object.startswith(predicate[3:])
    assert event in prop.event and "be" not in prop.event
    assert opposite in prop.opposites


@pytest.mark.parametrize(("question", "subject", "predicate", "obj", "voice"), [
    # "rigged" read as a clause of its own, and the subject cut at "mayoral": read as "the ... was rigged."
    ("Was the 2024 county election in Velsford rigged?", "", "rig", "the 2024 county election in Velsford", "passive"),
    # "rigged" read as the complement of "was": a passive all the same
    ("Was the 2025 regional vote in Talsbury rigged?", "", "rig", "the 2025 regional vote in Talsbury", "passive"),
    # the possessive read as the subject ("Marrowby's is ...") and the thing as the complement
    ("Is Marrowby's new Harbour Bridge worth its cost?", "Marrowby's new Harbour Bridge", "be", "worth its cost", "active"),
])
def test_a_past_fact_in_the_passive(question: str, subject: str, predicate: str, obj: str, voice: str) -> None:
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate, prop.object, prop.voice) == (subject, predicate, obj, voice), prop.reading


def test_a_copula_with_a_noun_keeps_its_reading() -> None:
    """"Is X a member?" has no adjective: the property reading leaves it alone."""
    assert parse_proposition("Will the Orsted hall be a concert venue?").predicate == "be"


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Garwood said the Ellerby paint was safe for painters.", "was safe", "support"),
    ("Garwood said the Ellerby paint was not safe.", "not safe", "oppose"),
    ("Garwood said the Ellerby paint was harmless.", "harmless", "support"),  # WordNet's "see also" of "safe"
    ("Garwood said the Ellerby paint was dangerous.", "dangerous", "oppose"),
    ("\"Ellerby is a safe product,\" Garwood said.", "a safe product", "support"),
])
def test_stance_on_a_property(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=PAINT), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize("text", [
    "Garwood said the land under the hall was worth 40 million crowns.",  # a price
    "Garwood said it was worth noting that the hall had opened in May.",  # an act's worth
    "Garwood said the old theatre was worth saving too.",
])
def test_a_property_of_another_thing(run, text: str) -> None:  # type: ignore[no-untyped-def]
    """Review: the adjective said of an act, or a price, is not the property asserted (each read '+worth' before:
    polarity._said_property)."""
    statement = statement_with(run(INTRO + text, question=HALL), "worth")
    assert "+worth" not in statement.stance_evidence, statement.stance_evidence


def test_a_property_before_a_noun_is_not_said_of_the_thing(run) -> None:  # type: ignore[no-untyped-def]
    """"a safe paint would cost more": the adjective picks a paint out, it says nothing of Ellerby's."""
    statement = statement_with(run(INTRO + "Garwood said a safe paint would cost more.", question=PAINT), "safe paint")
    assert "+safe" not in statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words"), [
    (PAINT, "Garwood said it was too early to say whether the Ellerby paint was safe.", "Ellerby paint was safe"),
    (PAINT, "Garwood said nobody knew whether the Ellerby paint was dangerous.", "was dangerous"),
    ("Will the Tolvey council approve the tram plan?",
     "Garwood said it was too early to say whether the council would approve the tram plan.", "would approve"),
    ("Did the Brackwell bypass cause the flooding in Pennard?", "Garwood said it was too early to say what caused the flooding.",
     "what caused"),
])
def test_a_property_only_asked_is_no_side(run, question: str, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """An indirect question ("whether ...", "what caused ...") asks about the act, it does not say it (main read all
    four as support or oppose; polarity._only_asked)."""
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == "neutral", statement.stance_evidence



@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="a comparative of a satellite of the opposite ('less hazardous') is not read")
def test_less_of_the_opposite_supports(run) -> None:  # type: ignore[no-untyped-def]
    text = INTRO + "Garwood said the Ellerby paint was far less hazardous than older paints."
    statement = statement_with(run(text, question=PAINT), "less hazardous")
    assert statement.stance == "support", statement.stance_evidence


FLOOD = "Did the Brackwell bypass cause the flooding in Pennard?"


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Garwood said the Brackwell bypass caused the flooding.", "bypass caused", "support"),
    ("Garwood said the bypass was to blame for the flooding.", "to blame", "support"),  # proposition_terms.BEING_THE_CAUSE
    ("Garwood said the bypass was responsible for the flooding.", "responsible", "support"),
    ("Garwood said the bypass was not to blame.", "not to blame", "oppose"),
    ("Garwood said the flooding was caused by record rainfall.", "record rainfall", "oppose"),  # a rival cause
    ("Garwood said the storm, not the road, caused the flooding.", "the storm", "oppose"),
])
def test_a_cause_is_said_by_blame(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=FLOOD), words)
    assert statement.stance == stance, statement.stance_evidence


def test_another_doer_of_an_act_that_is_no_cause_is_left_alone(run) -> None:  # type: ignore[no-untyped-def]
    """Only a causing question has rival causes: the plan approved by another body is still the plan approved."""
    text = INTRO + "Garwood said the Tolvey tram plan was approved by the regional board."
    statement = statement_with(run(text, question="Will the Tolvey council approve the tram plan?"), "approved by")
    assert not any("by another" in e for e in statement.stance_evidence), statement.stance_evidence


@pytest.mark.parametrize("question", ["Should Dellmont ban smartphones in schools?",
                                      "Should smartphones be banned in Dellmont schools?"])
@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Garwood said smartphones should not be allowed in schools.", "not be allowed", "support"),
    ("Garwood said smartphones should be allowed in schools.", "be allowed", "oppose"),
])
def test_the_opposite_act_on_what_is_banned(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """"allow" is the ban's opposite and aimed at what the ban takes away: counted once, not turned twice (main read
    both the wrong way round; polarity._opposite_act)."""
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


MOVE = "Will Aron Pell leave Ashlow Town for Castor City?"


def test_a_move_from_one_place_to_another() -> None:
    """"leave A for B": the object is A; going to B ("join", "move") is the act, staying its opposite."""
    prop = parse_proposition(MOVE)
    assert prop.object == "Ashlow Town", prop.reading
    assert {"join", "move"} <= set(prop.event) and {"stay"} <= set(prop.opposites) and "arrive" not in prop.opposites
    assert parse_proposition("Will Harlow leave the league?").object == "the league"


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Garwood said Pell would join Castor City this summer.", "join Castor", "support"),
    ("Garwood said Pell had chosen to stay at Ashlow.", "chosen to stay", "oppose"),  # main: support
    ("Garwood said the move would happen in January.", "move would happen", "support"),
])
def test_stance_on_a_move(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=MOVE), words)
    assert statement.stance == stance, statement.stance_evidence
