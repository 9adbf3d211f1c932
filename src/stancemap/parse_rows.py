"""The rows the map keeps of an article's parse: the sentences a statement stands in, as columns.

The map step (extract_article) calls `rows_of` on the spaCy `Doc` and stores its result in the
record's `parse` field; the reduce reads it back through parsed.ParsedDoc. This module decides
the layout: every sentence's bounds, and for each run of kept sentences one string per text
column (joined with a unit separator) and integer lists for offsets, heads and spaces, read from
the `Doc` in one `to_array` call.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

SEP = "\x1f"
# Columns joined as strings, in this order; "idx", "head" and "ws" are lists of integers.
TEXT_COLUMNS = ("text", "lemma", "pos", "tag", "dep", "ent", "iob", "morph")


# spaCy attributes read in bulk (Doc.to_array) for the rows; ENT_IOB's integer codes as letters.
_ATTRS = ("IDX", "HEAD", "SPACY", "ORTH", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE", "ENT_IOB", "MORPH")
_IOB = ("", "I", "O", "B")
# The columns of _ATTRS from ORTH to ENT_TYPE, as the record names them.
_NAMED = ("text", "lemma", "pos", "tag", "dep", "ent")


def rows_of(doc: Any, sentence_indices: Iterable[int]) -> dict[str, Any]:
    """The kept sentences of a spaCy `Doc` as columns, with every sentence's bounds:
    {"sents": [[start_char, end_char, start_tok, end_tok], ...], "n": number of tokens,
     "runs": [{"first": token index, "idx": [...], "head": [...], "ws": [...], "text": "a\x1fb", ...}]}
    Read with one `Doc.to_array` call and a string lookup per distinct value: token by token,
    attribute access costs more than the parse's own bookkeeping."""
    sents = [(s.start_char, s.end_char, s.start, s.end) for s in doc.sents]
    wanted = sorted({k for k in sentence_indices if 0 <= k < len(sents)})
    spans: list[tuple[int, int]] = []
    for k in wanted:
        start, end = sents[k][2], sents[k][3]
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    runs = []
    if spans:
        # Columns by attribute (one list per attribute over the run's tokens), each distinct string
        # looked up once: about half the time of reading them row by row (docs/performance.md, session 21).
        table = doc.to_array(list(_ATTRS))  # unsigned: string hashes use all 64 bits
        strings = doc.vocab.strings
        names: dict[int, str] = {0: ""}
        for start, end in spans:
            idx, head, ws, *named, iob, morph = table[start:end].T.tolist()
            for value in set().union(*named, morph).difference(names):
                names[value] = strings[value]
            name = names.__getitem__
            run = {"first": start, "idx": idx,
                   # HEAD is the head's offset from the token, stored unsigned: wrap it back to a sign.
                   "head": [start + k + (h - (1 << 64) if h >= 1 << 63 else h) for k, h in enumerate(head)],
                   "ws": ws}
            for column, values in zip(_NAMED, named, strict=True):
                run[column] = SEP.join(map(name, values))
            run["iob"] = SEP.join(map(_IOB.__getitem__, iob))
            run["morph"] = SEP.join([name(m).replace("_", "") if m else "" for m in morph])
            runs.append(run)
    return {"sents": [list(s) for s in sents], "n": len(doc), "runs": runs}
