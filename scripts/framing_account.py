#!/usr/bin/env python3
"""Account for every gold framing term: shown, a candidate ranked out, or never a candidate and why (issue 9 item 5).

    .venv/bin/python scripts/framing_account.py --data PICKLE [--examples FILE] [--spans-model FILE]

PICKLE: {batch: train_framing.capture(...)} as scripts/train_framing_spans.py --save writes it. Each gold term is
counted once per outlet (case aside), with the shipped phrase ranker and several-word runs' model (or --spans-model),
in the first class of `CLASSES` that holds it. Per split (DEVELOP, FRESH, NEWEST, session 27's NEWEST, VALIDATE,
base) counts only; with
--examples, DEVELOP's terms by class are written to FILE (never VALIDATE's or the sealed batch's).
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stance_errors import BASE, SEALED, VALIDATE
from train_framing_spans import FRESH, NEWEST, NEWEST_27, OPENED_29_32, OPENED_33, OPENED_34

from stancemap import outlet_framing, wording_rank, wording_spans

CLASSES = (
    "shown",
    "shown for another outlet only",
    "noun phrase: ranked 1-3 below the cut",
    "noun phrase: ranked 4+ below the cut",
    "noun phrase: only quoted, or the rules chose none",
    "run: the outlet's best run, below the threshold",
    "run: another run of the outlet scored higher",
    "never: not written as such by the outlet",
    "never: one word the other outlets also write",
    "never: several words the other outlets also write",
    "never: one hyphenated coinage (one token)",
    "never: one word, part of a longer noun phrase",
    "never: one word, no noun phrase (verb, adjective, ...)",
    "never: several words, a run cut as a fragment",
    "never: several words, opens or closes with a function word",
    "never: several words, holds a name's word or a figure",
    "never: several words, longer than four words",
    "never: several words, crosses punctuation",
    "never: several words, other",
)


def norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").lower().split())


def written(term: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text) is not None


def batch_account(batch: dict[str, Any]) -> list[tuple[int, str, str, str]]:
    """(outlet, class, term, shape) of each distinct gold term of each outlet."""
    bodies, _, _, outlets, keys, counts, topic = batch["inputs"]
    ranker = wording_rank.active()
    lists = outlet_framing.framing_terms(*batch["inputs"])
    shown = [{norm(t.term) for t in terms} for terms in lists]
    texts = [[bodies[d] for d in docs] for docs in outlets]
    low_texts = [norm("\n".join(t)) for t in texts]
    found = wording_spans.runs(texts)
    model = wording_spans.active()
    topic_words = set(topic[0] | topic[2])
    named = wording_spans.name_words(wording_spans.clauses(t) for mine in texts for t in mine)
    out = []
    for o, (gold, key) in enumerate(zip(batch["gold"], keys, strict=True)):
        order: list[str] = []
        cut = 0
        surfaces: dict[str, str] = {}
        if counts is not None and counts.by_outlet.get(key) and len(counts.by_outlet) >= 2 and ranker is not None:
            chosen = counts._chosen(key)
            scored = wording_rank.ranked_scores(counts, key, ranker, counts.verdicts(chosen))
            order = [k for k, _ in scored]
            cut = counts.ranked_cut(chosen, [s for _, s in scored]) if chosen else 0
            surfaces = {norm(counts.surface[key, k]): k for k in counts.by_outlet[key]}
        run_rows = wording_spans.candidates(found, o, topic_words) if model is not None else []
        run_rows = [r for r in run_rows if r[0] not in shown[o] and norm(r[1].surface) not in shown[o]]
        run_scores = wording_rank.scores(model, [f for _, _, f in run_rows]) if run_rows and model else []
        run_rank = {r[0]: k for k, (_, r) in enumerate(sorted(zip(run_scores, run_rows, strict=True),
                                                               key=lambda sr: (-sr[0], sr[1][0])))}
        run_score = {r[0]: s for s, r in zip(run_scores, run_rows, strict=True)}
        for term in sorted({norm(t) for t in gold}):
            words = term.split()
            if term in shown[o]:
                c = CLASSES[0]
            elif any(term in s for j, s in enumerate(shown) if j != o):
                c = CLASSES[1]
            elif term in surfaces and surfaces[term] in order and counts.voiced[key][surfaces[term]] and cut:
                below = order.index(surfaces[term]) + 1 - cut
                c = CLASSES[2] if below <= 3 else CLASSES[3]
            elif term in surfaces:
                c = CLASSES[4]
            elif term in run_rank and model is not None:
                c = CLASSES[5] if run_rank[term] == 0 and run_score[term] < model["threshold"] else CLASSES[6]
            elif not written(term, low_texts[o]):
                c = CLASSES[7]
            elif any(written(term, t) for j, t in enumerate(low_texts) if j != o):
                c = CLASSES[8] if len(words) == 1 else CLASSES[9]
            elif len(words) == 1:
                if "-" in term:
                    c = CLASSES[10]
                elif any(written(term, s) for s in surfaces):
                    c = CLASSES[11]
                else:
                    c = CLASSES[12]
            else:
                tokens = wording_spans.TOKEN.findall(term)
                run = found.by_outlet[o].get(term)
                if run is not None and run.cut >= run.n:
                    c = CLASSES[13]
                elif tokens and (tokens[0] in wording_spans.STOP_WORDS or tokens[-1] in wording_spans.STOP_WORDS):
                    c = CLASSES[14]
                elif any(w in named or w[0].isdigit() for w in tokens):
                    c = CLASSES[15]
                elif len(tokens) > 4:
                    c = CLASSES[16]
                elif wording_spans.CLAUSE_END.search(term):
                    c = CLASSES[17]
                else:
                    c = CLASSES[18]
            out.append((o, c, term, shape(term, surfaces, found.by_outlet[o])))
    return out


def shape(term: str, surfaces: dict[str, str], runs: dict[str, Any]) -> str:
    """Whether the term's span differs by one word from a noun phrase or run of the outlet (one is the other with a
    word more at an end)."""
    spans = set(surfaces) | set(runs)
    for s in spans:
        if s != term and (s.startswith(term + " ") or s.endswith(" " + term)) and len(s.split()) == len(term.split()) + 1:
            return "a word less than a span"
        if s != term and (term.startswith(s + " ") or term.endswith(" " + s)) and len(term.split()) == len(s.split()) + 1:
            return "a word more than a span"
    return ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True)
    ap.add_argument("--examples")
    ap.add_argument("--spans-model")
    args = ap.parse_args()
    data = pickle.loads(Path(args.data).read_bytes())
    wording_rank.reset()
    wording_spans.reset()
    if args.spans_model:
        wording_spans.use(wording_rank.prepared(json.loads(Path(args.spans_model).read_text(encoding="utf-8"))))
    develop = [n for n in data if n not in VALIDATE and n not in SEALED and n not in BASE]
    splits = {"DEVELOP": develop, "FRESH": [n for n in FRESH if n in data], "NEWEST": [n for n in NEWEST if n in data],
              "NEWEST (session 27's)": [n for n in NEWEST_27 if n in data],
              "OPENED_29_32": [n for n in OPENED_29_32 if n in data], "OPENED_33": [n for n in OPENED_33 if n in data],
              "OPENED_34": [n for n in OPENED_34 if n in data],
              "VALIDATE": [n for n in data if n in VALIDATE], "base": [n for n in data if n in BASE]}
    rows = {name: batch_account(data[name]) for name in data if name not in SEALED}
    tallies = {split: Counter(c for n in names for _, c, _, _ in rows[n]) for split, names in splits.items()}
    shapes = {split: Counter(c for n in names for _, c, _, s in rows[n] if s and c != CLASSES[0])
              for split, names in splits.items()}
    print("| class | " + " | ".join(splits) + " |")
    print("|---|" + "---|" * len(splits))
    for c in CLASSES:
        print(f"| {c} | " + " | ".join(str(tallies[s][c]) for s in splits) + " |")
    print("| gold terms (once per outlet) | " + " | ".join(str(sum(tallies[s].values())) for s in splits) + " |")
    print("| of the misses: a word more or less than a span of the outlet | "
          + " | ".join(str(sum(shapes[s].values())) for s in splits) + " |")
    if args.examples:
        lines = []
        for split in ("NEWEST", "DEVELOP"):
            for c in CLASSES[1:]:
                terms = [f"{t} ({n}{', ' + s if s else ''})" for n in splits[split] for _, k, t, s in rows[n] if k == c]
                lines.append(f"{split} / {c} ({len(terms)}): " + "; ".join(terms))
        Path(args.examples).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
