#!/usr/bin/env python3
"""Framing recall and the proposed question over the batches of tests/data, with what was missed.

    .venv/bin/python scripts/framing_errors.py [BATCH ...] [--terms] [--misses] [--no-proposed] [--json FILE]

For each batch: framing recall as ../shared/eval/score.py counts it (a gold term is found when the
outlet of its article lists it, case aside), the number of terms each outlet lists, condition recall
and stance accuracy (`stancemap evaluate`, the scorer's figures), and the question
proposed without `--question` checked against question.json's `proposition_terms` (every group has a
word in it). `--terms` prints each outlet's terms; `--misses` each gold term not listed, with whether
the outlet counted the phrase at all. Records are cached under STANCEMAP_CACHE_DIR (default
/tmp/stancemap-framing-cache), so a rerun after a change to the reduce parses nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def batches() -> dict[str, tuple[Path, Path, dict[str, Any]]]:
    out = {}
    for folder in sorted((ROOT / "tests" / "data").iterdir()):
        if (folder / "question.json").is_file():
            spec = json.loads((folder / "question.json").read_text(encoding="utf-8"))
            out[folder.name] = (folder / "corpus", folder / "gold", spec)
    return out


def names_proposition(text: str | None, groups: list[list[str]]) -> bool:
    low = (text or "").lower()
    return bool(low) and all(any(t.lower() in low for t in group) for group in groups)


def score(name: str, corpus: Path, gold: Path, spec: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    from stancemap import analyze
    from stancemap.evaluate import evaluate
    from stancemap.export.json_out import to_dict

    data = json.loads(json.dumps(to_dict(analyze(corpus, question=spec["question"]))))
    figures = evaluate(data, gold, corpus)["figures"]
    golds = {p.name.rsplit(".", 1)[0]: json.loads(p.read_text(encoding="utf-8")) for p in gold.glob("*.json")}
    found = total = 0
    misses = []
    for doc in data["documents"]:
        g = golds.get(Path(str(doc.get("source", ""))).name.rsplit(".", 1)[0])
        if not g:
            continue
        outlets = [o for o in data["outlets"] if doc["id"] in (o.get("documents") or [])]
        terms = {f["term"].lower() for o in outlets for f in o.get("framing") or []}
        for t in g.get("framing", []):
            total += 1
            if t.lower() in terms:
                found += 1
            else:
                misses.append((outlets[0]["name"] if outlets else "?", t))
    per_outlet = [len(o.get("framing") or []) for o in data["outlets"]]
    row: dict[str, Any] = {"batch": name, "framing_found": found, "framing_total": total,
                           "framing_recall": round(found / total, 3) if total else None,
                           "terms_per_outlet": per_outlet, "condition_recall": figures.get("condition_recall"),
                           "stance_accuracy": figures.get("stance_accuracy")}
    if args.terms:
        for o in data["outlets"]:
            shown = [f"{f['term']}({f['count']}{'~' + f['variant_of'] if f.get('variant_of') else ''})"
                     for f in o.get("framing") or []]
            print(f"  {o['name']}: " + "; ".join(shown))
    if args.misses:
        for outlet, t in misses:
            print(f"  MISS {outlet}: {t}")
    if not args.no_proposed:
        proposed = analyze(corpus).question
        text = proposed.text if proposed is not None else None
        row["proposed"] = text
        row["proposed_ok"] = names_proposition(text, spec.get("proposition_terms") or [])
        row["reason"] = proposed.reason if proposed is not None else None
    return row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batch", nargs="*")
    ap.add_argument("--terms", action="store_true")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--no-proposed", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args()
    os.environ.setdefault("STANCEMAP_CACHE_DIR", "/tmp/stancemap-framing-cache")
    known = batches()
    chosen = args.batch or list(known)
    rows = []
    found = total = 0
    for name in chosen:
        if name not in known:
            print(f"no batch {name!r} under tests/data", file=sys.stderr)
            return 2
        print(f"== {name}", flush=True)
        row = score(name, *known[name], args)
        rows.append(row)
        found += row["framing_found"]
        total += row["framing_total"]
        n = row["terms_per_outlet"]
        line = (f"   framing {row['framing_recall']} ({row['framing_found']}/{row['framing_total']}), terms per outlet "
                f"median {statistics.median(n) if n else 0}, max {max(n, default=0)}; conditions "
                f"{row['condition_recall']}, stance {row['stance_accuracy']}")
        if "proposed" in row:
            line += f"; proposed {row['proposed']!r} -> {'yes' if row['proposed_ok'] else 'NO'}"
        print(line, flush=True)
    print(f"== all: framing {found}/{total} = {found / total if total else 0:.3f}; proposed right "
          f"{sum(r.get('proposed_ok', False) for r in rows)}/{len(rows)}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
