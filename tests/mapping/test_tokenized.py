"""The map's tokens made outside spaCy's memory zone while the vocabulary is small (article._tokenized):
the tokenizer caches nothing inside a zone, so every batch split each word again. The same records
either way, and the vocabulary's growth bounded by PERMANENT_STRINGS."""

from __future__ import annotations

import pytest

from stancemap import article
from stancemap.model import Source
from stancemap.parse import load_nlp

TEXT = ("Harbour pilots in Quellmorrow back the dredging plan\n\n"
        "The Quellmorrow pilots' guild said on Monday it would back the Vintergrask dredging plan if the "
        "port authority paid for new tugs. \"We cannot pilot ships through silt,\" said Orla Fenwicke, the "
        "guild's chair. The authority's spokesman, Ben Traskwold, said the board would decide in June.\n")


def _records(text: str) -> list[bytes]:
    mapped = article.map_batch([Source(path="invented.txt", fmt="text", text=text)])
    return [b for m in mapped if isinstance(m, article.MappedArticle) for b in m.to_blobs()]


def test_map_tokens_made_outside_the_zone_the_same_records(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under the cap an article's words stay in the vocabulary after its batch (red before: the zone
    freed them); over it they are freed with the zone; the record is the same byte for byte."""
    strings = load_nlp().vocab.strings
    under = _records(TEXT.replace("Vintergrask", "Vintergraskel"))
    assert "Vintergraskel" in strings
    monkeypatch.setattr(article, "PERMANENT_STRINGS", 0)
    over = _records(TEXT.replace("Vintergrask", "Vintergraskol"))
    assert "Vintergraskol" not in strings
    assert _records(TEXT) == _records(TEXT)  # (over the cap: both in the zone)
    monkeypatch.undo()
    assert over != under  # (the two texts differ by one word)
    assert _records(TEXT.replace("Vintergrask", "Vintergraskol")) == over
