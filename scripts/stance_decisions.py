#!/usr/bin/env python3
"""The learned stance layer's two decisions measured apart, held out (issue 9, session 15).

    .venv/bin/python scripts/stance_decisions.py [--lam 50]

On the statements the layer may act on (the rules' final stance neutral, not a declared lack of side:
learned.may_overrule), with the protocol of scripts/train_stance.py (DEVELOP and the base corpora
leave-one-batch-out, VALIDATE by the model trained on every other corpus, never on VALIDATE):
  (a) a side or not: how often the layer says a side, and how often the gold has one then;
  (b) which side, given the layer says one and the gold has one: right, or a support <-> oppose flip;
then the statements right on those candidates under other ways of taking the two decisions: the
shipped argmax; a floor on the probability of any side (a); a floor on the chosen side's share of the
sides (b); the side (support or oppose) from a second model trained for (b) alone, on every statement
whose gold is one side, or on the candidates only; the side from VADER's compound valence. Figures
only: VALIDATE's texts, gold and misses are never printed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from stance_errors import BASE, SEALED, VALIDATE
from stance_errors import corpora as every_corpus
from train_stance import LAMBDA, fit, matrix, probabilities, rows_of, standardise, trained

from stancemap.judge import learned

SIDES = ("support", "oppose", "conditional")


def one_side(gold: list[str] | None) -> str | None:
    """support or oppose when the gold accepts exactly one of the two (conditional counts as support)."""
    accepted = {"support" if g == "conditional" else g for g in gold or []} & {"support", "oppose"}
    return accepted.pop() if len(accepted) == 1 else None


def side_model(rows: list[dict[str, Any]], x: np.ndarray, train: np.ndarray, lam: float) -> tuple[np.ndarray, ...]:
    """A support-vs-oppose model fitted on the `train` rows whose gold is one side."""
    labels = [one_side(r["gold"]) for r in rows]
    chosen = train & np.array([label is not None for label in labels])
    mean, scale = standardise(x[chosen])
    y = np.array([[label == "support", label == "oppose"] for label, c in zip(labels, chosen, strict=True) if c],
                 dtype=float)
    weights, bias = fit((x[chosen] - mean) / scale, y, lam)
    return mean, scale, weights, bias


def variants(r: dict[str, Any], p: np.ndarray, side_p: dict[str, float]) -> dict[str, str]:
    """The candidate's final stance under each way of deciding."""
    prob = dict(zip(learned.CLASSES, p.tolist(), strict=True))
    best = max(prob, key=prob.__getitem__)
    shipped = best if best in SIDES else "neutral"
    any_side = sum(prob[s] for s in SIDES)
    top = max(SIDES, key=prob.__getitem__)
    share = prob[top] / any_side
    out = {"rules (neutral)": "neutral", "shipped argmax": shipped}
    for floor in (0.4, 0.5, 0.6):
        out[f"(a) any side >= {floor}, then argmax side"] = top if any_side >= floor else "neutral"
    for floor in (0.6, 0.7, 0.8):
        out[f"(b) shipped, side's share >= {floor}"] = shipped if shipped == "neutral" or share >= floor else "neutral"
    plain = max(("support", "oppose"), key=prob.__getitem__)
    out["(b) conditional only on a statement with a condition"] = (
        plain if shipped == "conditional" and not r["features"].get("rule:conditions") else shipped)
    vader = r["features"].get("lex:vader_compound", 0.0)
    for name, chosen in side_p.items():
        pick = "support" if chosen >= 0.5 else "oppose"
        out[f"(b) side from {name}"] = shipped if shipped in {"neutral", "conditional"} else pick
    out["(b) side from VADER's sign"] = (shipped if shipped in {"neutral", "conditional"} or vader == 0
                                         else "support" if vader > 0 else "oppose")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lam", type=float, default=LAMBDA)
    ap.add_argument("--no-side-models", action="store_true", help="skip the two side-only models (a third of the time)")
    args = ap.parse_args()
    rows: list[dict[str, Any]] = []
    for name, (corpus, gold_dir, question, _) in every_corpus().items():
        assert name not in SEALED
        rows += rows_of(name, corpus, gold_dir, question)
    x, _ = matrix(rows, set())
    trainable = np.array([r["corpus"] not in VALIDATE for r in rows])
    candidate = np.array([r["stance"] == "neutral" and learned.may_overrule("neutral", r["evidence"], "support", 1.0)
                          and bool(r["gold"]) for r in rows])
    folds = [(n, np.array([r["corpus"] == n for r in rows])) for n in dict.fromkeys(r["corpus"] for r in rows)]
    results: dict[str, list[tuple[dict[str, Any], dict[str, str], str, str]]] = {"DEVELOP": [], "BASE": [],
                                                                                  "VALIDATE": []}
    for held, test in folds:
        train = trainable & ~test
        model = trained(rows, x, train, args.lam)
        sides = {} if args.no_side_models else {
            "a side model (all statements)": side_model(rows, x, train, args.lam),
            "a side model (candidates only)": side_model(rows, x, train & candidate, args.lam)}
        chosen = test & candidate
        p = probabilities(x[chosen], *model)
        side_ps = {k: probabilities(x[chosen], *m)[:, 0] for k, m in sides.items()}
        group = "VALIDATE" if held in VALIDATE else "BASE" if held in BASE else "DEVELOP"
        for i, r in enumerate(rr for rr, c in zip(rows, chosen, strict=True) if c):
            ways = variants(r, p[i], {k: float(v[i]) for k, v in side_ps.items()})
            results[group].append((r, ways, ways["shipped argmax"], one_side(r["gold"]) or ""))
    for group, every in results.items():
        for basis, items in (("all", every), ("own words", [i for i in every if i[0]["evidence"][0].startswith("about")]),
                             ("in a passage", [i for i in every if i[0]["evidence"][0].startswith("in a passage")])):
            report(f"{group}, {basis}", items)
    return 0


def report(label: str, items: list[tuple[dict[str, Any], dict[str, str], str, str]]) -> None:
    """(a) and (b) on these candidates, then the statements right under each way of deciding."""
    print(f"\n## {label}: {len(items)} candidates (the rules' neutral, gold given)")
    gold_side = sum(any(g in SIDES for g in r["gold"]) for r, *_ in items)
    said = [(r, s) for r, _, s, _ in items if s in SIDES]
    said_right_kind = [(r, s) for r, s in said if any(g in SIDES for g in r["gold"])]
    print(f"(a) gold accepts a side: {gold_side}, accepts neutral: {sum('neutral' in r['gold'] for r, *_ in items)}; "
          f"the layer says a side: {len(said)}, of them the gold accepts a side on {len(said_right_kind)}")
    kinds = Counter("right" if s in r["gold"] else "flip" if {s, *r["gold"]} <= {"support", "oppose"}
                    else "other side" for r, s in said_right_kind)
    print(f"(b) given both say a side: {dict(kinds)}")
    print("| way | right on candidates |\n|---|---|")
    for way in items[0][1] if items else []:
        print(f"| {way} | {sum(ways[way] in r['gold'] for r, ways, _, _ in items)} |")


if __name__ == "__main__":
    sys.exit(main())
