#!/usr/bin/env python3
"""One hash of the analysis JSON per scored corpus, and one over all: a check that a change meant to be exact (a speed
cut, a refactor) leaves every output byte the same. Run it with main's code and with the branch's (PYTHONPATH) and
compare the lines (docs/performance.md, issue 11, session 39).

    env PYTHONPATH=src .venv/bin/python scripts/hash_analyses.py CACHE_DIR [--corpora-from ROOT] [--only NAME ...]

The corpora are scripts/stance_errors.py's (the four BASE and every batch under tests/data with a question, the sealed
one left out), read from ROOT (default: this checkout), so that both codes read the same files and the JSON's `source`
paths agree. Records are cached in CACHE_DIR under the code's own map fingerprint: a code whose map differs maps
afresh. Only hashes are printed: no text, gold or miss of any batch."""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cache_dir", type=Path)
    ap.add_argument("--corpora-from", type=Path, default=Path(__file__).resolve().parent.parent)
    ap.add_argument("--only", nargs="+", metavar="NAME", help="these corpora alone (e.g. dev examples heldout heldout2)")
    args = ap.parse_args()
    sys.path.insert(0, str(args.corpora_from / "scripts"))
    from stance_errors import corpora

    import stancemap
    from stancemap.export import render
    from stancemap.pipeline import RunOptions, run

    whole = hashlib.sha256()
    started = time.process_time()
    found = corpora()
    if args.only:
        if unknown := [name for name in args.only if name not in found]:
            ap.error(f"--only: no corpus {', '.join(unknown)}")
        found = {name: found[name] for name in args.only}
    print("code", Path(stancemap.__file__).resolve().parent.parent.parent, flush=True)
    for name, (corpus, _gold, question, _terms) in found.items():
        text = render(run([corpus], question, options=RunOptions(jobs=1, cache=True, cache_dir=args.cache_dir)), "json")
        digest = hashlib.sha256(text.encode()).hexdigest()
        whole.update(f"{name}\0{digest}\n".encode())
        print(name, digest[:16], flush=True)
    print("corpora", len(found), "all", whole.hexdigest()[:16], "cpu", round(time.process_time() - started, 1), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
