"""stancemap: who said what about a contested question, when, on what condition, and how
each outlet framed it. `analyze(paths, question=None)` returns an `Analysis`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .model import Analysis

__version__ = "0.1.0"
__all__ = ["Analysis", "__version__", "analyze"]


def analyze(paths: Iterable[str | Path] | str | Path, question: str | None = None, jobs: int = 1,
            cache: bool = False, urls: str | Path | None = None) -> Analysis:
    """Read articles from files or folders (text, HTML, JSON, RSS/Atom feeds, WARC archives) and
    return the full analysis (see stancemap.model). `urls` names a file listing pages to fetch.
    `jobs` worker processes map the articles; `cache=True` keeps their records in the user's
    cache folder, so that a rerun parses only what changed."""
    from .pipeline import RunOptions, run

    if isinstance(paths, (str, Path)):
        paths = [paths]
    return run(paths, question, options=RunOptions(jobs=jobs, cache=cache),
               url_list=Path(urls) if urls is not None else None)
