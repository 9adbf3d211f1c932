"""Quotation spans in a body: curly and straight marks, paragraphs as hard limits, and an
unclosed quote running to the end of its paragraph instead of crashing or eating the article."""

from __future__ import annotations

import re

OPEN = "“«„"
CLOSE = "”»‟"
# A quoted stretch of fewer words is a scare quote or a term ("full-fledged"), not speech.
MIN_QUOTE_WORDS = 4
# Two apostrophes stand for a double mark in text converted from typeset pages (''We will,'' he
# said); scanned as one straight mark and a filler of the same width, so offsets stay the body's.
TWO_APOSTROPHES = re.compile(r"(?<!')''(?!')")


def at_least(spans: list[tuple[int, int]], body: str, min_words: int) -> list[tuple[int, int]]:
    """The spans of at least `min_words` words (quote_spans of one body, filtered again)."""
    return [(s, e) for s, e in spans if len(body[s:e].split()) >= min_words]


def quote_spans(body: str, min_words: int = 1) -> list[tuple[int, int]]:
    """(start, end) offsets of the text inside each quotation, marks excluded."""
    spans: list[tuple[int, int]] = []
    scan = TWO_APOSTROPHES.sub('"\x01', body) if "''" in body else body
    for para in re.finditer(r"[^\n]+", scan):
        spans.extend(_in_paragraph(para.group(), para.start()))
    spans = [(s + 1 if scan[s] == "\x01" else s, e) for s, e in spans]
    return [(s, e) for s, e in spans if e > s and len(body[s:e].split()) >= min_words]


def _opens(text: str, i: int) -> str:
    """The closing mark a quotation opened at `i` waits for, or "" when `i` opens none."""
    ch = text[i]
    free = i == 0 or not text[i - 1].isalnum()
    # A quotation opened with one style of mark may close with the other ("“A," he said): pages
    # pasted from several sources mix them, and waiting for the twin would run to the paragraph end.
    if ch in OPEN:
        return CLOSE + '"'
    if ch == "‘" and free:
        return "’"  # British single marks; ’ is also the apostrophe (see _in_paragraph)
    if ch == '"' and free:
        return '"”'
    if ch == "”" and (i == 0 or text[i - 1] == " ") and i + 1 < len(text) and text[i + 1].isalpha():
        return CLOSE  # a closing mark typed at the start of a quotation (”We need ...”)
    return ""


# Every character that may open or close a quotation: only these positions are looked at.
MARKS = re.compile("[" + re.escape(OPEN + CLOSE + "‘’\"”") + "]")


def _in_paragraph(text: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    start: int | None = None
    closer = ""
    for m in MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if start is None:
            closer = _opens(text, i)
            if closer:
                start = i + 1
        elif ch in closer and (ch not in {'"', "’"} or i + 1 == len(text) or not text[i + 1].isalnum()):
            spans.append((offset + start, offset + i))
            start = None
    if start is not None and len(text) - start > 0:
        spans.append((offset + start, offset + len(text)))  # unbalanced: runs to the paragraph end
    return [(s, e) for s, e in spans if e > s]


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """`pos` lies in one of `spans`, which are in text order (as quote_spans gives them)."""
    for s, e in spans:
        if s > pos:
            return False
        if pos < e:
            return True
    return False
