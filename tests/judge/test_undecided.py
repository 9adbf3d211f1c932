"""A statement that declares no side is neutral, and takes no side from its speaker's other statements
(judge/undecided.py, session 10): a verb of deciding denied or put off, a side not taken, an open mind,
a group said to be split. Invented articles: the councillor who backs the terminal elsewhere in the
article is the speaker, so without the rule each of these statements would carry her support."""

from __future__ import annotations

import pytest

from stancemap.judge.undecided import no_side

from .conftest import statement_with

QUESTION = "Will the council approve the ferry terminal?"
# The speaker's stance stated elsewhere in the article: support.
BASE = ("Councillor Mara Voss said the council should approve the ferry terminal. \"It is the best plan we have,\" "
        "Voss said.\n\nTomas Brenn, who leads the harbour pilots, said the terminal would be a disaster.\n\n")


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")


@pytest.mark.parametrize(("text", "words", "stance"), [
    ("Voss said she had not yet decided how she would vote.", "not yet decided", "neutral"),
    ("\"The party does not take sides on this,\" Voss said.", "take sides", "neutral"),
    ("Voss said she would read every page of the report before deciding.", "before deciding", "neutral"),
    ("\"I want to hear from the pilots before I take a position,\" Voss said.", "take a position", "neutral"),
    ("Voss said her group had an open mind about the design.", "open mind", "neutral"),
    ("Voss said her members were split down the middle.", "split down", "neutral"),
    # Not declarations of no side: a decision taken, a verb that splits something, a power denied.
    ("Voss said her party had decided to hold a meeting on Friday.", "decided to hold", "support"),
    ("\"That road would split the town in two,\" Brenn said.", "split the town", "oppose"),
])
def test_a_declared_lack_of_side_is_neutral(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(BASE + text, question=QUESTION), words)
    assert statement.stance == stance, statement.stance_evidence


def test_no_power_to_decide_declares_nothing(run) -> None:  # type: ignore[no-untyped-def]
    # "no power to decide" denies a power, not a decision: only a "not" of the verb's own counts.
    analysis = run(BASE + "Voss said the city had no power to decide which ships may dock.", question=QUESTION)
    statement = statement_with(analysis, "no power to decide")
    assert not any(e.startswith("declares no side") for e in statement.stance_evidence), statement.stance_evidence
    assert no_side([]) is None
