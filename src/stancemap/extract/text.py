"""The text of a parsed document, read once: spaCy rebuilds `Doc.text` from its tokens on every
access, which made long articles quadratic when rules sliced it per statement."""

from __future__ import annotations

from collections.abc import Callable, Collection

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.strings import get_string_id
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


# Whole-document walks that test one attribute first (a part of speech, a word, a lemma) find the tokens that pass it
# in the document's arrays (`Doc.to_array`, read once per document and attribute) and build spaCy's `Token` objects for
# those only: each `for tok in doc` made a Python object per token, 3.9 million for 150 bench articles
# (docs/performance.md, "Issue 11, session 31"). The same tokens in the same order as the walk's own first test
# (tests/mapping/test_token_positions.py).


def column(doc: Doc, attr: int) -> numpy.ndarray:
    """The document's values of one attribute (`spacy.attrs`), one per token, read once per document."""
    key = f"stancemap_column_{attr}"
    found = doc.user_data.get(key)
    if found is None or len(found) != len(doc):
        found = doc.user_data[key] = doc.to_array(attr) if len(doc) else numpy.zeros(0, dtype=numpy.uint64)
    return found  # type: ignore[no-any-return]


def with_pos(doc: Doc, *pos: str) -> list[int]:
    """The indices of the tokens whose coarse part of speech (`pos_`) is one of `pos`."""
    return with_value(doc, POS, *pos)


def with_value(doc: Doc, attr: int, *values: str) -> list[int]:
    """The indices of the tokens whose value of `attr` (`spacy.attrs`: ENT_TYPE, DEP, TAG ...) is one of `values`."""
    return numpy.flatnonzero(numpy.isin(column(doc, attr), [doc.vocab.strings.as_int(v) for v in values])).tolist()  # type: ignore[no-any-return]


def with_word(doc: Doc, words: Collection[str], lower: bool = True) -> list[int]:
    """The indices of the tokens whose text (lower-cased with `lower`) is one of `words`."""
    if not words:
        return []
    wanted = [get_string_id(w) for w in words]
    return numpy.flatnonzero(numpy.isin(column(doc, LOWER if lower else ORTH), wanted)).tolist()  # type: ignore[no-any-return]


def with_lemma(doc: Doc, test: Callable[[str], bool]) -> numpy.ndarray:
    """A mask of the tokens whose lemma (`lemma_`) passes `test`, asked once per distinct lemma of the document."""
    lemmas = column(doc, LEMMA)
    if not len(lemmas):
        return numpy.zeros(0, dtype=bool)
    distinct, inverse = numpy.unique(lemmas, return_inverse=True)
    strings = doc.vocab.strings
    passed = numpy.array([test(strings[int(h)]) for h in distinct], dtype=bool)
    return passed[inverse.reshape(-1)]  # type: ignore[no-any-return]
