"""Several-word terms an outlet writes and no other outlet does: idioms, verb phrases, slogans and collocations
that no noun-phrase candidate of the map reaches ("sold down the creek", "a tax on breathing", "lights went out").

Found from how outlets differ, with no list of loaded words or idioms: every run of two to four words inside one
clause of an outlet's text (headline and body; no punctuation inside it), neither starting nor ending with a function
word (spaCy's English stop words), with no word of a name (a word the corpus writes capitalised inside a clause more
often than in lower case) and no figure, that no other outlet of the corpus writes. Each is scored by a logistic
regression of general features (`features`: whether it stands in a headline or a lede, how many of its words the other
outlets write at all, its words' VADER valence and SemCor frequency, its length, whether it holds a word of the
question, whether it is a set phrase of WordNet and a figurative one, wording_idiom.py) fitted by
scripts/train_framing_spans.py (label: the run is one of the outlet's gold framing terms; model
`framing_spans_model.json`, in wording_rank.py's format). An outlet is shown its best-scored run when its score reaches
the model's `threshold` (chosen leave-one-batch-out so that what is added is gold more often than the ranked phrases
shown: docs/evaluation.md, issue 9 session 27; session 32 refitted it with the set phrases and set the threshold where
as many runs are added per outlet as before, -2.0). Linear in the text.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.lang.en.stop_words import STOP_WORDS

from .extract.lexicon import words
from .extract.loaded import semcor_count, valence
from .extract.statements import SAYING
from .model import FramingTerm
from .wording_idiom import figurative, set_phrase

if TYPE_CHECKING:
    from .wording_rank import ModelSwitch

MODEL_FILE = Path(__file__).with_name("framing_spans_model.json")
# Runs of this many words are candidates.
LENGTHS = (2, 3, 4)
# Shown per outlet at most.
MOST = 1
TOKEN = re.compile(r"[A-Za-z][\w'\u2019-]*|\d[\d,.]*")
# What ends a clause for a run (a run never crosses it); a double quotation mark also opens or closes a quotation.
CLAUSE_END = re.compile(r"[\"\u201c\u201d]|[.,;:!?()\[\]\u2014\u2013\u2026/]|\s-\s")
QUOTES = "\"\u201c\u201d"
# A word of a run that reports speech ("residents told", "warned officials"): the reporting verbs' written forms.
REPORTING_FORMS = frozenset(
    {f for v in SAYING for f in (v, v + "s", v + "ed", v + "d", v + "ing", v[:-1] + "ing")}
    | {"said", "told", "wrote", "written", "according"})
# A contraction ("they'll", "isn't"): a run holding one is cut from its clause.
CONTRACTION = re.compile(r"(?:n't|'ll|'re|'ve|'d|'m)$")
DETERMINERS = words("the a an this that these those its their his her our your my")
# The fragment tests `fragment` applies (all; a script may narrow them to measure each).
FILTERS = {"speech", "cut", "possessor", "adverb", "capital", "continues"}

_SWITCH: ModelSwitch | None = None


def _switch() -> ModelSwitch:
    global _SWITCH
    if _SWITCH is None:
        from .wording_rank import ModelSwitch as Switch  # (imported when first asked, as before)

        _SWITCH = Switch(MODEL_FILE, "STANCEMAP_FRAMING_SPANS")
    return _SWITCH


def use(model: dict[str, Any] | None) -> None:
    """Score with `model` (None: no runs shown) until `use` is called again (scripts/train_framing_spans.py)."""
    _switch().use(model)


def active() -> dict[str, Any] | None:
    """The model in use: one set by `use`, else the shipped file unless STANCEMAP_FRAMING_SPANS=off."""
    return _switch().active()


def reset() -> None:
    """Undo `use`."""
    _switch().reset()


def norm(word: str) -> str:
    return word.replace("\u2019", "'").lower()


@dataclass(slots=True)
class Clause:
    """A clause's words as written, and where it stands: inside double quotation marks, in the headline (a text's
    first paragraph), in the lede (its second), at the start of a sentence."""
    words: list[str]
    quoted: bool
    headline: bool
    lede: bool
    first: bool


def clauses(text: str) -> list[Clause]:
    """The clauses of a text (paragraphs split at CLAUSE_END)."""
    out = []
    paragraphs = [p for p in text.split("\n") if p.strip()]
    for k, paragraph in enumerate(paragraphs):
        inside, start = False, 0
        for m in CLAUSE_END.finditer(paragraph + "."):
            words = TOKEN.findall(paragraph[start:m.start()])
            if words:
                out.append(Clause(words, inside, k == 0, k == 1, start == 0 or paragraph[start - 2:start - 1] in ".!?"))
            if m.group() in QUOTES:
                inside = not inside
            start = m.end()
    return out


@dataclass(slots=True)
class Run:
    """One outlet's run of words: times written, in its own voice (outside quotation marks), in a headline, in a lede,
    and its surface (as first written outside a headline, else in one)."""
    n: int = 0
    voiced: int = 0
    headline: int = 0
    lede: int = 0
    surface: str = ""
    body_surface: bool = False
    cut: int = 0  # times written as a `fragment`, counted until once written as none: only `cut < n` is read


@dataclass(slots=True)
class Runs:
    """Every outlet's runs (`by_outlet`), who writes each run and each word (outlet indexes)."""
    by_outlet: list[dict[str, Run]] = field(default_factory=list)
    run_outlets: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    word_outlets: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))


def name_words(texts: Iterable[list[Clause]]) -> set[str]:
    """Words written capitalised inside a clause (not a headline's, not a sentence's first) more often than not."""
    upper: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for found in texts:
        for clause in found:
            if clause.headline:
                continue
            for i, word in enumerate(clause.words):
                if i or not clause.first:
                    (upper if word[0].isupper() else lower)[word.replace("\u2019", "'").lower()] += 1  # (`norm`, inline)
    return {w for w, n in upper.items() if n > lower[w]}


def runs(texts: list[list[str]]) -> Runs:
    """The runs of each outlet's `texts` (the outlets in order)."""
    parsed = [[clauses(t) for t in mine] for mine in texts]
    named = name_words(c for mine in parsed for c in mine)
    found = Runs()
    for o, mine in enumerate(parsed):
        spans: dict[str, Run] = defaultdict(Run)
        written: dict[str, None] = {}  # the outlet's words, in the order first written
        for text in mine:
            for clause in text:
                low = [w.replace("\u2019", "'").lower() for w in clause.words]  # (`norm`, inline: a million words)
                written.update(dict.fromkeys(low))
                stop = [w in STOP_WORDS for w in low]
                barred = [w in named or w[0].isdigit() for w in low]  # (no run holds one)
                for i in range(len(low)):
                    if stop[i] or barred[i]:
                        continue
                    for n in LENGTHS:
                        j = i + n - 1
                        if j >= len(low) or barred[j]:  # (the words before j passed this test for a shorter run)
                            break
                        if stop[j]:
                            continue
                        key = " ".join(low[i:j + 1])
                        run = spans[key]
                        # (only `cut < n` is read: once written as no fragment, a run is one for good, and its other
                        # places are not tested; issue 11, session 43, tests/test_wording_spans.py::test_cut_counted_till_settled)
                        settled = run.cut < run.n
                        run.n += 1
                        run.voiced += not clause.quoted
                        run.headline += clause.headline
                        run.lede += clause.lede
                        if not run.body_surface:
                            run.surface, run.body_surface = " ".join(clause.words[i:i + n]), not clause.headline
                        if not settled:
                            run.cut += fragment(clause, low, i, j, stop, barred)
        # Who writes each word and run, marked once per outlet, not once per time written (the same sets, their keys
        # in the same order: docs/performance.md, issue 11 session 29).
        for w in written:
            found.word_outlets[w].add(o)
        for key in spans:
            found.run_outlets[key].add(o)
        found.by_outlet.append(dict(spans))
    return found


def _adverb(word: str) -> bool:
    """A word in -ly whose stem is an English word ("provisionally", "happily"; not "family", "rally")."""
    if len(word) < 6 or not word.endswith("ly"):
        return False
    stem = word[:-2]
    return any(semcor_count(s) > 0 for s in (stem, stem[:-1] + "y", stem + "e", stem[:-1] + "e") if len(s) > 3)


def fragment(clause: Clause, low: list[str], i: int, j: int, stop: list[bool], barred: list[bool]) -> bool:
    """Whether the run of words i..j of a clause is a fragment where it stands, not a term (a run is shown only if it
    is not one somewhere it is written): it holds a reporting verb ("voters told", "said Tuesday"); it is cut inside a
    phrase (ends in a possessive, "the council's"; holds a contraction, "prices aren't", "we'll scrap"; starts with a
    one-letter word; starts with a possessive after a determiner, "the mayor's budget"; ends in an adverb, "board
    quietly"); a word of it is capitalised in the body where no sentence starts ("told Northern"); or the clause goes
    on with a content word right after it (a piece of a longer phrase: "tram fare" of "tram fare rise").
    tests/test_wording_spans.py pins each."""
    run = low[i:j + 1]
    if "speech" in FILTERS and not REPORTING_FORMS.isdisjoint(run):
        return True
    if "cut" in FILTERS and (run[-1].endswith(("'s", "'")) or len(run[0]) == 1
                             or any(CONTRACTION.search(w) for w in run if "'" in w)):  # (each contraction has one)
        return True
    if "possessor" in FILTERS and i > 0 and low[i - 1] in DETERMINERS and run[0].endswith("'s"):
        return True
    if "adverb" in FILTERS and _adverb(run[-1]):
        return True
    if "capital" in FILTERS and not clause.headline and any(
            clause.words[k][0].isupper() and not (k == 0 and clause.first) for k in range(i, j + 1)):
        return True
    return "continues" in FILTERS and j + 1 < len(low) and not stop[j + 1] and not barred[j + 1]


def _valence(word: str) -> float | None:
    return valence(word.replace("'s", ""), "a") or valence(word, "n") or valence(word, "v")


def features(key: str, run: Run, outlet: int, found: Runs, topic_words: set[str]) -> dict[str, float]:
    """The general features of one outlet's run (none names a word)."""
    return {**_plain_features(key, run, found, topic_words), **_valences(key)}


# The names of `_plain_features`, in its order (`_plain_values` gives their values in it).
PLAIN = ("own", "log_n", "voiced", "quoted_only", "head", "lede", "words", "content", "inner_stop", "others_min",
         "others_mean", "novel", "sc_min", "sc_max", "topic", "upper")


def _plain_features(key: str, run: Run, found: Runs, topic_words: set[str]) -> dict[str, float]:
    """The features of a run of the outlet writing it but its words' valence (`_valences`, the slow part)."""
    return dict(zip(PLAIN, _plain_values(key, run, found, topic_words, {}), strict=True))


def _plain_values(key: str, run: Run, found: Runs, topic_words: set[str],
                  known: dict[str, tuple[float, float]]) -> tuple[float, ...]:
    """`_plain_features`' values in PLAIN's order; `known`: each content word's share of the other outlets writing it and
    its SemCor frequency's log, kept by a caller asking of many runs of one corpus (`_bounds`)."""
    words = key.split()
    content = [w for w in words if w not in STOP_WORDS]
    n_others = max(len(found.by_outlet) - 1, 1)
    # (the outlet writes each of its words: the others are the word's outlets but one)
    of_words = []
    for w in content:
        if (pair := known.get(w)) is None:
            pair = known[w] = ((len(found.word_outlets[w]) - 1) / n_others, math.log1p(semcor_count(w)))
        of_words.append(pair)
    shares = [share for share, _ in of_words]
    frequencies = [frequency for _, frequency in of_words]
    return (float(len(found.run_outlets[key]) == 1), math.log1p(run.n), run.voiced / run.n, float(run.voiced == 0),
            float(run.headline > 0), float(run.lede > 0), float(len(words)), float(len(content)),
            float(len(content) < len(words)), min(shares), sum(shares) / len(shares), float(sum(s == 0 for s in shares)),
            min(frequencies), max(frequencies), float(bool(set(content) & topic_words)), float(run.surface.isupper()))


def _bounds(model: dict[str, Any], keys: list[str], mine: dict[str, Run], found: Runs, topic_words: set[str],
            best: dict[str, float], known: dict[str, tuple[float, float]]) -> list[float]:
    """`scores(model, [{**_plain_features(k, ...), **best} for k in keys])`, the same floats: the features a column at a
    time, each added to the logit in the row's order by `_add`'s step `(value - mean) / scale * weight` on numpy's float64
    (the same IEEE operations per run), with no dict made per run (a dict per run of every outlet, and `_add` over it,
    were a tenth of the outlets' framing at 1,500 articles: docs/performance.md, issue 11 session 37;
    tests/test_wording_spans.py::test_bounds_are_the_scores_of_the_plain_features)."""
    import numpy as np

    if not keys:
        return []
    rows = [_plain_values(k, mine[k], found, topic_words, known) for k in keys]
    index, mean, scale, weights = model["index"], model["mean"], model["scale"], model["weights"]
    s = np.full(len(keys), model["bias"], dtype=np.float64)
    for name, column in [*zip(PLAIN, zip(*rows, strict=True), strict=True),
                         *((name, (value,) * len(keys)) for name, value in best.items())]:
        i = index.get(name)
        if i is not None:
            s += (np.array(column, dtype=np.float64) - mean[i]) / scale[i] * weights[i]
    return s.tolist()


def _valences(key: str) -> dict[str, float]:
    """The slow features: its words' valence, and whether it is a set phrase of WordNet, figurative or not
    (wording_idiom.py)."""
    values = [v for w in key.split() if w not in STOP_WORDS and (v := _valence(w)) is not None]
    return {"val_min": min(values, default=0.0), "val_max": max(values, default=0.0), "val_any": float(bool(values)),
            "set_phrase": float(set_phrase(key)), "figurative": float(figurative(key))}


def _best_valences(model: dict[str, Any]) -> dict[str, float]:
    """The valence features that score highest under `model` (VADER's valences lie in [-4, 4]; none: all 0): with them a
    run's score bounds its score with its own, so that only runs that may win have their words' valence looked up."""
    index, mean, scale, weights = model["index"], model["mean"], model["scale"], model["weights"]

    def part(name: str, value: float) -> float:
        i = index.get(name)
        return 0.0 if i is None else (value - mean[i]) / scale[i] * weights[i]

    none = {"val_min": 0.0, "val_max": 0.0, "val_any": 0.0}
    some = {"val_any": 1.0}
    for name in ("val_min", "val_max"):
        some[name] = 4.0 if part(name, 4.0) >= part(name, -4.0) else -4.0
    best = max((none, some), key=lambda f: sum(part(n, v) for n, v in f.items()))
    # (a set phrase or not, figurative or not: each at its better value, a bound)
    return {**best, **{name: 1.0 if part(name, 1.0) >= part(name, 0.0) else 0.0 for name in ("set_phrase", "figurative")}}


def candidates(found: Runs, outlet: int, topic_words: set[str]) -> list[tuple[str, Run, dict[str, float]]]:
    """(run, its counts, its features) of every run only this outlet writes, not a `fragment` everywhere written."""
    return [(key, run, features(key, run, outlet, found, topic_words))
            for key, run in sorted(found.by_outlet[outlet].items()) if found.run_outlets[key] == {outlet} and run.cut < run.n]


def shown_runs(texts: list[list[str]], topic_words: set[str], shown: list[set[str]],
               found: Runs | None = None) -> list[list[FramingTerm]]:
    """Each outlet's runs to show (at most MOST, scored at least the model's threshold, not among its `shown` terms,
    lower case), from its `texts` (headline and body) and the question's words: the best-scored of its runs (ties by
    the run), as `candidates` and the model score them. `found`: `runs(texts)`, when it was found ahead."""
    from .wording_rank import scores

    model = active()
    if model is None or len(texts) < 2:
        return [[] for _ in texts]
    found = found if found is not None else runs(texts)
    best_valences = _best_valences(model)
    known: dict[str, tuple[float, float]] = {}  # (each word's share and frequency: `_plain_values`)
    out = []
    for o in range(len(texts)):
        mine = found.by_outlet[o]
        keys = sorted(k for k, run in mine.items() if len(found.run_outlets[k]) == 1
                      and run.cut < run.n and k not in shown[o] and run.surface.lower() not in shown[o])
        bounds = _bounds(model, keys, mine, found, topic_words, best_valences, known)
        picked: list[tuple[float, str]] = []
        for bound, k in sorted(zip(bounds, keys, strict=True), key=lambda bk: (-bk[0], bk[1])):
            if bound < model["threshold"] or (len(picked) >= MOST and bound < picked[-1][0]):
                break
            f = _plain_features(k, mine[k], found, topic_words)
            picked = sorted([*picked, (scores(model, [{**f, **_valences(k)}])[0], k)], key=lambda sk: (-sk[0], sk[1]))[:MOST]
        out.append([FramingTerm(found.by_outlet[o][k].surface, found.by_outlet[o][k].n, None)
                    for score, k in picked if score >= model["threshold"]])
    return out
