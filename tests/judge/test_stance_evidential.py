""""support" and "back" said by evidence, not by a speaker (issue 9, session 31): "the claim was not supported by
the published figures", "whichever option the evidence supports" say what the evidence bears out, no side on the
act (polarity._evidential). Invented sentences, the learned layer off so the rules answer."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Voss of the Ferrow Alliance spoke in Denholt on Tuesday.\n\n"
LIBRARY = "Will the council close the Denholt library?"
FINE = "Will the regulator fine the water company?"

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("question", "text", "words", "stance"), [
    # Evidence bears something out: no side on the act.
    (FINE, "Voss said the size of any fine would be whatever the evidence supports.", "evidence supports", "neutral"),
    (LIBRARY, "Voss said the council's case for the library closure was not supported by the published figures.",
     "published figures", "neutral"),
    # Counter-examples: a person or a body backs the act, actively or in the passive.
    (LIBRARY, "Voss said the closure of the library was supported by the council's finance committee.",
     "finance committee", "support"),
    (LIBRARY, "Voss said residents would not support the closure of the library.", "not support", "oppose"),
    # "group": its first sense in WordNet is a class of things (noun.Tops), a later one a grouping of ideas
    (LIBRARY, "Voss said her group could not support the closure of the library.", "not support", "oppose"),
    (FINE, "Voss said a fine for the water company was backed by most residents.", "most residents", "support"),
])
def test_support_said_by_evidence_takes_no_side(run, question: str, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=question), words)
    assert statement.stance == stance, statement.stance_evidence
