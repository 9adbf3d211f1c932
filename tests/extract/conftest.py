"""Run the whole pipeline on small written articles (fictional people and places)."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

from stancemap.model import Analysis, Source
from stancemap.pipeline import analyze_sources

QUESTION = "Will Osterland join the Harbor Pact?"


@pytest.fixture(scope="session")
def run() -> Callable[..., Analysis]:
    cache: dict[tuple[str, str | None, str | None, str | None], Analysis] = {}

    def _run(text: str, question: str | None = QUESTION, published: str | None = None) -> Analysis:
        # The learned stance layer may be switched off by a test (STANCEMAP_LEARNED=off): part of the key.
        key = (text, question, published, os.environ.get("STANCEMAP_LEARNED"))
        if key not in cache:
            cache[key] = analyze_sources([Source("test.txt", "text", text=text, published=published)], question)
        return cache[key]

    return _run


def statement_with(analysis: Analysis, words: str):  # type: ignore[no-untyped-def]
    found = [s for s in analysis.statements if words in s.content]
    assert found, f"no statement contains {words!r}: {[s.content for s in analysis.statements]}"
    return min(found, key=lambda s: len(s.content))  # the innermost, when statements nest


def speaker_name(analysis: Analysis, words: str) -> str | None:
    actor = analysis.actor(statement_with(analysis, words).speaker)
    return actor.name if actor else None
