"""Lookup tables derived from packaged lexical resources (given names, gazetteer cities), kept on
disk after the first build: deriving them parses megabytes of text and JSON (about 2 s per
process), loading them back takes milliseconds. Each table is rebuilt when its source package's
version changes. Stored next to the record cache (`STANCEMAP_CACHE_DIR` or the user's cache
folder); when that folder cannot be written the table is simply rebuilt each time."""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any


def _folder() -> Path:
    env = os.environ.get("STANCEMAP_CACHE_DIR")
    if env:
        return Path(env) / "tables"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("stancemap", appauthor=False)) / "tables"


def derived_table(name: str, package: str, build: Callable[[], Any]) -> Any:
    """`build()`'s result (plain dicts, lists, strings), from disk when built before for this
    version of `package`."""
    try:
        tag = version(package)
    except PackageNotFoundError:
        tag = "unknown"
    return kept(f"{name}-{tag}", build)


def kept(name: str, build: Callable[[], Any]) -> Any:
    """`build()`'s result, from disk when built before under this name (which must change whenever
    the result would)."""
    path = _folder() / f"{name}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(marshal.dumps(table))
        partial.replace(path)  # atomic: a parallel worker never reads half a table
    except OSError:
        pass
    return table
