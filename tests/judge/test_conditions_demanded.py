"""What a speaker holds out for, said as a demand kept, asked or not to be crossed (issue 9, session 18; the shapes of
q_settle's and q_testify's first-contact misses, rebuilt with invented names): judge/conditions_demanded.py and
conditions_then._order_then."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"
QUESTION = "Will the Orvik mill settle the river lawsuit brought by the town of Velden?"


def _conditions(run, text: str, cue: str) -> list[str]:  # type: ignore[no-untyped-def]
    return list(statement_with(run(INTRO + text, QUESTION), cue).conditions)


def test_conditions_demand_kept(run) -> None:  # type: ignore[no-untyped-def]
    """"would not drop their demand for X", "maintained its demand for X"; not "dropped its demand for X"."""
    found = _conditions(run, "Marsh said the families would not drop their demand for a public apology as part of any "
                             "deal.", "would not drop")
    assert any("public apology" in c for c in found), found
    found = _conditions(run, "Marsh said the families dropped their demand for a public apology.", "dropped")
    assert not any("public apology" in c for c in found), found


def test_conditions_what_we_asked(run) -> None:  # type: ignore[no-untyped-def]
    """"What we have asked is that X": the demand; not "What we have not asked ..."."""
    found = _conditions(run, '"What we have asked is that the talks be held in private, as the rules allow," Marsh '
                             "said.", "asked")
    assert any("talks be held in private" in c for c in found), found


def test_conditions_the_line_not_crossed(run) -> None:  # type: ignore[no-untyped-def]
    """"The clean-up is the line we will not cross"; not "the line we crossed"."""
    found = _conditions(run, '"The river clean-up is the line we will not cross," Marsh said.', "line")
    assert any("river clean-up" in c for c in found), found
    found = _conditions(run, '"The river clean-up is the line we crossed last year," Marsh said.', "line")
    assert not any("river clean-up" in c for c in found), found


def test_conditions_refused_without(run) -> None:  # type: ignore[no-untyped-def]
    """"a deal without a clean-up fund will not get the town's signature"; not "a deal without a fund will pass"."""
    found = _conditions(run, "Marsh said a deal without a clean-up fund will not get the town's signature.", "signature")
    assert any("clean-up fund" in c for c in found), found
    found = _conditions(run, "Marsh said a deal without a clean-up fund will pass easily.", "pass easily")
    assert not any("clean-up fund" in c for c in found), found


def test_conditions_only_the_act(run) -> None:  # type: ignore[no-untyped-def]
    """"the mill will only settle behind closed doors": the circumstance the proposition's own act is limited to; not
    another verb ("will only talk behind closed doors") nor a time ("only settle in March")."""
    found = _conditions(run, "Marsh said the mill will only settle behind closed doors.", "only settle")
    assert any("behind closed doors" in c for c in found), found
    for text, cue in [("Marsh said the mill will only talk behind closed doors.", "only talk"),
                      ("Marsh said the mill will only settle in March.", "only settle")]:
        found = _conditions(run, text, cue)
        assert not any(c.startswith(("behind", "in March")) for c in found), (text, found)


def test_conditions_an_order_then(run) -> None:  # type: ignore[no-untyped-def]
    """'"Clean the wells, then we can talk about closing the case."': the order is the step first; not a report
    ("They cleaned the river, then they left")."""
    found = _conditions(run, 'Marsh said the town wanted more. "Clean the wells, then we can talk about closing the '
                             'case," she said.', "Clean the wells")
    assert any("Clean the wells" in c for c in found), found
    found = _conditions(run, '"They cleaned the river, then we talked about closing the case," Marsh said.',
                        "cleaned the river")
    assert not any("cleaned the river" in c for c in found), found


def test_conditions_a_demand_that_is_a_side(run) -> None:  # type: ignore[no-untyped-def]
    """"repeated her call for a settlement" (the proposition itself) and "What we wanted was for the deal not to happen
    at all" (a refusal) are sides, no conditions."""
    found = _conditions(run, "Marsh repeated her call for a quick settlement of the case.", "her call")
    assert not any("settlement" in c for c in found), found
    found = _conditions(run, '"No. What we wanted was for the deal not to happen at all," Marsh said.', "wanted")
    assert not any("not to happen" in c for c in found), found


def test_conditions_in_any(run) -> None:  # type: ignore[no-untyped-def]
    """"expect every job to be kept in any settlement", "expected full compensation in any deal"; not "in any case"."""
    found = _conditions(run, 'Marsh said ministers expect "every job at the mill" to be kept in any settlement.',
                        "expect")
    assert any("every job at the mill" in c for c in found), found
    found = _conditions(run, "Marsh said the town expected full compensation for the families in any deal.", "expected")
    assert any("full compensation" in c for c in found), found
    found = _conditions(run, "Marsh said the town expected a long trial in any case.", "expected")
    assert not any("long trial" in c for c in found), found


def test_conditions_an_order_and_what_then_holds(run) -> None:  # type: ignore[no-untyped-def]
    """'"Fix the pipes, and they have no excuse."': the order joined by "and" to what then holds is an if-clause."""
    found = _conditions(run, 'Marsh said the mill had stalled. "Fix the pipes, and they have no excuse," she said.',
                        "Fix the pipes")
    assert any("Fix the pipes" in c for c in found), found


def test_conditions_an_order_on_the_thing_itself_is_a_side(run) -> None:  # type: ignore[no-untyped-def]
    """'"Settle it, then argue about who pays."' and '"Take it away and we have nothing."': an order on the thing talked
    about ("it") is the act or its undoing, a side, no condition."""
    for text, cue, unwanted in [('"Settle it, then argue about who pays," Marsh said.', "argue", "Settle it"),
                                ('"Take it away and we have nothing," Marsh said.', "Take it away", "Take it away")]:
        found = _conditions(run, text, cue)
        assert not any(unwanted in c for c in found), (text, found)


DECIDER_QUESTION = "Will the Harbour Commission close the Nessby ferry terminal?"


@pytest.mark.parametrize(("said", "cue", "required"), [
    # an obligation put on the question's own subject: advice on the decision, no term (session 33)
    ('"The Commission should resist the urge to reach for the padlock," Marsh said.', "resist the urge", None),
    ('"The Commission should shut the whole site, full stop," Marsh said.', "shut the whole site", None),
    # one put on another party stays a term (requirements._must_do)
    ('"The operator must put up funds of its own," Marsh said.', "put up funds", "operator must put up funds"),
])
def test_an_obligation_on_the_decider_is_no_term(run, said: str, cue: str, required: str | None) -> None:  # type: ignore[no-untyped-def]
    conditions = statement_with(run(INTRO + said, DECIDER_QUESTION), cue).conditions
    assert any(required in c for c in conditions) if required else not conditions, conditions


@pytest.mark.parametrize(("said", "cue", "required"), [
    # an alternative wanted in the thing's place: a side against it, no term (session 33)
    ("Marsh wants the funds put into a new footbridge instead.", "new footbridge", None),
    # a change wanted without "instead" stays a term (demands._wanted_done)
    ("Marsh wants the notice period cut to two weeks.", "notice period", "the notice period cut to two weeks"),
])
def test_an_alternative_wanted_instead(run, said: str, cue: str, required: str | None) -> None:  # type: ignore[no-untyped-def]
    conditions = statement_with(run(INTRO + said, DECIDER_QUESTION), cue).conditions
    assert any(required in c for c in conditions) if required else not conditions, conditions


@pytest.mark.parametrize(("said", "cue", "required"), [
    # an obligation on "no one" / "no ...": a prohibition on anyone, no term another party must meet
    # (requirements._nobody; session 35)
    ('Marsh said a draft timetable will come to the board in June, and that "no councillor should read this timetable as '
     'a judgement on the crews".', "judgement on the crews", None),
    # a named party stays a term
    ('"The operator must put up funds of its own," Marsh said.', "put up funds", "operator must put up funds"),
])
def test_an_obligation_on_nobody_is_no_term(run, said: str, cue: str, required: str | None) -> None:  # type: ignore[no-untyped-def]
    conditions = statement_with(run(INTRO + said, DECIDER_QUESTION), cue).conditions
    assert any(required in c for c in conditions) if required else not conditions, conditions


@pytest.mark.parametrize(("said", "cue", "required"), [
    # a course set against another: which is better, argued (requirements._an_alternative, session 36)
    ('"The ferry firm should sue its shipyard rather than ask the county for money," Marsh said.', "sue its shipyard",
     None),
    ('"The ferry firm should sue the shipyard instead of the county," Marsh said.', "sue the shipyard", None),
    # "instead" alone, no "of" (not one of negation_forms.SET_ASIDE's sequences: AGAINST_ANOTHER_COURSE's own; session 37)
    ('"The ferry firm should sue its shipyard instead," Marsh said.', "sue its shipyard", None),
    # guards: the same obligation with no alternative, and "would rather" (a preference of the modal's, no "than")
    ('"The ferry firm should sue its shipyard over the hull," Marsh said.', "sue its shipyard", "should sue its shipyard"),
    ('"The ferry firm should sue its shipyard, and it would rather do so soon," Marsh said.', "sue its shipyard",
     "should sue its shipyard"),
])
def test_an_obligation_set_against_another_course_is_no_term(run, said: str, cue: str, required: str | None) -> None:  # type: ignore[no-untyped-def]
    conditions = statement_with(run(INTRO + said, DECIDER_QUESTION), cue).conditions
    assert any(required in c for c in conditions) if required else not conditions, conditions
