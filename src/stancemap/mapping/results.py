"""Whole analyses kept between runs, beside the records: a rerun on the same articles with the same
question and the same code reads the reduce's result back instead of redoing it (the warm rerun of
docs/performance.md). Adding or changing one article, another question or an upgrade makes a new
key, and the reduce runs again over the cached records.

The key hashes everything the reduce reads: the question, every mapped article's path and record
key in run order (a record key already hashes the article and the map's code), the notices so far,
and the reduce's own code: every file of the package, the versions of the distributions it depends
on (lexicons and models come with them) and the STANCEMAP_ settings that change a judgement. Only
the MAX_RESULTS most recently used results are kept: one per corpus and question a user reruns.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sqlite3
import time
import zlib
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from ..model import Analysis, Notice

RESULT_VERSION = 1
MAX_RESULTS = 4
# Pickling keeps a memo of every object it writes: about 20 KB an article, 330 MB at 15,000 articles,
# more than the reduce itself holds per article. Larger corpora rerun the reduce over their cached
# records and judgements instead (about 60 s at 15,000 articles; docs/performance.md).
MAX_KEPT_ARTICLES = 5_000
# Settings that only say where things go or what is timed: they do not change a result.
NEUTRAL_SETTINGS = {"STANCEMAP_CACHE_DIR", "STANCEMAP_TIMINGS", "STANCEMAP_STORE", "STANCEMAP_SERVE_STORE",
                    "STANCEMAP_TEST_POSTGRES"}


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the package's files and of its dependencies' versions."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"result-v{RESULT_VERSION}".encode())
    for file in sorted(root.rglob("*")):
        if file.is_file() and "__pycache__" not in file.parts:
            digest.update(file.relative_to(root).as_posix().encode())
            digest.update(file.read_bytes())
    try:
        requirements = metadata.requires("stancemap") or []
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        requirements = []
    for requirement in sorted(requirements):
        name = re.match(r"[A-Za-z0-9_.-]+", requirement)
        if name is None:
            continue
        try:
            version = metadata.version(name.group())
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name.group()}={version}".encode())
    return digest.hexdigest()[:16]


def reduce_fingerprint() -> str:
    """What a result depends on besides the records and the question: the code (code_fingerprint)
    and the STANCEMAP_ settings that change a judgement. The result cache keys by it, and the store
    marks each question's results with it, so that results another version made are reduced again."""
    settings = sorted((k, v) for k, v in os.environ.items() if k.startswith("STANCEMAP_") and k not in NEUTRAL_SETTINGS)
    return hashlib.sha256(f"{code_fingerprint()}\0{settings!r}".encode()).hexdigest()[:16]


def result_key(question: str | None, mapped: Sequence[Any], notices: Sequence[Notice]) -> str:
    """`mapped`: the run's mapping.Mapped items (path and record key), in run order."""
    digest = hashlib.sha256(f"{reduce_fingerprint()}\0{question or ''}".encode())
    for item in mapped:
        digest.update(f"\0{item.path}\0{item.key}".encode())
    for notice in notices:
        digest.update(f"\1{notice!r}".encode())
    return digest.hexdigest()


class ResultStore:
    """The `results` table of the record cache's database."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, data BLOB NOT NULL, "
                        "used REAL NOT NULL)")

    def get(self, key: str) -> Analysis | None:
        row = self.db.execute("SELECT data FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            analysis = pickle.loads(zlib.decompress(row[0]))
        except Exception:  # a result from another version of the model classes: reduce again
            return None
        if not isinstance(analysis, Analysis):
            return None
        with self.db:
            self.db.execute("UPDATE results SET used = ? WHERE key = ?", (time.time(), key))
        return analysis

    def put(self, key: str, analysis: Analysis) -> None:
        """Keep a result (without its run's timings) and drop all but the newest MAX_RESULTS."""
        run, analysis.run = analysis.run, {}
        try:
            sink = _Compressed()
            pickle.Pickler(sink, protocol=pickle.HIGHEST_PROTOCOL).dump(analysis)  # streamed: no whole pickle in memory
        finally:
            analysis.run = run
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO results (key, data, used) VALUES (?, ?, ?)",
                            (key, sink.finish(), time.time()))
            self.db.execute("DELETE FROM results WHERE key NOT IN (SELECT key FROM results ORDER BY used DESC LIMIT ?)",
                            (MAX_RESULTS,))

    def clear(self) -> None:
        with self.db:
            self.db.execute("DELETE FROM results")


class _Compressed:
    """A file to pickle into that keeps only the compressed bytes."""

    def __init__(self) -> None:
        self._zip = zlib.compressobj(1)
        self._chunks: list[bytes] = []

    def write(self, data: bytes) -> int:
        self._chunks.append(self._zip.compress(data))
        return len(data)

    def finish(self) -> bytes:
        self._chunks.append(self._zip.flush())
        return b"".join(self._chunks)
