"""The record cache: one SQLite file of compressed article records, keyed by content hash.

A key is the hash of an article's content and of the map step's code and settings
(`article.source_key`), so a rerun on unchanged articles reads every record back and parses
nothing, and adding one article parses one. The file lives in the platform's cache folder
(`platformdirs`, e.g. ~/.cache/stancemap) unless STANCEMAP_CACHE_DIR or `--cache-dir` says
otherwise, and is trimmed to a size cap after each run (`analyze` or `add`), never during one: the
reduce reads the run's records back from it. The cap bounds everything the file holds in use
(records, judgements, kept results); records go first, least recently used first, and judgements
last: they are small, and a judgement serves again when its article is mapped again.

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
from typing import TYPE_CHECKING

from ..errors import StancemapError
from ..model import Question
from .results import ResultStore

if TYPE_CHECKING:  # judge/ imports the parser: `cache info` and `cache clear` never judge (tests/test_startup.py)
    from ..judge.article import Judged

# A record is 5-15 KB compressed: 1 GB holds about 100,000 articles.
DEFAULT_CAP_BYTES = 1_000_000_000
FILE_NAME = "records-v2.sqlite"  # a new name when the table changes: old caches are left alone (but named and cleared)
# Other versions' caches (older or newer), by the names stancemap gives them ("records.sqlite", "records-v<N>.sqlite",
# with SQLite's files beside them): `cache info` names them and `cache clear` removes them; no other file of a folder
# given with --cache-dir (a user's own "records-2024.sqlite": test_cache_clear_removes_no_file_of_another_name).
OLD_FILES = ("records.sqlite*", "records-v[0-9]*.sqlite*")


def default_dir() -> Path:
    env = os.environ.get("STANCEMAP_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("stancemap", appauthor=False))


class RecordCache:
    """Records by key. `temporary=True` makes a throw-away store in a temporary folder (what
    `--no-cache` uses: the reduce still needs to read the run's records twice)."""

    def __init__(self, folder: Path | None = None, cap_bytes: int | None = None, temporary: bool = False) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="stancemap-") if temporary else None
        self.folder = Path(self._tmp.name) if self._tmp else (folder or default_dir())
        self.cap_bytes = DEFAULT_CAP_BYTES if cap_bytes is None else cap_bytes
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.folder / FILE_NAME, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS records (key TEXT PRIMARY KEY, head BLOB NOT NULL, "
                            "body BLOB NOT NULL, size INTEGER NOT NULL, used REAL NOT NULL)")
            # An article's judgements toward one question (judge/article.py), by record, question
            # and judging code; they outlive their record (`trim` drops them last).
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
        """(number of records, bytes the file holds in use: records, judgements, kept results and
        their indexes; free pages aside, which the next writes fill first)."""
        (count,) = self.db.execute("SELECT COUNT(*) FROM records").fetchone()
        return int(count), self._used()

    def _used(self) -> int:
        pages, free, page = (self.db.execute(f"PRAGMA {name}").fetchone()[0]
                             for name in ("page_count", "freelist_count", "page_size"))
        return int((pages - free) * page)

    def trim(self) -> int:
        """Keep the cache under its cap: drop the least recently used records, then (only if the rest
        is still over the cap) kept results and the oldest judgements; returns how many records went.
        Judgements outlive their record: small, and still right when the article is mapped again
        (their key is the record's). The cap once counted records alone, so judgements and results
        grew the file past it, and `add` never trimmed (test_cache_cap_counts_judgements_and_keeps_them_longest,
        test_cache_store_add_keeps_the_cap)."""
        self.flush()
        dropped = 0
        steps = (("records", "SELECT key, size FROM records ORDER BY used"),
                 ("results", "SELECT key, length(data) FROM results ORDER BY used"),
                 ("judgements", "SELECT key, length(data) FROM judgements ORDER BY rowid"))
        for table, oldest in steps:
            if self._used() <= self.cap_bytes:
                break
            rows, i = self.db.execute(oldest).fetchall(), 0  # one scan (a record's size sits past its blobs)
            while i < len(rows) and (excess := self._used() - self.cap_bytes) > 0:
                chosen: list[str] = []
                freed = 0
                # The oldest whose bytes make up half the excess (or one): a row takes more of the file than its
                # bytes, so the rest is measured again rather than guessed.
                while i < len(rows) and (not chosen or freed < excess / 2):
                    chosen.append(rows[i][0])
                    freed += rows[i][1]
                    i += 1
                with self.db:
                    self.db.executemany(f"DELETE FROM {table} WHERE key = ?", [(k,) for k in chosen])
                dropped += len(chosen) if table == "records" else 0
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

    def older_files(self) -> list[Path]:
        """Files another version of stancemap's cache left in the folder (another file name): never read here."""
        mine = {FILE_NAME, f"{FILE_NAME}-wal", f"{FILE_NAME}-shm", f"{FILE_NAME}-journal"}
        found = {p for pattern in OLD_FILES for p in self.folder.glob(pattern)}
        return sorted(p for p in found if p.is_file() and p.name not in mine)

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
        from ..judge.article import judge_fingerprint

        text = question.text if question is not None else ""
        proposition = repr(question.proposition) if question is not None else ""
        return hashlib.sha256(f"{record}\0{text}\0{proposition}\0{judge_fingerprint()}".encode()).hexdigest()

    def get(self, record: str, question: Question | None) -> Judged | None:
        row = self.cache.db.execute("SELECT data FROM judgements WHERE key = ?", (self._key(record, question),)).fetchone()
        from ..judge.article import Judged

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
