"""Dated events and statement dates (placeholder until issue 5)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..model import Document, Event
from .mentions import Mention


def find_events(doc: Document, sdoc: Doc, mentions: list[Mention], offset: int) -> list[Event]:
    return []


def statement_date(sentence: Span, published: str | None) -> str | None:
    return None
