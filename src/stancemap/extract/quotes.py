"""Quotation spans in a body: curly and straight marks, paragraphs as hard limits, and an
unclosed quote running to the end of its paragraph instead of crashing or eating the article."""

from __future__ import annotations

import re

OPEN = "“«„"
CLOSE = "”»‟"
# A quoted stretch of fewer words is a scare quote or a term ("full-fledged"), not speech.
MIN_QUOTE_WORDS = 4


def quote_spans(body: str, min_words: int = 1) -> list[tuple[int, int]]:
    """(start, end) offsets of the text inside each quotation, marks excluded."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", body):
        spans.extend(_in_paragraph(para.group(), para.start()))
    return [(s, e) for s, e in spans if len(body[s:e].split()) >= min_words]


def _in_paragraph(text: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    start: int | None = None
    closer = ""
    for i, ch in enumerate(text):
        if start is None:
            if ch in OPEN:
                start, closer = i + 1, CLOSE
            elif ch == "‘" and (i == 0 or not text[i - 1].isalnum()):
                start, closer = i + 1, "’"  # British single marks; ’ is also the apostrophe (see below)
            elif ch == '"' and (i == 0 or not text[i - 1].isalnum()):
                start, closer = i + 1, '"'
        elif ch in closer and (closer not in {'"', "’"} or i + 1 == len(text) or not text[i + 1].isalnum()):
            spans.append((offset + start, offset + i))
            start = None
    if start is not None and len(text) - start > 0:
        spans.append((offset + start, offset + len(text)))  # unbalanced: runs to the paragraph end
    return [(s, e) for s, e in spans if e > s]


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)
