"""The record cache: one SQLite file of compressed article records, keyed by content hash.

A key is the hash of an article's content and of the map step's code and settings
(`article.source_key`), so a rerun on unchanged articles reads every record back and parses
nothing, and adding one article parses one. The file lives in the platform's cache folder
(`platformdirs`, e.g. ~/.cache/stancemap) unless STANCEMAP_CACHE_DIR or `--cache-dir` says
otherwise, and is trimmed to a size cap (least recently used first) after each run, never during
one: the reduce reads the run's records back from it.

Only the process that runs the reduce opens it; workers return records, never write here.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from ..errors import StancemapError
from ..judge.article import Judged, judge_fingerprint
from ..model import Question
from .results import ResultStore

# A record is 5-15 KB compressed: 1 GB holds about 100,000 articles.
DEFAULT_CAP_BYTES = 1_000_000_000
FILE_NAME = "records-v2.sqlite"  # a new name when the table changes: old caches are left alone


def default_dir() -> Path:
    env = os.environ.get("STANCEMAP_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("stancemap", appauthor=False))


class RecordCache:
    """Records by key. `temporary=True` makes a throw-away store in a temporary folder (what
    `--no-cache` uses: the reduce still needs to read the run's records twice)."""

    def __init__(self, folder: Path | None = None, cap_bytes: int = DEFAULT_CAP_BYTES, temporary: bool = False) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="stancemap-") if temporary else None
        self.folder = Path(self._tmp.name) if self._tmp else (folder or default_dir())
        self.cap_bytes = cap_bytes
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.folder / FILE_NAME, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS records (key TEXT PRIMARY KEY, head BLOB NOT NULL, "
                            "body BLOB NOT NULL, size INTEGER NOT NULL, used REAL NOT NULL)")
            # An article's judgements toward one question (judge/article.py), by record, question
            # and judging code; dropped with their record.
            self.db.execute("CREATE TABLE IF NOT EXISTS judgements (key TEXT PRIMARY KEY, record TEXT NOT NULL, "
                            "data BLOB NOT NULL)")
            self.results = ResultStore(self.db)  # whole analyses, for a rerun of the same corpus and question
        except (OSError, sqlite3.Error) as error:
            raise StancemapError(f"cannot open the record cache in {self.folder}: {error}") from None
        self._pending: list[tuple[str, bytes, bytes]] = []
        self._pending_judgements: list[tuple[str, str, bytes]] = []

    @property
    def path(self) -> Path:
        return self.folder / FILE_NAME

    def has(self, keys: Iterable[str]) -> set[str]:
        """The keys among these that the cache holds."""
        keys = list(dict.fromkeys(keys))
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(k for (k,) in self.db.execute(f"SELECT key FROM records WHERE key IN ({marks})", chunk))
        return found

    def get(self, key: str) -> tuple[bytes, bytes] | None:
        """A record's (head, body) blobs (record.ArticleRecord.to_blobs), queued ones included."""
        queued = self._queued(key)
        if queued is not None:
            return queued
        row = self.db.execute("SELECT head, body FROM records WHERE key = ?", (key,)).fetchone()
        return (bytes(row[0]), bytes(row[1])) if row else None

    def get_head(self, key: str) -> bytes | None:
        queued = self._queued(key)
        if queued is not None:
            return queued[0]
        row = self.db.execute("SELECT head FROM records WHERE key = ?", (key,)).fetchone()
        return bytes(row[0]) if row else None

    def _queued(self, key: str) -> tuple[bytes, bytes] | None:
        """A record put and not yet written (at most a few dozen: `flush`); the newest first, as the
        pipeline reads a head just put (pass 1 while workers map)."""
        for queued, head, body in reversed(self._pending):
            if queued == key:
                return head, body
        return None

    def put(self, key: str, head: bytes, body: bytes) -> None:
        """Queue a record; `flush` (every few dozen records, and at the end) writes them in one
        transaction; an interrupted run flushes what it has on closing."""
        self._pending.append((key, head, body))
        if len(self._pending) >= 32:
            self.flush()

    def flush(self) -> None:
        if not self._pending and not self._pending_judgements:
            return
        now = time.time()
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO records (key, head, body, size, used) VALUES (?, ?, ?, ?, ?)",
                                [(k, h, b, len(h) + len(b), now) for k, h, b in self._pending])
            self.db.executemany("INSERT OR REPLACE INTO judgements (key, record, data) VALUES (?, ?, ?)",
                                self._pending_judgements)
        self._pending.clear()
        self._pending_judgements.clear()

    def judgements(self) -> CachedJudgements:
        return CachedJudgements(self)

    def touch(self, keys: Iterable[str]) -> None:
        """Mark records as used now (they survive trimming longest)."""
        now = time.time()
        with self.db:
            self.db.executemany("UPDATE records SET used = ? WHERE key = ?", [(now, k) for k in keys])

    def size(self) -> tuple[int, int]:
        """(number of records, total bytes)."""
        count, total = self.db.execute("SELECT COUNT(*), COALESCE(SUM(size), 0) FROM records").fetchone()
        return int(count), int(total)

    def trim(self) -> int:
        """Drop least recently used records until the cache is under its cap; returns how many."""
        self.flush()
        _, total = self.size()
        if total <= self.cap_bytes:
            return 0
        dropped = 0
        with self.db:
            for key, size in self.db.execute("SELECT key, size FROM records ORDER BY used").fetchall():
                if total <= self.cap_bytes:
                    break
                self.db.execute("DELETE FROM records WHERE key = ?", (key,))
                self.db.execute("DELETE FROM judgements WHERE record = ?", (key,))
                total -= size
                dropped += 1
        return dropped

    def clear(self) -> int:
        """Empty the cache; returns how many records were dropped."""
        count, _ = self.size()
        with self.db:
            self.db.execute("DELETE FROM records")
            self.db.execute("DELETE FROM judgements")
        self.results.clear()
        self.db.execute("VACUUM")
        return count

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.db.close()
            if self._tmp is not None:
                self._tmp.cleanup()


class CachedJudgements:
    """The cache as a `judge.article.JudgementStore`: judgements by record, question and code."""

    def __init__(self, cache: RecordCache) -> None:
        self.cache = cache

    @staticmethod
    def _key(record: str, question: Question | None) -> str:
        """By the question as judged: its text and its parsed proposition, which carries the
        corpus's own names for the thing (so a grown corpus may judge an article anew)."""
        text = question.text if question is not None else ""
        proposition = repr(question.proposition) if question is not None else ""
        return hashlib.sha256(f"{record}\0{text}\0{proposition}\0{judge_fingerprint()}".encode()).hexdigest()

    def get(self, record: str, question: Question | None) -> Judged | None:
        row = self.cache.db.execute("SELECT data FROM judgements WHERE key = ?", (self._key(record, question),)).fetchone()
        return Judged.from_bytes(row[0]) if row is not None else None

    def missing(self, records: Iterable[str], question: Question | None) -> list[str]:
        """The records among these (each once, in order) with no judgement toward the question."""
        keys = {r: self._key(r, question) for r in dict.fromkeys(records)}
        found: set[str] = set()
        values = list(keys.values())
        for i in range(0, len(values), 500):
            chunk = values[i:i + 500]
            found.update(k for (k,) in self.cache.db.execute(
                f"SELECT key FROM judgements WHERE key IN ({','.join('?' * len(chunk))})", chunk))
        return [r for r, k in keys.items() if k not in found]

    def put(self, record: str, question: Question | None, judged: Judged) -> None:
        self.put_bytes(record, question, judged.to_bytes())

    def put_bytes(self, record: str, question: Question | None, data: bytes) -> None:
        """A judgement as Judged.to_bytes made it (in a worker process)."""
        self.cache._pending_judgements.append((self._key(record, question), record, data))
        if len(self.cache._pending_judgements) >= 256:
            self.cache.flush()
