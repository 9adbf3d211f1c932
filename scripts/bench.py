#!/usr/bin/env python3
"""`make bench`: the whole pipeline at 150, 1,500 and 15,000 articles, measured in one run.

    .venv/bin/python scripts/bench.py [--sizes 150,1500,15000] [--work DIR] [--full] [--briefing]

Corpora are built from the project's own written articles with names varied
(scripts/bench_corpus.py). Each measurement is `stancemap analyze CORPUS --question Q --json OUT` in
a fresh process (imports, model loads and the JSON export included), timed on the wall clock, with
the process tree's resident memory sampled every 0.1 s (the peak of the sum over the main process
and its workers, and the largest single process) and the stages' own timings
(STANCEMAP_TIMINGS). The bare parse is `spacy.load(MODEL)` then `nlp.pipe` over the same cleaned
bodies, in a fresh process, with the same number of processes. Figures are ratios within one run:
the machine may be shared and noisy, and ratios of runs made minutes apart hold better than
seconds. For each size:

  cold --jobs 1      wall time, peak memory, stages        (and the bare parse, one process)
  cold --jobs 2      wall time, peak memory, stages        (speedup over --jobs 1)
  warm --jobs 2      rerun on the unchanged corpus: every record from the cache

At 15,000 articles only the --jobs 2 runs are made unless --full (the one-process runs take about
an hour on 2 cores). `--briefing` adds the HTML briefing's size and load time in Chromium
(scripts/bench_briefing.py).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
QUESTION = "Will Valdoria join the Northern Compact?"
STEPS = ("reduce_actors_seconds", "reduce_statements_seconds", "reduce_propagate_seconds", "relate_copies_seconds",
         "relate_outlets_seconds", "relate_positions_seconds", "relate_sides_seconds",
         "relate_disagreements_seconds", "export_json_seconds")

BARE = """
import json, sys, time
started = time.perf_counter()
import spacy
from stancemap.parse import MODEL_NAME
cpu_imported = time.process_time()
nlp = spacy.load(MODEL_NAME)
loaded, cpu_loaded = time.perf_counter(), time.process_time()
texts = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
n = 0
for _ in nlp.pipe(texts, n_process=int(sys.argv[2])):
    n += 1
done = time.perf_counter()
print(json.dumps({"docs": n, "load": loaded - started, "pipe": done - loaded,
                  "load_cpu": cpu_loaded - cpu_imported, "pipe_cpu": time.process_time() - cpu_loaded}))
"""


def _tree(pid: int) -> list[int]:
    """The process and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, stack = [], [pid]
    while stack:
        p = stack.pop()
        found.append(p)
        stack.extend(children.get(p, []))
    return found


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measured(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run a command; its wall time, the CPU time of its process tree (user + system of every process it reaped:
    a shared machine's stolen or waiting time shows in the wall time only) and the peak resident memory of its tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = {"tree": 0, "process": 0}

    def sample() -> None:
        while proc.poll() is None:
            sizes = [_rss_kb(p) for p in _tree(proc.pid)]
            peak["tree"] = max(peak["tree"], sum(sizes))
            peak["process"] = max(peak["process"], max(sizes, default=0))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return {"wall": wall, "cpu": cpu, "tree_mb": peak["tree"] / 1024, "process_mb": peak["process"] / 1024, "stdout": out}


def analyze(corpus: Path, out: Path, cache: Path, jobs: int) -> dict[str, Any]:
    timings = out.with_suffix(".timings.json")
    env = {**os.environ, "STANCEMAP_TIMINGS": str(timings)}
    result = measured([str(BIN / "stancemap"), "analyze", str(corpus), "--question", QUESTION, "--json", str(out),
                       "--cache-dir", str(cache), "--jobs", str(jobs), "--quiet"], env)
    result["stages"] = json.loads(timings.read_text())
    return result


def bare(bodies: Path, jobs: int) -> dict[str, Any]:
    result = measured([sys.executable, "-c", BARE, str(bodies), str(jobs)])
    result.update(json.loads(result["stdout"]))
    return result


def bodies_of(analysis: Path, target: Path) -> int:
    """The cleaned bodies of an analysis, one JSON string per line (what the bare parse reads)."""
    data = json.loads(analysis.read_text(encoding="utf-8"))
    with target.open("w", encoding="utf-8") as handle:
        for doc in data["documents"]:
            if "language" not in doc.get("provenance", {}):
                handle.write(json.dumps(doc["body"]) + "\n")
    return len(data["documents"])


def bench_size(n: int, work: Path, one_process: bool) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_corpus import make

    corpus = work / f"corpus-{n}"
    if not corpus.exists():
        make(n, corpus)
    row: dict[str, Any] = {"articles": n}
    if one_process:
        cache = work / f"cache-{n}-j1"
        shutil.rmtree(cache, ignore_errors=True)
        row["cold1"] = analyze(corpus, work / f"out-{n}-j1.json", cache, 1)
        bodies = work / f"bodies-{n}.jsonl"
        bodies_of(work / f"out-{n}-j1.json", bodies)
        row["bare1"] = bare(bodies, 1)
    cache = work / f"cache-{n}-j2"
    shutil.rmtree(cache, ignore_errors=True)
    row["cold2"] = analyze(corpus, work / f"out-{n}-j2.json", cache, 2)
    row["warm2"] = analyze(corpus, work / f"out-{n}-warm.json", cache, 2)
    return row


def report(rows: list[dict[str, Any]]) -> None:
    cores = len(os.sched_getaffinity(0))
    print(f"\nstancemap bench on {cores} core(s); question: {QUESTION}\n")
    print("| articles | run | wall s | CPU s | peak MB (tree / largest process) | map s | reduce s | export s |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        for name in ("cold1", "cold2", "warm2"):
            r = row.get(name)
            if r is None:
                continue
            st = r["stages"]
            print(f"| {row['articles']:,} | {name} | {r['wall']:.1f} | {r['cpu']:.1f} | "
                  f"{r['tree_mb']:.0f} / {r['process_mb']:.0f} | "
                  f"{st.get('map_seconds', 0):.1f} | {st.get('reduce_seconds', 0):.1f} | "
                  f"{st.get('export_json_seconds', 0):.1f} |")
        if "bare1" in row:
            b = row["bare1"]
            print(f"| {row['articles']:,} | bare parse, 1 process | {b['wall']:.1f} | {b['cpu']:.1f} | "
                  f"{b['tree_mb']:.0f} / {b['process_mb']:.0f} | (load {b['load']:.1f}, pipe {b['pipe']:.1f}) | | |")
    print("\nRatios:")
    for row in rows:
        n = row["articles"]
        if "bare1" in row:
            print(f"  {n:,}: pipeline ÷ bare parse, one process: {row['cold1']['wall'] / row['bare1']['wall']:.2f}")
            # (the same in CPU seconds: steadier than wall time on a shared or virtual machine, docs/performance.md)
            print(f"  {n:,}: the same in CPU time: {row['cold1']['cpu'] / row['bare1']['cpu']:.2f}")
            # Where the CPU above the bare parse goes: the map's own (its CPU, the model's load included, beside the
            # bare parse's load and nlp.pipe) and the reduce's (this process's CPU in each stage, STANCEMAP_TIMINGS).
            st, b = row["cold1"]["stages"], row["bare1"]
            if "map_cpu_seconds" in st and "pipe_cpu" in b:
                rest = row["cold1"]["cpu"] - st["map_cpu_seconds"] - st["reduce_cpu_seconds"]
                parse = b["load_cpu"] + b["pipe_cpu"]
                print(f"  {n:,}: one process in CPU s: {row['cold1']['cpu']:.1f} = map {st['map_cpu_seconds']:.1f}"
                      f" + reduce {st['reduce_cpu_seconds']:.1f} + imports and export {rest:.1f}; bare parse"
                      f" {b['cpu']:.1f} (load and nlp.pipe {parse:.1f}):"
                      f" map ÷ load and nlp.pipe {st['map_cpu_seconds'] / parse:.3f},"
                      f" reduce ÷ bare parse {st['reduce_cpu_seconds'] / b['cpu']:.3f}")
            print(f"  {n:,}: --jobs 2 speedup over --jobs 1: {row['cold1']['wall'] / row['cold2']['wall']:.2f}x")
        print(f"  {n:,}: warm rerun ÷ cold run (--jobs 2): {row['warm2']['wall'] / row['cold2']['wall']:.1%}")
    by_size = {row["articles"]: row for row in rows}
    sizes = sorted(by_size)
    for small, large in itertools.pairwise(sizes):
        a, b = by_size[small]["cold2"], by_size[large]["cold2"]
        print(f"  peak memory {large:,} ÷ {small:,} (--jobs 2): tree {b['tree_mb'] / a['tree_mb']:.2f}, "
              f"largest process {b['process_mb'] / a['process_mb']:.2f}")
        factor = large / small
        print(f"  corpus-level steps, time at {large:,} ÷ at {small:,} ({factor:.0f}x the articles):")
        for step in STEPS:
            ta, tb = a["stages"].get(step), b["stages"].get(step)
            if ta and tb:
                print(f"    {step.removesuffix('_seconds'):<24} {ta:7.2f} s -> {tb:7.2f} s  ({tb / ta:5.1f}x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sizes", default="150,1500,15000")
    parser.add_argument("--work", type=Path, default=None, help="where corpora and outputs go (default: a temp folder)")
    parser.add_argument("--full", action="store_true", help="one-process runs at every size, 15,000 included")
    parser.add_argument("--briefing", action="store_true", help="also measure the HTML briefing in Chromium")
    parser.add_argument("--json", type=Path, default=None, help="write every figure here as JSON")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="stancemap-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        print(f"measuring {size:,} articles in {work} ...", file=sys.stderr, flush=True)
        rows.append(bench_size(size, work, one_process=args.full or size <= 1500))
        report(rows)
    if args.json:
        args.json.write_text(json.dumps([{k: v for k, v in r.items()} for r in rows], default=str, indent=1))
    if args.briefing:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_briefing.py"), "--synthetic", "15000"], check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
