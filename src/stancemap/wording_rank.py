"""A learned ranker of an outlet's candidate phrases: which of the phrases an outlet writes it is shown
with as its framing terms (wording.py `WordingCounts.terms`), beside or instead of the hand-set rules.

One row per (outlet, phrase it writes in its own voice), of general features only,
read from the run's wording counts (wording_links.py): how often this outlet writes it against the
others (Monroe et al.'s z, how many outlets write it, whether it is the outlet's alone), whether it
speaks of the question and has a rival word other outlets write for the same thing, its words' VADER
valence and SemCor frequency, WordNet's kind of its head, its length and case, whether it names the
question's thing or holds one of its words, whether it stands in a headline or a lede (itself, or only as the ending of
a longer phrase written there), whether it is a hyphened
word written only before a phrase's head (wording_parts.py), and the rules' own verdict on it. A logistic regression
(numpy; trained by scripts/train_framing.py leave-one-batch-out on the annotated batches, label: the
phrase is one of the outlet's gold framing terms) scores them; the outlet shows as many phrases as the
rules chose and one more (wording.RANKED_EXTRA), the best scored. No word list: nothing here knows a topic or a loaded word.
"""

from __future__ import annotations

import math
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from .extract.loaded import semcor_count, valence
from .wording_lex import lexfile, namable

if TYPE_CHECKING:
    from .wording import WordingCounts

MODEL_FILE = Path(__file__).with_name("framing_model.json")
# WordNet's noun files told apart (others are "other"): act, artifact, attribute, cognition, communication,
# event, group, location, person, possession, process, state.
KINDS = {4: "act", 6: "artifact", 7: "attribute", 9: "cognition", 10: "communication", 11: "event",
         14: "group", 15: "location", 18: "person", 21: "possession", 22: "process", 26: "state"}

class ModelSwitch:
    """A shipped model a run scores with: the file's, read once, unless its environment variable says "off"; or one a
    training script sets with `use` (None: no model) until `use` is called again. The phrase ranker and the
    second ranker here and the several-word runs (wording_spans.py) each have one."""

    def __init__(self, path: Path, env: str) -> None:
        self.path, self.env = path, env
        self._override: list[dict[str, Any] | None] = []

    def use(self, model: dict[str, Any] | None) -> None:
        self._override[:] = [model]

    def reset(self) -> None:
        """Back to the shipped model (or none, as the environment says)."""
        self._override.clear()

    def active(self) -> dict[str, Any] | None:
        if self._override:
            return self._override[0]
        if os.environ.get(self.env, "on").lower() in {"off", "0", "no"} or not self.path.is_file():
            return None
        return self._shipped()

    # (the cache is the class's, shared by every switch: room for each, so that switches asked in turn keep their
    # model, the same object, which `_score`'s prefix cache is keyed by; test_each_shipped_model_is_read_once)
    @lru_cache(maxsize=8)  # noqa: B019 (three switches, each for the process's life)
    def _shipped(self) -> dict[str, Any]:
        return prepared(orjson.loads(self.path.read_bytes()))


# The model the run uses: scripts/train_framing.py sets one per held-out batch.
RANKER = ModelSwitch(MODEL_FILE, "STANCEMAP_FRAMING_RANKER")
# A second ranker of the same features, fitted only on the batches written since session 20, whose gold holds more of an
# outlet's own phrases (weights: `own` and `z` up, how many outlets write it down); the outlet's best phrase by it that
# is not shown yet is added (wording.py SECOND_EXTRA; docs/evaluation.md, issue 9 session 33;
# tests/test_wording_rank.py::test_second_ranker_adds_its_best_phrase_not_shown). Trained by scripts/train_framing.py --second.
SECOND_FILE = Path(__file__).with_name("framing_second_model.json")
SECOND = ModelSwitch(SECOND_FILE, "STANCEMAP_FRAMING_SECOND")


def use(model: dict[str, Any] | None) -> None:
    """Score with `model` (a `train`ed dict; None: the rules alone) until `use` is called again."""
    RANKER.use(model)


def active() -> dict[str, Any] | None:
    """The model in use: one set by `use`, else the shipped file unless STANCEMAP_FRAMING_RANKER=off."""
    return RANKER.active()


def reset() -> None:
    """Undo `use`."""
    RANKER.reset()


def prepared(raw: dict[str, Any]) -> dict[str, Any]:
    """A model as written (its feature `keys`, `mean`, `scale`, `weights`, `bias`) with its index of keys."""
    return {**raw, "index": {k: i for i, k in enumerate(raw["keys"])}}


def features(counts: WordingCounts, outlet: str, key: str, n_all: int, rule: tuple[float, bool] | None,
             similarity: float = 0.0) -> dict[str, float]:
    """The general features of one phrase of one outlet; `rule` is the rules' score for it and whether they
    show it (None: the rules never considered it); `similarity` its cosine with the question's words
    (`similarities`)."""
    f = dict(_of_phrase(counts, key))
    f.update(_of_outlet(counts, outlet, key, n_all, rule, similarity, f["topical"]))
    return f


def _of_outlet(counts: WordingCounts, outlet: str, key: str, n_all: int, rule: tuple[float, bool] | None,
               similarity: float, topical: float) -> dict[str, float]:
    """The features of a phrase as one outlet writes it (`features` without `_of_phrase`'s, in their order)."""
    mine = counts.by_outlet[outlet]
    count, voiced = mine[key], counts.voiced[outlet][key]
    users = counts._outlets_of().get(key, {})
    surface = counts.surface[outlet, key]
    nested = counts.nested_places(outlet)
    return {
        "z": counts._z(key, outlet, n_all), "own": float(counts.total[key] == count),
        "log_count": math.log1p(count), "voiced_share": voiced / count,
        "log_outlets": math.log(max(len(users), 1)), "outlet_share": len(users) / max(len(counts.by_outlet), 1),
        "rival": float(topical > 0 and counts._rival(key, outlet) is not None),
        "title": float(surface.istitle()), "upper": float(surface.isupper() and len(surface) > 1),
        "rule": float(rule is not None), "rule_score": rule[0] if rule is not None else 0.0,
        "rule_shown": float(rule is not None and rule[1]), "similarity": similarity,
        # where the outlet frames its story: its headlines and ledes (extract/wording.py)
        "headline": float(counts.in_headline[outlet][key] > 0), "lede": float(counts.in_lede[outlet][key] > 0),
        # ... or only as the ending of a longer phrase written there ("quay shutdown": "shutdown"; wording_links.py
        # `nested_places`; docs/evaluation.md, issue 9 session 19)
        "nest_headline": float(key in nested[0] and not counts.in_headline[outlet][key]),
        "nest_lede": float(key in nested[1] and not counts.in_lede[outlet][key]),
        # a hyphened word the outlet writes only before a phrase's head ("fat-cat banker": wording_parts.py)
        "part": float(key in counts.parts.get(outlet, ())),
    }


def _of_phrase(counts: WordingCounts, key: str) -> dict[str, float]:
    """The features of a phrase whoever writes it, found once per phrase (cached on `counts`)."""
    if key in counts.phrase_features:
        return counts.phrase_features[key]
    head = counts.head[key]
    words = key.replace("-", " ").split()
    values = [v for w in words if w.isalpha() and (v := valence(w, "n") if w == head else valence(w, "a") or valence(w, "n"))
              is not None]
    frequencies = [semcor_count(w) for w in words if w.isalpha()]
    f = {
        "topical": float(counts._topical(key)), "direct": float(counts._direct(key)), "widely": float(counts._widely(key)),
        "words": float(len(words)), "hyphen": float("-" in key),
        "names_thing": float(head in counts.topic_things),
        "topic_word": float(bool(set(words) & counts.topic_words)), "is_topic_word": float(key in counts.topic_words),
        "set_beside": float(any(s.startswith("is:") for s in counts.slots[key])),
        "slots": math.log1p(len(counts.slots[key])), "generic": float(not namable(key, head)),
        f"kind_{KINDS.get(lexfile(head) or 0, 'other')}": 1.0,
        "valence_min": min(values, default=0.0), "valence_max": max(values, default=0.0),
        "semcor_min": math.log1p(min(frequencies, default=0)), "semcor_head": math.log1p(semcor_count(head)),
    }
    counts.phrase_features[key] = f
    return f


def candidates(counts: WordingCounts, outlet: str) -> list[str]:
    """The outlet's phrases a ranker may show: those it writes in its own voice. Unlike the rules, a word
    of three letters or a generic head ("bid", "ban", "axe", "decision day", wording_lex.namable) is one too,
    scored with the feature `generic` (tests/test_wording_rank.py::test_ranker_candidates_generic_heads)."""
    voiced = counts.voiced[outlet]
    return [k for k in counts.by_outlet[outlet] if voiced[k]]


def similarities(counts: WordingCounts, keys: list[str]) -> dict[str, float]:
    """Each phrase's cosine with the question's words in MiniLM's input embedding table (judge/learned.py's
    `embed`, no transformer), 0.0 for all when the packaged table is not installed; cached on `counts`."""
    from .judge import learned

    cache = counts.similarity
    todo = [k for k in keys if k not in cache]
    if todo and learned.table_installed():
        vectors = learned.embed([" ".join(sorted(counts.topic_words)), *todo])
        cache.update(zip(todo, (float(v) for v in vectors[1:] @ vectors[0]), strict=True))
    return {k: cache.get(k, 0.0) for k in keys}


def score_of(counts: WordingCounts, outlet: str, model: dict[str, Any], rules: dict[str, tuple[float, bool]], key: str) -> float:
    """The model's logit for one phrase of the outlet, as `ordered` scores it (wording.py `_second_best`'s floor)."""
    near = similarities(counts, [key]) if "similarity" in model["index"] else {}
    return _score(counts, outlet, key, counts._size(None), model, rules.get(key), near.get(key, 0.0))


def scores(model: dict[str, Any], rows: list[dict[str, float]]) -> list[float]:
    """The model's logit for each row of features (standardised as in training)."""
    return [_add(model, model["bias"], row) for row in rows]


def _add(model: dict[str, Any], s: float, row: dict[str, float]) -> float:
    """`s` with each feature's part of the logit added, in the row's order (`scores`)."""
    index, mean, scale, weights = model["index"], model["mean"], model["scale"], model["weights"]
    for name, value in row.items():
        i = index.get(name)
        if i is not None:
            s += (value - mean[i]) / scale[i] * weights[i]
    return s


def _score(counts: WordingCounts, outlet: str, key: str, n_all: int, model: dict[str, Any],
           rule: tuple[float, bool] | None, similarity: float) -> float:
    """`scores(model, [features(...)])[0]`, the same float: the logit's sum begins with the bias and the features of
    the phrase whoever writes it, a prefix found once per phrase and model (cached on `counts`), and goes on with the
    outlet's own in the same order (docs/performance.md, issue 11 session 29: features and scores were a third of the
    outlets' framing at 1,500 articles, each outlet scoring every phrase it writes anew)."""
    cache = _prefix_cache(counts, model)
    prefix = cache.get(key)
    if prefix is None:
        prefix = cache[key] = _add(model, model["bias"], _of_phrase(counts, key))
    return _add(model, prefix, _of_outlet(counts, outlet, key, n_all, rule, similarity, _of_phrase(counts, key)["topical"]))


def _prefix_cache(counts: WordingCounts, model: dict[str, Any]) -> dict[str, float]:
    """The phrases' prefixes under `model` kept on `counts` (`_score`, `_scores`): a cache per model, the last two kept
    (the phrase ranker and the second ranker, outlet by outlet)."""
    cache = next((c for m, c in counts.phrase_prefix if m is model), None)
    if cache is None:
        cache = {}
        counts.phrase_prefix[:] = [*counts.phrase_prefix[-1:], (model, cache)]
    return cache


def ranked(counts: WordingCounts, outlet: str, model: dict[str, Any], rules: dict[str, tuple[float, bool]],
           n: int) -> list[str]:
    """The `n` phrases of the outlet the model scores best (ties by the phrase), from `candidates`;
    `rules` maps the phrases the rules considered to their score and whether they show it."""
    return [k for k, _ in ranked_scores(counts, outlet, model, rules)[:n]]


def ranked_scores(counts: WordingCounts, outlet: str, model: dict[str, Any],
                  rules: dict[str, tuple[float, bool]]) -> list[tuple[str, float]]:
    """`ranked`'s order of every candidate, each with its logit: a caller that reads the order and the score of what
    it picks (wording.py `_second_best`'s floor) scores each phrase once."""
    return ordered_scores(counts, outlet, model, rules, sorted(candidates(counts, outlet)))


def ordered(counts: WordingCounts, outlet: str, model: dict[str, Any], rules: dict[str, tuple[float, bool]],
            keys: list[str]) -> list[str]:
    """The outlet's phrases `keys` (sorted), those the model scores best first, ties by the phrase: `ranked`'s order,
    also of phrases that are no `candidates` (wording.py `_quoted_coinages`)."""
    return [k for k, _ in ordered_scores(counts, outlet, model, rules, keys)]


def ordered_scores(counts: WordingCounts, outlet: str, model: dict[str, Any], rules: dict[str, tuple[float, bool]],
                   keys: list[str]) -> list[tuple[str, float]]:
    """`ordered`'s order, each phrase with its logit (`score_of`'s, the same float)."""
    n_all = counts._size(None)
    near = similarities(counts, keys) if "similarity" in model["index"] else {}
    found = _scores(counts, outlet, keys, n_all, model, rules, near)
    return [(keys[i], found[i]) for i in sorted(range(len(keys)), key=lambda i: (-found[i], keys[i]))]


def _scores(counts: WordingCounts, outlet: str, keys: list[str], n_all: int, model: dict[str, Any],
            rules: dict[str, tuple[float, bool]], near: dict[str, float]) -> list[float]:
    """`_score` of each phrase of `keys`, the same floats, the outlet's features a column at a time: each column's values
    made by the same scalar expressions as `_of_outlet`'s, then added to the phrases' prefixes feature by feature in
    `_of_outlet`'s order, each step `(value - mean) / scale * weight` as `_add` does it, on numpy's float64 (the same IEEE
    operations per phrase). The phrases' features whoever writes them and their rivals, which fill caches on `counts`
    as they are asked, are asked phrase by phrase in `_score`'s order. `_add` per phrase and outlet was a fifth of
    the outlets' framing at 1,500 articles (docs/performance.md, issue 11 session 37;
    tests/test_wording_rank.py::test_scores_are_score_phrase_by_phrase)."""
    import numpy as np

    cache = _prefix_cache(counts, model)
    prefixes, rivals = [], []
    for key in keys:  # (what fills caches, in `_score`'s order: the phrase's features, then its rival)
        phrase = _of_phrase(counts, key)
        prefix = cache.get(key)
        if prefix is None:
            prefix = cache[key] = _add(model, model["bias"], phrase)
        prefixes.append(prefix)
        rivals.append(float(phrase["topical"] > 0 and counts._rival(key, outlet) is not None))
    if not keys:
        return []
    mine, voiced, users, total = counts.by_outlet[outlet], counts.voiced[outlet], counts._outlets_of(), counts.total
    surfaces = [counts.surface[outlet, k] for k in keys]
    in_headline, in_lede = counts.in_headline[outlet], counts.in_lede[outlet]
    nested = counts.nested_places(outlet)
    parts = counts.parts.get(outlet, ())
    n_outlets = max(len(counts.by_outlet), 1)
    columns: dict[str, Any] = {  # (`_of_outlet`'s features, in its order, each made only if the model reads it)
        "z": lambda: [counts._z(k, outlet, n_all) for k in keys],
        "own": lambda: [float(total[k] == mine[k]) for k in keys],
        "log_count": lambda: [math.log1p(mine[k]) for k in keys],
        "voiced_share": lambda: [voiced[k] / mine[k] for k in keys],
        "log_outlets": lambda: [math.log(max(len(users.get(k, {})), 1)) for k in keys],
        "outlet_share": lambda: [len(users.get(k, {})) / n_outlets for k in keys],
        "rival": lambda: rivals,
        "title": lambda: [float(s.istitle()) for s in surfaces],
        "upper": lambda: [float(s.isupper() and len(s) > 1) for s in surfaces],
        "rule": lambda: [float(k in rules) for k in keys],
        "rule_score": lambda: [rules[k][0] if k in rules else 0.0 for k in keys],
        "rule_shown": lambda: [float(k in rules and rules[k][1]) for k in keys],
        "similarity": lambda: [near.get(k, 0.0) for k in keys],
        "headline": lambda: [float(in_headline[k] > 0) for k in keys],
        "lede": lambda: [float(in_lede[k] > 0) for k in keys],
        "nest_headline": lambda: [float(k in nested[0] and not in_headline[k]) for k in keys],
        "nest_lede": lambda: [float(k in nested[1] and not in_lede[k]) for k in keys],
        "part": lambda: [float(k in parts) for k in keys],
    }
    index, mean, scale, weights = model["index"], model["mean"], model["scale"], model["weights"]
    s = np.array(prefixes, dtype=np.float64)
    for name, column in columns.items():
        i = index.get(name)
        if i is not None:
            s += (np.array(column(), dtype=np.float64) - mean[i]) / scale[i] * weights[i]
    return s.tolist()
