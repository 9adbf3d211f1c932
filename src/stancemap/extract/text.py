"""The text of a parsed document, read once: spaCy rebuilds `Doc.text` from its tokens on every
access, which made long articles quadratic when rules sliced it per statement."""

from __future__ import annotations

from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    cached = doc.user_data.get("stancemap_text")
    if cached is None:
        cached = doc.user_data["stancemap_text"] = doc.text
    return str(cached)


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The offsets without the spaces, punctuation and quotation marks at either end."""
    text = doc_text(doc)
    while start < end and text[start] in " ,;:—–-\"“”'\n":
        start += 1
    while end > start and text[end - 1] in " ,;:—–-\n\"“”":
        end -= 1
    return start, end
