"""A condition said as a circumstance: "with" and a noun with what is true of it, in a sentence taking a side
(issue 9, session 13; the shape of DEVELOP's misses in q_block, q_budget and q_congestion, rebuilt with
invented names): judge/conditions_with.py."""

from __future__ import annotations

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
