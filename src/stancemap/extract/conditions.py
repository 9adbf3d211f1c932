"""Conditions a speaker attaches to a statement (placeholder until issue 5)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Condition:
    text: str
    normalized: str


def find_conditions(sdoc: Doc, start: int, end: int, sents: list[Span], sent_index: int) -> list[Condition]:
    return []
