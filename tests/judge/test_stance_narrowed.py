"""Negative probes for session 6's kin, state, outlook and contrastive rules (a review found each one
reading too much): one invented sentence each, on the rules alone. Each rule fires only on what its
comment says: praise said *of* the departing subject, a synonym in its shared sense aimed at the
question's object, staying in an office, staying out of what the act enters, a "not" before a time,
the likelihood of the question's own participant's act."""

from __future__ import annotations

import pytest

from stancemap.judge.terms import kin_verbs

from .conftest import statement_with

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


INTRO = "Alderman Ilse Marov of the Dune Party spoke in Keldby on Thursday.\n\n"
DEPART = "Will the harbour chief resign?"
FALL = "Will unemployment fall below five percent?"
SETTLE = "Will the two councils reach a settlement?"
BUDGET = "Will the board adopt the budget?"
JOIN = "Will Velmark join the Tidal Pact?"
WIN = "Will Mira Tallis win the regional election?"


def test_kin_verbs_keep_only_a_shared_sense() -> None:
    """A synonym counts only when the predicate's sense is among its own most frequent senses too."""
    assert not {"think", "return"} & kin_verbs("recall")
    assert "follow" not in kin_verbs("adopt")  # "borrow" stays a synonym: the object rule stops it below
    assert "hit" not in kin_verbs("reach") and not {"name", "charge"} & kin_verbs("appoint")
    assert not {"hold", "arrest"} & kin_verbs("halt")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # The speaker's own support, not praise of the one the act takes away.
    (DEPART, "Marov said she backed the inquiry into the harbour chief.", "inquiry", "support"),
    (DEPART, "Marov said she applauded the harbour chief's exit.", "applauded", "support"),
    # "fall" takes nothing away from unemployment.
    (FALL, "Marov said she backed the ministry's plans on unemployment.", "plans", "support"),
    # A synonym in another sense, or aimed at something else.
    (SETTLE, "Marov said the councils hit back at the settlement on Friday.", "hit back", "neutral"),
    (BUDGET, "Marov said the board would borrow funds for the budget.", "borrow", "neutral"),
    # Staying somewhere that is no office.
    (DEPART, "Marov said the harbour chief stayed in Lisbon for the conference.", "Lisbon", "neutral"),
    (DEPART, "Marov said the harbour chief remains in quarantine.", "quarantine", "neutral"),
    # Staying out of something other than what the act enters.
    (JOIN, "Marov said Velmark should stay out of the dispute over the pact's fishing quotas.", "dispute", "neutral"),
    # Until the act itself: a condition, not how long the staying lasts.
    (JOIN, "Marov said Velmark would remain outside the pact's summits until it joins.", "until it joins", "conditional"),
    # Another person's act called certain says nothing of the question's person.
    (WIN, "Marov said Corven's victory in the regional election looked certain.", "certain", "neutral"),
])
def test_narrowed_rules_leave_these_alone(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert (statement.stance or "neutral") == stance, statement.stance_evidence


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    (DEPART, "Marov said she praised the harbour chief.", "praised", "oppose"),
    (DEPART, "Marov said the harbour chief remained at the helm.", "helm", "oppose"),
    (WIN, "Marov said Tallis's victory in the regional election looked certain.", "certain", "support"),
])
def test_narrowed_rules_still_read_these(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence


@pytest.mark.parametrize("text", [
    "Marov said the harbour chief would resign, not a chance.",
    "Marov said the harbour chief would resign, not in a million years.",
])
def test_a_colloquial_no_is_no_contrast(run, text: str) -> None:  # type: ignore[no-untyped-def]
    """"..., not a chance" is a flat no: never read as the verb asserted."""
    statement = statement_with(run(INTRO + text, question=DEPART), "not")
    assert statement.stance in {"oppose", "neutral", None}, statement.stance_evidence
