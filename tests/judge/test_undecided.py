"""A statement that declares no side is neutral, and takes no side from its speaker's other statements
(judge/undecided.py, session 10): a verb of deciding denied or put off, a side not taken, an open mind,
a group said to be split. Invented articles: the councillor who backs the terminal elsewhere in the
article is the speaker, so without the rule each declaration would carry her support."""

from __future__ import annotations

import pytest

from .conftest import statement_with

QUESTION = "Will the council approve the ferry terminal?"
# The speaker's stance stated elsewhere in the article: support (Voss); opposition (Brenn).
BASE = ("Councillor Mara Voss said the council should approve the ferry terminal. \"It is the best plan we have,\" "
        "Voss said.\n\nTomas Brenn, who leads the harbour pilots, said the terminal would be a disaster.\n\n")
# Each sentence added to the article, and the stance of the statement it makes (found by its words).
CASES = {
    "not yet decided": ("Voss said she had not yet decided how she would vote.", "neutral"),
    "take sides": ("\"The party does not take sides on this,\" Voss said.", "neutral"),
    "before deciding": ("Voss said she would read every page of the report before deciding.", "neutral"),
    "take a position": ("\"I want to hear from the pilots before I take a position,\" Voss said.", "neutral"),
    "open mind": ("Voss said her group had an open mind about the design.", "neutral"),
    "split down": ("Voss said her members were split down the middle.", "neutral"),
    # A judgement put off or turned down.
    "Too early": ("\"Too early to prejudge the inspectors,\" Voss said.", "neutral"),
    "speculate": ("\"I am not going to speculate about the vote,\" Voss said.", "neutral"),
    "to comment": ("Voss declined to comment on the design.", "neutral"),
    # Not declarations of no side: a decision taken, a verb that splits something, a judgement made.
    "too quick": ("Voss said the pilots were too quick to judge the design.", "support"),
    "decided to hold": ("Voss said her party had decided to hold a meeting on Friday.", "support"),
    "split the town": ("\"That road would split the town in two,\" Brenn said.", "oppose"),
}


def test_a_declared_lack_of_side_is_neutral(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    found = {words: statement_with(run(BASE + text, question=QUESTION), words) for words, (text, _) in CASES.items()}
    assert {w: s.stance for w, s in found.items()} == {w: stance for w, (_, stance) in CASES.items()}, {
        w: s.stance_evidence for w, s in found.items()}


def test_no_power_to_decide_declares_nothing(run) -> None:  # type: ignore[no-untyped-def]
    # "no power to decide" denies a power, not a decision: only a "not" of the verb's own counts.
    analysis = run(BASE + "Voss said the city had no power to decide which ships may dock.", question=QUESTION)
    evidence = statement_with(analysis, "no power to decide").stance_evidence
    assert not any(e.startswith("declares no side") for e in evidence), evidence
