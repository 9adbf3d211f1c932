#!/usr/bin/env python3
"""The proposed question measured fast: each corpus's frames captured once from the pipeline (the reduce stopped where
the proposer is called), then the proposer (question.py and what it calls, all reduce code) replayed on them.

    .venv/bin/python scripts/propose_replay.py capture [CORPUS ...]   # map (records cached), write the frames
    .venv/bin/python scripts/propose_replay.py replay [CORPUS ...] [--show] [--why]

The corpora and the test of a proposal are scripts/stance_errors.py's (`--proposed`: every group of the batch's
`proposition_terms` named in the question); a replay gives what `stance_errors.py --proposed` gives as long as the map
(extract/frames*.py) is unchanged; recapture after a change there. VALIDATE's proposals are counted, never shown. Frames
go to STANCEMAP_FRAMES_DIR (default /tmp/stancemap-frames), records to STANCEMAP_CACHE_DIR (as stance_errors.py).
`--why` reads each DEVELOP miss (never VALIDATE's or BASE's): the groups its proposal names none of, the frames' proposal
and its score against the corpus's own questions (question_asked.py), and a cause, tallied at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
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


def _named(text: str | None, group: list[str]) -> bool:
    return any(t.lower() in (text or "").lower() for t in group)


def why(name: str, terms: list[list[str]]) -> str:
    """A DEVELOP miss read: what was proposed and what the corpus's own questions offered; its cause first."""
    from stancemap.question import ASKED_MARGIN, _frames_question
    from stancemap.question_asked import LEAST_SCORE, argued, scored

    data = json.loads((FRAMES / f"{name}.json").read_text(encoding="utf-8"))
    frames = data["frames"]
    proposed = replay(name)
    found = _frames_question(frames, data["outlets"])
    rival = argued(frames, found.text) if found is not None else 0.0
    asked = scored(frames)
    right = [a for a in asked if all(_named(a.text, g) for g in terms)]
    if not asked:
        cause = "no question asked in the corpus"
    elif not right:
        short = min(sum(not _named(a.text, g) for g in terms) for a in asked)
        cause = "no right question asked, the closest one group short" if short == 1 else \
            "no right question asked, two groups or more short"
    elif right[0] is not asked[0]:
        cause = "a right question outscored by another asked"
    elif right[0].score < LEAST_SCORE or 2 * right[0].held < 1:
        cause = "the right question under the score or spread gate"
    else:
        cause = f"the right question outscored by the frames' proposal (margin {ASKED_MARGIN})"
    lines = [f"{name}: {cause}", f"  proposed: {proposed}",
             f"  groups named by none of its words: {[g[:3] for g in terms if not _named(proposed, g)]}",
             f"  frames' proposal: {found.text if found else None} (its words argued {rival:.2f})"]
    for a in asked[:4]:
        ok = "ok" if a in right else "--"
        lines.append(f"  asked {ok} {a.score:.2f} (held {a.held:.2f}, headlines {a.headlined:.2f}, asked in {a.asked_in}, "
                     f"{a.where}): {a.text}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("capture", "replay"))
    ap.add_argument("names", nargs="*")
    ap.add_argument("--show", action="store_true", help="print every proposal (VALIDATE's as right or wrong only)")
    ap.add_argument("--why", action="store_true", help="read each DEVELOP miss and tally the causes")
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
    causes: Counter[str] = Counter()
    for name in names:
        text = replay(name)
        terms = every[name][3]
        ok = bool(text) and bool(terms) and all(any(t.lower() in (text or "").lower() for t in g) for g in terms or [])
        part = "BASE" if name in BASE else "VALIDATE" if name in VALIDATE else "DEVELOP"
        if terms and part in tally:
            tally[part][0] += ok
            tally[part][1] += 1
        if args.why and part == "DEVELOP" and terms and not ok:
            read = why(name, terms)
            print(read, flush=True)
            causes[read.split("\n")[0].split(": ", 1)[1]] += 1
        if args.show:
            shown = "" if part == "VALIDATE" else text
            print(f"{name:<16} {part:<8} {'ok ' if ok else '-- ' if terms else '   '} {shown}")
    for cause, n in causes.most_common():
        print(f"{n:3d}  {cause}")
    for part, (right, n) in tally.items():
        print(f"{part}: {right} of {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
