"""Wire copies: the same story carried by several outlets.

Each body becomes a set of word 5-shingles and a MinHash signature of them, made in the map
(`signature`, kept in the record's head and the cache); the reduce's first pass puts the signatures
in an LSH index (banded as datasketch's, `CopyCandidates`), so candidate pairs are found without comparing every
pair of articles and without holding any article's shingles; each candidate pair is then confirmed
on the exact share of shingles the two bodies have in common. Copies are grouped; the first of a
group (earliest published, then first in the run) is the original and the others point to it
(`Document.copy_of`). A statement in a copy that repeats one of the original (same speaker, nearly
the same words) points to it too (`Statement.copy_of`) and is counted once: positions, statement
counts and summaries read only statements with no `copy_of`. Each outlet keeps its documents, its
framing and whom it quoted: a copy edited by its outlet (a new headline, a loaded word) still
shows that outlet's choices.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from .model import Analysis, Document, Statement
from .unionfind import DisjointSets

WORD = re.compile(r"\w+")
SHINGLE = 5
NUM_PERM = 128
# Two bodies are one story when at least this share of their 5-word shingles (Jaccard) is shared:
# an agency story run by two outlets with a changed headline, a cut last paragraph and an added
# credit line scores 0.7-0.95; two outlets' own reports of one event score under 0.1 (written
# cases in tests/test_copies.py). The LSH threshold sits lower so that no true pair is missed
# before the exact check.
COPY_JACCARD, LSH_THRESHOLD = 0.6, 0.5
# The bands datasketch's MinHashLSH picks for LSH_THRESHOLD and NUM_PERM (its .b and .r).
BANDS, ROWS = 25, 5
# Earlier candidates a new article is checked against: enough that a true copy meets one true
# member of its group among them, few enough that candidates stay linear in the corpus.
MAX_CANDIDATES = 16
# A candidate pair's Jaccard as its signatures estimate it (128 permutations: a standard error of
# about 0.045 near the threshold): below REJECT it is not a copy and above ACCEPT it is one without
# reading the bodies; in between the exact shingles decide (test_copies.py pins both sides).
REJECT, ACCEPT = 0.45, 0.8
# Documents whose shingles copy_groups keeps while checking pairs (about 5 KB each).
KEPT_SHINGLES = 4096
# Bodies shorter than this many shingles are too short to call copies (a one-line brief).
MIN_SHINGLES = 20
# A statement in a copy repeats one of its original when their contents share this much.
SAME_STATEMENT = 0.8


def shingles(text: str) -> set[str]:
    words = [w.lower() for w in WORD.findall(text)]
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))}


def signature(body: str) -> list[int]:
    """The body's MinHash signature, or [] when it is too short to call a copy (a one-line brief).
    datasketch's `MinHash(num_perm=NUM_PERM)` as its 2.x computes it (the "affine32" scheme: each
    shingle's SHA-1, mixed by MurmurHash3's finalizer, through NUM_PERM affine maps modulo 2^32, seed
    1), done here: importing datasketch imports scipy, 0.5 CPU s in every map process
    (tests/test_copies.py::test_signature_is_datasketchs_minhash compares the two)."""
    import numpy as np

    grams = shingles(body)
    if len(grams) < MIN_SHINGLES:
        return []
    a, b = _permutations()
    hashed = np.array([int.from_bytes(hashlib.sha1(g.encode("utf-8")).digest()[:4], "little") for g in grams],
                      dtype=np.uint32).reshape(-1, 1)
    hashed ^= hashed >> np.uint32(16)  # MurmurHash3's 32-bit finalizer (datasketch's _fmix)
    hashed *= np.uint32(0x85EBCA6B)
    hashed ^= hashed >> np.uint32(13)
    hashed *= np.uint32(0xC2B2AE35)
    hashed ^= hashed >> np.uint32(16)
    return (hashed * a + b).min(axis=0).tolist()  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _permutations() -> tuple[Any, Any]:
    """The NUM_PERM affine maps (odd multipliers, offsets) datasketch draws for seed 1."""
    import numpy as np

    draw = np.random.RandomState(1)
    a = draw.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draw.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


class CopyPair(NamedTuple):
    """Two documents that may be copies (`earlier` first in the run) and their signatures' estimate
    of the share of shingles they have in common (-1 when unknown: the bodies decide)."""

    earlier: str
    later: str
    estimate: float = -1.0


class CopyCandidates:
    """Pairs of documents whose signatures say they may be copies, gathered one document at a time
    in run order (the index keeps 25 band keys and the 128-value signature per document, not its
    text).

    Banding as datasketch's MinHashLSH chooses for LSH_THRESHOLD with NUM_PERM permutations
    (`MinHashLSH(threshold=0.5, num_perm=128)`: b=25 bands of r=5 rows), kept here so that a bucket
    keeps its members in run order: a story carried by a thousand outlets fills one bucket with a
    thousand ids, and reading only each bucket's newest MAX_CANDIDATES gives exactly the newest
    MAX_CANDIDATES of the whole candidate set (any of those has fewer newer members in its own
    bucket) without walking the rest: linear in the corpus (test_copies.py pins the grouping)."""

    def __init__(self) -> None:
        self.tables: list[dict[bytes, str | list[str]]] = [{} for _ in range(BANDS)]
        self.signatures: dict[str, Any] = {}
        self.order: dict[str, int] = {}
        self.pairs: list[CopyPair] = []

    def add(self, doc_id: str, hashvalues: Sequence[int]) -> None:
        if not hashvalues:
            return
        import numpy as np

        values = np.asarray(hashvalues, dtype=np.uint64)
        keys = [values[b * ROWS:(b + 1) * ROWS].tobytes() for b in range(BANDS)]
        found: set[str] = set()
        for table, key in zip(self.tables, keys, strict=True):
            members = table.get(key)
            if members is not None:
                found.update([members] if isinstance(members, str) else members[-MAX_CANDIDATES:])
        # One confirmed link puts a copy in its group: a few earlier candidates suffice.
        for other in sorted(found, key=self.order.__getitem__)[-MAX_CANDIDATES:]:
            estimate = float(np.count_nonzero(values == self.signatures[other])) / len(values)
            if estimate >= REJECT:  # the signatures already say no: no need to read the bodies
                self.pairs.append(CopyPair(other, doc_id, estimate))
        for table, key in zip(self.tables, keys, strict=True):
            members = table.get(key)
            if members is None:
                table[key] = doc_id  # most buckets hold one document: no list for them
            elif isinstance(members, str):
                table[key] = [members, doc_id]
            else:
                members.append(doc_id)
        self.signatures[doc_id] = values
        self.order[doc_id] = len(self.order)


def copy_groups(documents: Sequence[Document], pairs: Sequence[CopyPair] | None = None) -> list[list[str]]:
    """Groups (two or more) of document ids whose bodies are near-identical, in run order.
    `pairs` are the candidates the reduce's first pass found (else found here from the bodies)."""
    if pairs is None:
        candidates = CopyCandidates()
        for doc in documents:
            candidates.add(doc.id, signature(doc.body))
        pairs = candidates.pairs
    docs = {d.id: d for d in documents}
    copies = DisjointSets(d.id for d in documents)

    # A pair's earlier document is among the few candidates before its later one: the shingles of
    # the last KEPT_SHINGLES documents checked are kept (hashed, as sorted arrays of about 5 KB), so
    # each body is cut into shingles about once.
    import numpy as np

    recent: dict[str, Any] = {}

    def grams(doc_id: str) -> Any:
        if doc_id not in recent:
            if len(recent) >= KEPT_SHINGLES:
                del recent[next(iter(recent))]
            recent[doc_id] = np.unique(np.fromiter((hash(g) for g in shingles(docs[doc_id].body)), dtype=np.int64))
        return recent[doc_id]

    for a, b, estimate in pairs:
        if a not in docs or b not in docs or copies.root(a) == copies.root(b):
            continue
        if estimate >= ACCEPT or _array_jaccard(grams(a), grams(b)) >= COPY_JACCARD:
            copies.join(b, a)
    groups: dict[str, list[str]] = {}
    for doc in documents:
        groups.setdefault(copies.root(doc.id), []).append(doc.id)
    return [g for g in groups.values() if len(g) > 1]


def _array_jaccard(a: Any, b: Any) -> float:
    """Jaccard of two sorted arrays of distinct hashes."""
    import numpy as np

    if not a.size or not b.size:
        return 0.0
    shared = np.intersect1d(a, b, assume_unique=True).size
    return shared / (a.size + b.size - shared)


def _jaccard(a: set[Any], b: set[Any]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def link_copies(analysis: Analysis, pairs: Sequence[CopyPair] | None = None) -> int:
    """Mark copies and their repeated statements in place; returns the number of copies found."""
    docs = {d.id: d for d in analysis.documents}
    order = {d.id: i for i, d in enumerate(analysis.documents)}
    by_doc: dict[str, list[Statement]] = {}
    for s in analysis.statements:
        by_doc.setdefault(s.document, []).append(s)
    found = 0
    for group in copy_groups(analysis.documents, pairs):
        group.sort(key=lambda i: (docs[i].published or "9999", order[i]))
        original = group[0]
        originals = [(o, set(WORD.findall(o.content.lower()))) for o in by_doc.get(original, [])]
        for doc_id in group[1:]:
            docs[doc_id].copy_of = original
            found += 1
            for s in by_doc.get(doc_id, []):
                said = set(WORD.findall(s.content.lower()))
                twin = next((o for o, words in originals if _same_speaker(analysis, o.speaker, s.speaker)
                             and _jaccard(words, said) >= SAME_STATEMENT), None)
                if twin is not None:
                    s.copy_of = twin.id
    return found


def _same_speaker(analysis: Analysis, original: str | None, copy: str | None) -> bool:
    """One speaker, or one of the same name: a body each article describes and names nowhere is its own article's
    actor (extract/actors.article_body), and in a copy the same body as in the original (test_copies)."""
    if original == copy:
        return True
    first, second = analysis.actor(original), analysis.actor(copy)
    return first is not None and second is not None and first.name == second.name and first.kind == second.kind


def counted(statements: Sequence[Statement]) -> list[Statement]:
    """The statements that count: each utterance once, however many outlets carried the story."""
    return [s for s in statements if s.copy_of is None]
