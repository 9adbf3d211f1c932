#!/usr/bin/env python3
"""The proposed question measured fast: each corpus's frames captured once from the pipeline (the reduce stopped where
the proposer is called), then the proposer (question.py and what it calls, all reduce code) replayed on them.

    .venv/bin/python scripts/propose_replay.py capture [CORPUS ...]   # map (records cached), write the frames
    .venv/bin/python scripts/propose_replay.py replay [CORPUS ...] [--show]

The corpora and the test of a proposal are scripts/stance_errors.py's (`--proposed`: every group of the batch's
`proposition_terms` named in the question); a replay gives what `stance_errors.py --proposed` gives as long as the map
(extract/frames*.py) is unchanged; recapture after a change there. VALIDATE's proposals are counted, never shown. Frames
go to STANCEMAP_FRAMES_DIR (default /tmp/stancemap-frames), records to STANCEMAP_CACHE_DIR (as stance_errors.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stance_errors import BASE, VALIDATE, corpora

FRAMES = Path(os.environ.get("STANCEMAP_FRAMES_DIR", "/tmp/stancemap-frames"))


class _Captured(Exception):
    pass


def capture(name: str, folder: Path) -> None:
    import stancemap.corpus
    from stancemap import analyze

    def stop(frames: Any, outlets: Any = ()) -> None:
        out = {"frames": list(frames), "outlets": sorted(outlets)}
        (FRAMES / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
        raise _Captured

    real = stancemap.corpus.propose_question
    stancemap.corpus.propose_question = stop  # type: ignore[assignment]
    try:
        analyze(folder, cache=True)
    except _Captured:
        pass
    finally:
        stancemap.corpus.propose_question = real


def replay(name: str) -> str | None:
    from stancemap.question import propose_question

    data = json.loads((FRAMES / f"{name}.json").read_text(encoding="utf-8"))
    found = propose_question(data["frames"], data["outlets"])
    return found.text if found is not None else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("capture", "replay"))
    ap.add_argument("names", nargs="*")
    ap.add_argument("--show", action="store_true", help="print every proposal (VALIDATE's as right or wrong only)")
    args = ap.parse_args()
    os.environ.setdefault("STANCEMAP_CACHE_DIR", "/tmp/stancemap-errors-cache")
    FRAMES.mkdir(parents=True, exist_ok=True)
    every = corpora()
    names = args.names or list(every)
    if args.mode == "capture":
        for name in names:
            if not (FRAMES / f"{name}.json").is_file():
                capture(name, every[name][0])
                print("captured", name, flush=True)
        return 0
    tally: dict[str, list[int]] = {"DEVELOP": [0, 0], "VALIDATE": [0, 0]}
    for name in names:
        text = replay(name)
        terms = every[name][3]
        ok = bool(text) and bool(terms) and all(any(t.lower() in (text or "").lower() for t in g) for g in terms or [])
        part = "BASE" if name in BASE else "VALIDATE" if name in VALIDATE else "DEVELOP"
        if terms and part in tally:
            tally[part][0] += ok
            tally[part][1] += 1
        if args.show:
            shown = "" if part == "VALIDATE" else text
            print(f"{name:<16} {part:<8} {'ok ' if ok else '-- ' if terms else '   '} {shown}")
    for part, (right, n) in tally.items():
        print(f"{part}: {right} of {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
