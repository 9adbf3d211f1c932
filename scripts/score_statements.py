#!/usr/bin/env python3
"""Score stance and conditions, statement by statement, on paragraphs nobody wrote the rules for.

    .venv/bin/python scripts/score_statements.py [FILE] [--split develop|validate|all] [--misses] [--json OUT]

FILE (default tests/data/statements.jsonl) holds one attributed news paragraph a line with its
question and what a careful reader gives: the speaker, the stance toward the question (one or two
accepted labels) and the conditions the speaker attaches (groups of accepted substrings), plus a
`phenomenon` naming what it tests (docs/evaluation.md, issue 9 session 17, says who wrote it and how).

Each paragraph becomes a small plain-text article of its own (a masthead, a headline, a byline and the
paragraph); the paragraphs of one question are analysed together with that question given, as a user
would run them. The statement scored for a paragraph is the one of its article whose content shares the
most words with the paragraph (score.py matches a gold anchor the same way, by its words). Printed:
paragraphs with a statement found, stance accuracy over the found and over all (a paragraph with no
statement counts wrong), condition recall (a gold condition counts when one of its substrings is in one
of the statement's conditions, as in score.py), conditions read where the gold has none, and stance
accuracy per phenomenon (its first words) and per gold label. `--misses` lists each paragraph scored
wrong with the stance, conditions and evidence the tool gave.

A sealed set (tests/sealed/statements2.jsonl.xz, session 18: 160 paragraphs on 32 other questions) is scored
for its figures only: `--misses` and `--json` are refused on it (tests/sealed/README.md).
`--split`: the questions, in the order they first appear in FILE, alternate between DEVELOP (1st, 3rd,
...) and VALIDATE (2nd, 4th, ...). Read misses on DEVELOP only; VALIDATE's figures say whether a change
made from them transfers (the discipline of scripts/stance_errors.py).
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[\w'-]+")


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def article(item: dict[str, Any]) -> str:
    """A paragraph dressed as a scraped page, so that cleaning keeps exactly the paragraph as content."""
    return ("The Harbour Ledger\n\nNews in brief\n\nBy Staff Reporter | 3 March 2026\n\n"
            f"{item['text']}\n\n© 2026 The Harbour Ledger\n")


def best_statement(statements: list[dict[str, Any]], text: str) -> dict[str, Any] | None:
    """The statement whose content shares the most words with the paragraph."""
    para = words(text)
    scored = [(len(words(s.get("content") or "") & para), s) for s in statements]
    scored = [pair for pair in scored if pair[0] > 0]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def has_any(haystack: str, needles: list[str]) -> bool:
    h = " ".join(haystack.split()).lower()
    return any(" ".join(n.split()).lower() in h for n in needles)


def split(items: list[dict[str, Any]], part: str) -> list[dict[str, Any]]:
    """The paragraphs of DEVELOP's or VALIDATE's questions (alternating by first appearance), or all."""
    if part == "all":
        return items
    order = list(dict.fromkeys(item["question"] for item in items))
    wanted = set(order[0::2] if part == "develop" else order[1::2])
    return [item for item in items if item["question"] in wanted]


def score(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One result per paragraph: the statement found (or None) and what was right."""
    from stancemap import analyze
    from stancemap.export.json_out import to_dict

    by_question: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        by_question[item["question"]].append(item)
    results = []
    for question, group in by_question.items():
        with tempfile.TemporaryDirectory() as tmp:
            for i, item in enumerate(group):
                (Path(tmp) / f"{i:02d}_{item['id']}.txt").write_text(article(item), encoding="utf-8")
            out = to_dict(analyze(tmp, question=question))
        doc_of = {d["id"]: Path(d["source"]).stem.split("_", 1)[1] for d in out["documents"]}
        for item in group:
            mine = [s for s in out["statements"] if doc_of.get(s["document"]) == item["id"]]
            best = best_statement(mine, item["text"])
            got_conditions = (best or {}).get("conditions") or []
            results.append({
                "item": item, "found": best is not None,
                "stance": (best or {}).get("stance"),
                "stance_ok": best is not None and best.get("stance") in item["stance"],
                "conditions_ok": [any(has_any(c, group) for c in got_conditions) for group in item["conditions"]],
                "spurious_conditions": bool(got_conditions) and not item["conditions"],
                "got_conditions": got_conditions,
                "evidence": (best or {}).get("stance_evidence") or [],
                "content": (best or {}).get("content"),
            })
    return results


def report(results: list[dict[str, Any]], misses: bool) -> dict[str, Any]:
    n = len(results)
    found = [r for r in results if r["found"]]
    right = sum(r["stance_ok"] for r in results)
    cond_groups = [ok for r in results for ok in r["conditions_ok"]]
    no_cond = [r for r in results if not r["item"]["conditions"]]
    figures = {
        "paragraphs": n, "found": len(found),
        "stance_found": round(right / len(found), 3) if found else None,
        "stance_all": round(right / n, 3) if n else None,
        "condition_recall": round(sum(cond_groups) / len(cond_groups), 3) if cond_groups else None,
        "conditions_where_none": sum(r["spurious_conditions"] for r in no_cond),
        "paragraphs_without_conditions": len(no_cond),
    }
    print(" ".join(f"{k} {v}" for k, v in figures.items()))
    for key, name in ((lambda r: r["item"].get("phenomenon", "").split(":")[0].split("+")[0].strip()[:28], "phenomenon"),
                      (lambda r: r["item"]["stance"][0], "gold label")):
        table: dict[str, Counter[str]] = defaultdict(Counter)
        for r in results:
            table[key(r)]["n"] += 1
            table[key(r)]["right"] += r["stance_ok"]
        print(f"\nstance by {name}:")
        for k, c in sorted(table.items(), key=lambda kv: -kv[1]["n"]):
            print(f"  {k:30s} {c['right']:3d}/{c['n']:3d}")
    confusion = Counter(f"{'/'.join(r['item']['stance'])} -> {r['stance']}" for r in results if not r["stance_ok"])
    print("\nmisses, wanted -> got: " + ", ".join(f"{k} {v}" for k, v in confusion.most_common()))
    if misses:
        for r in results:
            if r["stance_ok"] and all(r["conditions_ok"]) and not r["spurious_conditions"]:
                continue
            item = r["item"]
            print(f"\n{item['id']} [{item.get('phenomenon', '')}] Q: {item['question']}\n  {item['text']}\n"
                  f"  want {'/'.join(item['stance'])} {item['conditions']}; got {r['stance']} {r['got_conditions']}"
                  f"\n  content: {r['content']}\n  evidence: {' | '.join(r['evidence'])}")
    return figures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file", nargs="?", default=str(ROOT / "tests" / "data" / "statements.jsonl"))
    ap.add_argument("--split", choices=("develop", "validate", "all"), default="all",
                    help="score DEVELOP's questions, VALIDATE's, or all (default)")
    ap.add_argument("--misses", action="store_true", help="list each paragraph scored wrong")
    ap.add_argument("--json", help="write the figures and per-paragraph results here")
    args = ap.parse_args()
    path = Path(args.file)
    if not path.is_file():
        print(f"score_statements: no such file: {path}", file=sys.stderr)
        return 2
    # A sealed set (tests/sealed/*.jsonl.xz) is packed so that a search of the tree does not land in it, and is
    # read for its figures only, as score_sealed.py reads the sealed batches.
    sealed = path.suffix == ".xz"
    text = lzma.decompress(path.read_bytes()).decode("utf-8") if sealed else path.read_text(encoding="utf-8")
    items = split([json.loads(line) for line in text.splitlines() if line.strip()], args.split)
    if args.misses and (args.split == "validate" or sealed):
        print("score_statements: --misses lists DEVELOP's misses only (read VALIDATE's and a sealed set's figures, "
              "never their misses)", file=sys.stderr)
        return 2
    if args.json and sealed:
        print("score_statements: a sealed set's results are not written out (figures only)", file=sys.stderr)
        return 2
    results = score(items)
    figures = report(results, args.misses)
    if args.json:
        Path(args.json).write_text(json.dumps({"figures": figures, "results": results}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
