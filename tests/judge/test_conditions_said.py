"""Words shaped like a condition that set none (issue 9, session 34): an "if" of asking, a requirement word used as a
verb, requirements accepted, "as long as" comparing a length, a past "..., or ...", a thing described by what it
depends on, "if this is not X, nothing is", and an appearance undone "until". Invented sentences; each shape with a
guard that stays a condition."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
LIBRARY = "Will the council approve the new library?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


def _judged(run, text: str, words: str):  # type: ignore[no-untyped-def]
    return statement_with(run(INTRO + text, question=LIBRARY), words)


@pytest.mark.parametrize(("text", "words"), [
    ('Vost said: "Nobody asked us if we wanted a new library on the square. We back the new library."', "Nobody asked"),
    ("Vost said nobody had asked her group if it wanted the new library.", "nobody had asked"),
    ('Vost said: "We will see if the new library works. We asked the council if it would keep the reading room."',
     "We will see"),
])
def test_an_if_of_asking_is_whether(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, text, words)
    assert not statement.conditions, statement.conditions
    assert statement.stance != "conditional", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "condition"), [
    # a request made on a condition, and a verb of seeing with an object of its own: conditions
    ("Vost said her group would ask the council for money only if the new library keeps its reading room.",
     "would ask the council", "only if the new library keeps its reading room"),
    ('Vost said: "We back the new library, and we will see the council in court if the reading room closes."',
     "in court", "if the reading room closes"),
])
def test_an_if_after_asking_that_stays_a_condition(run, text: str, words: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, text, words)
    assert condition in statement.conditions, statement.conditions


def test_an_if_of_asking_beside_a_real_condition(run) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, 'Vost said: "We would back the new library if the council kept the reading room, and I am '
                             'not sure if it will."', "We would back")
    assert statement.conditions == ["if the council kept the reading room"]
    assert statement.stance == "conditional", statement.stance_evidence


def test_a_requirement_word_as_a_verb(run) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, 'Vost said: "The budget is a reason to reform the library plan, not a reason to wait."',
                        "a reason to reform")
    assert not statement.conditions, statement.conditions
    guard = _judged(run, 'Vost said her group would back the new library only after reforms to the council\'s '
                         'tendering.', "back the new library")
    assert guard.stance == "conditional", guard.stance_evidence


def test_requirements_accepted(run) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, "Vost said her group would gladly accept each one of the council's conditions for the new "
                             "library.", "gladly accept")
    assert not statement.conditions, statement.conditions
    assert statement.stance == "support", statement.stance_evidence
    refused = _judged(run, "Vost said her group will not accept the conditions the council has set for the new library.",
                      "will not accept")
    assert refused.conditions, refused.stance_evidence


@pytest.mark.parametrize("text", [
    "Vost said the new library would need twice as long as the old one to build.",
    'Vost said: "The new library would last as long as the cathedral."',
])
def test_as_long_as_a_length_compared(run, text: str) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, text, "as long as")
    assert not statement.conditions, statement.conditions
    guard = _judged(run, 'Vost said: "We will back the new library as long as the reading room stays."', "We will back")
    assert guard.conditions == ["as long as the reading room stays"]
    assert guard.stance == "conditional", guard.stance_evidence


def test_as_long_as_a_clause_whose_verb_the_tagger_misread(run) -> None:  # type: ignore[no-untyped-def]
    # ("stays" tagged a noun: the second "as" still marks a clause)
    statement = _judged(run, "Vost said the council can fund the new library as long as any cost overrun stays under a "
                             "tenth.", "fund the new library")
    assert statement.conditions == ["as long as any cost overrun stays under a tenth"]


@pytest.mark.parametrize("text", [
    'Vost said: "We will keep fighting the new library until the council listens to residents."',
    'Vost said: "We will continue to oppose the new library until the council listens to residents."',
])
def test_a_refusal_kept_up_until(run, text: str) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, text, "until the council listens")
    assert statement.stance == "oppose", statement.stance_evidence


@pytest.mark.parametrize("text", [
    'Vost said: "We will not oppose the new library until the costs are known."',
    'Vost said: "We will oppose the new library until the costs are known."',
])
def test_a_refusal_until_not_kept_up_stays_conditional(run, text: str) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, text, "until the costs are known")
    assert statement.stance == "conditional", statement.stance_evidence


def test_a_past_or_else_is_no_ultimatum(run) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, 'Vost said: "Either the council knew about the overspend and did nothing, or it made sure it '
                             'would never find out."', "Either the council")
    assert not statement.conditions, statement.conditions
    guard = _judged(run, 'Vost said: "Either the council keeps the reading room, or there is no deal on the new '
                         'library."', "Either the council")
    assert guard.conditions == ["the council keeps the reading room"]
    assert guard.stance == "conditional", guard.stance_evidence


def test_depending_said_of_a_thing_described(run) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, 'Vost said: "A library plan that depends on money nobody has is no plan at all."',
                        "depends on money")
    assert not statement.conditions, statement.conditions
    assert statement.stance != "conditional", statement.stance_evidence
    guard = _judged(run, 'Vost said: "Our support for the new library depends on the reading room."', "Our support")
    assert guard.stance == "conditional", guard.stance_evidence


def test_depends_on_stranded(run) -> None:  # type: ignore[no-untyped-def]
    # "on" stranded at the end of a clause on a noun: what is depended on is the noun before it, described (session 42)
    statement = _judged(run, 'Vost said the council is incapable of policing the builder it depends on for staff, and '
                             'that it should not approve the new library.', "policing the builder")
    assert not statement.conditions, statement.conditions
    assert statement.stance != "conditional", statement.stance_evidence
    guard = _judged(run, 'Vost said: "Our vote on the new library depends on what the auditors find."', "Our vote")
    assert guard.stance == "conditional", guard.stance_evidence


def test_come_first_is_a_priority(run) -> None:  # type: ignore[no-untyped-def]
    # issue 9, session 44 (conditions._precedence): "X should come first" ranks X above the act, no step demanded before
    # it (red before: a "must first" condition, conditional); a step that must come first stays one
    statement = _judged(run, 'Vost said: "We are against the new library. Repairs to the swimming baths should come '
                             'first."', "should come first")
    assert not any(n.startswith("must first") for n in statement.conditions_normalized), statement.conditions
    assert statement.stance != "conditional", statement.stance_evidence
    guard = _judged(run, 'Vost said: "We would back the new library, but the council must first repair the old one."',
                    "must first repair")
    assert any(n.startswith("must first") for n in guard.conditions_normalized), guard.conditions
    assert guard.stance == "conditional", guard.stance_evidence


@pytest.mark.parametrize("main", ["I don't know what is", "I'd hate to see one"])
def test_if_this_is_not_x_nothing_is(run, main: str) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, 'Vost said: "They want to approve the new library with no money for staff. If that is not '
                             f'a disgrace, {main}."', "no money for staff")
    assert not statement.conditions, statement.conditions
    assert any(line.startswith("a denial that affirms") for line in statement.stance_evidence), statement.stance_evidence


def test_if_this_is_not_x_a_real_condition(run) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, 'Vost said: "They want to approve the new library with no money for staff. If that is not '
                             'a disgrace, we will still back it."', "no money for staff")
    assert statement.conditions == ["If that is not a disgrace"]
    assert statement.stance == "conditional", statement.stance_evidence


def test_an_appearance_undone_until(run) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, 'Vost said: "Approving the new library looks sensible until you see the bill."',
                        "looks sensible")
    assert statement.stance == "oppose", statement.stance_evidence
    guard = _judged(run, 'Vost said: "Approving the new library would be sensible until you see the bill."',
                    "would be sensible")
    assert guard.stance != "oppose", guard.stance_evidence


@pytest.mark.parametrize(("text", "words"), [
    ('Vost said: "It is not clear if the council will approve the new library."', "not clear"),
    ('Vost said: "I am not sure if the council will approve the new library."', "not sure"),
])
def test_an_if_of_uncertainty_is_whether(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, text, words)
    assert not statement.conditions, statement.conditions
    assert statement.stance not in {"conditional", "support"}, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a wish or a regret
    ('Vost said: "If only the council had listened, the new library would be open by now."', "If only", "support"),
    # a concession or a hedge on a word, set off by commas, with no verb
    ('Vost said: "The new library is a good idea, if an expensive one."', "good idea", "support"),
    ('Vost said: "We back the new library, if reluctantly."', "We back", "support"),
])
def test_if_that_sets_no_condition(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, text, words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_reduced_condition_on_a_subject_stays(run) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, 'Vost said the new library, if approved, would be the largest in the county.',
                        "largest in the county")
    assert "if approved" in statement.conditions, statement.conditions
    aside = _judged(run, 'Vost said the plans for the new library, if genuine, would be welcome.', "would be welcome")
    assert "if genuine" in aside.conditions, aside.conditions


@pytest.mark.parametrize(("text", "condition"), [
    ('Vost said: "We would back the new library, if cheaper."', "if cheaper"),
    ('Vost said: "We will approve the new library, if affordable."', "if affordable"),
])
def test_a_reduced_condition_on_an_act_stays(run, text: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    """A verbless if-phrase of adjectives after an act under a modal is a condition on the act, not a concession (red
    after session 34's verbless aside, before the review: no condition, "support")."""
    statement = _judged(run, text, "the new library")
    assert statement.conditions == [condition], statement.conditions
    assert statement.stance == "conditional", statement.stance_evidence
    concession = _judged(run, 'Vost said: "The new library would be workable, if painful."', "workable")
    assert not concession.conditions, concession.conditions


def test_if_so_stays_a_condition(run) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, 'Vost said: "The council may cut the reading room from the new library. If so, we will '
                             'vote against it."', "we will vote against")
    assert any(c.startswith("If so") for c in statement.conditions), statement.conditions


def test_a_habit_told_with_unless(run) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, 'Vost said: "Councils rarely approve a library unless the money is already there."',
                        "rarely approve")
    assert statement.stance != "conditional", statement.stance_evidence
    guard = _judged(run, 'Vost said: "We will approve the new library unless the money runs out."', "We will approve")
    assert guard.stance == "conditional", guard.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    ('Vost said: "If it were my daughter, I would keep her well away from the new library."', "my daughter", "oppose"),
    ('Vost said: "If I were the mayor, I would scrap the new library tomorrow."', "the mayor", "oppose"),
    ('Vost said: "If I were in their shoes, I would approve the new library."', "their shoes", "support"),
])
def test_in_anothers_place(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, text, words)
    assert not statement.conditions, statement.conditions
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "condition"), [
    ('Vost said: "We would back the new library if it were cheaper."', "if it were cheaper"),
    ('Vost said: "We would back the new library if it were our money."', "if it were our money"),
])
def test_in_anothers_place_not_said(run, text: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, text, "We would back")
    assert statement.conditions == [condition]
    assert statement.stance == "conditional", statement.stance_evidence


@pytest.mark.parametrize(("text", "words"), [
    # another party's wish: what it would have to do or know, argued, no term of the speaker's side (wishes.py;
    # session 35), nor the obligation after it (conditions_terms.if_then_must)
    ('Vost said: "If the mayor wants to end the library, she knows where the vote is."', "where the vote is"),
    ('Vost said: "If residents want to know why the roof leaks, they should read the council\'s own survey of the '
     'library."', "own survey"),
])
def test_another_partys_wish_is_no_condition(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """Listed, of the kind conditions.WISHED, but no condition the stance is judged on."""
    statement = _judged(run, text, words)
    assert statement.conditions_normalized and all(
        n.startswith("if wished:") for n in statement.conditions_normalized), statement.conditions_normalized
    assert statement.stance != "conditional", statement.stance_evidence


def test_a_wish_naming_the_questions_thing_is_one_kind_throughout(run) -> None:  # type: ignore[no-untyped-def]
    """The if-clause names the question's thing, not its act: conditions._clause_conditions and if_then_must both read
    it as another's wish (until session 36 if_then_must took the thing too, and weighed the obligation after it)."""
    statement = _judged(run, 'Vost said: "If the mayor wants to shut the new library, she should put it to a vote."',
                        "put it to a vote")
    assert len(statement.conditions_normalized) == 2 and all(
        n.startswith("if wished:") for n in statement.conditions_normalized), statement.conditions_normalized
    assert statement.stance != "conditional", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "condition"), [
    # guards: a wish that asks the speaker's side for something, the question's own act wished, and "only if"
    ('Vost said: "If the council wants our votes, it has to keep the reading room in the new library."', "reading room",
     "it has to keep the reading room"),
    ('Vost said: "If the council wants to approve the library, it should pay for the roof first."', "pay for the roof",
     "should pay for the roof first"),
    ('Vost said: "We will back the new library only if the mayor wants a reading room in it."', "back the new library",
     "only if the mayor wants a reading room"),
])
def test_a_wish_that_stays_a_condition(run, text: str, words: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, text, words)
    assert any(condition in c for c in statement.conditions), statement.conditions


def test_a_marker_quoted_alone(run) -> None:  # type: ignore[no-untyped-def]
    """Session 37 (q_recall's shape): a marker quoted as a word, with no clause of its own ("Today the line is 'library if'"),
    sets no condition; a marker and a clause stays one."""
    statement = _judged(run, "Vost said: \"In spring the line was 'no library, ever'. Today the line is 'library if'.\"",
                        "no library, ever")
    assert not statement.conditions, statement.conditions
    statement = _judged(run, 'Vost said: "We back the new library if the reading room stays."', "We back")
    assert statement.conditions, statement.conditions


def test_a_figure_that_varies(run) -> None:  # type: ignore[no-untyped-def]
    """Session 37 (q_right's shape): "depending on X" after a clause stating a figure says how the figure varies, no
    term; after a side said with a modal it stays a condition."""
    statement = _judged(run, 'Vost said: "For a family that uses it every week, the new library is an extra 40 to 80 '
                             'euros a year, depending on the rates."', "40 to 80 euros")
    assert not statement.conditions, statement.conditions
    statement = _judged(run, 'Vost said: "We will back the new library, depending on the costs."', "We will back")
    assert statement.conditions, statement.conditions


@pytest.mark.parametrize("text", [
    "Two porters at the town hall, who spoke on condition that they were not named, said the new library was a "
    "disgrace.",
    "Two porters, speaking on condition that they not be identified, said they would vote against the new library.",
])
def test_on_condition_of_not_being_named(run, text: str) -> None:  # type: ignore[no-untyped-def]
    """The terms of an interview said with a clause, as "on condition of anonymity": no condition (session 40; red on
    main: conditional)."""
    statement = _judged(run, text, "library")
    assert statement.conditions == [] and statement.stance == "oppose", (statement.conditions, statement.stance_evidence)


def test_on_condition_of_being_named_stays(run) -> None:  # type: ignore[no-untyped-def]
    statement = _judged(run, 'Vost said: "We will back the new library on condition that its reading room is named after '
                             'Pell."', "back the new library")
    assert statement.stance == "conditional", statement.stance_evidence


def test_come_first_after_a_conceded_act_is_a_step(run) -> None:  # type: ignore[no-untyped-def]
    # the review of session 44 (item 8): "come first" joined to a clause that backs the act is a step demanded before
    # it, not a priority ranked (red before: support, no condition)
    statement = _judged(run, 'Vost said: "We would back the new library, but a vote of the parish must come first."',
                        "must come first")
    assert statement.stance == "conditional", statement.stance_evidence
