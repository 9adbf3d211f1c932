"""A bad thing lessened with its participle's phrase (judge/state.py lessened; issue 9, session 43): "fewer families
queueing with injuries" is good news. Invented sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from .conftest import statement_with

pytestmark = pytest.mark.usefixtures("rules_alone")

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"


def test_a_bad_thing_lessened_with_its_participle(run) -> None:  # type: ignore[no-untyped-def]
    # "fewer" lessens its noun and the participle's phrase on it: fewer families waiting with bad colds is good news
    # (state.lessened, session 43)
    question = "Will Denholt build a new health centre?"
    text = "Voss said a new health centre would mean fewer families queueing at the hospital with painful injuries."
    statement = statement_with(run(INTRO + text, question=question), "fewer families")
    assert statement.stance == "support", statement.stance_evidence
