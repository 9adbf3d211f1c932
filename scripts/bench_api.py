#!/usr/bin/env python3
"""Load bench of `stancemap serve`'s JSON API on a store of 15,000 articles.

    .venv/bin/python scripts/bench_api.py [--articles 15000] [--requests 2000] [--concurrency 50]
                                          [--workers N] [--store out/bench-api/store.db] [--rebuild]

1. The store (built once, reused while it has the asked number of articles; --rebuild remakes it):
   the example articles are mapped once (clean, parse, extract), then each record is copied with
   its names respelt the same length (so every offset in the record stays true: body, mentions,
   parse rows, statements) and its publication date moved on; the copies are written to a store as
   mapped articles (`store.articles.insert_mapped`) and the real corpus reduce runs over all of them
   (`stancemap add` with no path), as after any `add`. No article is parsed twice: building 15,000
   articles costs the reduce, not 15,000 parses.
2. `stancemap serve` on 127.0.0.1 (loopback only) and a free port.
3. `--requests` GET requests, `--concurrency` at a time (keep-alive connections), over a mix of every
   list of the API with filters, full-text searches and offsets drawn from the store's own values;
   bounded in count and in time (--time-limit), then the server is stopped.
Prints p50/p95/p99/max latency, errors and throughput, per endpoint too.
Acceptance (issue 13): p95 <= 200 ms with 0 errors at 15,000 articles.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import json
import os
import random
import re
import resource
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

QUESTION = "Will Valdoria join the Northern Compact?"
P95_BUDGET_MS = 200.0
VOWELS, CONSONANTS = "aeiou", "bcdfghjklmnpqrstvwxz"
NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")
# Spellings per name across the copies: the store then holds about this many times the actors of
# the examples, as a real corpus holds the same people across thousands of articles.
SPELLINGS = 64


def respell(word: str, k: int) -> str:
    """The k-th spelling of a name, of the same length (vowel for vowel, consonant for consonant)."""
    if k == 0:
        return word
    chars = list(word)
    for i in range(1, len(chars)):
        group = VOWELS if chars[i] in VOWELS else CONSONANTS if chars[i] in CONSONANTS else ""
        if group:
            chars[i] = group[(group.index(chars[i]) + k * (i + 3) + i) % len(group)]
    return "".join(chars)


def example_records() -> list[tuple[Any, Any]]:
    from stancemap.article import MappedArticle, map_sources
    from stancemap.ingest import iter_sources
    from stancemap.model import Source

    sources = [s for s in iter_sources([ROOT / "examples" / "corpus"]) if isinstance(s, Source)]
    return [(s, m.record) for s, m in zip(sources, map_sources(sources), strict=True) if isinstance(m, MappedArticle)]


def names_of(record: Any) -> list[str]:
    """The capitalised words of the record's names (mentions, actors, outlet) that its text never
    writes in lower case: the words a copy respells."""
    texts = [m.text for m in record.mentions] + [a.name for a in record.actors]
    texts += [alias for a in record.actors for alias in a.aliases] + [record.document.outlet or ""]
    words = {w for t in texts for w in NAME.findall(t)}
    body = record.document.body
    return sorted((w for w in words if not re.search(rf"\b{w.lower()}\b", body)), key=len, reverse=True)


def copies(n: int) -> Any:
    """n (Source, (record head, record body)) pairs made from the example records: the record's
    JSON with its names respelt, its key new and its publication date moved on."""
    import zlib

    import orjson

    prepared = []
    for source, record in example_records():
        words = names_of(record)
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b") if words else None
        head, body = (zlib.decompress(b).decode() for b in record.to_blobs())
        prepared.append((source, head, body, pattern))
    for i in range(n):
        copy, (source, head, body, pattern) = divmod(i, len(prepared))[0], prepared[i % len(prepared)]
        k = copy % SPELLINGS
        text = source.text if source.text is not None else source.html
        if pattern is not None and k:
            head, body, text = (pattern.sub(lambda m, k=k: respell(m.group(0), k), t) for t in (head, body, text or ""))
        top, rest = orjson.loads(head), orjson.loads(body)
        top["key"] = hashlib.sha256(f"{copy}|{top['key']}".encode()).hexdigest()
        published = rest["document"].get("published")
        if published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
            rest["document"]["published"] = (dt.date.fromisoformat(published) + dt.timedelta(days=copy % 365)).isoformat()
        text = f"{text}\n\nCopy {copy}.\n"
        generated = replace(source, path=f"bench/{i:06d}{Path(source.path.split('#')[0]).suffix}",
                            text=text if source.text is not None else None,
                            html=text if source.text is None else None, published=rest["document"].get("published"))
        yield generated, (zlib.compress(orjson.dumps(top), 3), zlib.compress(orjson.dumps(rest), 3))


def build(store: str, n: int) -> dict[str, float]:
    from stancemap.store import AddOptions, add
    from stancemap.store.articles import insert_mapped
    from stancemap.store.engine import open_engine, upgrade

    times: dict[str, float] = {}
    Path(store).parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(store + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    engine, _ = open_engine(store, readonly=False)
    upgrade(engine)
    stored = insert_mapped(engine, copies(n))
    engine.dispose()
    times["generate and store records"] = time.perf_counter() - start
    start = time.perf_counter()
    add(store, [], QUESTION, AddOptions(cache=False))  # nothing of the bench in the user's record cache
    times["reduce and write results"] = time.perf_counter() - start
    print(f"built {store}: {stored} articles; " + ", ".join(f"{k} {v:.0f} s" for k, v in times.items()), flush=True)
    return times


def stored_articles(store: str) -> int:
    if not Path(store).is_file():
        return 0
    from stancemap.store import status

    try:
        return int(status(store).articles.get("mapped", 0))
    except Exception:
        return 0


def request_mix(store: str, count: int, seed: int = 13) -> list[tuple[str, str]]:
    """(endpoint, url) pairs drawn from the store's own actors, outlets, words and dates."""
    from sqlalchemy import func, select

    from stancemap.store import open_reader
    from stancemap.store.schema import actors, articles, statements

    rng = random.Random(seed)
    engine, _ = open_reader(store)
    with engine.connect() as conn:
        actor_ids = list(conn.execute(select(actors.c.id).where(actors.c.statements > 0)).scalars())
        outlets = [o for o in conn.execute(select(statements.c.outlet).distinct()).scalars() if o]
        docs = list(conn.execute(select(articles.c.doc).where(articles.c.doc.is_not(None))).scalars())
        n_statements = conn.execute(select(func.count()).select_from(statements)).scalar() or 0
        sample = list(conn.execute(select(statements.c.content).limit(3000)).scalars())
    engine.dispose()
    counts = Counter(w.lower() for text in sample for w in re.findall(r"[A-Za-z]{5,}", text))
    words = [w for w, _ in counts.most_common(400)[20:]]
    months = [f"{y}-{m:02d}" for y in (2025, 2026) for m in range(1, 13)]
    mix: list[tuple[str, str]] = []
    for _ in range(count):
        r = rng.random()
        if r < 0.40:
            params: dict[str, Any] = {"limit": rng.choice([20, 50]), "offset": rng.choice([0, 0, 50, 500, n_statements // 2])}
            if rng.random() < 0.3:
                params["q"] = rng.choice(words) + (" " + rng.choice(words) if rng.random() < 0.3 else "")
                params["offset"] = 0
            if rng.random() < 0.25:
                params["actor"] = rng.choice(actor_ids)
                params["offset"] = 0
            if rng.random() < 0.2:
                params["outlet"] = rng.choice(outlets)
            if rng.random() < 0.2:
                params["stance"] = rng.choice(["support", "oppose", "conditional", "neutral"])
            if rng.random() < 0.15:
                params["since"] = rng.choice(months)
                params["until"] = rng.choice(months)
            mix.append(("statements", "/api/statements?" + urlencode(params)))
        elif r < 0.50:
            mix.append(("actors", "/api/actors?" + urlencode({"limit": 50, "offset": rng.choice([0, 50, 200])})))
        elif r < 0.65:
            params = {"limit": 50, "offset": rng.choice([0, 50])}
            if rng.random() < 0.3:
                params = {"actor": rng.choice(actor_ids)}
            mix.append(("positions", "/api/positions?" + urlencode(params)))
        elif r < 0.75:
            params = {"limit": 50, "offset": rng.choice([0, 100])}
            if rng.random() < 0.4:
                params["actor"] = rng.choice(actor_ids)
                params["offset"] = 0
            mix.append(("events", "/api/events?" + urlencode(params)))
        elif r < 0.80:
            mix.append(("outlets", "/api/outlets"))
        elif r < 0.83:
            mix.append(("questions", "/api/questions"))
        elif r < 0.93:
            mix.append(("articles", "/api/articles?" + urlencode({"q": rng.choice(words), "limit": 20})))
        else:
            mix.append(("article", f"/api/articles/{rng.choice(docs)}"))
    return mix


def urlencode(params: dict[str, Any]) -> str:
    from urllib.parse import urlencode as encode

    return encode(params)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Client:
    """One keep-alive HTTP/1.1 connection on loopback. Written out rather than taken from httpx:
    httpx spends about 3.7 ms of CPU per request, twice what the server spends answering it, and
    on a 2-core machine the load generator would then measure itself; this costs a tenth of that."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        headers = {k.strip().lower(): v.strip() for k, _, v in
                   (line.decode("latin-1").partition(":") for line in head.split(b"\r\n")[1:] if line)}
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        else:  # chunked
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                parts.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    break
            body = b"".join(p[:-2] for p in parts)
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None


async def load(host: str, port: int, mix: list[tuple[str, str]], concurrency: int,
               time_limit: float) -> list[tuple[str, float, str]]:
    """Every request of the mix, `concurrency` at a time (one connection each); (endpoint,
    seconds, error or "")."""
    results: list[tuple[str, float, str]] = []
    todo = iter(mix)

    async def worker() -> None:
        client = Client(host, port)
        for endpoint, url in todo:
            start = time.perf_counter()
            error = ""
            try:
                status, body = await client.get(url)
                if status != 200:
                    error = f"HTTP {status}: {body[:120].decode(errors='replace')}"
                else:
                    json.loads(body)
            except (OSError, asyncio.IncompleteReadError, ValueError) as failure:
                error = f"{type(failure).__name__}: {failure}"
                await client.close()
            results.append((endpoint, time.perf_counter() - start, error))
        await client.close()

    await asyncio.wait_for(asyncio.gather(*(worker() for _ in range(concurrency))), timeout=time_limit)
    return results


def cpu_seconds(pid: int) -> float:
    """CPU time of a process and its children (the server's worker processes), from /proc."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            pids += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=15_000)
    parser.add_argument("--requests", type=int, default=2_000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)),
                        help="server processes (stancemap serve --workers; default: one per core, as serve's)")
    parser.add_argument("--store", default=str(ROOT / "out" / "bench-api" / "store.db"))
    parser.add_argument("--rebuild", action="store_true", help="remake the store even if it has the articles")
    parser.add_argument("--time-limit", type=float, default=600.0, help="seconds the load may take at most")
    args = parser.parse_args(argv)

    if args.rebuild or stored_articles(args.store) != args.articles:
        build(args.store, args.articles)
    mix = request_mix(args.store, args.requests)
    port = free_port()
    cli = Path(sys.executable).parent / "stancemap"
    server = subprocess.Popen([str(cli), "serve", "--store", args.store, "--host", "127.0.0.1", "--port", str(port),
                               "--workers", str(args.workers)], stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/api/questions", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    print(f"the server did not start: {server.stderr.read() if server.stderr else ''}")
                    return 1
                time.sleep(0.2)
        asyncio.run(load("127.0.0.1", port, mix[:20], min(args.concurrency, 10), args.time_limit))  # warm up
        server_cpu, client_cpu = cpu_seconds(server.pid), resource.getrusage(resource.RUSAGE_SELF)
        started = time.perf_counter()
        results = asyncio.run(load("127.0.0.1", port, mix, args.concurrency, args.time_limit))
        wall = time.perf_counter() - started
        server_cpu = cpu_seconds(server.pid) - server_cpu
        after = resource.getrusage(resource.RUSAGE_SELF)
        client_s = after.ru_utime + after.ru_stime - client_cpu.ru_utime - client_cpu.ru_stime
    finally:
        server.terminate()
        server.wait(timeout=30)

    latencies = [s * 1000 for _, s, _ in results]
    load_avg = os.getloadavg()[0]
    errors = [(e, err) for e, _, err in results if err]
    print(f"\n{len(results)} requests, {args.concurrency} at a time, {args.workers} server process(es), "
          f"store of {stored_articles(args.store)} articles, {os.cpu_count()} cores")
    print(f"latency ms: p50 {percentile(latencies, 50):.1f}, p95 {percentile(latencies, 95):.1f}, "
          f"p99 {percentile(latencies, 99):.1f}, max {max(latencies):.1f}; errors {len(errors)}; "
          f"{len(results) / wall:.0f} requests/s")
    per_request = 1000 / len(results)
    print(f"CPU per request: server {server_cpu * per_request:.2f} ms, load generator {client_s * per_request:.2f} ms; "
          f"machine load average {load_avg:.1f} (a busy machine queues requests: run this on a quiet one)")
    per: dict[str, list[float]] = defaultdict(list)
    for endpoint, seconds, _ in results:
        per[endpoint].append(seconds * 1000)
    for endpoint, values in sorted(per.items()):
        print(f"  {endpoint:<11} n={len(values):<5} p50 {statistics.median(values):7.1f}  p95 {percentile(values, 95):7.1f}")
    for endpoint, error in errors[:10]:
        print(f"  error on {endpoint}: {error}")
    ok = percentile(latencies, 95) <= P95_BUDGET_MS and not errors
    print(f"\nacceptance (p95 <= {P95_BUDGET_MS:.0f} ms, 0 errors): {'OK' if ok else 'NOT MET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
