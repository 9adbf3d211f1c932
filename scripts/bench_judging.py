#!/usr/bin/env python3
"""The reduce's judging time per statement, with the learned stance layer off and on.

    .venv/bin/python scripts/bench_judging.py CORPUS_DIR [--question TEXT] [--cache-dir DIR]

Maps CORPUS_DIR once (records kept in --cache-dir, so a rerun parses nothing), then reduces the
records twice with no judgement cache, so every article is judged: once with STANCEMAP_LEARNED=off
(the rules alone), once with the layer on (MiniLM embeddings of the statements the rules may leave
neutral, computed inside judge_record). Prints the statements' judging time ("reduce_statements_seconds",
which also maps actors) per statement and per article for each, and how many stances the layer
changed. Make a corpus with scripts/bench_corpus.py 1500 out/bench-judge.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from stancemap.corpus import reduce_records
from stancemap.ingest import iter_sources
from stancemap.judge import learned
from stancemap.mapping.cache import DEFAULT_CAP_BYTES, RecordCache
from stancemap.mapping.run import MapOptions, MapStats, RunRecords, map_corpus
from stancemap.model import Source


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--question", default="Will Valdoria join the Northern Compact?")
    ap.add_argument("--cache-dir", type=Path, default=Path("out/bench-judge-cache"))
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    cache = RecordCache(args.cache_dir, DEFAULT_CAP_BYTES)
    try:
        started = time.perf_counter()
        sources = (s for s in iter_sources([args.corpus]) if isinstance(s, Source))
        mapped = [m for m in map_corpus(sources, cache, MapOptions(args.jobs, None), lambda n=1: None, MapStats())
                  if m.notice is None]
        print(f"mapped {len(mapped)} articles in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        results = {}
        for mode in ("off", "on"):
            os.environ["STANCEMAP_LEARNED"] = mode
            started = time.perf_counter()
            analysis = reduce_records(RunRecords(cache, mapped), args.question, [], None)
            total = time.perf_counter() - started
            judged = analysis.run["reduce_statements_seconds"]
            n = len(analysis.statements)
            changed = sum(any(e.startswith(learned.NOTE) for e in s.stance_evidence) for s in analysis.statements)
            results[mode] = judged
            print(f"layer {mode:<3}: {n} statements, judging {judged:.1f} s = {judged / n * 1000:.2f} ms a statement, "
                  f"{judged / len(mapped) * 1000:.1f} ms an article; whole reduce {total:.1f} s; stances changed by the "
                  f"layer: {changed}")
        print(f"the layer adds {results['on'] - results['off']:.1f} s ({results['on'] / results['off']:.2f}x)")
    finally:
        cache.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
