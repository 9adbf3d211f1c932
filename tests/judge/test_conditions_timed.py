"""A clause of time that dates something other than the speaker's side is no condition of it; what lives on a thing
and a demand whose alternative is worth nothing
(judge/conditions_timed.py, issue 9, session 20). Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
LIBRARY = "Will the council approve the new library?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words", "stance"), [
    # the clause dates a verb that takes no side and names no act of the question, said of someone else
    ("Vost said the library plan usually looked cheaper once the old grant had run out.", "looked cheaper", "neutral"),
    ("Vost said the planning board would look at the library again once the survey was published.",
     "look at the library", "neutral"),
    ("Vost said the library was a waste of money, and that the town had only noticed the costs when the polls turned.",
     "waste of money", "oppose"),
])
def test_a_clause_of_time_on_another_thing_is_no_condition(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence
    assert any(e.startswith("timed, not conditional") for e in statement.stance_evidence)


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a side taken, the act, the speaker's own doing, a requirement, a deadline, a trigger: as before
    ('"We will back the library once the bypass is open," Vost said.', "back the library", "conditional"),
    ("Vost said she would support the library once the costs were known.", "support the library", "conditional"),
    ("Vost said the council would approve the library once the costs were known.", "approve the library",
     "conditional"),
    ('"We will look at the library again once the costs are known," Vost said.', "look at the library", "conditional"),
    ("Vost said the library would open its doors only once the costs were known.", "open its doors", "conditional"),
    ("Vost said the council had until the spring budget to approve the library.", "until the spring", "conditional"),
    ('"We will challenge the library in court the day the council says yes," Vost said.', "challenge the library", "oppose"),
])
def test_a_clause_of_time_on_the_side_stays(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # what ends the opposition is the thing undone: the proposition's opposite demanded
    ('"I will fight the library until it is shelved for good," Vost said.', "fight the library", "oppose"),
    ('"We will fight the library, and we will not rest until it is torn up," Vost said.', "not rest", "oppose"),
    # a refusal said, held for as long as a state lasts
    ('"We will keep voting against the library for as long as the plan includes a car park," Vost said.', "keep voting",
     "oppose"),
    pytest.param('"We will go on voting against the library for as long as the plan includes a car park," Vost said.',
                 "go on voting", "oppose", marks=pytest.mark.xfail(strict=True, raises=AssertionError,
                     reason="conditions_timed.refusal_held "
                 "reads a refusal carried on only through an xcomp of 'keep'/'continue'; 'go on voting' is parsed otherwise")),
    # a side denied on a condition, an objection waived, an opposition until a demand is met: conditional
    ('"We will not back the library as long as the plan includes a car park," Vost said.', "not back", "conditional"),
    ('"We would not object to the library as long as the car park goes," Vost said.', "not object", "conditional"),
    ('"We will oppose the library until it has a proper car park," Vost said.', "oppose the library", "conditional"),
])
def test_a_refusal_until_the_thing_is_gone(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence


def test_a_fight_until_the_act_is_done(run) -> None:  # type: ignore[no-untyped-def]
    """Under a question whose act is an undoing, "until it is scrapped" demands the act: support (a strict xfail until
    session 31; act_demanded._pressed_until)."""
    text = '"We will fight the library until it is scrapped," Vost said.'
    statement = statement_with(run(INTRO + text, question="Will the council scrap the new library?"), "fight the library")
    assert statement.stance == "support", statement.stance_evidence


def test_what_lives_on_a_thing_hangs_no_side_on_it(run) -> None:  # type: ignore[no-untyped-def]
    """conditions._lives_on: jobs or people depending on a thing are no condition; a side depending on it is."""
    jobs = statement_with(run(INTRO + "Vost said up to 300 jobs depend on the library.", question=LIBRARY), "300 jobs")
    assert jobs.stance != "conditional" and not jobs.conditions, jobs.stance_evidence
    side = statement_with(run(INTRO + "Vost said her support for the library depends on a new car park.",
                              question=LIBRARY), "depends on")
    assert side.stance == "conditional" and any("car park" in c for c in side.conditions), side.stance_evidence


def test_a_demand_or_the_thing_is_worth_nothing(run) -> None:  # type: ignore[no-untyped-def]
    """demands._or_else: 'We want X, or the library is just a shed' (the clause after 'or' hung on the cue by the parser);
    a word of no worth counts only said by a copula, not in an alternative of its own ("or they can just wait")."""
    text = '"We want a car park on day one, or the library is just a shed," Vost said.'
    statement = statement_with(run(INTRO + text, question=LIBRARY), "car park")
    assert statement.stance == "conditional" and any("car park" in c for c in statement.conditions), statement.stance_evidence
    text = '"Ministers can approve the library now, or they can just wait another year," Vost said.'
    other = statement_with(run(INTRO + text, question=LIBRARY), "approve the library")
    assert other.stance == "support" and not other.conditions, other.stance_evidence


def test_a_condition_after_its_clause_runs_to_the_punctuation(run) -> None:  # type: ignore[no-untyped-def]
    """conditions._runs_on: the parser hangs the condition's object and second verb on the main verb."""
    text = ('Vost said members would accept the library "as long as the council caps every fee at 5 euros a month and '
            'funds the extra staff".')
    statement = statement_with(run(INTRO + text, question=LIBRARY), "accept the library")
    assert statement.stance == "conditional", statement.stance_evidence
    assert any("every fee" in c and "extra staff" in c for c in statement.conditions), statement.conditions


def test_a_condition_that_points_back(run) -> None:  # type: ignore[no-untyped-def]
    """conditions._pointing_back: 'Until they do' stands for the sentence before."""
    text = ('"Nobody has told us where the money for the library comes from," Vost said. "Until they do, we are not '
            'interested in the library."')
    statement = statement_with(run(INTRO + text, question=LIBRARY), "Until they do")
    assert any("where the money for the library comes from" in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words", "stance"), [
    # a requirement noun as the subject of what is said, or naming another thing: no requirement set
    ("Vost said the conditions made a bad library slightly less bad.", "bad library", "oppose"),
    ("Vost said the conditions she had set had now been met, and she would vote for the library.", "vote for the library",
     "support"),
    # a requirement noun as what is asked: a condition
    ("Vost said the library should be put to a referendum.", "referendum", "conditional"),
    # (a strict xfail from session 20 to 24: conditions._requirements passes over a requirement noun as any subject;
    # since session 24 "X must be attached" is a requirement by requirements._must_be_done, a passive under "must"
    # with no doer, which cost VALIDATE nothing)
    ("Vost said strict conditions must be attached to any approval of the library.", "strict conditions", "conditional"),
])
def test_a_requirement_noun_said_of(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence


def test_without_that_before_a_refusal_it_governs(run) -> None:  # type: ignore[no-untyped-def]
    """conditions._without: a fronted 'Without that' before a verb whose own clause refuses ('advise members not to
    use it'), and what 'that' stands for, the sentence before (conditions._pointing_back)."""
    text = ('Vost told the Courier that her group would accept the library "as long as the council caps every fee at five '
            'euros". Without that, she said, the group would tell its members not to borrow a single book there.')
    statement = statement_with(run(INTRO + text, question=LIBRARY), "tell its members")
    assert any("caps every fee" in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words", "stance"), [
    # how long, no condition (conditions_timed.a_duration)
    ("Vost said the review of the library would take as long as it needs.", "review of the library", "neutral"),
    # what the time waits for: a condition
    ("Vost said she would back the library as long as the car park came first.", "back the library", "conditional"),
])
def test_as_long_as_it_takes_is_a_duration(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # what is lost without the act: the act wanted (conditions_timed.without_the_act)
    ("Will the state bail out the steelworks?",
     '"Without a bailout from the state, the steelworks cannot keep its furnaces lit past March," Vost said.',
     "cannot keep its furnaces", "support"),
    # under a question whose act takes its object away, what is lost without the object: the object kept
    ("Should Calde ban cruise ships?",
     '"Without the cruise ships the harbour cafes would never have survived," Vost said.', "harbour cafes", "oppose"),
    # a requirement before a refusal: conditional
    (LIBRARY, '"Without a car park, we will vote against the library," Vost said.', "vote against", "conditional"),
])
def test_what_is_lost_without_the_act(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # an order of events told, not demanded: the step before the act, said in the indicative (conditions._demanded)
    ("Vost said the mayor would meet the unions before the library is approved.", "meet the unions", "support"),
    # an obligation's deadline on the act itself (conditions._framed, SEQUENCE_MARKERS)
    ('"The council should approve the library, and it should do so before the grant runs out," Vost said.',
     "approve the library", "support"),
    # the aftermath of the act timed ("within weeks of" the act itself: conditions._deferrals)
    ("Vost said the diggers could be on site within weeks of the approval of the library.", "diggers", "neutral"),
    # "only" an adjective, not framing the clause
    ("Vost said a new library was the only plan that could succeed after a decade of cuts.", "only plan", "neutral"),
    # "post-" of something other than a conflict
    ("Vost said the library plan was the main topic of the post-meeting briefing.", "library plan", "neutral"),
    # steps told in the past before "then" (conditions_then.then_steps)
    ("Vost said the council had studied the library plan for a year and then approved it.", "studied the library",
     "support"),
])
def test_a_sequence_said_is_no_condition(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Session 26: a clause of sequence (before, after, within ... of, post-, then) is a condition of the side only when
    what comes first is demanded; told as what happens or happened, it orders events (red on main: each read
    conditional)."""
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert not statement.conditions, statement.conditions
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "condition"), [
    ("Vost said the council must publish the costs before the library is approved.", "publish the costs", "before"),
    ("Vost wants the road repaired before the library is approved.", "road repaired", "before"),
    ('"The council should publish the costs before it approves the library," Vost said.', "publish the costs", "before"),
    ("Vost said the diggers could be on site within weeks of a yes vote in the council.", "diggers", "after"),
    ("Vost said the library would open only after the roof is repaired.", "library would open", "after"),
    # review of session 26: the act itself put off until a thing is done, with no "only" (not a deadline: "before")
    ("Vost said the council should approve the library after the roof is repaired.", "approve the library", "after"),
    ("Vost said the council must approve the library after the flood inquiry reports.", "approve the library", "after"),
    ("Vost said the council should study the library plan for a year and then approve it.", "study the library",
     "before"),
])
def test_a_sequence_demanded_stays_a_condition(run, text: str, words: str, condition: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == "conditional", statement.stance_evidence
    assert any(c.startswith(condition) for c in statement.conditions_normalized), statement.conditions_normalized


@pytest.mark.parametrize(("text", "words", "stance"), [
    # "once" presupposes its event: what hangs on it, said of a third party's pronoun on a verb that takes no side, is a
    # forecast of what follows (conditions_timed.dates_another_thing, FIRST_PERSON)
    ('"Once the library is built, it will stand for a century," Vost said.', "stand for a century", "neutral"),
    ('"Once the library opens, they will spend whole afternoons there," Vost said.', "whole afternoons", "neutral"),
])
def test_once_a_forecast_of_what_follows(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Session 26 (red on main: conditional)."""
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence
    assert any(e.startswith("timed, not conditional") for e in statement.stance_evidence)


@pytest.mark.parametrize("text", [
    # the speaker's own doing, or a side taken, stays a condition under "once"
    '"Once the costs are known, we will look at the library again," Vost said.',
    '"She will back the library once the costs are known," Vost said.',
])
def test_once_the_speakers_own_doing_stays(run, text: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), "library")
    assert statement.stance == "conditional", statement.stance_evidence


# Session 28 (issue 9 item 4): the conditional label's precision.
@pytest.mark.parametrize(("text", "words", "stance"), [
    # an until-clause on a verb said as a fact, of a third party, neither negated nor under a modal: a narration
    ("Vost said the library vote had been put back until after the harvest fair, and that the board approves it.",
     "put back", "support"),
    ("Vost said the planning board meets every Tuesday until the library vote comes round.", "meets every Tuesday",
     "neutral"),
])
def test_an_until_clause_of_narration_is_no_condition(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence
    assert any(e.startswith("timed, not conditional") for e in statement.stance_evidence), statement.stance_evidence


@pytest.mark.parametrize(("text", "words"), [
    # the requirement framed, the speaker's own policy, a modal, what is urged: conditions as before
    ("Vost said the council would not approve the library until the flood survey was done.", "not approve"),
    ('"We do not back the library until the flood survey is done," Vost said.', "not back"),
    ('"We back the library until the flood survey says otherwise," Vost said.', "back the library"),
    ("Vost said the council should hold off on the library until the flood survey was done.", "hold off"),
    # a side reported of a third party, in the present (red before: "timed, not conditional", read as a narration)
    ("Vost said the Green Union opposes the library until the flood survey is done.", "opposes the library"),
    ("Vost said the Green Union blocks every council budget until the library is approved.", "blocks every"),
])
def test_an_until_clause_of_a_side_stays_a_condition(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == "conditional", statement.stance_evidence


@pytest.mark.parametrize(("text", "words"), [
    # a condition the speaker expects never to be met refuses
    ('"We will approve the library when pigs fly," Vost said.', "approve the library"),
    ('"Support the library? Not until hell freezes over," Vost said.', "Not until hell"),
    ("Vost said her group would back the library only if the sun rose in the west.", "back the library"),
    ('"We will not back the library until hell freezes over," Vost said.', "not back the library"),
])
def test_a_condition_never_to_be_met_is_opposition(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == "oppose", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # an until-clause never to be met on a verb not negated: for ever, the verb's own side (red before: "oppose" for
    # the first, the idiom read as a refusal whatever the verb)
    ('"We will vote for the library until hell freezes over," Vost said.', "vote for the library", "support"),
    ('"We will fight the library till the cows come home," Vost said.', "fight the library", "oppose"),
])
def test_until_a_condition_never_to_be_met_is_for_ever(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence
    assert not statement.conditions or statement.stance != "conditional"


@pytest.mark.parametrize(("text", "words", "stance"), [
    ('"We will keep up our protests until the library is approved," Vost said.', "keep up our protests", "support"),
    ("Vost said the union would continue its campaign until the approval of the library was written into the budget.",
     "continue its campaign", "support"),
])
def test_pressed_until_the_act(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Pressure kept up until the question's own act happens demands the act (act_demanded._pressed_until, session 31)."""
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words"), [
    # negated, or no act of the question in the clause: a condition as before
    ('"We will not approve the library until the costs are published," Vost said.', "not approve"),
    ('"We will keep up our protests until the costs are published," Vost said.', "keep up our protests"),
])
def test_pressed_until_not_the_act(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert not any("demands the proposition" in e for e in statement.stance_evidence), statement.stance_evidence
    assert any(c.startswith("until") for c in statement.conditions), statement.conditions


def test_a_past_refusal_told(run) -> None:  # type: ignore[no-untyped-def]
    """"The council never asked us about the library until the plans were drawn": a refusal in the past, told
    (conditions_timed.narrated, session 31); "would not approve it until ..." stays a condition (above)."""
    statement = statement_with(run(INTRO + '"The council never asked us about the library until the plans were drawn," '
                                           "Vost said.", question=LIBRARY), "never asked")
    assert statement.stance != "conditional", statement.stance_evidence
    assert any(e.startswith("timed, not conditional") for e in statement.stance_evidence), statement.stance_evidence


def test_a_time_told_in_a_reported_clause(run) -> None:  # type: ignore[no-untyped-def]
    """"Vost said that the library files were quietly shelved until the press lost interest": a time told in a reported
    clause, as in a main one (conditions_timed.narrated reads past the clause's "that", session 33); "would not approve
    the library until ..." stays a condition (above)."""
    statement = statement_with(run(INTRO + "Vost said the council had mishandled the library and that the complaints were "
                                           "quietly shelved until the press lost interest.", question=LIBRARY), "shelved")
    assert statement.stance != "conditional", statement.stance_evidence
    assert any(e.startswith("timed, not conditional") for e in statement.stance_evidence), statement.stance_evidence


def test_provided_the_verb(run) -> None:  # type: ignore[no-untyped-def]
    """"no heating was provided until after 9 p.m.": "provided" the verb, no proviso (conditions._marker, session 31)."""
    statement = statement_with(run(INTRO + "Vost said readers were kept outside for three hours and that no heating was "
                                           "provided until after 9 p.m.", question=LIBRARY), "no heating")
    assert not any(c.lower().startswith("provided") for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    # "once" counted: one time of two
    ("Vost said a library levy would punish readers twice, once when the fees rise and again when the branches close.",
     "punish readers"),
    # the time set aside in "now, not after X": the speaker wants it now
    ("Vost said the council should approve the library now, not after the review.", "approve the library now"),
    # "at once": together, or now (session 36)
    ('Vost said: "Both at once is a pipe dream, so we should tell readers the truth."', "pipe dream"),
    ('Vost said: "All at once is a pipe dream, and I would rather tell readers the truth now."', "pipe dream"),
])
def test_once_counted_and_a_time_set_aside(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """Neither clause is a condition (conditions._clause_conditions, session 31)."""
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert not any(c.lower().startswith(("once", "after")) for c in statement.conditions), statement.conditions
    assert statement.stance != "conditional", statement.stance_evidence


def test_a_habit_told(run) -> None:  # type: ignore[no-untyped-def]
    """"councils usually approve libraries once a grant is offered": what tends to happen, told, not a condition of a
    side (conditions_timed.habitual, session 31); without the adverb, "the council will approve the library once a
    grant is offered" stays conditional (test above)."""
    statement = statement_with(run(INTRO + "Vost said councils usually approve new libraries once a grant is offered.",
                                   question=LIBRARY), "usually approve")
    assert statement.stance != "conditional", statement.stance_evidence
    assert any(e.startswith("timed, not conditional") for e in statement.stance_evidence), statement.stance_evidence



POOL = "Will the council close the old pool?"
PIPELINE = "Will the ministry halt the pipeline?"


@pytest.mark.parametrize(("question", "text", "words"), [
    (POOL, '"The council should close the pool until the roof is repaired," Vost said.', "close the pool"),
    (POOL, '"The pool must be closed until the roof is repaired," Vost said.', "must be closed"),
    (PIPELINE, '"The pipeline should be suspended until the survey is done," Vost said.', "should be suspended"),
    # "pending" is read as an until-clause (demands._pending): the docstring's second shape
    (PIPELINE, '"The pipeline should be suspended pending a survey," Vost said.', "should be suspended"),
])
def test_the_act_itself_until(run, question: str, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """The question's own act wanted now, for a time ("should close the pool until the roof is repaired"): support, no
    side held on a condition (conditions_timed.act_done_until, session 32)."""
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == "support", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    # the act refused until, or only until, or a side kept until: as before
    ('"The council will not close the pool until the roof is inspected," Vost said.', "not close the pool", "conditional"),
    ('"The council will close the pool only until the roof is repaired," Vost said.', "close the pool", "conditional"),
    ('"The pool should stay open until the roof is repaired," Vost said.', "stay open", "oppose"),
])
def test_the_act_until_refused_or_framed(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=POOL), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    ('"We will not stand by while the council approves the library," Vost said.', "not stand by", "oppose"),
    ('"We are not going to sit idly while the council approves the library," Vost said.', "sit idly", "oppose"),
    ('"We will not stand by while the council scraps the library," Vost said.', "not stand by", "support"),
    # the other verbs of looking on (LOOKING_ON), with a word that makes them so or none needed ("watch")
    ('"We cannot look on while the council approves the library," Vost said.', "look on", "oppose"),
    ('"We will not stay silent while the council approves the library," Vost said.', "stay silent", "oppose"),
    ('"We will not watch while the council approves the library," Vost said.', "not watch", "oppose"),
    # "sit" with no word of looking on (LOOKING_ON_WORDS) looks on at nothing: the while-clause stays a condition
    ('"We will not sit while the council approves the library," Vost said.', "not sit", "conditional"),
    # no side in what is looked on: neither a condition nor a side
    ('"We will not stand by while the library plan is debated," Vost said.', "not stand by", "neutral"),
    # a refusal of the act held while a state lasts: opposition, as before
    ('"We will not approve the library while the roof leaks," Vost said.', "not approve", "oppose"),
])
def test_not_standing_by_while(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """A while-clause on a denied verb of looking on: what it says is refused now, no condition
    (conditions_timed.not_standing_by, session 32)."""
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize(("text", "wanted", "cut"), [
    # a second verb of the condition, hung by the parser on the main verb, with a clause of its own under it
    ('"We will back the library as long as they get back to us and tell us what it costs," Vost said.', "what it costs", ""),
    ('"We will back the library as long as they come forward and tell us what it costs," Vost said.', "what it costs", ""),
    # a second main clause with a subject of its own is not the condition's
    ('"We will back the library as long as they get back to us and we will say so," Vost said.', "get back to us", "say so"),
])
def test_a_condition_runs_on_through_a_clause_of_its_own(run, text: str, wanted: str, cut: str) -> None:  # type: ignore[no-untyped-def]
    """conditions._runs_on (session 32): a subject inside a clause the run's words govern opens no new clause."""
    statement = statement_with(run(INTRO + text, question=LIBRARY), "back the library")
    assert any(wanted in c for c in statement.conditions), statement.conditions
    assert not cut or not any(cut in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    ('Vost said: "Nothing is settled until everything is settled."', "Nothing is settled"),
    ('Vost said: "A pledge is not a pledge until it is written down."', "A pledge"),
    ('Vost said: "A library vote is never safe until the last ballot is counted."', "never safe"),
])
def test_a_maxim_said_with_until(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """A denied copula or passive in the simple present of a generic subject, with an until-clause: a general truth, no
    condition (judge/maxims.py, session 36)."""
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert not any(c.lower().startswith("until") for c in statement.conditions), statement.conditions


@pytest.mark.parametrize(("text", "words"), [
    ('Vost said: "We will not back the new library until the fees are capped."', "will not back"),
    ('Vost said: "The board is not ready to approve the library until the audit is in."', "not ready"),
    ('Vost said: "A library is never approved until the fees are capped."', "never approved"),
    # a rule said with "no" (maxims.py: "no" is no generic determiner, and the verb itself is not denied)
    ('Vost said: "No library is opened until the fees are capped."', "No library"),
])
def test_an_until_that_is_no_maxim(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """A side under a modal, a definite subject, the question's own act: conditions (guards of maxims.py)."""
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert any(c.lower().startswith("until") for c in statement.conditions), statement.conditions


# Session 38 (issue 9 item 4): a once-clause under a modal, on a main clause of another subject, foretells what
# follows; a word of sentiment there argues a side and sets no condition of it (conditions_timed._forecast).
@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Vost said the library would be a great asset once the new road opened.", "great asset", "support"),
    ("Vost said the library would be a costly burden once the old grant ran out.", "costly burden", "oppose"),
    # the modal contracted with a curly apostrophe (conditions_timed.FORECASTING, session 38; red before: conditional)
    ('"The library? It\u2019ll be a great asset once the new road opens," Vost said.', "great asset", "support"),
    ('"The library? It\u2019d be a costly burden once the old grant ran out," Vost said.', "costly burden", "oppose"),
])
def test_once_a_forecast_that_argues_a_side(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Red on main (conditional)."""
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence
    assert any(e.startswith("timed, not conditional") for e in statement.stance_evidence), statement.stance_evidence


@pytest.mark.parametrize("text", [
    # the question's act foretold, or a side taken, under the same shape: still a condition
    "Vost said the council would gladly approve the library once the costs were known.",
    "Vost said the traders would happily back the library once the bypass opened.",
    "Vost said the mayor will vote for the library once the costs are published.",
])
def test_once_a_forecast_of_the_act_stays(run, text: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), "library")
    assert statement.stance == "conditional", statement.stance_evidence


# Session 39 (issue 9 item 4): the question's own subject foretold after "once" under a modal is a forecast too
# (conditions_timed.dates_another_thing: the speaker's "we" is not); a side taken, "get behind", keeps the condition.
@pytest.mark.parametrize("text", [
    "Vost said the council will lose interest in the old town once the cameras have gone.",
    "Vost said the council would forget its promises once the election was over.",
])
def test_once_a_forecast_of_the_subject(run, text: str) -> None:  # type: ignore[no-untyped-def]
    """Red on main (conditional)."""
    statement = statement_with(run(INTRO + text, question=LIBRARY), "council")
    assert statement.stance != "conditional", statement.stance_evidence
    assert any(e.startswith("timed, not conditional") for e in statement.stance_evidence), statement.stance_evidence


@pytest.mark.parametrize("text", [
    "Vost said the council will get behind the library once the ministry confirms the grant.",
    "Vost said the council would approve the library once the costs were known.",
    '"We will look at the library again once the costs are known," Vost said.',
])
def test_once_the_subjects_side_or_our_plan_stays(run, text: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), "library")
    assert statement.stance == "conditional", statement.stance_evidence


@pytest.mark.xfail(strict=True, reason="a side said by a noun ('drop their objection') under a once-forecast is read as a "
                   "forecast: counting the nouns of a side (conditions.SIDING_NOUNS, 'objection', 'opposition') cost "
                   "VALIDATE a row in session 38 (docs/evaluation.md), so _names_the_act counts verbs only")
def test_once_a_forecast_of_a_side_said_by_a_noun(run) -> None:  # type: ignore[no-untyped-def]
    text = "Vost said the traders would gladly drop their objection to the library once the bypass opened."
    statement = statement_with(run(INTRO + text, question=LIBRARY), "library")
    assert statement.stance == "conditional", statement.stance_evidence


# Session 38: a course called untenable while something else goes on is an argument, no condition (untenable.py).
@pytest.mark.parametrize("text", [
    "Vost said the council cannot keep sending readers to the next town while it pays consultants a fortune.",
    '"We could not keep sending readers away while the library plan sat in a drawer," Vost said.',
    # the other verbs of going on the rule names (untenable.GOING_ON)
    "Vost said the council cannot continue to send readers away while it pays consultants a fortune.",
    "Vost said the council could not go on sending readers away while it paid consultants a fortune.",
    # "carry on", in the set conditions_timed.refusal_held shares since session 38
    "Vost said the council could not carry on sending readers away while it paid consultants a fortune.",
])
def test_an_untenable_course_while(run, text: str) -> None:  # type: ignore[no-untyped-def]
    """Red on main (a while-condition listed)."""
    statement = statement_with(run(INTRO + text, question=LIBRARY), "while")
    assert not any(c.lower().startswith("while") for c in statement.conditions), statement.conditions


@pytest.mark.parametrize("text", [
    # a refusal held while a state lasts, or denied with no course going on: still a condition
    "Vost said she would not back the library while the fees stood.",
    "Vost said she cannot back the library while the fees stand.",
    # "go" and "carry" without their "on": no course going on (untenable.WITH_ON, session 38)
    "Vost said the council cannot go ahead with the library while the fees stand.",
    "Vost said the council cannot carry the library's costs while the grant is frozen.",
])
def test_a_refusal_while_stays(run, text: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), "library")
    assert any(c.lower().startswith("while") for c in statement.conditions), statement.conditions


# Session 40: a course said to go on until X ("will go on paying until ...") dates the course, no term of a side
# (conditions_timed.kept_up_until): listed, not weighed.
@pytest.mark.parametrize(("text", "words", "stance"), [
    # (said of a third party, "Families will keep paying ...", conditions_timed.dates_another_thing read it already; of
    # "they" and "we", the speaker's side or the question's doer, it was a condition)
    ('"They will keep paying for private tutors until the new library opens," Vost said.', "keep paying", "neutral"),
    ('"We will keep reading in cold kitchens until the library opens its doors," Vost said.', "keep reading", "neutral"),
])
def test_a_course_kept_up_until(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """Red on main (conditional)."""
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence
    assert any(c.lower().startswith("until") for c in statement.conditions), statement.conditions  # (still listed)


@pytest.mark.parametrize("text", [
    # a side kept up, pressure kept up, a course refused: the side is held on X, a condition still
    '"We will go on backing the library until the costs double," Vost said.',
    '"We will keep protesting until the council publishes the costs of the library," Vost said.',
    '"We will not keep paying for the library study until the council publishes the costs," Vost said.',
])
def test_a_side_kept_up_until_stays(run, text: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), "until")
    assert statement.stance == "conditional", statement.stance_evidence


SQUARE = "Will the old market square recover?"


def test_once_told_as_a_rule(run) -> None:  # type: ignore[no-untyped-def]
    """A once-clause on a main clause in the simple present with no auxiliary, said of another: what follows told as a
    rule, a forecast as under a modal (conditions_timed._told_as_a_rule, session 40); red on main (conditional)."""
    statement = statement_with(run(INTRO + '"Once the big grocer goes, the old market square dies," Vost said.',
                                   question=SQUARE), "square dies")
    assert statement.stance == "oppose", statement.stance_evidence


@pytest.mark.parametrize(("text", "words"), [
    # the speaker's own side in the present, a judgement said with the copula, the question's act itself: conditions
    ('"Once the grocer reopens, we back the recovery plan," Vost said.', "we back"),
    ('"Once the grocer reopens, the old market square is a fine place again," Vost said.', "fine place"),
    ('"The old market square recovers once the grocer reopens," Vost said.', "square recovers"),
])
def test_once_a_judgement_stays(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=SQUARE), words)
    assert statement.stance == "conditional", statement.stance_evidence


def test_a_duration_is_set_apart(run) -> None:  # type: ignore[no-untyped-def]
    # "as long as it takes": how long a course lasts, not listed as a condition, so no side is held on it (session 42)
    text = ('Vost said her members would keep up the vigil "as long as it takes". The council will vote on the new library '
            "on Friday, and critics say the new library is too costly.")
    statement = statement_with(run(INTRO + text, question=LIBRARY), "keep up the vigil")
    assert not statement.conditions, statement.conditions
    assert statement.stance != "conditional", statement.stance_evidence
    guard = statement_with(run(INTRO + 'Vost said: "We will back the new library as long as the reading room stays."',
                               question=LIBRARY), "back the new library")
    assert guard.stance == "conditional", guard.stance_evidence


def test_within_days_of_another_thing(run) -> None:  # type: ignore[no-untyped-def]
    # "within six weeks of X" on a verb that takes no side and names no act of the question: a time frame of another
    # thing, no condition of a side (session 42); on the question's act it stays one
    statement = statement_with(run(INTRO + "Vost said the removal vans would arrive within two weeks of any decision on "
                                           "the new library.", question=LIBRARY), "removal vans")
    assert statement.stance != "conditional", statement.stance_evidence
    guard = statement_with(run(INTRO + "Vost said the council would approve the new library within two weeks of a clean "
                                       "survey.", question=LIBRARY), "approve the new library")
    assert guard.stance == "conditional", guard.stance_evidence
