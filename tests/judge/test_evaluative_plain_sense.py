"""Words VADER scores whose sense in a statement judges nothing, or judges the other way (judge/evaluative.py TELLING,
NOUN_SENSE, _owner; judge/state.py lessened; issue 9, session 43): a pledge or a dispute reported ("were promised a
library", "I'd dispute that"), "treat" as a verb ("treat the figures with caution"), a noun that owns what follows ("the
trust's position"), a bad thing lessened with its participle ("fewer families queueing with injuries"). Invented
sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"


def _evaluative(evidence: list[str]) -> list[str]:
    return [line for line in evidence if "evaluative:" in line]


@pytest.mark.parametrize(("question", "text", "words"), [
    ("Will Denholt build a new library?", "Voss said the people of Denholt were promised a new library in 2015.",
     "promised a new library"),
    ("Will Denholt build a new library?", "Voss said she would dispute any claim that the library plan was finished.",
     "dispute any claim"),
    ("Will Denholt build a new library?", "Voss said the library dispute between the two councils had run for a decade.",
     "library dispute"),
])
def test_a_pledge_or_a_dispute_judges_nothing(run, question: str, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert not any(w in line for line in _evaluative(statement.stance_evidence) for w in ("promised", "dispute")), \
        statement.stance_evidence


def test_treating_as(run) -> None:  # type: ignore[no-untyped-def]
    question = "Are the Ferrow household survey figures reliable?"
    text = "Voss said ministers should treat the survey figures with caution until the spring."
    statement = statement_with(run(INTRO + text, question=question), "treat the survey figures")
    assert not any("treat" in line for line in _evaluative(statement.stance_evidence)), statement.stance_evidence


def test_a_promising_thing_is_still_praised(run) -> None:  # type: ignore[no-untyped-def]
    # the adjective keeps its valence: only the act of promising is passed over
    question = "Will Denholt build a new library?"
    text = "Voss said the new library was a promising idea for the town."
    statement = statement_with(run(INTRO + text, question=question), "promising")
    assert statement.stance == "support", statement.stance_evidence
    assert any("promising" in line for line in _evaluative(statement.stance_evidence)), statement.stance_evidence


def test_an_owner_judges_nothing(run) -> None:  # type: ignore[no-untyped-def]
    # "trust" (+2.3 in VADER) as the owner of what follows names a body, not a judgement (evaluative._owner)
    question = "Will Denholt build a new library?"
    text = "Voss said the library trust's formal position on the new library had not changed since March."
    statement = statement_with(run(INTRO + text, question=question), "formal position")
    assert not any("trust" in line for line in _evaluative(statement.stance_evidence)), statement.stance_evidence


def test_a_bad_thing_lessened_with_its_participle(run) -> None:  # type: ignore[no-untyped-def]
    # "fewer" lessens its noun and the participle's phrase on it: fewer families waiting with bad colds is good news
    # (state.lessened, session 43)
    question = "Will Denholt build a new health centre?"
    text = "Voss said a new health centre would mean fewer families queueing at the hospital with painful injuries."
    statement = statement_with(run(INTRO + text, question=question), "fewer families")
    assert statement.stance == "support", statement.stance_evidence
