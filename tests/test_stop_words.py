"""The stop-word list written out in stancemap/stop_words.py is spaCy's English one, so the briefing reads the same
words without loading spaCy (tests/test_startup.py)."""

from __future__ import annotations

from stancemap.stop_words import STOP_WORDS


def test_stop_words_are_spacys_english_list() -> None:
    from spacy.lang.en.stop_words import STOP_WORDS as SPACY_STOP_WORDS

    assert STOP_WORDS == SPACY_STOP_WORDS
    assert {"the", "whereupon", "n't", "\u2019ve"} <= STOP_WORDS and "levy" not in STOP_WORDS
