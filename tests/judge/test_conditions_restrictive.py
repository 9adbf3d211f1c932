"""Conditions said as a restriction on what a speaker will take, as a wait or after "on one condition"
(issue 9, session 11; shapes of q_coalition's and DEVELOP's condition misses, rebuilt with invented names)."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"


def test_conditions_only_such(run) -> None:  # type: ignore[no-untyped-def]
    """"only join a government that ...", "can support a partnership that ...": the restrictive clause
    is what the speaker requires; a description after a comma is not."""
    statement = statement_with(run(INTRO + "Marsh said her party would only join a government that guarantees "
                                           "the rural fund for the full term."), "would only join")
    assert any("guarantees the rural fund" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + "Marsh said the union can support a partnership that keeps its word "
                                           "on wages."), "can support")
    assert any("keeps its word on wages" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + "Marsh said her party would join a government, which she called "
                                           "overdue."), "would join")
    assert not statement.conditions, statement.conditions
    # "cannot support a bill that ...": what is refused, described, not a requirement
    statement = statement_with(run(INTRO + "Marsh said the union cannot support a bill that cuts wages."),
                               "cannot support")
    assert not statement.conditions, statement.conditions


def test_conditions_pending(run) -> None:  # type: ignore[no-untyped-def]
    """"suspended pending a full review": what the act waits for."""
    statement = statement_with(run(INTRO + "Marsh said the works should be suspended pending a full review of "
                                           "the survey."), "should be suspended")
    assert any(c.startswith("pending a full review") for c in statement.conditions), statement.conditions


def test_conditions_on_one_condition(run) -> None:  # type: ignore[no-untyped-def]
    """"on one condition - that X": the clause after the dash is the condition."""
    statement = statement_with(run(INTRO + "Marsh said her deputies would back the government on one condition - "
                                           "that the harbour bill is shelved before the vote."), "would back")
    assert any("the harbour bill is shelved" in c for c in statement.conditions), statement.conditions


def test_conditions_conditional_on_with_on_hung_on_the_copula(run) -> None:  # type: ignore[no-untyped-def]
    """"recommends that any approval be conditional on X placing ...": the parser hangs "on" on "be"."""
    statement = statement_with(run(INTRO + "Marsh recommends that any approval be conditional on Tarvel Shipping "
                                           "placing its port operations under a separate board."),
                               "any approval be conditional")
    assert any("separate board" in c for c in statement.conditions), statement.conditions


def test_conditions_would_let_us(run) -> None:  # type: ignore[no-untyped-def]
    """"a three-year transition would let us adapt": what would enable the speaker's side."""
    statement = statement_with(run(INTRO + "Marsh said a three-year transition would let us adapt to the Pact."),
                               "would let us adapt")
    assert any("three-year transition" in c for c in statement.conditions), statement.conditions


def test_conditions_what_must_be(run) -> None:  # type: ignore[no-untyped-def]
    """"X is not negotiable", "X is a red line", "has to mean that X" (judge/requirements.py): what the
    speaker's side requires; "X is negotiable", "not a red line" require nothing."""
    for text, words in (("Marsh said: \"The fishing quota is not negotiable for us.\"", "fishing quota"),
                        ("Marsh said the fishing quota was a red line for Osterland.", "fishing quota"),
                        ("Marsh said: \"A Pact seat has to mean that the ferry crews keep their jobs.\"",
                         "ferry crews keep their jobs")):
        statement = statement_with(run(INTRO + text), text.split()[2].strip('"'))
        assert any(words in c for c in statement.conditions), (text, statement.conditions)
    for text in ("Marsh said the fishing quota is negotiable.", "Marsh said the fishing quota was not a red line."):
        statement = statement_with(run(INTRO + text), "fishing quota")
        assert not statement.conditions, (text, statement.conditions)



@pytest.mark.parametrize(("said", "cue", "required"), [
    ("Osterland \"will not sign anything that hurts Velden pensioners\".", "will not sign", "hurts Velden pensioners"),
    # "will not support any sale that ...": the act refused, described
    ("Osterland will not support any sale that hands the port to a foreign state.", "will not support", None),
])
def test_conditions_nothing_that(run, said: str, cue: str, required: str | None) -> None:  # type: ignore[no-untyped-def]
    """"will not sign anything that hurts X": the restriction under a refused "anything" is required."""
    conditions = statement_with(run(INTRO + "Marsh said " + said), cue).conditions
    assert any(required in c for c in conditions) if required else not conditions, conditions


@pytest.mark.parametrize(("said", "cue", "required"), [
    ("the union would not oppose a rescue that protects every job", "would not oppose", "protects every job"),
    ("the union would not object to a loan that is temporary", "would not object", "is temporary"),
    # a noun the parser reads as a verb after "to", its relative clause as that verb's clause (q_bailout's shape)
    ("she would not object to support that is open, temporary and priced at market rates", "would not object",
     "priced at market rates"),
    # what is opposed, described: no requirement
    ("the union would oppose a rescue that cuts jobs", "would oppose", None),
    ("the union would not oppose anything that saves the plant", "would not oppose", None),
])
def test_conditions_not_opposed_restricted(run, said: str, cue: str, required: str | None) -> None:  # type: ignore[no-untyped-def]
    """Session 15: not opposing what is restricted (conditions_restricted.py) takes it on that restriction."""
    conditions = statement_with(run(INTRO + f"Marsh said {said}."), cue).conditions
    assert any(required in c for c in conditions) if required else not conditions, conditions


def test_conditions_a_side_tied_to(run) -> None:  # type: ignore[no-untyped-def]
    """Session 15 (q_bailout's shape): "any support would be tied to X": what a side is bound to; a thing tied to
    another that is no side is no condition."""
    statement = statement_with(run(INTRO + "Marsh said any support would be tied to a credible plan to cut "
                                           "emissions."), "would be tied")
    assert any(c.startswith("to a credible plan") for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + "Marsh said the new port would be tied to the rail network."),
                               "would be tied")
    assert not statement.conditions, statement.conditions
    # a finding about support, not a side bound (the review's counter-example, red before): no condition
    statement = statement_with(run(INTRO + "Marsh said support for the Harbor Pact was tied to older voters."),
                               "was tied")
    assert not statement.conditions, statement.conditions


@pytest.mark.parametrize(("said", "cue", "required"), [
    ("the union will not help save the yard by sacking 400 welders", "will not help", "by sacking 400 welders"),
    ("the union would not back a rescue by cutting wages", "would not back", "by cutting wages"),
    # an ability denied, not a side: no condition
    ("the state could not fix the yard by printing money", "could not fix", None),
    # the change refused: "will not let it become X"
    ("the union backs the rescue but will not let it become a redundancy programme", "will not let",
     "become a redundancy programme"),
    ("the union will let the yard become a museum", "will let", None),
])
def test_conditions_not_by(run, said: str, cue: str, required: str | None) -> None:  # type: ignore[no-untyped-def]
    """Session 15 (q_bailout's shape): a means refused under "will"/"would" not is what the side excludes."""
    conditions = statement_with(run(INTRO + f"Marsh said {said}."), cue).conditions
    assert any(required in c for c in conditions) if required else not conditions, conditions


LIBRARY = "Will the Marrow Council close the Elm Street library?"
BRENN = "Councillor Ada Brenn of the Green Group spoke in Marrow on Monday.\n\n"


@pytest.mark.parametrize(("said", "cue", "required", "stance"), [
    # the question's act refused on some terms: the terms are the condition (red before)
    ("her group would not close it on borrowed money", "would not close", "on borrowed money", "conditional"),
    # the question's thing named with the means it is made with (red before)
    ('"A closure paid for with borrowed money? Never."', "paid for", "paid for with borrowed money", "conditional"),
    ("her group would not accept a closure paid for with borrowed money", "would not accept",
     "paid for with borrowed money", "conditional"),
    # the question's thing opposed with a participle that narrows it (red before)
    ('"We are not against a closure. We are against a rushed closure."', "against a rushed", "rushed closure",
     "conditional"),
    # guards: a time dates the act, it does not narrow it; a plain refusal; a participle of the question's own act
    ("her group would not close the library on Monday", "would not close", None, "oppose"),
    ("her group would not close the library", "would not close", None, "oppose"),
    ("a closure announced on Friday would be a betrayal", "announced on Friday", None, None),
    ("her group is against a closed library", "against a closed", None, None),
])
def test_refused_so(run, said: str, cue: str, required: str | None, stance: str | None) -> None:  # type: ignore[no-untyped-def]
    """Session 22 (conditions_restricted.refused_so): the question's own act or thing taken or refused only in a
    narrowed form; the narrowing is the condition."""
    statement = statement_with(run(BRENN + f"Brenn said {said}.", LIBRARY), cue)
    if required:
        assert any(required in c for c in statement.conditions), statement.conditions
    else:
        assert not any("Friday" in c or "Monday" in c or "closed library" in c for c in statement.conditions), \
            statement.conditions
    if stance:
        assert statement.stance == stance, (statement.stance, statement.conditions)


def test_only_a_bare_plural(run) -> None:  # type: ignore[no-untyped-def]
    """"will only back ferry routes that keep the night crossings": a bare plural taken only in a kind, the restriction
    required (conditions_restricted.restricted, session 31); without "only" it describes ("backs ferry routes that ...")."""
    statement = statement_with(run(INTRO + "Marsh said her party will only back ferry routes that keep the night "
                                           "crossings."), "only back")
    assert any("keep the night crossings" in c for c in statement.conditions), statement.conditions
    statement = statement_with(run(INTRO + "Marsh said her party backs ferry routes that keep the night crossings."),
                               "backs ferry")
    assert not statement.conditions, statement.conditions
    # "back" read as a modifier of "caps" by the parser (conditions_restricted._misread_verb)
    statement = statement_with(run(INTRO + "Marsh said she will only back fare caps that cover students."), "only back")
    assert any("cover students" in c for c in statement.conditions), statement.conditions


@pytest.mark.parametrize("text", [
    "Councillor Bram Ostley said the guild would only accept a levy that spares bakers, and not a levy, which is unfair.",
    "Ostley said the guild will not back any tariff that hurts millers, but could endorse a scheme that funds ovens.",
    "Ostley said they would not object to a loan that is temporary and would take anything that keeps the mill open.",
    "Ostley said the guild will only sign charters that protect apprentices, by voting, and will not let it become a tax.",
])
def test_only_a_word_with_a_relative_clause_is_read(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """restricted() skips the words no relative clause hangs on (issue 11, session 42): the same conditions as reading
    every word. Invented sentences."""
    from stancemap.judge import conditions_restricted
    from stancemap.parse import load_nlp

    doc = load_nlp()(text)
    now = [repr(c) for sent in doc.sents for c in conditions_restricted.restricted(sent)]
    monkeypatch.setattr(conditions_restricted, "_described", lambda sent: {t.i for t in sent})
    assert [repr(c) for sent in doc.sents for c in conditions_restricted.restricted(sent)] == now
    assert now  # the sentences hold restrictions
