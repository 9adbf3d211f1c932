"""Nothing under the project may carry text copied from ../shared/corpus: no run of 8 words
of a dev article appears in any tracked project file."""

from __future__ import annotations

import re
import subprocess

from .conftest import ROOT, shared_or_skip

SHINGLE = 8


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def test_provenance_no_dev_corpus_text_in_project() -> None:
    shared = shared_or_skip()
    dev = set().union(*(_shingles(p.read_text(encoding="utf-8")) for p in (shared / "corpus" / "dev").iterdir()))
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split()
    hits = []
    for name in files:
        path = ROOT / name
        if not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        common = _shingles(text) & dev
        if common:
            hits.append(f"{name}: {' '.join(next(iter(common)))}")
    assert not hits, "dev-corpus text found in the project:\n" + "\n".join(hits)
