#!/usr/bin/env python3
"""Train the framing ranker (src/stancemap/wording_rank.py) and measure it leave-one-batch-out.

    .venv/bin/python scripts/train_framing.py [--lobo-only] [--lam 10] [--without GROUP ...] [--json FILE] [--reader]

Runs every batch of tests/data with a question.json once (records cached under STANCEMAP_CACHE_DIR,
default /tmp/stancemap-framing-rank-cache; the whole result never read back, so the framing is found
anew) and keeps what the outlets' framing is found from (outlet_framing.framing_terms' inputs). Then:
  1. the rules alone: framing recall as ../shared/eval/score.py counts it (a gold term is found when the
     outlet of its article lists it, case aside) and terms per outlet, per batch;
  2. leave-one-batch-out over DEVELOP (every batch but VALIDATE of scripts/stance_errors.py): each batch's
     framing found with a model trained on the other DEVELOP batches (never the sealed q_appoint, which is
     only scored);
  3. VALIDATE (figures only: its misses are never printed) with the model trained on all of DEVELOP;
  4. unless --lobo-only, that model written to src/stancemap/framing_model.json.
`--extend FEATURE ...` instead keeps the shipped model's weights and fits only the weights of features it lacks,
with its scores as a fixed offset: the same three figures, the shipped model's own beside them, and (unless
--lobo-only) the shipped model with the new weights written back (issue 9 session 18: the feature "part").
One row per (outlet, phrase it writes in its own voice: wording_rank.candidates), label: its surface is one of
the outlet's gold framing terms. `--without` drops feature groups (the part of a name before "_" or the
whole name: "rule" for the rules' own verdict, "valence", "semcor", "kind"...). `--reader` prints what a reader
reads with the shipped model instead (terms per outlet by kind, each kind's share of gold terms, and how many of the
ranked phrases are the outlet's alone or common words: issue 9 session 20). `--classes` prints where the shipped
model loses recall instead: each gold term not shown by its outlet, by `miss_class` (counts per split; with
`--examples`, DEVELOP's terms too, never VALIDATE's: issue 9 session 26). `--extend ... --grouped` fits the new weights as
a conditional logit, each outlet's phrases against each other (the cut reads only the order within an outlet; issue 9
session 30). `--save FILE` writes the batches' captured inputs, `--data FILE` reads them instead of running every batch
(train_framing_spans.py's pickles too; a pickle is of the code that wrote it: capture anew after a change to the map or
the counts). `--second` fits the second ranker (wording_rank.SECOND, the same features) on the batches written since
session 20 only (train_framing_spans.FRESH and OPENED_29_32) and scores each split with the shipped ranker alone and with
the second's best phrase added: those batches leave-one-batch-out, NEWEST and OPENED_29_32 each with a model fitted
without the split, the older DEVELOP batches, VALIDATE and base with the model fitted on all of them, which (unless
--lobo-only) is written to src/stancemap/framing_second_model.json (issue 9 session 33). Deterministic.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import pickle
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("STANCEMAP_CACHE_DIR", "/tmp/stancemap-framing-rank-cache")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from scipy.optimize import minimize
from stance_errors import BASE, SEALED, VALIDATE, corpora

from stancemap import outlet_framing, pipeline, wording_rank
from stancemap.outlet_framing import outlet_key

ROOT = Path(__file__).resolve().parent.parent
# L2 penalty on the standardised features' weights (chosen leave-one-batch-out on DEVELOP: docs/evaluation.md).
LAMBDA = 10.0
# Each outlet's rows numbered across batches (`rows_of`: `extend --grouped` fits each outlet's phrases against each other).
OUTLETS = itertools.count()
# The variants measured (--sweep): (lambda, feature groups left out).
SWEEP = [(10.0, {"rule"}), (10.0, {"similarity"}), (1.0, set()), (100.0, set()), (10.0, {"valence", "semcor"}),
         (10.0, {"kind"}), (10.0, {"z", "own", "log", "outlet"})]


def batches() -> dict[str, tuple[Path, Path, str]]:
    """Every annotated corpus of scripts/stance_errors.py (the base corpora, dev, examples, heldout and heldout2,
    among them) and the sealed q_appoint (scored only, as framing_errors.py scores it)."""
    out = {name: (corpus, gold, question) for name, (corpus, gold, question, _) in corpora().items()}
    for name in sorted(SEALED):
        folder = ROOT / "tests" / "data" / name
        question = json.loads((folder / "question.json").read_text(encoding="utf-8"))["question"]
        out[name] = (folder / "corpus", folder / "gold", question)
    return out


def capture(corpus: Path, gold: Path, question: str) -> dict[str, Any]:
    """The batch's framing inputs (outlet_framing.framing_terms' arguments) and each outlet's gold terms."""
    seen: list[tuple[Any, ...]] = []
    found = outlet_framing.framing_terms

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(args)
        return found(*args, **kwargs)

    outlet_framing.framing_terms = spy  # type: ignore[assignment]
    pipeline.result_key = lambda *a: None  # type: ignore[assignment]  # (never a kept result: the framing runs)
    try:
        wording_rank.use(None)
        analysis = pipeline.run([corpus], question, options=pipeline.RunOptions(
            jobs=1, cache=True, cache_dir=Path(os.environ["STANCEMAP_CACHE_DIR"])))
    finally:
        outlet_framing.framing_terms = found  # type: ignore[assignment]
    golds = {p.name.rsplit(".", 1)[0]: json.loads(p.read_text(encoding="utf-8")) for p in gold.glob("*.json")}
    by_doc = {d.id: golds.get(Path(str(d.source or "")).name.rsplit(".", 1)[0], {}).get("framing", [])
              for d in analysis.documents}
    inputs = seen[-1]
    return {"inputs": inputs, "gold": [[t for d in o.documents for t in by_doc.get(d, [])] for o in analysis.outlets],
            "keys": [outlet_key(o.name, o.documents[0]) for o in analysis.outlets]}


def figures(batch: dict[str, Any], model: dict[str, Any] | None) -> tuple[int, int, list[int]]:
    """(gold terms found, gold terms, terms per outlet) with `model` (None: the rules)."""
    wording_rank.use(model)
    lists = outlet_framing.framing_terms(*batch["inputs"])
    found = total = 0
    for terms, gold in zip(lists, batch["gold"], strict=True):
        shown = {t.term.lower() for t in terms}
        total += len(gold)
        found += sum(t.lower() in shown for t in gold)
    return found, total, [len(t) for t in lists]


def shown_kinds(batch: dict[str, Any], model: dict[str, Any] | None) -> list[list[tuple[str, str, str | None]]]:
    """What a reader sees per outlet: each term shown (lower case) with the kind of term it is (a name's spelling,
    a ranked phrase with its key, an evaluative word or its phrase, a headline's verb, a headline's label or quotation,
    a counterpart), with `model`."""
    from stancemap.framing import FramingIndex
    from stancemap.wording import COINAGE_EXTRA, MAX_TERMS, QUOTED_EXTRA, RANKED_EXTRA, SECOND_EXTRA
    from stancemap.wording_headline import headline_wordings
    from stancemap.wording_shown import own_verbs

    wording_rank.use(model)
    lists = outlet_framing.framing_terms(*batch["inputs"])
    bodies, names, persons, outlets, keys, counts, _ = batch["inputs"]
    index = FramingIndex(iter(bodies), names, persons, [[bodies[k] for k in docs] for docs in outlets])
    found = []
    for terms, docs, key in zip(lists, outlets, keys, strict=True):
        spelt = {t.term.lower() for t in index.terms(bodies[k] for k in docs)}
        kinds: dict[str, tuple[str, str | None]] = {}
        if counts is not None and counts.by_outlet.get(key) and len(counts.by_outlet) >= 2:
            chosen, most = counts._chosen(key), MAX_TERMS
            if chosen and model is not None:
                # (the bound of WordingCounts.terms)
                chosen = counts._ranked(key, chosen, model)
                most = MAX_TERMS + RANKED_EXTRA + COINAGE_EXTRA + QUOTED_EXTRA + SECOND_EXTRA
            for _, term, phrase, _ in chosen[:most]:
                kinds.setdefault(term.term.lower(), ("ranked", phrase))
            for term in counts.loaded_terms(key):
                kinds.setdefault(term.term.lower(), ("loaded", None))
            for term in own_verbs(counts, key):
                kinds.setdefault(term.term.lower(), ("verb", None))
        for k in docs:  # (a headline's label or quotation: wording_headline.py)
            for wording in headline_wordings(bodies[k].partition("\n")[0].strip()):
                kinds.setdefault(wording.lower(), ("headline", None))
        found.append([(t.term.lower(), "spelling", None) if t.term.lower() in spelt else
                      (t.term.lower(), *kinds.get(t.term.lower(), ("counterpart", None))) for t in terms])
    return found


def reader(data: dict[str, Any], names: list[str], model: dict[str, Any] | None) -> str:
    """What a reader reads over the outlets (with gold terms) of `names`: terms per outlet of each kind, the share of
    them that are gold terms, and of the ranked phrases the share only that outlet writes and the share that half the
    batch's outlets or more write (common words)."""
    tally: dict[str, list[int]] = {}
    outlets = 0
    for name in names:
        batch = data[name]
        counts = batch["inputs"][5]
        if counts is not None:
            counts.set_topic(*batch["inputs"][6])
        users = counts._outlets_of() if counts is not None else {}
        for shown, gold, key in zip(shown_kinds(batch, model), batch["gold"], batch["keys"], strict=True):
            if not gold:
                continue
            outlets += 1
            golds = {t.lower() for t in gold}
            for term, kind, phrase in shown:
                row = tally.setdefault(kind, [0, 0, 0, 0])
                row[0] += 1
                row[1] += term in golds
                if phrase is not None and counts is not None:
                    row[2] += counts.total[phrase] == counts.by_outlet[key][phrase]
                    row[3] += len(users.get(phrase, {})) >= max(2, len(counts.by_outlet) / 2)
    lines = [f"{outlets} outlets, {sum(r[0] for r in tally.values()) / max(outlets, 1):.2f} terms each"]
    for kind, (n, gold, own, common) in sorted(tally.items()):
        extra = (f", the outlet's alone {own / n:.2f}, common (half the outlets or more) {common / n:.2f}"
                 if kind == "ranked" else "")
        lines.append(f"  {kind:11} {n / max(outlets, 1):5.2f} per outlet, gold {gold}/{n} = {gold / n:.3f}{extra}")
    return "\n".join(lines)


# What became of a gold framing term its outlet is not shown with (`miss_class`, issue 9 session 26), in this order.
CLASSES = ("shown for another outlet", "a candidate ranked 1-3 below the cut", "a candidate ranked 4-10 below the cut",
           "a candidate ranked more than 10 below the cut", "a candidate where the rules chose none",
           "a candidate only inside quotation marks", "part of a longer phrase of the outlet",
           "never a candidate: one word", "never a candidate: several words", "not in the outlet's text")


def miss_class(term: str, counts: Any, key: str, order: list[str], cut: int, text: str, elsewhere: set[str]) -> str:
    """One of CLASSES for a gold `term` of the outlet `key` that it is not shown with: shown for another outlet of
    the batch (`elsewhere`, lower case), else one of its phrases (`counts`, its surface as the term, case aside) with
    its place in the ranker's `order` of the outlet's candidates against the `cut` (how many ranked phrases it
    shows), or only quoted; else inside a longer phrase of the outlet, or a shape the map never counts, or absent
    from the outlet's `text` (headline and body): counts only, no word of the text."""
    low = term.lower()
    if low in elsewhere:
        return CLASSES[0]
    mine = counts.by_outlet.get(key, {}) if counts is not None else {}
    surfaces = {counts.surface[key, k].lower(): k for k in mine}
    if low in surfaces:
        k = surfaces[low]
        if not counts.voiced[key][k]:
            return CLASSES[5]
        if not cut:
            return CLASSES[4]
        below = order.index(k) + 1 - cut
        return CLASSES[1] if below <= 3 else CLASSES[2] if below <= 10 else CLASSES[3]
    if any(low in s and re.search(rf"(?<!\w){re.escape(low)}(?!\w)", s) for s in surfaces):
        return CLASSES[6]
    if not re.search(rf"(?<!\w){re.escape(low)}(?!\w)", text.lower()):
        return CLASSES[9]
    return CLASSES[7] if " " not in low.strip() else CLASSES[8]


def classes(batch: dict[str, Any], model: dict[str, Any]) -> list[tuple[str, str]]:
    """(class, term) of each gold term of the batch's outlets not shown with `model` (`miss_class`)."""
    wording_rank.use(model)
    lists = outlet_framing.framing_terms(*batch["inputs"])
    bodies, _, _, outlets, keys, counts, _ = batch["inputs"]
    shown = [{t.term.lower() for t in terms} for terms in lists]
    found = []
    for k, (gold, key, docs) in enumerate(zip(batch["gold"], keys, outlets, strict=True)):
        missed = [t for t in gold if t.lower() not in shown[k]]
        if not missed:
            continue
        order: list[str] = []
        cut = 0
        if counts is not None and counts.by_outlet.get(key) and len(counts.by_outlet) >= 2:
            chosen = counts._chosen(key)
            scored = wording_rank.ranked_scores(counts, key, model, counts.verdicts(chosen))
            order = [k for k, _ in scored]
            cut = counts.ranked_cut(chosen, [s for _, s in scored]) if chosen else 0
        elsewhere = set().union(*(s for j, s in enumerate(shown) if j != k))
        text = "\n".join(bodies[d] for d in docs)
        found += [(miss_class(t, counts, key, order, cut, text, elsewhere), t) for t in missed]
    return found


def class_table(data: dict[str, Any], names: list[str], model: dict[str, Any]) -> tuple[str, list[tuple[str, str, str]]]:
    """The misses of `names` by class (counts), gold terms and terms shown per outlet, and (batch, class, term) rows."""
    rows = [(name, c, t) for name in names for c, t in classes(data[name], model)]
    gold = [len(g) for name in names for g in data[name]["gold"] if g]
    shown = [n for name in names for n, g in zip(figures(data[name], model)[2], data[name]["gold"], strict=True) if g]
    tally = Counter(c for _, c, _ in rows)
    lines = [f"{len(rows)} of {sum(gold)} gold terms missed; gold per outlet {statistics.mean(gold or [0]):.2f}, "
             f"terms shown per outlet {statistics.mean(shown or [0]):.2f}"]
    lines += [f"  {tally[c]:4}  {c}" for c in CLASSES if tally[c]]
    return "\n".join(lines), rows


def rows_of(batch: dict[str, Any]) -> list[tuple[dict[str, float], int, int]]:
    """(features, label, the outlet's number: `OUTLETS`, across batches) per (outlet, candidate phrase) of the batch."""
    counts = batch["inputs"][5]
    if counts is None:
        return []
    counts.set_topic(*batch["inputs"][6])
    rows = []
    n_all = counts._size(None)
    for key, gold in zip(batch["keys"], batch["gold"], strict=True):
        if len(counts.by_outlet) < 2 or not counts.by_outlet.get(key):
            continue
        golds = {t.lower() for t in gold}
        rules = counts.verdicts(counts._chosen(key))  # (as the run reads them: shown = among the first MAX_TERMS)
        keys = wording_rank.candidates(counts, key)
        near = wording_rank.similarities(counts, keys)
        group = next(OUTLETS)
        for k in keys:
            rows.append((wording_rank.features(counts, key, k, n_all, rules.get(k), near[k]),
                         int(counts.surface[key, k].lower() in golds), group))
    return rows


def _standardised(rows: list[tuple[dict[str, float], int, int]],
                  keys: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The features `keys` of each row as z-scores, with their mean and scale, and the labels."""
    x = np.asarray([[r[0].get(k, 0.0) for k in keys] for r in rows], dtype=float)
    y = np.asarray([r[1] for r in rows], dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    return (x - mean) / scale, y, mean, scale


def _fit(z: np.ndarray, y: np.ndarray, lam: float, offset: np.ndarray | None = None) -> np.ndarray:
    """An L2-regularised logistic regression on z: with no `offset`, a bias (w[0], not regularised) and the weights;
    with one (another model's logits), the weights alone, fitted on top of it."""
    bias = offset is None
    base = np.zeros(len(y)) if offset is None else offset

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        weights = w[1:] if bias else w
        logits = base + z @ weights + (w[0] if bias else 0.0)
        p = 1 / (1 + np.exp(-logits))
        eps = 1e-12
        value = -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + lam * np.sum(weights ** 2) / 2
        grad = z.T @ (p - y) + lam * weights
        return float(value), np.concatenate([[np.sum(p - y)], grad]) if bias else grad

    return minimize(loss, np.zeros(z.shape[1] + bias), jac=True, method="L-BFGS-B").x


def _fit_grouped(z: np.ndarray, y: np.ndarray, group: np.ndarray, lam: float, offset: np.ndarray) -> np.ndarray:
    """Weights on z atop `offset` fitted as a conditional logit (McFadden): each outlet's gold phrases against the
    softmax over all its phrases, so only the order within an outlet counts, which is what the cut reads (an outlet is
    shown its best n; issue 9 session 30). No bias: it would cancel within an outlet."""
    _, group = np.unique(group, return_inverse=True)
    n = int(group.max()) + 1
    golds = np.bincount(group, weights=y, minlength=n)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = offset + z @ w
        top = np.full(n, -np.inf)
        np.maximum.at(top, group, s)
        e = np.exp(s - top[group])
        total = np.bincount(group, weights=e, minlength=n)
        p = e / total[group]
        value = -np.sum(y * (s - (top + np.log(total))[group])) + lam * np.sum(w ** 2) / 2
        return float(value), z.T @ (p * golds[group] - y) + lam * w

    return minimize(loss, np.zeros(z.shape[1]), jac=True, method="L-BFGS-B").x


def train(rows: list[tuple[dict[str, float], int, int]], without: set[str], lam: float) -> dict[str, Any]:
    keys = sorted({k for r in rows for k in r[0] if k not in without and k.split("_")[0] not in without})
    z, y, mean, scale = _standardised(rows, keys)
    w = _fit(z, y, lam)
    return wording_rank.prepared({"keys": keys, "mean": mean.tolist(), "scale": scale.tolist(),
                                  "weights": [round(float(v), 6) for v in w[1:]], "bias": round(float(w[0]), 6)})


def extend(rows: list[tuple[dict[str, float], int, int]], base: dict[str, Any], new: list[str], lam: float,
           grouped: bool = False) -> dict[str, Any]:
    """`base` (a prepared model) with weights for the features `new`, fitted with `base`'s logits as an offset; `grouped`:
    by `_fit_grouped`, each outlet's phrases against each other."""
    offset = np.asarray(wording_rank.scores(base, [r[0] for r in rows]), dtype=float)
    z, y, mean, scale = _standardised(rows, new)
    w = _fit_grouped(z, y, np.asarray([r[2] for r in rows]), lam, offset) if grouped else _fit(z, y, lam, offset)
    return wording_rank.prepared({"keys": [*base["keys"], *new], "mean": [*base["mean"], *mean.tolist()],
                                  "scale": [*base["scale"], *scale.tolist()],
                                  "weights": [*base["weights"], *(round(float(v), 6) for v in w)], "bias": base["bias"]})


def pooled(rows: list[tuple[str, int, int, list[int]]]) -> str:
    found, total = sum(r[1] for r in rows), sum(r[2] for r in rows)
    n = [k for r in rows if r[2] for k in r[3]]  # (outlets of batches with gold terms: docs/evaluation.md's figures)
    return f"{found}/{total} = {found / total:.3f}, terms per outlet median {statistics.median(n)} mean {statistics.mean(n):.2f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lobo-only", action="store_true")
    ap.add_argument("--lam", type=float, default=LAMBDA)
    ap.add_argument("--without", nargs="*", default=[])
    ap.add_argument("--json")
    ap.add_argument("--sweep", action="store_true", help="the variants of SWEEP, pooled figures only")
    ap.add_argument("--extend", nargs="+", metavar="FEATURE", help="fit only these features' weights atop the shipped model")
    ap.add_argument("--reader", action="store_true",
                    help="what a reader reads with the shipped model: terms per outlet by kind, their gold share (figures only)")
    ap.add_argument("--classes", action="store_true",
                    help="where the shipped model loses recall: missed gold terms by class (VALIDATE: counts only)")
    ap.add_argument("--examples", action="store_true", help="with --classes: DEVELOP's missed terms by class")
    ap.add_argument("--grouped", action="store_true", help="with --extend: fit each outlet's phrases against each other")
    ap.add_argument("--data", help="the batches' captured inputs, a pickle written by --save (or train_framing_spans.py's)")
    ap.add_argument("--save", help="write the batches' captured inputs to this pickle")
    ap.add_argument("--second", action="store_true", help="fit and score the second ranker on the newer batches")
    args = ap.parse_args()
    if args.data:
        data = pickle.loads(Path(args.data).read_bytes())
    else:
        data = {}
        for name, (corpus, gold, question) in batches().items():
            print(f"== {name}", file=sys.stderr, flush=True)
            data[name] = capture(corpus, gold, question)
    if args.save:
        Path(args.save).write_bytes(pickle.dumps(data))
    develop = [n for n in data if n not in VALIDATE]
    trainable = [n for n in develop if n not in SEALED]
    if args.classes:
        shipped = wording_rank.prepared(json.loads(wording_rank.MODEL_FILE.read_text(encoding="utf-8")))
        for split, members in (("DEVELOP", [n for n in trainable if n not in BASE]),
                               ("VALIDATE", [n for n in data if n in VALIDATE]), ("base", [n for n in data if n in BASE])):
            summary, missed = class_table(data, members, shipped)
            print(f"{split}: {summary}")
            if args.examples and split == "DEVELOP":  # (VALIDATE's terms are never printed)
                for c in CLASSES:
                    print(f"  {c}: " + "; ".join(f"{t} ({name})" for name, k, t in missed if k == c))
        return 0
    if args.reader:
        shipped = wording_rank.prepared(json.loads(wording_rank.MODEL_FILE.read_text(encoding="utf-8")))
        for split, members in (("DEVELOP", [n for n in trainable if n not in BASE]),
                               ("VALIDATE", [n for n in data if n in VALIDATE]), ("base", [n for n in data if n in BASE])):
            print(f"{split}: {reader(data, members, shipped)}")
        return 0
    rows = {n: rows_of(data[n]) for n in data if n not in VALIDATE and n not in SEALED}
    if args.sweep:
        for lam, without in SWEEP:
            lobo = [(n, *figures(data[n], train([r for m in trainable if m != n for r in rows[m]], without, lam)))
                    for n in develop]
            model = train([r for n in trainable for r in rows[n]], without, lam)
            check = [(n, *figures(data[n], model)) for n in data if n in VALIDATE]
            base = [(n, *figures(data[n], model)) for n in BASE]
            print(f"lam {lam:g} without {sorted(without)}: DEVELOP {pooled([r for r in lobo if r[0] not in BASE])}; "
                  f"VALIDATE {pooled(check)}; base (in sample) {pooled(base)}, LOBO {pooled([r for r in lobo if r[0] in BASE])}",
                  flush=True)
        return 0
    if args.extend:
        return extended(data, develop, trainable, rows, args)
    if args.second:
        return second(data, develop, rows, args)
    without = set(args.without)
    table, model = compared(data, develop, trainable, rows, ("rules", None),
                            ("ranker", lambda train_rows: train(train_rows, without, args.lam)))
    print("base corpora with the model trained on them too (as shipped):",
          ", ".join(f"{n} {f[0]}/{f[1]}" for n in BASE for f in [figures(data[n], model)]))
    for label, found in table.items():
        print(f"{label}: {pooled(found)}")
    print("weights:", ", ".join(f"{k} {w:+.2f}" for k, w in sorted(zip(model["keys"], model["weights"], strict=True),
                                                                     key=lambda kw: -abs(kw[1]))))
    if args.json:
        Path(args.json).write_text(json.dumps({k: v for k, v in table.items()}, indent=1), encoding="utf-8")
    if not args.lobo_only:
        raw = {k: model[k] for k in ("keys", "mean", "scale", "weights", "bias")}
        wording_rank.MODEL_FILE.write_text(json.dumps(raw, indent=0) + "\n", encoding="utf-8")
    return 0


def compared(data: dict[str, Any], develop: list[str], trainable: list[str],
             rows: dict[str, list[tuple[dict[str, float], int, int]]], before: tuple[str, dict[str, Any] | None],
             after: tuple[str, Callable[[list[tuple[dict[str, float], int, int]]], dict[str, Any]]],
             ) -> tuple[dict[str, list[tuple[str, int, int, list[int]]]], dict[str, Any]]:
    """Each DEVELOP batch (and base corpus) with the `before` model (None: the rules) and with a model fitted by
    `after` on every other trainable batch; VALIDATE with the model fitted on all of them, which is returned too."""
    (was, old), (now, fit) = before, after
    table: dict[str, list[tuple[str, int, int, list[int]]]] = {
        f"{label} {split}": [] for split in "DVB" for label in (was, now)}
    for name in develop:
        model = fit([r for n in trainable if n != name for r in rows[n]])
        first, second = figures(data[name], old), figures(data[name], model)
        split = "B" if name in BASE else "D"
        table[f"{was} {split}"].append((name, *first))
        table[f"{now} {split}"].append((name, *second))
        print(f"{name:14} {was} {first[0]:3}/{first[1]:3} ({statistics.mean(first[2]):.2f} terms)  "
              f"{now} {second[0]:3}/{second[1]:3} ({statistics.mean(second[2]):.2f} terms)", flush=True)
    model = fit([r for n in trainable for r in rows[n]])
    for name in [n for n in data if n in VALIDATE]:
        table[f"{was} V"].append((name, *figures(data[name], old)))
        table[f"{now} V"].append((name, *figures(data[name], model)))
    return table, model


def extended(data: dict[str, Any], develop: list[str], trainable: list[str],
             rows: dict[str, list[tuple[dict[str, float], int, int]]], args: argparse.Namespace) -> int:
    """`--extend`: the shipped model against it with the new features' weights (fitted leave-one-batch-out on
    DEVELOP, on all of DEVELOP for VALIDATE), per batch and pooled by split."""
    shipped = wording_rank.prepared(json.loads(wording_rank.MODEL_FILE.read_text(encoding="utf-8")))
    if set(args.extend) & set(shipped["keys"]):
        print(f"the shipped model has {sorted(set(args.extend) & set(shipped['keys']))} already", file=sys.stderr)
        return 2
    table, model = compared(data, develop, trainable, rows, ("shipped", shipped),
                            ("extended", lambda train_rows: extend(train_rows, shipped, args.extend, args.lam, args.grouped)))
    for label, found in table.items():
        print(f"{label}: {pooled(found)}")
    weights = zip(model["keys"], model["weights"], strict=True)
    print("new weights:", ", ".join(f"{k} {w:+.4f}" for k, w in weights if k in args.extend))
    if args.json:
        Path(args.json).write_text(json.dumps(table, indent=1), encoding="utf-8")
    if not args.lobo_only:
        raw = {k: model[k] for k in ("keys", "mean", "scale", "weights", "bias")}
        wording_rank.MODEL_FILE.write_text(json.dumps(raw, indent=0) + "\n", encoding="utf-8")
    return 0


def second(data: dict[str, Any], develop: list[str], rows: dict[str, list[tuple[dict[str, float], int, int]]],
           args: argparse.Namespace) -> int:
    """`--second`: the second ranker fitted on the newer batches (`train`, every feature); each split's recall, terms per
    outlet and share of shown terms that are gold, with the shipped ranker alone and with the second's phrase added."""
    from train_framing_spans import FRESH, NEWEST, OPENED_29_32

    newer = [n for n in [*FRESH, *OPENED_29_32] if n in rows]
    shipped = wording_rank.prepared(json.loads(wording_rank.MODEL_FILE.read_text(encoding="utf-8")))
    fitted: dict[tuple[str, ...], dict[str, Any]] = {}

    def fit_without(held: tuple[str, ...]) -> dict[str, Any]:
        if held not in fitted:
            fitted[held] = train([r for n in newer if n not in held for r in rows[n]], set(), args.lam)
        return fitted[held]

    def scored(name: str, model: dict[str, Any] | None) -> tuple[int, int, int, int, int]:
        wording_rank.use(shipped)
        wording_rank.SECOND.use(model)
        try:
            lists = outlet_framing.framing_terms(*data[name]["inputs"])
        finally:
            wording_rank.SECOND.reset()
        pairs = [({t.term.lower() for t in terms}, [t.lower() for t in gold])
                 for terms, gold in zip(lists, data[name]["gold"], strict=True)]
        return (sum(t in s for s, g in pairs for t in g), sum(len(g) for _, g in pairs),
                sum(len(s) for s, g in pairs if g), sum(len(s & set(g)) for s, g in pairs), sum(1 for _, g in pairs if g))

    splits = {"DEVELOP": [n for n in develop if n not in SEALED and n not in BASE],
              "NEWEST": [n for n in NEWEST if n in data], "OPENED_29_32": [n for n in OPENED_29_32 if n in data],
              "VALIDATE": [n for n in data if n in VALIDATE], "base": [n for n in BASE if n in data]}
    for split, names in splits.items():
        totals = {"shipped": [0] * 5, "with the second": [0] * 5}
        for name in names:
            held = (tuple(names) if split in ("NEWEST", "OPENED_29_32") else (name,) if name in newer else ())
            for label, model in (("shipped", None), ("with the second", fit_without(held))):
                totals[label] = [a + b for a, b in zip(totals[label], scored(name, model), strict=True)]
        print(f"{split}: " + "; ".join(f"{label} {f}/{t} = {f / max(t, 1):.3f}, {s / max(o, 1):.2f} terms per outlet, "
                                       f"gold share {g / max(s, 1):.3f}" for label, (f, t, s, g, o) in totals.items()),
              flush=True)
    model = fit_without(())
    print("weights:", ", ".join(f"{k} {w:+.2f}" for k, w in sorted(zip(model["keys"], model["weights"], strict=True),
                                                                     key=lambda kw: -abs(kw[1]))))
    if not args.lobo_only:
        raw = {k: model[k] for k in ("keys", "mean", "scale", "weights", "bias")}
        wording_rank.SECOND_FILE.write_text(json.dumps(raw, indent=0) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
