"""Benchmark the HTML briefing at corpus scale: its size, and how long headless Chromium takes to load it.

    .venv/bin/python scripts/bench_briefing.py [--articles 100] [--runs 5] [--keep DIR]

Copies the example corpus's text articles under N different names into a temporary folder,
analyses them, renders the briefing, then opens it from disk in Debian's Chromium through
Playwright (extra `browser`) and times the page to its load event. Budgets (issue 6): under
3 MB and loaded in under 2 s for 100 articles; the exit code is 1 when one is missed, 2 when the
browser is missing. A benchmark, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
QUESTION = "Will Valdoria join the Northern Compact?"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
MAX_BYTES = 3_000_000
MAX_LOAD_S = 2.0


def make_corpus(folder: Path, n: int) -> None:
    sources = sorted(EXAMPLES.glob("*.txt"))
    for i in range(n):
        src = sources[i % len(sources)]
        shutil.copy(src, folder / f"{i:03d}_{src.name}")


def load_times(page_path: Path, runs: int) -> list[dict[str, float]]:
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors: list[str] = []
            page.on("console", lambda m, errors=errors: errors.append(m.text) if m.type == "error" else None)
            start = time.perf_counter()
            page.goto(page_path.as_uri(), wait_until="load")
            wall = time.perf_counter() - start
            nav = page.evaluate("""() => { const n = performance.getEntriesByType('navigation')[0];
                return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd}; }""")
            paint = page.evaluate("""() => (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime
                                     || 0""")
            results.append({"wall": wall, "dcl": nav["dcl"] / 1000, "load": nav["load"] / 1000, "fcp": paint / 1000,
                            "errors": float(len(errors))})
            page.close()
        browser.close()
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--runs", type=int, default=5, help="page loads to time (the median is reported)")
    ap.add_argument("--keep", type=Path, help="also copy the briefing here")
    args = ap.parse_args()

    from stancemap import analyze
    from stancemap.export import render

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, args.articles)
        t0 = time.perf_counter()
        analysis = analyze([corpus], question=QUESTION)
        t1 = time.perf_counter()
        html = render(analysis, "html")
        t2 = time.perf_counter()
        page_path = Path(tmp) / "briefing.html"
        page_path.write_text(html, encoding="utf-8")
        size = page_path.stat().st_size
        print(f"articles: {len(analysis.documents)}  statements: {len(analysis.statements)}  "
              f"events: {len(analysis.events)}  actors: {len(analysis.actors)}")
        print(f"analysis: {t1 - t0:.1f} s   HTML render (incl. two SVG charts): {t2 - t1:.2f} s")
        print(f"HTML size: {size / 1e6:.2f} MB (budget {MAX_BYTES / 1e6:.0f} MB)")
        if args.keep:
            args.keep.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(page_path, args.keep)
        try:
            runs = load_times(page_path, args.runs)
        except ImportError:
            print("browser: playwright is not installed (pip install -e '.[browser]')", file=sys.stderr)
            return 2
        except Exception as error:  # any launch failure means there is no browser to time with
            print(f"browser: cannot launch {CHROMIUM}: {error}", file=sys.stderr)
            return 2
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(f"load in headless Chromium, median of {len(runs)}: load event {median['load']:.3f} s, "
          f"DOMContentLoaded {median['dcl']:.3f} s, first contentful paint {median['fcp']:.3f} s, "
          f"goto wall time {median['wall']:.3f} s (budget {MAX_LOAD_S:.0f} s); console errors: {int(median['errors'])}")
    ok = size < MAX_BYTES and median["wall"] < MAX_LOAD_S and median["errors"] == 0
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
