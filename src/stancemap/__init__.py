"""stancemap: who said what about a contested question, when, on what condition, and how
each outlet framed it. `analyze(paths, question=None)` returns an `Analysis`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .model import Analysis

__version__ = "0.1.0"
__all__ = ["Analysis", "__version__", "analyze"]


def analyze(paths: Iterable[str | Path] | str | Path, question: str | None = None) -> Analysis:
    """Read articles from files or folders and return the full analysis (see stancemap.model)."""
    from .pipeline import run

    if isinstance(paths, (str, Path)):
        paths = [paths]
    return run(paths, question)
