"""A corpus of any size made from the example articles, names varied so that every copy is a
different article (another content hash, other actors), for the store's crash and scale tests.

Copy k of an article has each capitalised word of five letters or more that never appears in lower
case in the examples (names of people, places, bodies, outlets) respelt the k-th way, and a line
numbering the copy, so that no two files have the same content.
"""

from __future__ import annotations

import calendar
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "corpus"
NAME = re.compile(r"\b[A-Z][a-z]{4,}\b")
WORD = re.compile(r"\b[a-z]{5,}\b")
CALENDAR = {*calendar.day_name, *calendar.month_name}
VOWELS = "aeiou"
# Spellings per name: the number of distinct actors stays bounded as in a real corpus, where the
# same people recur across thousands of articles.
SPELLINGS = 10


def respell(word: str, k: int) -> str:
    """The k-th spelling of a name: one vowel changed, one letter doubled."""
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


def make_corpus(n: int, out: Path) -> list[Path]:
    """Write n articles (plain text) under `out`; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    common = {w.capitalize() for t in texts for w in WORD.findall(t)} | CALENDAR
    paths = []
    for i in range(n):
        copy, text = divmod(i, len(texts))[0], texts[i % len(texts)]
        k = copy % SPELLINGS
        body = NAME.sub(lambda m, k=k: m.group(0) if m.group(0) in common else respell(m.group(0), k), text)
        path = out / f"{i:05d}.txt"
        path.write_text(f"{body.rstrip()}\n\nCopy {copy} of this report.\n", encoding="utf-8")
        paths.append(path)
    return paths
