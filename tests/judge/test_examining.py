"""A speaker who says the question is still under examination, that judging it is not why they are there, that its
outcome is hard to call, or who gives no recommendation, declares no side (judge/examining.py, session 38; "draw" a
conclusion in undecided.TAKING), and takes no side from their other statements. Invented articles: the councillor who
backs the terminal elsewhere is the speaker, so without the rule each neutral here would carry her support; the
counter-examples keep it (an examining called for, denied, or followed by a claim; a recommendation given; a thing said
after "hard to")."""

from __future__ import annotations

import pytest

from .conftest import bracketed_cases, statement_with

QUESTION = "Will the council approve the ferry terminal?"
BASE = ("Councillor Mara Voss said the council should approve the ferry terminal. \"It is the best plan we have,\" "
        "Voss said.\n\nTomas Brenn, who leads the harbour pilots, said the terminal would be a disaster.\n\n")
# Each line: the stance expected, then a sentence added to the article; [the words] find its statement.
CASES = """
neutral: Voss said her office [would examine whether the pilots had been consulted] in time.
neutral: Voss said the council [was weighing whether to extend the quay] before the spring.
neutral: Voss said officials [were looking at whether a second berth could be added].
neutral: "[Whether the pilots saw the plans is exactly what we are looking at]," Voss said.
neutral: Voss said the council [would study the application] from the harbour board.
neutral: "I am [not here to judge what the last council did]," Voss said.
neutral: Voss said the resignation [had made the vote hard to call].
neutral: "[The count is difficult to predict]," Voss said.
neutral: "It is [difficult to predict the count]," Voss said.
neutral: Voss said the council [would send the lease to a ballot without any recommendation].
neutral: Voss said her group [had made no recommendation] on the lease.
neutral: Voss said the council [drew no conclusion] from the survey.
neutral: Voss said she [would read the survey before she drew any conclusion].
neutral: "I [expect the count to be close]," Voss said.
neutral: Voss said she [expected a close vote] in June.
neutral: "[How the harbour board pays for the dredging is their call]," Voss said.
neutral: Voss said the council [is not in the business of forecasting elections].
neutral: Voss said her office [did not make forecasts] of ferry traffic.
neutral: "[Far too early to judge the survey]," Voss said.
neutral: "The members can read. [They’ll decide]," Voss said.
neutral: "We [will not bargain in public]," Voss said.
neutral: "[Who runs the ferries is not for the council to forecast]," Voss said.
neutral: Voss said her group [is neither for nor against the quay] itself.
neutral: Voss said the council [would neither back nor oppose the survey].
neutral: Voss said the council [would neither back nor oppose the terminal].
neutral: Voss said the council [would neither encourage nor discourage the pilots].
support: "[The quay is neither late nor costly]," Voss said.
support: "We [are very close]," Voss said.
support: "[The timetable for the quay is our business]," Voss said.
support: "[The harbour belongs to the town and is everybody's business]," Voss said.
neutral: "[It is the board's decision, and we will respect whatever it decides]," Voss said.
support: "The offer is fair, so [we’ll vote yes] on Friday," Voss said.
support: Voss said the council [did not make the same mistake twice].
support: Voss said the harbour board [should consider whether the pilots still matter].
support: "We [did not examine whether the pilots agreed], because the terminal is needed," Voss said.
support: Voss said she [would make a recommendation to approve the terminal].
support: "The inspectors [are looking only at whether the quay is long enough]," Voss said.
support: "The inspectors [looked at whether the quay was long enough] last year," Voss said.
oppose: Brenn said the pilots [would keep fighting the terminal even without a recommendation].
support: Voss said the council [had drawn its conclusion] that the terminal is needed.
support: "I find it [hard to judge the pilots harshly], but the terminal must be approved," Voss said.
"""


def test_examining_declares_no_side(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    cases = bracketed_cases(CASES)
    found = {words: statement_with(run(BASE + text, question=QUESTION), words) for words, (text, _) in cases.items()}
    assert {w: s.stance for w, s in found.items()} == {w: stance for w, (_, stance) in cases.items()}, {
        w: (s.stance, s.stance_evidence) for w, s in found.items()}


def test_a_close_call_escaped_is_no_contest() -> None:
    # "a close call" had or survived is a narrow escape, no outcome left open (examining.close_outcome, session 38);
    # what a thing is or is expected to be, it stays a contest's outcome
    from stancemap.judge.examining import close_outcome
    from stancemap.parse import load_nlp

    sentences = ["The town had a close call last winter.", "The ferry survived a close call with the pier.",
                 "It will be a close call.", "We expect a close call in May.", "The call will be close."]
    found = [any(close_outcome(t) for t in doc) for doc in load_nlp().pipe(sentences)]
    assert found == [False, False, True, True, True]
