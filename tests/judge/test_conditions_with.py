"""A condition said as a circumstance: "with" and a noun with what is true of it, in a sentence taking a side
(issue 9, session 13; the shape of DEVELOP's misses in q_block, q_budget and q_congestion, rebuilt with
invented names): judge/conditions_with.py."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


def test_conditions_with_a_state(run) -> None:  # type: ignore[no-untyped-def]
    """"with the pledge in writing, the union no longer opposes", "cannot vote for it with Dorn still on the
    list", "with small farms now exempt, ... can live with it", "would back the deal with the jobs guaranteed"."""
    for text, cue, wanted in [
        ("Marsh says that with the pledge in writing, the union no longer opposes the merger.", "no longer opposes",
         "with the pledge in writing"),
        ("Marsh said there was no version of this treaty she could vote for with Dorn still on the list.",
         "no version", "with Dorn still on the list"),
        ("Marsh said that with small farms now exempt, her members can live with it.", "can live", "small farms now exempt"),
        ("Marsh said her party would back the deal with the jobs guaranteed.", "would back", "with the jobs guaranteed"),
    ]:
        statement = statement_with(run(INTRO + text), cue)
        assert any(wanted in c for c in statement.conditions), (text, statement.conditions)


def test_conditions_with_no_state_is_none(run) -> None:  # type: ignore[no-untyped-def]
    """A bare "with X", a time, or a sentence that takes no side: no condition."""
    for text, cue in [
        ("Marsh said she would back the deal with a heavy heart.", "would back"),
        ("With the vote due on Tuesday, Marsh said her party would back the deal.", "would back"),
        ("Marsh said the delegates arrived with the draft in their bags.", "arrived"),
    ]:
        statement = statement_with(run(INTRO + text), cue)
        assert not any(c.startswith("with") or c.startswith("With") for c in statement.conditions), (
            text, statement.conditions)


def test_conditions_with_only_on_the_side_taken(run) -> None:  # type: ignore[no-untyped-def]
    """"with" as a verb's argument ("don't agree with X"), on a noun ("a showdown with X at Y"), or on a side
    taken in a relative clause describing the speaker: none (DEVELOP's false conditions: attrib1, clean1, q_budget)."""
    for text, cue in [
        ("Marsh said: \"We don't often agree with the clerks at the Tariff Office. But block this deal.\"", "agree"),
        ("Marsh, who had said she could not vote for any treaty with Dorn on the list, said: \"I will vote yes.\"",
         "will vote yes"),
    ]:
        statement = statement_with(run(INTRO + text), cue)
        assert not any(c.lower().startswith("with") for c in statement.conditions), (text, statement.conditions)


def test_conditions_before_then(run) -> None:  # type: ignore[no-untyped-def]
    """What must come first, said before "then": an order or a verbless list in the sentence before (judge/
    conditions_then.py), the conjuncts before "and then" in one sentence; a report's "Then" is no condition."""
    statement = statement_with(run(INTRO + "\"Repair the ferry first. Then come back and ask us,\" Marsh said."),
                               "Repair the ferry")
    assert any("Repair the ferry first" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + "Marsh was asked what it would take. \"A five-year pledge on fares, signed by "
                                           "the board, and the state keeping its share. Then we would talk,\" she said."),
                               "A five-year pledge")
    assert any("A five-year pledge on fares" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + "Marsh said the board should use the month to cap the fares, audit the "
                                           "operator, and then say yes."), "say yes")
    assert any("cap the fares, audit the operator" in c for c in statement.conditions), statement.conditions
    # two orders the parser leaves unjoined ("Give him the break, then judge him": session 16, q_dismiss's shape)
    statement = statement_with(run(INTRO + "\"This is why you don't walk out in a panic,\" Marsh said. \"Give the pact "
                                           "the summer, then judge it on what comes after it.\""), "Give the pact")
    assert any("Give the pact the summer" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + "\"The council met on Monday. Then it voted for the treaty,\" Marsh said."),
                               "council met")
    assert not any("council met" in c for c in statement.conditions), statement.conditions
    for text, cue in [("Marsh said: \"We cannot sign the treaty and then complain about its rules.\"", "cannot sign"),
                      ("Marsh said: \"A council that taxes nobody and then closes libraries is the one I would vote "
                       "against.\"", "would vote against")]:
        statement = statement_with(run(INTRO + text), cue)
        assert not statement.conditions, (text, statement.conditions)


def test_conditions_must_be_done(run) -> None:  # type: ignore[no-untyped-def]
    """What must be true of, or done to, something other than the proposition's own thing (judge/requirements.py):
    "the buyer must be credible", "the cost should be borne by the state", "would have to be monitored"; not the
    thing's own fate ("the pact must be scrapped": a side), not negated."""
    for text, cue, wanted in [
        ("Marsh said: \"We agree that the operator must be credible.\"", "We agree", "the operator must be credible"),
        ("Marsh said her party would back the treaty but that the cost of the border posts should be borne by the "
         "state.", "would back", "the cost of the border posts should be borne by the state"),
        ("Marsh said: \"Such a ceasefire would also have to be monitored by neutral observers.\"", "ceasefire",
         "would also have to be monitored"),
    ]:
        statement = statement_with(run(INTRO + text), cue)
        assert any(wanted in c for c in statement.conditions), (text, statement.conditions)
    for text, cue in [("Marsh said: \"The pact must be scrapped.\"", "must be scrapped"),
                      ("Marsh said: \"The operator must not be trusted.\"", "must not be trusted"),
                      # a forecast with its time is no requirement: "should" says what is likely
                      ("Marsh said she would vote for the treaty and that turnout should be high on Tuesday.", "vote for"),
                      ("Marsh said she would sign the treaty, though the weather should be better by June.", "sign")]:
        statement = statement_with(run(INTRO + text), cue)
        assert not statement.conditions, (text, statement.conditions)


def test_conditions_depends_less_on_than_on(run) -> None:  # type: ignore[no-untyped-def]
    """"depends less on X than on Y": Y is what it depends on (judge/conditions.py::_dependence; q_hold's shape)."""
    statement = statement_with(run(INTRO + "\"Whether we join depends less on the treaty text than on whether the "
                                           "border militia is disarmed,\" Marsh said."), "depends less")
    assert any("border militia is disarmed" in c for c in statement.conditions), statement.conditions
    assert not any(c.startswith("on the treaty text") for c in statement.conditions), statement.conditions


def test_conditions_whatever(run) -> None:  # type: ignore[no-untyped-def]
    """"will back whatever the engineers say is safe": whatever meets it is what is backed (judge/requirements.py)."""
    statement = statement_with(run(INTRO + "\"Osterland will back whatever the engineers say is safe, as long as our "
                                           "ports get a share,\" Marsh said."), "will back")
    assert any(c.startswith("whatever the engineers say is safe") for c in statement.conditions), statement.conditions


def test_conditions_must_do(run) -> None:  # type: ignore[no-untyped-def]
    """What another party must do ("the owners must put in money of their own", "a new owner would have to earn
    the town's trust") and what the thing has to be ("it has to be a number the town can carry"): conditions
    (judge/requirements.py, session 16); the proposition's own act or thing, a side, a negation, a timetable: none."""
    for text, cue, wanted in [
        ("Marsh said: \"Halvard Holdings, which took dividends out of the yard, must put in money of its own.\"",
         "Halvard Holdings", "must put in money of its own"),
        ("Marsh said: \"The lease was written for a local crew. A new operator would have to earn the town's trust.\"",
         "The lease", "A new operator would have to earn the town's trust"),
        ("Marsh said: \"I will not haggle in public. It has to be a number that this town can carry without cutting "
         "schools.\"", "I will not haggle", "a number that this town can carry"),
    ]:
        statement = statement_with(run(INTRO + text), cue)
        assert any(wanted in c for c in statement.conditions), (text, statement.conditions)
    for text, cue in [("Marsh said: \"The board must sign the treaty.\"", "must sign"),
                      ("Marsh said: \"Osterland must join the pact.\"", "must join"),
                      ("Marsh said: \"The council must scrap the pact.\"", "must scrap"),
                      # "that time" misread as an object: a clause, no act demanded
                      ("Marsh said: \"Velden should recognise that time is not on its side: without a pact, its crews "
                       "lose access to the richest part of the harbour.\"", "should recognise"),
                      ("Marsh said: \"The operator must not raise the fares.\"", "must not raise"),
                      ("Marsh said: \"The board should decide by June.\"", "should decide"),
                      ("Marsh said: \"It must be a relief for the crews.\"", "must be a relief"),
                      # a second demand beside the side, and a verdict said with "has to be" (the review, session 16)
                      ("Marsh said: \"Osterland must join the pact, and the ministry should refund the ferry fees.\"",
                       "must join"),
                      ("Marsh said Osterland should join the pact and that the police must investigate the contracts.",
                       "should join"),
                      ("Marsh said: \"The pact has to be the worst deal this harbour has ever seen.\"", "worst deal")]:
        statement = statement_with(run(INTRO + text), cue)
        assert not statement.conditions, (text, statement.conditions)


def test_conditions_must_do_not_a_clause_read_as_an_object() -> None:
    """"should recognise that time is not on its side": the parser reads "that time" as the verb's object (q_talks'
    false condition while session 16's rule was written); a clause with its verb after the noun is no act demanded."""
    from stancemap.judge.requirements import must_be
    from stancemap.parse import load_nlp

    sent = next(load_nlp()("Velden should recognise that time is not on its side: without a pact, its crews lose access "
                           "to the richest part of the harbour.").sents)
    assert not must_be(sent), must_be(sent)


def test_conditions_the_act_named_with_or_without(run) -> None:  # type: ignore[no-untyped-def]
    """Session 17 (q_freeze's and q_talks' shape, invented words): the question's act named as a noun, with or
    without a thing right after it, in the statement: the version the speaker holds to; not a partner named after
    "with" ("a freeze with the unions"), nor with another question."""
    question = "Will the Velden Transit Authority freeze fares for 2027?"
    for text, cue, wanted in [
        ("Marsh warned that a freeze without new money would force the board to cut services.", "a freeze without",
         "without new money"),
        ("Marsh said a freeze with full funding is better for passengers than a rise.", "a freeze with",
         "with full funding"),
    ]:
        statement = statement_with(run(INTRO + text, question), cue)
        assert any(wanted in c for c in statement.conditions), (text, statement.conditions)
    for text, cue, q in [
        ("Marsh said a freeze with the unions' blessing was out of reach.", "a freeze with", "Will Velden join the Pact?"),
        ("Marsh said she agreed a deal with the drivers' union on Monday.", "a deal with", question),
        ("Marsh said the board would freeze fares with immediate effect.", "freeze fares with", question),
    ]:
        statement = statement_with(run(INTRO + text, q), cue)
        assert not any(c.lower().startswith("with") for c in statement.conditions), (text, statement.conditions)


def test_conditions_the_act_named_with_its_own_parts_is_no_version(run) -> None:  # type: ignore[no-untyped-def]
    """Review of session 17: "with" its own parts or its most of something describes the thing named as it is, and
    "with immediate effect" says when it takes hold: no version a speaker holds to, no condition, and a side taken
    stays that side (red before: conditional)."""
    for question, text, cue in [
        ("Will the city council build the tram line?",
         "Marsh said the tram line with its fourteen stops would cost the city 300 million euros.", "fourteen stops"),
        ("Will the Assembly pass the budget?", "Marsh said the budget with its deep cuts to schools is a disgrace.",
         "deep cuts"),
        ("Will the Velden Transit Authority freeze fares for 2027?",
         "Marsh said a freeze with the biggest impact on commuters would be welcome.", "biggest impact"),
        # when it takes hold, as "freeze fares with immediate effect" (the object) already was
        ("Will the government ban the weedkiller?", "Marsh said a ban with immediate effect would save lives.",
         "immediate effect"),
    ]:
        statement = statement_with(run(INTRO + text, question), cue)
        assert not any(c.lower().startswith("with") for c in statement.conditions), (text, statement.conditions)
        assert statement.stance != "conditional", (text, statement.stance)


POOL = "Will the council close the old pool?"


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("text", "words", "wanted", "stance"), [
    ('"Closing the pool without a substitute would be a disgrace," Vost said.', "would be a disgrace",
     "without a substitute", "oppose"),
    ('"A plan that closes the pool without building another one is a scandal," Vost said.', "is a scandal",
     "without building another one", "oppose"),
])
def test_the_act_as_a_verb_without(run, text: str, words: str, wanted: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """The question's act said as a verb that is judged, lacking X: X listed, the side the judgement's (conditions_with.
    _judged_act_without, session 32)."""
    statement = statement_with(run(INTRO + text, question=POOL), words)
    assert any(wanted in c for c in statement.conditions), statement.conditions
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words"), [
    ('"The council closed the pool without a vote," Vost said.', "closed the pool"),  # the act done, told
    ('"The council should close the pool without delay," Vost said.', "close the pool"),  # how it is done
    ('"Closing the pool without being asked would be odd," Vost said.', "would be odd"),  # a passive of manner
])
def test_the_act_as_a_verb_without_no_condition(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=POOL), words)
    assert not any(c.startswith("without") for c in statement.conditions), statement.conditions
