"""Stance of a statement toward the question (placeholder until issue 5)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..model import Question, Stance


def stance_of(content: str, conditions: list[str], question: Question | None, sdoc: Doc, start: int, end: int,
              body: str, sentence: Span) -> tuple[Stance | None, list[str]]:
    return None, []
