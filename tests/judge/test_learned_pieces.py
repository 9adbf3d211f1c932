"""MiniLM's word pieces found once per stretch of text between plain spaces (issue 11, session 39; docs/performance.md):
`learned.word_pieces` must give the ids `tokenizer.encode` gives the whole text, special ones left out, cut at the same
126, and ask the tokenizer again for no stretch it has read. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from stancemap.judge import learned

pytestmark = pytest.mark.skipif(not learned.table_installed(), reason="the MiniLM table is not installed")


def _whole(text: str) -> list[int]:
    """What `embed` read before session 39: the whole text encoded, special pieces dropped."""
    encoding = learned._static()[0].encode(text)
    return [k for k, special in zip(encoding.ids, encoding.special_tokens_mask, strict=True) if not special]


@pytest.mark.parametrize("text", [
    "The harbour board will vote on the ferry levy in March.",
    "  two spaces,  then a tab\there and a line\nbreak ",  # empty stretches, other whitespace inside a stretch
    "Caf\u00e9 owners na\u0308ively \u0301 hoped for \u4e2d\u6587 menus",  # accents, a lone combining mark, CJK
    "a\x1cfile\x1dseparator x\x85y a\x0bb\x0cc",  # controls Python splits at but the tokenizer removes
    "the [MASK] and [SEP] and x[CLS]y written in the text",  # special pieces spelt out: kept (the mask marks only the ends)
    "nonbreaking\u00a0space\u3000and\u2028lines",  # whitespace that is no plain space stays inside a stretch
    "x" * 150 + " then words",  # a stretch over the tokenizer's 100 characters: one unknown piece
])
def test_word_pieces_are_the_whole_texts(text: str) -> None:
    assert learned.word_pieces(text) == _whole(text)


def test_a_long_text_is_cut_where_the_tokenizer_cuts_it() -> None:
    text = " ".join(["the ferry levy [MASK] was raised again by the harbour board"] * 20)
    assert len(_whole(text)) == 126 < len(text.split())
    assert learned.word_pieces(text) == _whole(text)


def test_a_stretch_read_once_is_not_encoded_again(monkeypatch: pytest.MonkeyPatch) -> None:
    learned.word_pieces("warm up")
    tokenizer = learned._static()[0]
    calls: list[str] = []

    class Counted:
        def encode(self, text: str) -> Any:
            calls.append(text)
            return tokenizer.encode(text)

    monkeypatch.setattr(learned, "_static", lambda: (Counted(), None))
    monkeypatch.setattr(learned, "_PIECES", {})
    learned.word_pieces("the board will vote on the levy")
    assert sorted(calls) == sorted({"the", "board", "will", "vote", "on", "levy"})
    calls.clear()
    learned.word_pieces("the levy vote")
    assert calls == []


def test_embed_is_mean_and_norm() -> None:
    # Session 40: `embed` calls numpy's ufuncs directly instead of `mean` and `linalg.norm`: the same float32 rows,
    # bit for bit, as the code before it, for invented texts of one piece, many, repeated pieces, and none.
    import numpy as np

    texts = ["levy", "the harbour board will vote on the ferry levy next spring",
             "cut cut cut cut the Quonmere toll", "", " ", "Ostrelia's ministers doubt it, but the unions hold firm",
             " ".join(["the ferry levy was raised again"] * 30)]
    table = learned._static()[1]
    wanted = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
    for i, text in enumerate(texts):
        ids = learned.word_pieces(text)
        if ids:
            v = table[ids].mean(axis=0)
            wanted[i] = v / (np.linalg.norm(v) + 1e-9)
    got = learned.embed(texts)
    assert got.dtype == wanted.dtype and got.tobytes() == wanted.tobytes()
