"""A doubt declared with "I'll believe it when I see it" is against the thing talked of, no condition
(judge/doubted.py, issue 9, session 32). Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import statement_with

INTRO = "Councillor Mara Vost of the Green Union spoke in Calde on Monday.\n\n"
OPEN = "Will the council open the new library this year?"

# The rules pinned, not the learned layer (conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(("text", "words"), [
    ('"The mayor says the library will open in May. I\'ll believe it when I see the doors open," Vost said.',
     "believe it"),
    ('"The mayor promises a May opening for the library. We\u2019ll believe it when the first reader walks in," Vost said.',
     "believe it"),
    ('"I won\'t believe it until the contract for the library is signed," Vost said.', "believe it"),
])
def test_a_doubt_declared(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=OPEN), words)
    assert statement.stance == "oppose", statement.stance_evidence
    assert any(e.startswith("a doubt declared") for e in statement.stance_evidence), statement.stance_evidence


@pytest.mark.parametrize(("text", "words"), [
    ('"I believe the library will open when the roof is finished," Vost said.', "believe the library"),  # no future
    ('"We believed it when they told us the library would open," Vost said.', "believed it"),  # the past
])
def test_no_doubt_declared(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + text, question=OPEN), words)
    assert not any(e.startswith("a doubt declared") for e in statement.stance_evidence), statement.stance_evidence
