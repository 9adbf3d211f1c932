#!/usr/bin/env python3
"""Error analysis of stance and conditions over every annotated corpus: each miss with the rules'
evidence, grouped by cause, and the figures per corpus (stance, condition recall, framing recall,
the proposed question).

    .venv/bin/python scripts/stance_errors.py [CORPUS ...] [--misses] [--proposed] [--json FILE]

CORPUS names: dev, examples, heldout, heldout2 and the batches under tests/data (q_appoint is sealed:
it is the honest "after" figure, scored by the lead, and never read here). Records are cached under
STANCEMAP_CACHE_DIR (default /tmp/stancemap-errors-cache), so a rerun after a change to judge/ only
judges again. Statements are matched to gold as ../shared/eval/score.py does (>= 70 % of the anchor's
words in one statement's content).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEALED = {"q_appoint"}
# The stance split of sessions 10-12 (docs/evaluation.md, issue 9): VALIDATE's figures are read, never its
# texts, gold or misses; DEVELOP is every other batch under tests/data; BASE the corpora the rules began on.
VALIDATE = ("q_target", "q_adopt", "q_relocate", "q_apologise", "q_default", "q_deploy", "q_accept", "q_raise",
            "q_build", "q_sign")
BASE = ("dev", "examples", "heldout", "heldout2")
WORD = re.compile(r"[\w'-]+")
QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def corpora() -> dict[str, tuple[Path, Path, str, list[list[str]] | None]]:
    out: dict[str, tuple[Path, Path, str, list[list[str]] | None]] = {
        "dev": (SHARED / "corpus" / "dev", SHARED / "eval" / "gold", "Will Ukraine join NATO?", None),
        "examples": (ROOT / "examples" / "corpus", ROOT / "examples" / "gold", "Will Valdoria join the Northern Compact?",
                     None),
        "heldout": (ROOT / "tests/data/heldout/corpus", ROOT / "tests/data/heldout/gold",
                    "Will Estavia join the Atlantic Accord?", None),
        "heldout2": (ROOT / "tests/data/heldout2/corpus", ROOT / "tests/data/heldout2/gold",
                     "Will Tessaly join the Southern Trade Union?", None),
    }
    for folder in sorted((ROOT / "tests" / "data").iterdir()):
        if folder.name in SEALED or folder.name in out or not (folder / "question.json").is_file():
            continue
        spec = json.loads((folder / "question.json").read_text(encoding="utf-8"))
        out[folder.name] = (folder / "corpus", folder / "gold", spec["question"], spec.get("proposition_terms"))
    return out


def norm(text: str) -> str:
    """Quotation marks made straight and spaces one, as ../shared/eval/score.py's norm."""
    return " ".join((text or "").translate(QUOTES).split())


def has_any(haystack: str, needles: list[str]) -> bool:
    """A word of the gold's group inside a condition, compared as ../shared/eval/score.py's has_any does (quotation
    marks straightened: before session 32 a curly apostrophe in the text against a straight one in the gold was a miss
    here though score.py and score_sealed.py count it found)."""
    h = norm(haystack).lower()
    return any(norm(n).lower() in h for n in needles)


def tokens(text: str) -> set[str]:
    return set(WORD.findall(norm(text).lower()))


def containment(part: str, whole: str) -> float:
    p = tokens(part)
    return len(p & tokens(whole)) / len(p) if p else 0.0


def cause(evidence: list[str], predicted: str | None, wanted: list[str]) -> str:
    """A coarse cause of a stance miss, from the evidence's shape."""
    first = evidence[0] if evidence else ""
    if predicted is None:
        return "unrelated (not about the question)"
    if any("the speaker's side not carried" in line for line in evidence):
        return "carried, withheld by the learned layer"  # judge/learned.withhold_carried (session 26)
    if any("the speaker's side carried here overruled" in line for line in evidence):
        return "carried, overruled by the learned layer"  # judge/learned.GATE "carried" (session 36)
    if first.startswith("not stated here"):
        return "carried from speaker/side"
    if first.startswith("continues"):
        return "carried within utterance"
    if first.startswith("in a passage"):
        return "neutral by passage"
    if predicted == "neutral":
        return "relevant, no stance word"
    if "conditional" in wanted and predicted != "conditional":
        return "condition missed or overruled"
    if predicted == "conditional":
        return "conditional wrongly"
    return "polarity wrong"


def mechanism(evidence: list[str], predicted: str | None) -> str:
    """Which judgement gave a statement its stance, read from the shape of its `stance_evidence` (the
    first line says what the verdict rests on, the next lines which rule fired): a coarse class, so that
    figures per class can be printed for batches whose texts are never read (score_sealed.py)."""
    first = evidence[0] if evidence else ""
    rules = [line.split(":")[0] for line in evidence[1:]]
    if predicted is None:
        return "unrelated (no stance)"
    if any("the speaker's side not carried" in line for line in evidence):
        return "carried, withheld by the learned layer"  # judge/learned.withhold_carried (session 26)
    if any("the speaker's side carried here overruled" in line for line in evidence):
        return "carried, overruled by the learned layer"  # judge/learned.GATE "carried" (session 36)
    if first.startswith("not stated here"):
        if "learned layer" in first:  # judge/carry.carry_learned_sides (session 18)
            return "carried, the learned layer's sides"
        return "carried, this article" if "this article" in first else "carried, other articles"
    if first.startswith("continues"):
        return "continues the speaker's statement"
    if first.startswith("in a passage"):
        return "in a passage" + (", learned layer" if "learned layer" in rules else ", neutral")
    if any(line.startswith("declares no side") for line in evidence):
        return "declares no side"  # (session 20: also after the lines of the words it outweighs, judge/undecided.py)
    if first.startswith("no stance words and none carried") and "learned layer" in rules:
        return "by default, learned layer"  # judge/learned.second_opinions' last step (session 26)
    if first.startswith("no stance words and none carried") and evidence[-1].endswith("reads as about something else"):
        return "by default, the learned layer's side not given"  # judge/learned.reads_as_elsewhere (session 27)
    if not first.startswith("about"):
        return "neutral by default" if predicted == "neutral" else "other: " + first.split(";")[0][:30]
    if "learned layer" in rules:
        return "own words, learned layer"
    if "refers back to" in rules:
        return "through an anaphor"
    if predicted == "conditional":
        return "own words, conditional"
    polar = [r for r in rules if r[:1] in "+-"]
    if not polar:
        return "own words, no side found"
    if any("of what the proposition takes" in line or "in other words" in line for line in evidence[1:]):
        return "own words, privative/act in other words"
    if all(r[1:].strip() == "evaluative" for r in polar):
        return "own words, evaluative only"
    return "own words, stance words"


def mechanism_table(rows: list[dict[str, Any]]) -> str:
    """Per mechanism: statements, right, precision, how many a neutral would have got right, and
    support <-> oppose flips. Rows need "evidence", "stance" and "gold" (the accepted labels)."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        if not row.get("gold"):
            continue
        counts = table[mechanism(row["evidence"], row["stance"])]
        counts["n"] += 1
        right = row["stance"] in row["gold"]
        counts["right"] += right
        counts["neutral right"] += "neutral" in row["gold"]
        counts["flips"] += not right and {row["stance"], *row["gold"]} == {"support", "oppose"}
    lines = ["| mechanism | n | right | precision | neutral right | flips |", "|---|---|---|---|---|---|"]
    for name, c in sorted(table.items(), key=lambda kv: -kv[1]["n"]):
        lines.append(f"| {name} | {c['n']} | {c['right']} | {c['right'] / c['n']:.2f} | {c['neutral right']} "
                     f"| {c['flips']} |")
    return "\n".join(lines)


# What became of a gold condition (a group of words one of which a condition of the matched statement must hold).
FATES = ("found", "statement not found", "no condition on the statement", "conditions without the gold's words")


def condition_fate(best: dict[str, Any] | None, matched: bool, group: list[str]) -> str:
    """One of FATES for a gold condition whose anchor matched `best` (`matched`: at score.py's 0.7), the
    conditions compared as score.py compares them (a word of the group inside a condition, case and spaces
    normalised)."""
    if best is None or not matched:
        return FATES[1]
    conditions = best.get("conditions") or []
    if not conditions:
        return FATES[2]
    return FATES[0] if any(has_any(c, group) for c in conditions) else FATES[3]


# Where the words of a gold condition stand when the matched statement's conditions miss them (session 24): the
# statement's own words, or outside them in its sentence, the sentence before or after, or farther off.
PLACES = ("inside the statement's words", "its sentence, outside its words", "the sentence before",
          "the sentence after", "farther before", "farther after", "not in the body")
SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s|\n")


def condition_place(body: str, start: int | None, end: int | None, group: list[str]) -> str:
    """One of PLACES for a gold condition (a group of words, any of which counts) missed on the statement at
    [start, end) of `body`: the occurrence nearest the statement, and how many sentence ends or line breaks lie
    between (counts only: no word of the text leaves this function)."""
    low = body.lower()
    hits = [m.start() for word in group if word for m in re.finditer(re.escape(word.lower()), low)]
    if not hits or start is None or end is None:
        return PLACES[-1]
    near = min(hits, key=lambda p: 0 if start <= p < end else min(abs(p - start), abs(p - end)))
    if start <= near < end:
        return PLACES[0]
    between = body[near:start] if near < start else body[end:near]
    ends = len(SENTENCE_END.findall(between.strip()))
    if ends == 0:
        return PLACES[1]
    if ends == 1:
        return PLACES[2] if near < start else PLACES[3]
    return PLACES[4] if near < start else PLACES[5]


def kinds(statement: dict[str, Any] | None) -> list[str]:
    """The kinds of a statement's conditions, as judge/conditions.normalize names them ("if", "until",
    "requires", ...): the code's own labels, no word of the text."""
    return [n.split(":")[0].strip() for n in (statement or {}).get("conditions_normalized") or []]


def condition_table(rows: list[dict[str, Any]]) -> str:
    """Gold conditions by fate (FATES), and for those on a statement found, the statement's stance
    (conditional or not) and, for conditions without the gold's words, the kinds it did find. Rows need
    "fate", "stance" and "kinds" (condition_fate, kinds): counts only."""
    n = len(rows)
    lines = ["| the gold condition | n | share | of which the statement read conditional |", "|---|---|---|---|"]
    for fate in FATES:
        part = [r for r in rows if r["fate"] == fate]
        conditional = sum(r["stance"] == "conditional" for r in part) if fate != FATES[1] else ""
        lines.append(f"| {fate} | {len(part)} | {len(part) / n if n else 0:.3f} | {conditional} |")
    other = Counter(k for r in rows if r["fate"] == FATES[3] for k in dict.fromkeys(r["kinds"]))
    if other:
        lines.append("conditions without the gold's words, the kinds found: "
                     + ", ".join(f"{k} {c}" for k, c in other.most_common()))
    places = Counter(r["place"] for r in rows if r["fate"] in FATES[2:] and r.get("place"))
    if places:
        lines.append("missed on a statement found, where the gold's words stand: "
                     + ", ".join(f"{p} {places[p]}" for p in PLACES if places[p]))
    return "\n".join(lines)


def conditional_table(rows: list[dict[str, Any]]) -> str:
    """The conditional label: statements read conditional by the kind of their first condition (or, with none
    of their own, by mechanism), right when the gold accepts it, and the label wanted instead; then the
    statements whose gold is only conditional read otherwise, by what was read. Rows need "stance", "gold",
    "kinds", "evidence": counts only."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        if not row.get("gold") or row["stance"] != "conditional":
            continue
        first = row["kinds"][0] if row["kinds"] else "no condition: " + mechanism(row["evidence"], row["stance"])
        counts = table[first]
        counts["n"] += 1
        counts["right"] += "conditional" in row["gold"]
        if "conditional" not in row["gold"]:
            counts["/".join(sorted(row["gold"]))] += 1
    lines = ["| read conditional, first condition's kind | n | right | precision | wanted instead |", "|---|---|---|---|---|"]
    for name, c in sorted(table.items(), key=lambda kv: -kv[1]["n"]):
        instead = ", ".join(f"{k} {v}" for k, v in c.most_common() if k not in {"n", "right"})
        lines.append(f"| {name} | {c['n']} | {c['right']} | {c['right'] / c['n']:.2f} | {instead} |")
    n = sum(c["n"] for c in table.values())
    right = sum(c["right"] for c in table.values())
    lines.append(f"conditional precision: {right} of {n}" + (f" ({right / n:.3f})" if n else ""))
    missed = Counter(str(r["stance"]) for r in rows if r.get("gold") == ["conditional"] and r["stance"] != "conditional")
    lines.append("gold only conditional, read otherwise: " + (", ".join(f"{k} {v}" for k, v in missed.most_common())
                                                              or "none"))
    return "\n".join(lines)


def analyse(name: str, spec: tuple[Path, Path, str, list[list[str]] | None], proposed: bool) -> dict[str, Any]:
    from stancemap import analyze
    from stancemap.export.json_out import to_dict

    corpus, gold_dir, question, terms = spec
    data = json.loads(json.dumps(to_dict(analyze(corpus, question=question, cache=True))))
    actors = {a["id"]: a for a in data["actors"]}
    misses: list[dict[str, Any]] = []
    stance_ok = stance_n = cond_ok = cond_n = frame_ok = frame_n = 0
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in gold_dir.glob("*.json")}
    rows: list[dict[str, Any]] = []
    fates: list[dict[str, Any]] = []  # each gold condition's fate (condition_table), its statement found or not
    for doc in data["documents"]:
        stem = Path(str(doc.get("source", ""))).name.rsplit(".", 1)[0]
        gold = golds.get(stem)
        if gold is None:
            continue
        statements = [s for s in data["statements"] if s["document"] == doc["id"]]
        outlet_terms = {f["term"].lower() for o in data["outlets"] if doc["id"] in (o.get("documents") or [])
                        for f in o.get("framing") or []}
        frame_n += len(gold.get("framing", []))
        frame_ok += sum(t.lower() in outlet_terms for t in gold.get("framing", []))
        for g in gold["statements"]:
            best = max(statements, key=lambda s: containment(g["anchor"], s["content"]), default=None)
            matched = best is not None and containment(g["anchor"], best["content"]) >= 0.7
            fates += [{"fate": condition_fate(best, matched, group), "stance": best["stance"] if matched and best else None,
                       "kinds": kinds(best) if matched else [],
                       "place": condition_place(doc.get("body") or "", best.get("start"), best.get("end"), group)
                       if matched and best else None} for group in g.get("conditions", [])]
            if best is None or not matched:
                continue
            speaker = (actors.get(best.get("speaker")) or {}).get("name")
            rows.append({"corpus": name, "document": stem, "anchor": g["anchor"], "gold": g.get("stance"),
                         "stance": best["stance"], "evidence": best.get("stance_evidence") or [],
                         "content": best["content"], "speaker": speaker, "statement": best["id"], "kinds": kinds(best),
                         "conditions": best.get("conditions") or []})
            if g.get("stance"):
                stance_n += 1
                ok = best["stance"] in g["stance"]
                stance_ok += ok
                if not ok:
                    misses.append({"kind": "stance", "cause": cause(best.get("stance_evidence") or [], best["stance"],
                                                                      g["stance"]),
                                   "corpus": name, "document": stem, "want": g["stance"], "got": best["stance"],
                                   "evidence": best.get("stance_evidence"), "content": best["content"],
                                   "conditions": best.get("conditions"), "speaker": speaker})
            for group in g.get("conditions", []):
                cond_n += 1
                if any(has_any(c, group) for c in best.get("conditions") or []):
                    cond_ok += 1
                else:
                    misses.append({"kind": "condition", "cause": "condition not found" if not best.get("conditions")
                                   else "other condition found", "corpus": name, "document": stem, "want": group,
                                   "got": best.get("conditions"), "content": best["content"], "speaker": speaker,
                                   "evidence": best.get("stance_evidence")})
    result: dict[str, Any] = {
        "corpus": name, "stance": round(stance_ok / stance_n, 3) if stance_n else None, "stance_n": stance_n,
        "stance_ok": stance_ok,
        "conditions": round(cond_ok / cond_n, 3) if cond_n else None, "conditions_n": cond_n,
        "framing": round(frame_ok / frame_n, 3) if frame_n else None, "misses": misses, "rows": rows,
        "condition_fates": fates}
    if proposed:
        found = analyze(corpus, cache=True).question
        text = found.text if found is not None else None
        result["proposed"] = text
        if terms:
            low = (text or "").lower()
            result["proposed_ok"] = bool(text) and all(any(t.lower() in low for t in group) for group in terms)
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--misses", action="store_true", help="list every miss with its evidence, grouped by cause")
    ap.add_argument("--proposed", action="store_true", help="also propose a question without --question")
    ap.add_argument("--mechanisms", action="store_true",
                    help="print DEVELOP's and VALIDATE's stances per mechanism (figures only)")
    ap.add_argument("--conditions", action="store_true",
                    help="print DEVELOP's and VALIDATE's gold conditions by fate and the conditional label by the kind "
                         "of condition (figures only)")
    ap.add_argument("--json", type=Path, help="write every matched statement and miss as JSON (VALIDATE's figures only)")
    args = ap.parse_args()
    os.environ.setdefault("STANCEMAP_CACHE_DIR", "/tmp/stancemap-errors-cache")
    every = corpora()
    names = args.names or list(every)
    sealed = [n for n in names if n in SEALED or n not in every]
    if sealed:
        print(f"error: unknown or sealed corpus: {', '.join(sealed)}", file=sys.stderr)
        return 2
    results = [analyse(n, every[n], args.proposed) for n in names]
    if args.misses:
        grouped: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for r in results:
            for m in r["misses"] if r["corpus"] not in VALIDATE else []:  # VALIDATE's misses are never shown
                grouped[m["kind"], m["cause"]].append(m)
        for (kind, why), items in sorted(grouped.items(), key=lambda kv: -len(kv[1])):
            print(f"\n### {kind}: {why} ({len(items)})")
            for m in items:
                print(f"- [{m['corpus']}/{m['document']}] want {m['want']} got {m['got']} | {m['speaker']}")
                print(f"    «{m['content'][:220]}»")
                print(f"    evidence: {m.get('evidence')}" + (f" conditions: {m.get('conditions')}"
                                                              if m['kind'] == 'stance' else ""))
    print("\ncorpus        stance (n)      conditions (n)  framing  proposed")
    causes: Counter[str] = Counter()
    for r in results:
        causes.update(m["cause"] for m in r["misses"] if m["kind"] == "stance")
        prop = r.get("proposed_ok", "")
        # (VALIDATE's proposal as right or wrong only, as scripts/propose_replay.py shows it: its text is a miss's)
        shown = "" if r["corpus"] in VALIDATE else r.get("proposed") or ""
        print(f"{r['corpus']:<13} {r['stance']!s:<6} ({r['stance_n']:>3})  {r['conditions']!s:<6} ({r['conditions_n']:>3})"
              f"  {r['framing']!s:<7}  {prop} {shown}")
    for part, members in (("DEVELOP", lambda n: n not in VALIDATE and n not in BASE),
                          ("VALIDATE", lambda n: n in VALIDATE), ("BASE", lambda n: n in BASE)):
        right = sum(r["stance_ok"] for r in results if members(r["corpus"]))
        total = sum(r["stance_n"] for r in results if members(r["corpus"]))
        if total:
            print(f"{part} pooled: {right} of {total} ({right / total:.3f})")
    print("stance misses by cause:", dict(causes.most_common()))
    if args.mechanisms:
        for part, members in (("DEVELOP", lambda n: n not in VALIDATE and n not in BASE),
                              ("VALIDATE", lambda n: n in VALIDATE)):
            rows = [row for r in results if members(r["corpus"]) for row in r["rows"]]
            if rows:
                print(f"\n{part} stances by mechanism\n" + mechanism_table(rows))
    if args.conditions:
        for part, members in (("DEVELOP", lambda n: n not in VALIDATE and n not in BASE),
                              ("VALIDATE", lambda n: n in VALIDATE)):
            chosen = [r for r in results if members(r["corpus"])]
            if chosen:
                print(f"\n{part} gold conditions by fate\n" + condition_table([f for r in chosen for f in r["condition_fates"]]))
                print(f"\n{part} the conditional label\n" + conditional_table([row for r in chosen for row in r["rows"]]))
    if args.json:  # VALIDATE's figures only: its misses and matched statements (texts) stay out, as above
        shown = [r if r["corpus"] not in VALIDATE else {**r, "misses": [], "rows": [], "condition_fates": []}
                 for r in results]
        args.json.write_text(json.dumps(shown, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
