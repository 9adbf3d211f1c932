"""The map's CPU seconds by stage, beside the bare parse of the same cleaned bodies, in one process.

    env PYTHONPATH=<worktree>/src python scripts/map_cpu.py CORPUS [--start 0] [--count 300] [--map-first]

Reads the files of CORPUS (a folder of articles, sorted by name) from `--start`, cleans them as the map does
(`article.prepare`), then times in this process: `spacy.load` and `nlp.pipe` over the cleaned bodies (the bare parse,
the bench's yardstick) and the map's stages as `article._map_batch` runs them, batch by batch (cleaning, tokens made
before the memory zone, `nlp.pipe`, extraction, the record's blobs). Prints one JSON line: each stage's CPU seconds
(`time.process_time`), the map ÷ the bare parse, and a hash of the records without their keys (a key hashes the map's
code, so two codes' records compare by this hash only). Run it for two codes with PYTHONPATH set to each worktree's
src, alternated or side by side: on a shared host only CPU seconds of runs made together compare
(docs/performance.md, "Issue 11, session 38").
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
from pathlib import Path
from time import process_time
from typing import Any

import spacy

from stancemap.article import BATCH_SIZE, MappedArticle, _tokenized, prepare
from stancemap.extract import extract_article
from stancemap.ingest import read_file
from stancemap.model import Source
from stancemap.parse import load_nlp
from stancemap.versions import MODEL_NAME


def _analysed(items: list[Any]) -> list[MappedArticle]:
    return [r for r in items if isinstance(r, MappedArticle) and "language" not in r.record.document.provenance]


def bare(sources: list[Source], times: dict[str, float]) -> None:
    """The bench's bare parse (scripts/bench.py's BARE) of the cleaned bodies."""
    bodies = [r.record.document.body for r in _analysed([prepare(s) for s in sources])]
    gc.collect()
    t = process_time()
    nlp = spacy.load(MODEL_NAME)
    times["bare_load"] = process_time() - t
    t = process_time()
    for _ in nlp.pipe(bodies):
        pass
    times["bare_pipe"] = process_time() - t


def mapped(sources: list[Source], times: dict[str, float]) -> str:
    """The map's stages, timed apart; the hash of the records (keys left out)."""
    digest = hashlib.sha256()
    for stage in ("clean", "tokens", "pipe", "extract", "blobs"):
        times[stage] = 0.0
    start = process_time()
    nlp = load_nlp()
    times["map_load"] = process_time() - start
    for b in range(0, len(sources), BATCH_SIZE):
        t = process_time()
        cleaned = [prepare(s) for s in sources[b:b + BATCH_SIZE]]
        times["clean"] += process_time() - t
        todo = _analysed(cleaned)
        t = process_time()
        titles, texts = _tokenized(nlp, [r.record.document.title or "" for r in todo], [r.record.document.body for r in todo])
        times["tokens"] += process_time() - t
        with nlp.memory_zone():
            headlines, bodies = nlp.pipe(titles), nlp.pipe(texts)
            for item in todo:
                t = process_time()
                sdoc, hdoc = next(bodies), next(headlines)
                times["pipe"] += process_time() - t
                t = process_time()
                minhash = item.record.minhash
                item.record = extract_article(item.record.document, sdoc, item.record.key, hdoc)
                item.record.minhash = minhash
                times["extract"] += process_time() - t
        t = process_time()
        for item in cleaned:
            if isinstance(item, MappedArticle):
                item.record.key = ""
                for blob in item.to_blobs():
                    digest.update(blob)
        times["blobs"] += process_time() - t
    times["map"] = process_time() - start
    return digest.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--map-first", action="store_true", help="time the map before the bare parse")
    args = parser.parse_args()
    files = sorted(p for p in args.corpus.iterdir() if p.is_file())[args.start:args.start + args.count]
    sources = [s for f in files for s in read_file(f)[0]]
    times: dict[str, float] = {}
    if args.map_first:
        records = mapped(sources, times)
        gc.collect()
        bare(sources, times)
    else:
        bare(sources, times)
        gc.collect()
        records = mapped(sources, times)
    parse = times["bare_load"] + times["bare_pipe"]
    print(json.dumps({**{k: round(v, 3) for k, v in times.items()}, "map_over_bare": round(times["map"] / parse, 4),
                      "extract_over_bare": round(times["extract"] / parse, 4), "records": records}))


if __name__ == "__main__":
    main()
