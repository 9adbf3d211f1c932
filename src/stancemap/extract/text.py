"""The text of a parsed document, read once: spaCy rebuilds `Doc.text` from its tokens on every
access, which made long articles quadratic when rules sliced it per statement."""

from __future__ import annotations

from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    cached = doc.user_data.get("stancemap_text")
    if cached is None:
        cached = doc.user_data["stancemap_text"] = doc.text
    return str(cached)
