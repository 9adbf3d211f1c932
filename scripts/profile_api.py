#!/usr/bin/env python3
"""The CPU each API endpoint costs the server, measured in process (no HTTP, no other load).

    .venv/bin/python scripts/profile_api.py [--store out/bench-api/store.db] [--requests 2000] [--slowest 15]

The requests are bench_api.py's mix (drawn from the store's own values, the same seed), sent one at
a time straight to the ASGI app. Each is measured twice: *cold* (the web app's caches emptied:
what the first asker of a filter pays) and *warm* (totals cached, as after the first asker; the
whole-answer cache is bypassed). CPU time (time.process_time), not wall time: on a shared machine
it is the figure that does not depend on what else runs. Prints mean/p95/max per endpoint and the
slowest requests.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))


async def call(app: Any, url: str) -> tuple[int, int]:
    """GET url from the ASGI app; (status, body bytes)."""
    path, _, query = url.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": query.encode(), "root_path": "",
             "headers": [(b"host", b"127.0.0.1")], "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 8000)}
    status, size = 0, 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Any) -> None:
        nonlocal status, size
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            size += len(message.get("body", b""))

    await app(scope, receive, send)
    return status, size


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


async def measure(app: Any, mix: list[tuple[str, str]], cold: bool) -> list[tuple[str, str, float, int]]:
    from stancemap.web.queries import TOTALS

    found = []
    for i, (endpoint, url) in enumerate(mix):
        if cold:
            TOTALS.found.clear()
        # An unknown parameter makes every URL new to the whole-answer cache (the API ignores it).
        unique = f"{url}{'&' if '?' in url else '?'}_profile={i}{'c' if cold else 'w'}"
        start = time.process_time()
        status, _ = await call(app, unique)
        found.append((endpoint, url, (time.process_time() - start) * 1000, status))
    return found


def report(title: str, results: list[tuple[str, str, float, int]], slowest: int) -> None:
    per: dict[str, list[float]] = defaultdict(list)
    for endpoint, _, ms, _ in results:
        per[endpoint].append(ms)
    everything = [ms for _, _, ms, _ in results]
    errors = [r for r in results if r[3] != 200]
    print(f"\n{title}: {len(results)} requests, CPU ms per request: mean {statistics.mean(everything):.2f}, "
          f"p50 {percentile(everything, 50):.2f}, p95 {percentile(everything, 95):.2f}, max {max(everything):.1f}; "
          f"errors {len(errors)}")
    print(f"  {'endpoint':<11} {'n':>5} {'mean':>7} {'p50':>7} {'p95':>7} {'max':>7}")
    for endpoint, values in sorted(per.items()):
        print(f"  {endpoint:<11} {len(values):>5} {statistics.mean(values):7.2f} {percentile(values, 50):7.2f} "
              f"{percentile(values, 95):7.2f} {max(values):7.1f}")
    for _, url, ms, status in sorted(results, key=lambda r: -r[2])[:slowest]:
        print(f"  {ms:7.1f} ms  {status}  {url}")
    for _, url, _, status in errors[:5]:
        print(f"  error {status} on {url}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--store", default=str(ROOT / "out" / "bench-api" / "store.db"))
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--slowest", type=int, default=15)
    parser.add_argument("--only", help="profile only this endpoint (statements, actors, ...)")
    args = parser.parse_args(argv)

    from bench_api import request_mix

    from stancemap.store import open_reader
    from stancemap.web.app import create_app

    mix = request_mix(args.store, args.requests)
    if args.only:
        mix = [m for m in mix if m[0] == args.only]
    engine, label = open_reader(args.store)
    app = create_app(engine, label)
    asyncio.run(measure(app, mix[:20], cold=False))  # imports, first connections, plans
    cold = asyncio.run(measure(app, mix, cold=True))
    warm = asyncio.run(measure(app, mix, cold=False))
    engine.dispose()
    report("cold (caches emptied before each request)", cold, args.slowest)
    report("warm (totals cached; whole answers not)", warm, min(args.slowest, 5))
    return 0


if __name__ == "__main__":
    sys.exit(main())
