"""A speaker who says the judgement is not theirs to make, or not yet anyone's, declares no side (judge/deference.py,
session 34), and takes no side from their other statements. Invented articles: the councillor who backs the terminal
elsewhere is the speaker, so without the rule each of these would carry her support; the counter-examples keep it
(an amount "up to", a charge laid on someone, one "up to the task", a course called for with "should let", a thing
left to others that is no judgement) or are read in their own words (an act, not a judgement, denied to others: "not
for the pilots to block"; a doing, "up to no good")."""

from __future__ import annotations

import pytest

from .conftest import bracketed_cases, statement_with

QUESTION = "Will the council approve the ferry terminal?"
BASE = ("Councillor Mara Voss said the council should approve the ferry terminal. \"It is the best plan we have,\" "
        "Voss said.\n\nTomas Brenn, who leads the harbour pilots, said the terminal would be a disaster.\n\n")
# Each line: the stance expected, then a sentence added to the article; [the words] find its statement.
CASES = """
neutral: Voss said it was [not for the council to tell] voters how to choose.
neutral: "That is [not for me to judge]," Voss said about the parking charges.
neutral: "It isn't [my place to tell] the members what to think," Voss said.
neutral: Voss said the next step [is up to the full council].
neutral: "I will [leave the verdict to the inspectors]," Voss said.
neutral: "We are going to [let the inspectors decide] it," Voss said.
neutral: Voss said it was [too soon to tell] whether the quay would flood.
neutral: Voss said [nobody could yet say] whether the quay would flood.
support: "Up to 400 posts [depend on the ferries]," Voss said.
support: Voss said it was [up to the council to stop] the delays.
support: Voss said she would [leave the quay to the ferries].
oppose: Voss said it was [not for the pilots to block] the ferries.
support: Voss said the new harbour master was [up to the task].
oppose: Brenn said the council [should let the pilots decide] the matter.
oppose: Brenn said the terminal's backers were [up to no good].
"""


def test_deference_declares_no_side(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    cases = bracketed_cases(CASES)
    found = {words: statement_with(run(BASE + text, question=QUESTION), words) for words, (text, _) in cases.items()}
    assert {w: s.stance for w, s in found.items()} == {w: stance for w, (_, stance) in cases.items()}, {
        w: s.stance_evidence for w, s in found.items()}
