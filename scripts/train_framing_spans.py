#!/usr/bin/env python3
"""Train the scorer of an outlet's own several-word runs (src/stancemap/wording_spans.py) and measure it.

    .venv/bin/python scripts/train_framing_spans.py [--data PICKLE] [--lam 10] [--threshold T] [--write] [--without F ...]

Captures every batch's framing inputs as scripts/train_framing.py does (or reads them from --data, a pickle of
{batch: train_framing.capture(...)} written by an earlier run with --save), finds each outlet's runs
(wording_spans.candidates; label: the run is one of the outlet's gold framing terms, case aside) and fits a
logistic regression (train_framing._fit) on DEVELOP. Figures, framing recall as ../shared/eval/score.py counts it,
the shipped ranker's terms before and with the runs shown:
  - DEVELOP leave-one-batch-out (each batch scored with a model fitted on the other DEVELOP batches);
  - FRESH, the batches opened since session 20 (the framing ranker was last fitted in session 19: never trained on),
    leave-one-batch-out, and fitted on the batches older than FRESH only (none of FRESH in training);
  - NEWEST, the nine newest opened (FRESH's last nine), likewise;
  - VALIDATE (figures only), the base corpora: the model fitted on DEVELOP but NEWEST (the framing gate, never
    trained on: docs/evaluation.md, issue 9 session 27).
With --write, that model (with --threshold) is written to src/stancemap/framing_spans_model.json; --no-lobo skips the
leave-one-batch-out figures and scores NEWEST, VALIDATE and the base corpora with it alone.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
import train_framing as tf
from stance_errors import BASE, SEALED, VALIDATE

from stancemap import outlet_framing, wording_rank, wording_spans

# The batches opened for development since the framing ranker was last fitted (sessions 20-28), oldest first: a session
# that opens batches adds them here, and NEWEST, the framing gate, rolls to the nine newest (docs/evaluation.md, issue 9
# session 28: session 27's NEWEST was q_rigged ... q_reliable).
FRESH = ["q_decommission", "q_speedlimit", "q_subsidise", "q_permit", "q_inflation", "q_prosecute", "q_datafine",
         "q_tuition", "q_repay", "q_knew", "q_safe", "q_ration", "q_rigged", "q_worth", "q_teens", "q_fit",
         "q_cheaper", "q_works", "q_blame", "q_deserve", "q_reliable", "q_enough", "q_proportionate", "q_causing",
         "q_better", "q_mislead", "q_afford"]
NEWEST = FRESH[-9:]
# The twelve opened in sessions 29-32, after FRESH was last rolled (oldest first): the phrase ranker never fitted on them;
# the second ranker (train_framing.py --second) is scored on them held out (docs/evaluation.md, issue 9 session 33).
OPENED_29_32 = ["q_power", "q_profit", "q_ready", "q_binding", "q_majority", "q_permanent", "q_need", "q_right",
                "q_trusted", "q_best", "q_employees", "q_threshold"]
# The three opened in session 33 (merged after every framing model was fitted; no framing rule read on them before
# session 34's headline labels were measured): the closest to first contact (docs/evaluation.md, issue 9 session 34).
OPENED_33 = ["q_avoid", "q_recession", "q_wrong"]
# The three opened in session 34 after first contact (no framing rule read on them before session 35's were measured).
OPENED_34 = ["q_shortage", "q_payoffer", "q_lastvote"]
# Session 27's NEWEST, kept to compare with (scripts/framing_account.py).
NEWEST_27 = FRESH[12:21]
THRESHOLDS = [-99.0, -3.0, -2.5, -2.25, -2.0, -1.75, -1.5]


def batch_rows(batch: dict[str, Any]) -> tuple[list[tuple[int, str, str, dict[str, float], int]], list[set[str]]]:
    """(outlet, run, surface, features, label) of each outlet's candidate runs, and each outlet's shown terms (lower
    case) with the shipped ranker and no runs."""
    bodies, _, _, outlets, keys, _, topic = batch["inputs"]
    wording_spans.use(None)
    wording_rank.use(wording_rank.prepared(json.loads(wording_rank.MODEL_FILE.read_text(encoding="utf-8"))))
    shown = [{t.term.lower() for t in terms} for terms in outlet_framing.framing_terms(*batch["inputs"])]
    texts = [[bodies[d] for d in docs] for docs in outlets]
    found = wording_spans.runs(texts)
    rows = []
    for o in range(len(keys)):
        gold = {t.lower() for t in batch["gold"][o]}
        for run, counted, f in wording_spans.candidates(found, o, set(topic[0] | topic[2])):
            rows.append((o, run, counted.surface.lower(), f, int(counted.surface.lower() in gold or run in gold)))
    return rows, shown


def fit(x: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    return mean, scale, tf._fit((x - mean) / scale, y, lam)


def recall(names: list[str], data: dict[str, Any], rows: dict[str, Any], shown: dict[str, Any], x: dict[str, np.ndarray],
           models: dict[str, Any], threshold: float | None) -> tuple[int, int, int, int, int, int]:
    """(found before, found after, gold terms, outlets with gold, runs added, of them gold)."""
    before = after = total = outlets = added = gold_added = 0
    for name in names:
        picked: dict[int, str] = {}
        if threshold is not None and len(rows[name]):
            mean, scale, w = models[name]
            s = ((x[name] - mean) / scale) @ w[1:] + w[0]
            for k in sorted(range(len(s)), key=lambda i: (-s[i], rows[name][i][1])):
                o, run, surface = rows[name][k][:3]
                if s[k] < threshold:
                    break
                if o not in picked and run not in shown[name][o] and surface not in shown[name][o]:
                    picked[o] = surface
        for o, gold in enumerate(data[name]["gold"]):
            low = [t.lower() for t in gold]
            total += len(low)
            outlets += bool(low)
            before += sum(t in shown[name][o] for t in low)
            after += sum(t in shown[name][o] or t == picked.get(o) for t in low)
            if low and o in picked:
                added += 1
                gold_added += picked[o] in low
    return before, after, total, outlets, added, gold_added


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data")
    ap.add_argument("--save")
    ap.add_argument("--lam", type=float, default=10.0)
    ap.add_argument("--threshold", type=float, default=-2.0)  # (the shipped threshold since session 32)
    ap.add_argument("--without", nargs="*", default=[])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--no-lobo", action="store_true", help="only the model written: NEWEST, VALIDATE and base scored with it")
    args = ap.parse_args()
    if args.data:
        data = pickle.loads(Path(args.data).read_bytes())
    else:
        data = {name: tf.capture(*spec) for name, spec in tf.batches().items()}
        if args.save:
            Path(args.save).write_bytes(pickle.dumps(data))
    rows, shown = {}, {}
    for name in data:
        rows[name], shown[name] = batch_rows(data[name])
    keys = sorted(k for k in next(r for n in rows for r in rows[n])[3] if k not in set(args.without))
    x = {n: np.asarray([[r[3][k] for k in keys] for r in rows[n]], dtype=float).reshape(-1, len(keys)) for n in rows}
    y = {n: np.asarray([r[4] for r in rows[n]], dtype=float) for n in rows}
    develop = [n for n in data if n not in VALIDATE and n not in SEALED and n not in BASE]

    def fitted(names: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return fit(np.concatenate([x[n] for n in names]), np.concatenate([y[n] for n in names]), args.lam)

    full = fitted([n for n in develop if n not in NEWEST])  # (NEWEST is the framing gate: never trained on)
    if args.no_lobo:
        for label, names in (("NEWEST", NEWEST), ("VALIDATE", [n for n in data if n in VALIDATE]), ("base", list(BASE))):
            b, a, t, n, added, good = recall(names, data, rows, shown, x, {m: full for m in names}, args.threshold)
            print(f"{label}: {b}/{t} -> {a}/{t} = {a / t:.3f}, added {added / max(n, 1):.2f} per outlet, gold {good}/{added}")
    lobo = {} if args.no_lobo else {n: fitted([m for m in develop if m != n]) for n in develop}
    older = [n for n in develop if n not in FRESH]
    by_older = fitted(older)
    every = {**{n: full for n in data}, **lobo}
    splits = [("DEVELOP (LOBO)", develop, every), ("FRESH (LOBO)", FRESH, every),
              ("FRESH (fitted on the older only)", FRESH, {n: by_older for n in FRESH}),
              ("NEWEST (LOBO)", NEWEST, every), ("NEWEST (fitted on the older only)", NEWEST, {n: by_older for n in NEWEST}),
              ("VALIDATE", [n for n in data if n in VALIDATE], every), ("base", list(BASE), every)]
    weights = sorted(zip(keys, full[2][1:], strict=True), key=lambda kv: -abs(kv[1]))
    print("weights:", ", ".join(f"{k} {v:+.2f}" for k, v in weights))
    for threshold in [] if args.no_lobo else THRESHOLDS:
        for label, names, models in splits:
            b, a, t, n, added, good = recall(names, data, rows, shown, x, models, threshold)
            print(f"threshold {threshold:6}  {label:34} {b}/{t} = {b / t:.3f} -> {a}/{t} = {a / t:.3f}   "
                  f"added {added / max(n, 1):.2f} per outlet, gold {good}/{added}")
        print(flush=True)
    for name in [] if args.no_lobo else [n for n in data if n not in VALIDATE and n not in SEALED]:
        b, a, t, _, _, _ = recall([name], data, rows, shown, x, every if name in develop else {name: full}, args.threshold)
        if a != b:
            print(f"  {name}: {b}/{t} -> {a}/{t}")
    if args.write:
        model = {"keys": keys, "mean": full[0].round(6).tolist(), "scale": full[1].round(6).tolist(),
                 "weights": [round(float(v), 6) for v in full[2][1:]], "bias": round(float(full[2][0]), 6),
                 "threshold": args.threshold}
        wording_spans.MODEL_FILE.write_text(json.dumps(model, indent=0) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
