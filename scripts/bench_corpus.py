#!/usr/bin/env python3
"""Build a bench corpus of N articles from the project's own written articles, names varied so the
documents differ.

    .venv/bin/python scripts/bench_corpus.py N OUT_DIR

Sources: examples/corpus and the written batches in tests/data/*/corpus but the sealed q_appoint (all
fictional, written for this project). Copy k of an article has each of its capitalised words of five letters or more
(names of people, places, bodies, outlets) replaced by a variant drawn from a pool of VARIANTS per
word: documents differ, while the number of distinct actors stays bounded, as in a real corpus about
one question (the same people recur across thousands of articles).
"""

from __future__ import annotations

import calendar
import re
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# How many spellings each name takes across copies: a 15,000-article corpus then holds about this
# many times the actors of the source articles.
VARIANTS = 12
NAME = re.compile(r"\b[A-Z][a-z]{4,}\b")
WORD = re.compile(r"\b[a-z]{5,}\b")
# Only names vary: a capitalised word that also appears in lower case somewhere in the sources is an
# ordinary word ("Foreign", "Minister"), and days and months keep their spelling.
CALENDAR = {*calendar.day_name, *calendar.month_name}
VOWELS = "aeiou"


# Batches never read by anyone but the lead (the honest figure on an unseen question).
SEALED = {"q_appoint"}


def sources() -> list[Path]:
    found = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
    for batch in sorted((ROOT / "tests" / "data").glob("*/corpus")):
        if batch.parent.name not in SEALED:
            found += sorted(batch.glob("*.txt"))
    return found


def variant(word: str, k: int) -> str:
    """The k-th spelling of a name: a vowel changed and a letter doubled, deterministically."""
    if k == 0:
        return word
    chars = list(word)
    vowels = [i for i, c in enumerate(chars) if c in VOWELS and i > 0]
    if vowels:
        i = vowels[k % len(vowels)]
        chars[i] = VOWELS[(VOWELS.index(chars[i]) + k) % len(VOWELS)]
    j = 1 + (k % (len(chars) - 1))
    chars.insert(j, chars[j - 1].lower())
    return "".join(chars)


def make(n: int, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in sources()]
    common = {w.capitalize() for t in texts for w in WORD.findall(t)} | CALENDAR

    def vary(word: str, k: int) -> str:
        if word in common:
            return word
        return variant(word, (k + zlib.crc32(word.encode()) % 3) % VARIANTS)

    for i in range(n):
        text = texts[i % len(texts)]
        copy = i // len(texts)
        k = copy % VARIANTS
        body = NAME.sub(lambda m, k=k: vary(m.group(0), k), text)
        if copy >= VARIANTS:  # beyond the name pool, documents still differ by a line of their own
            body += f"\n\nThis is article {i} of the bench corpus.\n"
        (out / f"{i:06d}.txt").write_text(body, encoding="utf-8")


if __name__ == "__main__":
    make(int(sys.argv[1]), Path(sys.argv[2]))
