"""The judgements run on whole small articles, through the same fixture as the extraction tests."""

from __future__ import annotations

import pytest

from ..extract.conftest import run, speaker_name, statement_with

__all__ = ["bracketed_cases", "run", "speaker_name", "statement_with"]


@pytest.fixture
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules pinned, not the learned layer's second opinion (which reads some of the same sentences too):
    a test module opts in with `pytestmark = pytest.mark.usefixtures("rules_alone")`."""
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")


def bracketed_cases(cases: str) -> dict[str, tuple[str, str]]:
    """{words: (sentence, stance)} from lines "stance: a sentence with [the statement's words] marked"."""
    out = {}
    for line in cases.strip().splitlines():
        stance, sentence = line.split(": ", 1)
        words = sentence[sentence.index("[") + 1:sentence.index("]")]
        out[words] = (sentence.replace("[", "").replace("]", ""), stance)
    return out
