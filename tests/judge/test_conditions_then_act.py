"""A step said before "then" that is the question's act itself, ordered: the act demanded first, no condition on it
(judge/stance.py `_act_first`, issue 9, session 42). Invented sentences; guards: a step that is another thing, a
clause told with a subject, and a refusal, as before."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
LIBRARY = "Will the council approve the new library?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words"), [
    ('"Approve the new library. Then keep an eye on the builders," Vost said.', "keep an eye"),
    ('"Let them approve the new library. Then watch the costs like hawks," Vost said.', "watch the costs"),
])
def test_the_act_ordered_first_is_no_condition(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == "support", statement.stance_evidence


@pytest.mark.parametrize(("text", "words", "stance"), [
    ('"Mend the roof of the old hall. Then approve the new library," Vost said.', "approve the new library",
     "conditional"),
    ('"Do not approve the new library. Then see what happens to the old hall," Vost said.', "see what happens", "oppose"),
    # the act's verb as a participle inside another step is no order of the act (the review, session 42)
    ('"Finish the new library approved last spring. Then we can talk about the pool," Vost said.', "talk about the pool",
     "conditional"),
])
def test_another_step_first_stays(run, text: str, words: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=LIBRARY), words)
    assert statement.stance == stance, statement.stance_evidence
