"""The terms an act must come with, said without a conditional word of their own (issue 9, session 18; the shapes
of DEVELOP's misses in q_renew, q_postpone, q_freeze and q_nationalise, rebuilt with invented names):
judge/conditions_terms.py."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"
QUESTION = "Will the Velden council renew the Corvo ferry licence?"


def test_conditions_if_then_must(run) -> None:  # type: ignore[no-untyped-def]
    """"If they renew, it has to come with X", "If there has to be a renewal, it should be short and ...", "If the
    minister wants a renewal, the minister should pay for it": the obligation after the if-clause is a condition."""
    for text, cue, wanted in [
        ('"If they renew, it has to come with a harbour inspector and real fines," Marsh said.', "has to come",
         "harbour inspector"),
        ('"If there has to be a renewal, it should be short and the new terms have to be published now," Marsh said.',
         "should be short", "new terms have to be published"),
        ('"If the minister wants a renewal, the minister should pay for the upkeep," Marsh said.', "should pay",
         "should pay for the upkeep"),
    ]:
        statement = statement_with(run(INTRO + text, QUESTION), cue)
        assert any(wanted in c for c in statement.conditions), (text, statement.conditions)

    # a reason given after the obligation is no part of it
    text = '"If they renew, it has to be the last time, because the old terms are a disgrace," Marsh said.'
    statement = statement_with(run(INTRO + text, QUESTION), "last time")
    assert "it has to be the last time" in statement.conditions, statement.conditions


def test_conditions_if_then_the_speakers_own_part_is_none(run) -> None:  # type: ignore[no-untyped-def]
    """What the speaker must do after the if-clause ("we must fight it"), a negated obligation, or a consequent with
    no obligation is no term of the act."""
    for text, cue, unwanted in [
        ('"If they renew, we must fight it in the courts," Marsh said.', "must fight", "fight it"),
        ('"If they renew, the operator should not raise fares," Marsh said.', "should not raise", "raise fares"),
        ('"If they renew, the ferry will keep running," Marsh said.', "will keep", "keep running"),
        ('"If anyone thinks the renewal is settled, they should think again," Marsh said.', "think again", "think again"),
    ]:
        statement = statement_with(run(INTRO + text, QUESTION), cue)
        assert not any(unwanted in c for c in statement.conditions), (text, statement.conditions)


def test_conditions_as_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    """"accept an inspector as a condition of renewal", "monitoring should be a condition of the licence"; not "is
    not a condition"."""
    for text, cue, wanted in [
        ('"We are ready to accept an independent inspector as a condition of renewal," Marsh said.', "ready to accept",
         "independent inspector"),
        ("Marsh said weekly safety checks, published in full, should be a condition of the licence.",
         "should be a condition", "weekly safety checks"),
    ]:
        statement = statement_with(run(INTRO + text, QUESTION), cue)
        assert any(wanted in c for c in statement.conditions), (text, statement.conditions)
    statement = statement_with(run(INTRO + "Marsh said a new fleet is not a condition of the licence.", QUESTION),
                               "not a condition")
    assert not any("new fleet" in c for c in statement.conditions), statement.conditions


def test_conditions_must_come_with(run) -> None:  # type: ignore[no-untyped-def]
    """"A renewed licence must come with a credible plan ...": what the thing must come with; not "came with"."""
    statement = statement_with(run(INTRO + "Marsh said a renewed licence must come with a credible plan to replace "
                                           "the two oldest ferries within five years.", QUESTION), "must come")
    assert any("credible plan" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + "Marsh said the last licence came with a plan to replace the ferries.",
                                   QUESTION), "came with")
    assert not any("plan to replace" in c for c in statement.conditions), statement.conditions


def test_conditions_only_for_a_span_and_only_with(run) -> None:  # type: ignore[no-untyped-def]
    """"should renew the licence, but only for three years and only with an inspector who ...": both limits are
    conditions (conditions_only: a counted span of time after "only for", and "only with" parsed as a conjunct);
    "served only for three years" (no modal) is a fact, no condition."""
    text = ("Marsh said the council should renew the ferry licence, but only for three years and only with an "
            "independent inspector who reports to the council.")
    statement = statement_with(run(INTRO + text, QUESTION), "should renew")
    assert any("three years" in c for c in statement.conditions), statement.conditions
    assert any("independent inspector" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + "Marsh said the old ferry licence ran only for three years.", QUESTION),
                               "ran only")
    assert not any("three years" in c for c in statement.conditions), statement.conditions


def test_conditions_if_then_a_necessity_foretold_is_none(run) -> None:  # type: ignore[no-untyped-def]
    """"If they want me gone, they will have to renew without me": a necessity foretold in defiance is no term."""
    statement = statement_with(run(INTRO + '"If they want me gone, they will have to renew the licence without me," '
                                           "Marsh said.", QUESTION), "will have to")
    assert not any("will have to" in c for c in statement.conditions), statement.conditions


def test_conditions_if_then_the_next_step_is_none(run) -> None:  # type: ignore[no-untyped-def]
    """"If the renewal is approved, the ministry must then sign off on it": a step that follows, no term."""
    statement = statement_with(run(INTRO + "Marsh said that if the renewal is approved, the ministry must then sign "
                                           "off on the new timetable.", QUESTION), "must then")
    assert not any("must then" in c for c in statement.conditions), statement.conditions


def test_conditions_has_to_go_first(run) -> None:  # type: ignore[no-untyped-def]
    """'Marsh said she is ready to back the renewal. "But the night crossings have to go first," she added.': what must
    happen first, carried to the side she took just before."""
    text = ('Marsh said she is ready to back the renewal of the Corvo ferry licence. "But the night crossings have to '
            'go first," she added.')
    statement = statement_with(run(INTRO + text, QUESTION), "ready to back")
    assert any("night crossings have to go" in c for c in statement.conditions), statement.conditions
    assert statement.stance == "conditional", statement.stance_evidence


def test_conditions_only_at_a_price(run) -> None:  # type: ignore[no-untyped-def]
    """"would only take the ferries into public hands at a fair price": the price, with "only" on the verb, is a
    condition; "would only take them at short notice" (no price) and "bought it at a fair price" (no "only") are not."""
    statement = statement_with(run(INTRO + "Marsh said the city would only take the Corvo ferries into public hands at "
                                           "a fair price.", QUESTION), "would only take")
    assert any("at a fair price" in c for c in statement.conditions), statement.conditions
    for text, cue in [("Marsh said the city would only take the ferries over at short notice.", "would only take"),
                      ("Marsh said the city bought the old ferries at a fair price.", "bought")]:
        statement = statement_with(run(INTRO + text, QUESTION), cue)
        assert not any(c.startswith("at ") for c in statement.conditions), (text, statement.conditions)
    # the price, not an aside after it
    statement = statement_with(run(INTRO + "Marsh said the city would only take the ferries into public hands at a "
                                           "fair price, which is why the talks are slow.", QUESTION), "would only take")
    assert "at a fair price" in statement.conditions, statement.conditions


def test_conditions_the_last_resort(run) -> None:  # type: ignore[no-untyped-def]
    """"A renewal should be the last resort, kept for the case in which ...": a condition; "is not the last resort", "the
    last ferry", and another thing as the last resort ("a strike should be the last resort") are none."""
    statement = statement_with(run(INTRO + "Marsh said a renewal should be the last resort, kept for the case in which "
                                           "no other operator bids.", QUESTION), "last resort")
    assert any("no other operator bids" in c for c in statement.conditions), statement.conditions
    for text, cue in [("Marsh said a renewal is not the last resort.", "not the last"),
                      ("Marsh said the Corvo was the last ferry.", "last ferry"),
                      ("Marsh said a strike by the crews should be the last resort.", "last resort")]:
        statement = statement_with(run(INTRO + text, QUESTION), cue)
        assert not any("last" in c for c in statement.conditions), (text, statement.conditions)


def test_conditions_a_cap(run) -> None:  # type: ignore[no-untyped-def]
    """"should be renewed, but for no more than three years", "a renewal of up to two years was workable", "could live
    with two years": a cap on the act; "the strike could last up to three weeks" is a forecast, no condition."""
    for text, cue, wanted in [
        ("Marsh said the licence should be renewed, but for no more than three years.", "should be renewed", "three years"),
        ('Marsh said a renewal of up to two years was "workable, if painful".', "workable", "two years"),
        ('Marsh said most crews "could live with two years".', "could live", "two years"),
    ]:
        statement = statement_with(run(INTRO + text, QUESTION), cue)
        assert any(wanted in c for c in statement.conditions), (text, statement.conditions)
    statement = statement_with(run(INTRO + "Marsh said the strike could last up to three weeks.", QUESTION), "could last")
    assert not any("three weeks" in c for c in statement.conditions), statement.conditions


def test_conditions_phrased_proviso(run) -> None:  # type: ignore[no-untyped-def]
    """"in the event that X", "on the understanding that X", "with the proviso that X", "assuming X" on a noun; not "the
    understanding that she reached" (a relative clause)."""
    for text, cue, wanted in [
        ("Marsh said the council would renew the ferry licence in the event that the operator pays for the pier.",
         "would renew", "the operator pays for the pier"),
        ("Marsh said the licence could be renewed on the understanding that the old quay is kept.", "could be renewed",
         "the old quay is kept"),
        ("Marsh said her group would back the renewal, with the proviso that the night crossings stay.", "would back",
         "the night crossings stay"),
        ("Marsh said her group would vote for the renewal assuming the operator pays for the pier.", "would vote",
         "assuming the operator pays"),
    ]:
        statement = statement_with(run(INTRO + text, QUESTION), cue)
        assert any(wanted in c for c in statement.conditions), (text, statement.conditions)
    statement = statement_with(run(INTRO + "Marsh said the council backed the renewal under the understanding that she "
                                           "reached with the operator.", QUESTION), "backed")
    assert not any("she reached" in c for c in statement.conditions), statement.conditions


def test_conditions_what_it_takes(run) -> None:  # type: ignore[no-untyped-def]
    """"it would take a binding guarantee for us to back it", "only a binding guarantee would win our support"; not
    "nothing would win our support"."""
    for text, cue in [("Marsh said it would take a binding pier guarantee for her group to back the renewal.", "take"),
                      ("Marsh said only a binding pier guarantee would win her group's support for the renewal.", "win")]:
        statement = statement_with(run(INTRO + text, QUESTION), cue)
        assert any("binding pier guarantee" in c for c in statement.conditions), (text, statement.conditions)
    statement = statement_with(run(INTRO + "Marsh said nothing would win her group's support for the renewal.", QUESTION),
                               "win")
    assert not statement.conditions, statement.conditions


@pytest.mark.parametrize(("text", "words", "wanted"), [
    ('"I would like to see the timetables first," Marsh said of the renewal.', "would like", "the timetables"),
    ("Marsh said she wanted to see an independent audit first.", "wanted to see", "an independent audit"),
    ('"We want a safety review first," Marsh said of the renewal.', "We want", "a safety review"),
])
def test_conditions_wanted_first(run, text: str, words: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    """What the speaker wants seen or had "first" is what a side waits on (conditions_terms.wanted_first, session 31)."""
    statement = statement_with(run(INTRO + text, QUESTION), words)
    assert any(c == wanted for c in statement.conditions), statement.conditions


def test_conditions_wanted_first_not_denied(run) -> None:  # type: ignore[no-untyped-def]
    """"We do not want to see the timetables first": no wish, no condition."""
    statement = statement_with(run(INTRO + '"We do not want to see the timetables first," Marsh said of the renewal.',
                                   QUESTION), "do not want")
    assert not any("timetables" in c for c in statement.conditions), statement.conditions
