"""Benchmark the HTML briefing at corpus scale: its size, and how long headless Chromium takes to load it.

    .venv/bin/python scripts/bench_briefing.py [--synthetic 15000 | --articles 100] [--runs 5] [--keep DIR]

`--synthetic N` builds an Analysis of N articles directly (tests/export/synthetic.py: outlets, some
articles with none, actors whose stances drift, eight statements an article, events), without
running the pipeline, so the briefing alone is measured at 15,000 articles in seconds;
`--articles N` copies the example corpus's text articles under N names and analyses them. The
briefing is rendered, written, and opened from disk in Debian's Chromium through Playwright
(extra `browser`), timed to its load event. Budgets (issue 12): at most 3 MB and loaded in at most
1.5 s at 15,000 articles; the exit code is 1 when one is missed, 2 when the browser is missing.
`measure(analysis)` returns the figures for `make bench` (scripts/bench.py) to print.
A benchmark, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
QUESTION = "Will Valdoria join the Northern Compact?"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
MAX_BYTES = 3_000_000
MAX_LOAD_S = 1.5


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
            # Details ready: the embedded data decompressed and the article list drawn from it.
            page.wait_for_function("!document.querySelector('.needs-script')", timeout=30_000)
            ready = time.perf_counter() - start
            results.append({"wall": wall, "dcl": nav["dcl"] / 1000, "load": nav["load"] / 1000, "fcp": paint / 1000,
                            "ready": ready, "errors": float(len(errors))})
            page.close()
        browser.close()
    return results


def measure(analysis: Any, runs: int = 5, keep: Path | None = None) -> dict[str, float]:
    """The briefing's figures: render seconds, bytes, and the median page load in Chromium (seconds to
    the load event, DOMContentLoaded, first contentful paint, goto wall time, console errors).
    Raises ImportError without playwright, another exception when Chromium cannot start."""
    from stancemap.export import render

    t0 = time.perf_counter()
    html = render(analysis, "html")
    figures: dict[str, float] = {"render_s": time.perf_counter() - t0, "bytes": float(len(html.encode())),
                                 "articles": float(len(analysis.documents)), "statements": float(len(analysis.statements))}
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "briefing.html"
        page_path.write_text(html, encoding="utf-8")
        if keep:
            keep.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(page_path, keep)
        loads = load_times(page_path, runs)
    figures.update({k: statistics.median(r[k] for r in loads) for k in loads[0]})
    figures["ok"] = float(figures["bytes"] <= MAX_BYTES and figures["wall"] <= MAX_LOAD_S and figures["errors"] == 0)
    return figures


def synthetic(n: int) -> Any:
    sys.path.insert(0, str(ROOT))
    from tests.export.synthetic import synthetic_analysis

    return synthetic_analysis(n)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synthetic", type=int, help="build an Analysis of N articles directly (default 15000)")
    ap.add_argument("--articles", type=int, help="analyse N copies of the example articles instead")
    ap.add_argument("--runs", type=int, default=5, help="page loads to time (the median is reported)")
    ap.add_argument("--keep", type=Path, help="also copy the briefing here")
    args = ap.parse_args()

    t0 = time.perf_counter()
    if args.articles:
        from stancemap import analyze

        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            make_corpus(corpus, args.articles)
            analysis = analyze([corpus], question=QUESTION)
    else:
        analysis = synthetic(args.synthetic or 15_000)
    built = time.perf_counter() - t0
    print(f"articles: {len(analysis.documents)}  statements: {len(analysis.statements)}  "
          f"events: {len(analysis.events)}  actors: {len(analysis.actors)}  (built in {built:.1f} s)")
    try:
        f = measure(analysis, args.runs, args.keep)
    except ImportError:
        print("browser: playwright is not installed (pip install -e '.[browser]')", file=sys.stderr)
        return 2
    except Exception as error:  # any launch failure means there is no browser to time with
        print(f"browser: cannot launch {CHROMIUM}: {error}", file=sys.stderr)
        return 2
    print(f"HTML render: {f['render_s']:.1f} s; size {f['bytes'] / 1e6:.2f} MB (budget {MAX_BYTES / 1e6:.0f} MB)")
    print(f"load in headless Chromium, median of {args.runs}: load event {f['load']:.3f} s, "
          f"DOMContentLoaded {f['dcl']:.3f} s, first contentful paint {f['fcp']:.3f} s, "
          f"goto wall time {f['wall']:.3f} s (budget {MAX_LOAD_S} s), details ready {f['ready']:.3f} s; "
          f"console errors: {int(f['errors'])}")
    print("within budget" if f["ok"] else "OVER BUDGET")
    return 0 if f["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
