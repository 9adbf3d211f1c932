#!/usr/bin/env python3
"""Score the sealed batches: figures only, never a text, an anchor or a miss.

    .venv/bin/python scripts/score_sealed.py [--archive tests/sealed/batches.tar.xz] [--out DIR] [--confusion]
        [--mechanisms] [--conditions] [BATCH ...]

`--confusion` adds the stance misses pooled over the batches as counts of wanted -> got labels
(no statement's text, nor which batch or statement missed). `--mechanisms` adds the pooled stances per
mechanism (which judgement gave the stance, read from its evidence's shape: stance_errors.mechanism):
counts only, the same table stance_errors.py --mechanisms prints for DEVELOP and VALIDATE. `--conditions` adds
the gold conditions by fate (found; on a statement not found; on one with no condition; on one whose conditions
hold none of the gold's words) and the conditional label's precision by the kind of the statement's first
condition (the code's labels: "if", "until", "requires"): counts only, as stance_errors.py --conditions.

The sealed batches (tests/sealed/README.md) are articles with gold on questions nobody who writes the
rules has read. They are the honest estimate of a new question, so they are kept packed and scored
only by this script, which unpacks them into a temporary folder, runs `stancemap analyze` on each twice
(the batch's question given, and none: the proposed question), scores the first with
../shared/eval/score.py and prints one line of figures per batch and their means. The proposal is
"right" when the proposed question holds a word of every group of the batch's `proposition_terms`.
Reading a batch's misses makes it no longer sealed: say so in docs/evaluation.md if it ever happens.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from statistics import mean
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))  # loaded by path (tests), not only run from scripts/
from stance_errors import FATES, condition_place, condition_table, conditional_table, kinds, mechanism_table

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
CLI = Path(sys.executable).parent / "stancemap"
# (column heading, score.py figure)
COLUMNS = [("F1", "statement_f1"), ("speaker", "speaker_accuracy"), ("stance", "stance_accuracy"),
           ("conditions", "condition_recall"), ("framing", "framing_recall"), ("events", "event_recall"),
           ("metadata", "metadata_accuracy"), ("boilerplate", "boilerplate_recall")]


def analyze(corpus: Path, out: Path, question: str | None, cache: Path) -> dict:
    cmd = [str(CLI), "analyze", str(corpus), "--json", str(out), "--cache-dir", str(cache)]
    if question:
        cmd += ["--question", question]
    # The CLI's output would print the proposed question's words: keep it off the terminal.
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return json.loads(out.read_text(encoding="utf-8"))


def _gold_matched(analysis: dict, gold_dir: Path) -> Iterator[tuple[dict, dict | None, bool]]:
    """Each gold statement of the documents that have a gold file, with the statement whose content holds most of
    its anchor and whether that reaches score.py's 0.7 (its containment); the statement carries its document's body
    (as "_body") for condition_place."""
    scorer = _scorer()
    for doc in analysis["documents"]:
        gold_file = gold_dir / (Path(str(doc.get("source", ""))).stem + ".json")
        if not gold_file.exists():
            continue
        statements = [s for s in analysis["statements"] if s["document"] == doc["id"]]
        for g in json.loads(gold_file.read_text(encoding="utf-8"))["statements"]:
            best = max(statements, key=lambda s: scorer.containment(g["anchor"], s.get("content", "")), default=None)
            if best is not None:
                best = {**best, "_body": doc.get("body") or ""}
            yield g, best, best is not None and scorer.containment(g["anchor"], best.get("content", "")) >= 0.7


def mechanism_rows(analysis: dict, gold_dir: Path) -> list[dict]:
    """Each gold statement with a stance, matched as score.py matches it, as the row mechanism_table
    reads: the judgement's evidence, its stance and the accepted labels (kept in memory, never printed)."""
    rows = []
    for g, best, matched in _gold_matched(analysis, gold_dir):
        if g.get("stance") and best and matched:
            rows.append({"evidence": best.get("stance_evidence") or [], "stance": best.get("stance"),
                         "gold": g["stance"], "kinds": kinds(best)})
    return rows


def condition_rows(analysis: dict, gold_dir: Path) -> list[dict]:
    """Each gold condition's fate (stance_errors.FATES), matched and compared as score.py does (its containment and
    has_any), with its statement's stance and the kinds of its conditions (kept in memory, never printed)."""
    scorer = _scorer()
    rows = []
    for g, best, matched in _gold_matched(analysis, gold_dir):
        for group in g.get("conditions", []):
            if not matched or best is None:
                fate = FATES[1]
            elif not best.get("conditions"):
                fate = FATES[2]
            else:
                fate = FATES[0] if any(scorer.has_any(c, group) for c in best["conditions"]) else FATES[3]
            rows.append({"fate": fate, "stance": best.get("stance") if matched and best else None,
                         "kinds": kinds(best) if matched else [],
                         "place": condition_place(best["_body"], best.get("start"), best.get("end"), group)
                         if matched and best else None})
    return rows


def _scorer() -> ModuleType:
    """../shared/eval/score.py as a module, for its containment (the match score.py scores by)."""
    spec = importlib.util.spec_from_file_location("sealed_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_batch(batch: Path, work: Path) -> dict:
    spec = json.loads((batch / "question.json").read_text(encoding="utf-8"))
    corpus, gold, cache = batch / "corpus", batch / "gold", work / "cache"
    analyze(corpus, work / f"{batch.name}.json", spec["question"], cache)
    scored = subprocess.run([sys.executable, str(SCORER), str(work / f"{batch.name}.json"), "--gold", str(gold),
                             "--corpus", str(corpus), "--json"], check=True, capture_output=True, text=True)
    result = json.loads(scored.stdout)
    figures = result["figures"]
    figures["stance_misses"] = stance_misses(result["documents"])
    analysis = json.loads((work / f"{batch.name}.json").read_text(encoding="utf-8"))
    figures["mechanism_rows"] = mechanism_rows(analysis, gold)
    figures["condition_rows"] = condition_rows(analysis, gold)
    proposed = (analyze(corpus, work / f"{batch.name}.noq.json", None, cache).get("question") or {}).get("text") or ""
    figures["proposal_right"] = all(any(term.lower() in proposed.lower() for term in group)
                                    for group in spec["proposition_terms"])
    return figures


# score.py's line for a wrong stance: "stance of «<anchor>»: <got> (want <labels>)". Only the two labels
# are kept; the anchor (the batch's text) is never looked at.
STANCE_MISS = re.compile(r"^stance of «.*»: (\S+) \(want ([^)]*)\)$", re.S)


def stance_misses(documents: list[dict]) -> Counter[tuple[str, str]]:
    """How many statements of each wanted stance got which stance: labels only, never a text."""
    counts: Counter[tuple[str, str]] = Counter()
    for doc in documents:
        for error in doc.get("errors", []):
            if m := STANCE_MISS.match(error):
                counts[(m.group(2), m.group(1))] += 1
    return counts


def _mean(values: list[float | None]) -> str:
    """The mean of the batches' figures that have one ("None" when no batch's gold gives the figure)."""
    known = [v for v in values if v is not None]
    return f"{mean(known):.3f}" if known else "None"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batches", nargs="*", help="batch names (default: every batch in the archive)")
    ap.add_argument("--archive", type=Path, default=ROOT / "tests" / "sealed" / "batches.tar.xz")
    ap.add_argument("--out", type=Path, help="keep the analyses and scores here (default: a temporary folder)")
    ap.add_argument("--confusion", action="store_true",
                    help="also print the stance misses pooled over the batches as counts of wanted -> got "
                         "(labels only: it says which kind of judgement fails, never on which statement)")
    ap.add_argument("--mechanisms", action="store_true",
                    help="also print the pooled stances per mechanism (counts only, as --confusion)")
    ap.add_argument("--conditions", action="store_true",
                    help="also print the gold conditions by fate (found; statement not found; no condition on it; "
                         "conditions without the gold's words) and the conditional label by the kind of condition "
                         "(counts and the code's own kind labels only, as --confusion)")
    args = ap.parse_args()
    if not SCORER.exists():
        sys.exit(f"score_sealed: the scorer {SCORER} is missing (../shared beside the checkout)")
    if not args.archive.exists():
        sys.exit(f"score_sealed: no archive at {args.archive}")
    with tempfile.TemporaryDirectory(prefix="stancemap-sealed-") as tmp:
        unpacked = Path(tmp) / "batches"
        with tarfile.open(args.archive) as tar:
            # The "data" filter (no paths outside the folder, no devices) exists from Python 3.11.4 on;
            # the archive is the project's own, so an older 3.11 unpacks it as it stands.
            if hasattr(tarfile, "data_filter"):
                tar.extractall(unpacked, filter="data")
            else:
                tar.extractall(unpacked)
        names = args.batches or sorted(p.name for p in unpacked.iterdir() if (p / "question.json").exists())
        work = args.out or Path(tmp) / "work"
        work.mkdir(parents=True, exist_ok=True)
        rows = {}
        for name in names:
            if not (unpacked / name / "question.json").exists():
                sys.exit(f"score_sealed: no batch {name!r} in {args.archive}")
            try:
                rows[name] = score_batch(unpacked / name, work)
            except subprocess.CalledProcessError as failed:
                # One line, not a traceback; its output is not shown (it may quote the batch's texts).
                step = "score.py" if failed.cmd[0] == sys.executable else "stancemap analyze"
                sys.exit(f"score_sealed: {name}: {step} exited with {failed.returncode} (its output is kept "
                         "hidden: reading it reads the batch)")
            f = rows[name]
            print(f"{name:<14}" + "  ".join(f"{h} {f[k]}" for h, k in COLUMNS)
                  + f"  proposal {'right' if f['proposal_right'] else 'WRONG'}", flush=True)
    if len(rows) > 1:
        print(f"{'mean':<14}" + "  ".join(f"{h} {_mean([r[k] for r in rows.values()])}" for h, k in COLUMNS)
              + f"  proposal {sum(r['proposal_right'] for r in rows.values())}/{len(rows)}")
    if args.confusion:
        pooled: Counter[tuple[str, str]] = sum((r["stance_misses"] for r in rows.values()), Counter())
        print("stance misses, wanted -> got: " + ", ".join(f"{want} -> {got} {n}" for (want, got), n
                                                           in pooled.most_common()))
    if args.mechanisms:
        print("stances by mechanism (pooled)\n" + mechanism_table([row for r in rows.values()
                                                                   for row in r["mechanism_rows"]]))
    if args.conditions:
        print("gold conditions by fate (pooled)\n" + condition_table([row for r in rows.values() for row in r["condition_rows"]]))
        print("the conditional label (pooled)\n" + conditional_table([row for r in rows.values()
                                                                       for row in r["mechanism_rows"]]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
