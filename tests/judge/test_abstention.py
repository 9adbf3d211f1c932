"""A speaker who abstains, not minding which way it goes, saying nothing, or giving the judgement to someone else,
declares no side (judge/abstention.py, session 37), and takes no side from their other statements. Invented articles:
the councillor who backs the terminal elsewhere is the speaker, so without the rule each neutral here would carry her
support; the counter-examples keep it (an act done whatever the vote, an outcome refused, a thing known) or are read in
their own words ("don't mind if they build it" accepts, on its condition)."""

from __future__ import annotations

import pytest

from .conftest import bracketed_cases, statement_with

QUESTION = "Will the council approve the ferry terminal?"
BASE = ("Councillor Mara Voss said the council should approve the ferry terminal. \"It is the best plan we have,\" "
        "Voss said.\n\nTomas Brenn, who leads the harbour pilots, said the terminal would be a disaster.\n\n")
# Each line: the stance expected, then a sentence added to the article; [the words] find its statement.
CASES = """
neutral: "I [don't care who runs the harbour]," Voss said.
neutral: "Our [tenders will be ready whichever way the count goes]," Voss said.
neutral: "It [could go either way]," Voss said.
neutral: Voss said the council [had nothing to add] to the minutes.
neutral: Voss said she [would not be drawn] over the timetable.
neutral: "[Ask me again in the autumn]," Voss said.
neutral: "I [honestly don't know]," Voss said.
neutral: Voss said she [would not tell members how to vote].
neutral: Voss said the council [would respect the outcome of the June ballot].
neutral: "I am [not going to pre-empt the inspectors' report]," Voss said.
neutral: Voss said the [question was one for the courts].
neutral: "[Which scheme goes first is for the councillors]," Voss said.
neutral: Voss said the [matter is for the harbour board now], not for her department.
neutral: Voss said she [would need to see the full plans].
neutral: Voss said her group [would wait and see] how the pilots vote.
neutral: Voss said she [would not dignify the pamphlet] with a reply.
neutral: Voss said the council [would not debate it on television].
neutral: Voss said she [would not give a date] for the vote.
neutral: "I [would not read anything into the poll]," Voss said.
neutral: Voss said she [would abstain in Thursday's vote].
support: "We will [build the terminal whichever way the ballot goes]," Voss said.
support: Voss said the council [would not respect the ruling].
support: "I [don't know the figures] for the quay," Voss said.
conditional: "I [don't mind if they build it]," Voss said.
support: "I [don't care what the columnists write]," Voss said.
support: Voss said she [would not be drawn into any quarrel] but insisted the terminal was needed.
support: Voss said she [hoped the harbour board would respect the verdict].
oppose: "[What the pilots asked was for the terminal not to be built]," Brenn said.
support: "We [want to see the terminal built]," Voss said.
conditional: "For the town, [that is well within the budget]," Voss said.
support: Voss said the council [would not negotiate with the pilots].
support: "I [would read a lot into the poll]," Voss said.
support: "I [trust the count, provided the pilots do not read anything] into the survey," Voss said.
support: Voss said her group [would abstain unless the quay is widened].
"""


def test_abstention_declares_no_side(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    cases = bracketed_cases(CASES)
    found = {words: statement_with(run(BASE + text, question=QUESTION), words) for words, (text, _) in cases.items()}
    assert {w: s.stance for w, s in found.items()} == {w: stance for w, (_, stance) in cases.items()}, {
        w: s.stance_evidence for w, s in found.items()}


def test_a_forecast_denied_is_no_process_left_alone() -> None:
    # "anticipate" left out of abstention.ANTICIPATING (session 38): a denied forecast, no process not pre-empted; the
    # same shape with "prejudge" is one
    from stancemap.judge.abstention import not_anticipated
    from stancemap.parse import load_nlp

    forecast, process = load_nlp().pipe(["We do not anticipate any delay to the ferry.",
                                         "We will not prejudge the harbour inquiry."])
    assert not any(not_anticipated(t) for t in forecast)
    assert [t.text for t in process if not_anticipated(t)] == ["prejudge"]


def test_the_small_print_is_a_thing_to_see() -> None:
    # "the small print": its head, "print", is what INFORMATION reads ("small" there never was: session 38)
    from stancemap.judge.abstention import waiting_to_see
    from stancemap.parse import load_nlp

    doc = load_nlp()("We would need to see the small print first.")
    assert [t.text for t in doc if waiting_to_see(t)] == ["see"]
