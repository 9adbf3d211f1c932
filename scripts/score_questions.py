#!/usr/bin/env python3
"""Score the question parser (judge/proposition.py) on questions nobody wrote it for.

    .venv/bin/python scripts/score_questions.py [FILE] [--misses]

A sealed set (tests/sealed/questions2.jsonl.xz: 60 questions of session 24's shapes, never read by anyone who
changes the parser) is scored for its figures only: `--misses` is refused on it.

FILE (default tests/data/questions.jsonl) holds one yes/no question a line with the parse a careful
reader gives: subject, predicate (lemma with particle), object, voice, negated, privative (the act
removes, stops, blocks or leaves its object), time_bound (docs/evaluation.md, issue 9 session 16, says
who wrote it and how). Prints the accuracy per field and of whole questions; `--misses` lists each
question with a field wrong, the gold and the parse. The matching is the lead's (session 16):
  predicate    equal, lower-cased
  subject      every gold word (not "the", "a", "an", "of") in the parse, at most two words more
  object       60 % of the gold words in the parse, at most three words more ("" matches "" only)
  voice, negated, privative   equal
  time_bound   the same words (None matches None only)
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("subject", "predicate", "object", "voice", "negated", "privative", "time_bound")
FILLER = frozenset({"the", "a", "an", "of"})
WORD = re.compile(r"[\w'-]+")


def words(text: str | None) -> set[str]:
    return {w.lower() for w in WORD.findall(text or "") if w.lower() not in FILLER}


def field_right(field: str, gold: Any, got: Any) -> bool:
    """Whether the parse's `got` matches the careful reader's `gold` for one field (see the module's doc)."""
    if field in {"voice", "negated", "privative"}:
        return bool(got) == bool(gold) if field != "voice" else got == gold
    if field == "predicate":
        return (got or "").lower() == (gold or "").lower()
    want, have = words(gold), words(got)
    if not want or not have:
        return not want and not have
    if field == "subject":
        return want <= have and len(have) <= len(want) + 2
    if field == "object":
        return len(want & have) >= 0.6 * len(want) and len(have) <= len(want) + 3
    return want == have  # time_bound


def score(rows: list[dict[str, Any]], nlp: Any) -> tuple[dict[str, int], list[tuple[dict[str, Any], dict[str, Any]]]]:
    """Right answers per field (and "all"), and the questions with a field wrong with their parse."""
    from stancemap.judge.proposition import parse_proposition

    right = dict.fromkeys((*FIELDS, "all"), 0)
    wrong = []
    for row in rows:
        prop = parse_proposition(row["question"], nlp)
        got = {f: getattr(prop, f) for f in FIELDS}
        ok = {f: field_right(f, row[f], got[f]) for f in FIELDS}
        for f in FIELDS:
            right[f] += ok[f]
        right["all"] += all(ok.values())
        if not all(ok.values()):
            wrong.append((row, {f: got[f] for f in FIELDS if not ok[f]}))
    return right, wrong


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", type=Path, default=ROOT / "tests" / "data" / "questions.jsonl")
    ap.add_argument("--misses", action="store_true", help="list every question with a field wrong")
    args = ap.parse_args()
    from stancemap.parse import load_nlp

    # A sealed set (tests/sealed/questions2.jsonl.xz, session 24) is packed so that a search of the tree does not land
    # in it, and is read for its figures only, as score_sealed.py reads the sealed batches.
    sealed = args.file.suffix == ".xz"
    if args.misses and sealed:
        print("score_questions: --misses is refused on a sealed set: read its figures only (tests/sealed/README.md)",
              file=sys.stderr)
        return 2
    text = lzma.decompress(args.file.read_bytes()).decode("utf-8") if sealed else args.file.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    right, wrong = score(rows, load_nlp())
    for field, n in right.items():
        print(f"{field:11s} {n:3d} of {len(rows)}  ({n / len(rows):.3f})")
    if args.misses:
        for row, got in wrong:
            print(f"\n{row['id']} {row['question']}")
            for f, value in got.items():
                print(f"   {f}: wanted {row[f]!r}, got {value!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
