"""What the served store holds now, read at most once a second, and the API's response cache.

A store changes only when an `add` commits. The web app reads the store's generation and its
questions' reduce times once a second (not once per request) into a token; cached totals and
cached API responses are valid while the token is the same, so a finished `add` shows within a
second and a repeated request costs no query at all.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select

from ..store.articles import get_meta
from ..store.schema import questions

TTL_S = 1.0


@dataclass(frozen=True)
class Snapshot:
    token: tuple[Any, ...]  # changes whenever what the store holds changes
    questions: tuple[int, ...]  # the followed questions' ids, in order


class StoreState:
    """Snapshots per engine (one per served store; tests serve several in one process)."""

    def __init__(self, ttl: float = TTL_S) -> None:
        self.ttl = ttl
        self.lock = threading.Lock()
        self.snapshots: dict[int, tuple[float, Snapshot]] = {}

    def get(self, engine: Engine) -> Snapshot:
        now = time.monotonic()
        kept = self.snapshots.get(id(engine))
        if kept is not None and now - kept[0] < self.ttl:
            return kept[1]
        with engine.connect() as conn:
            rows = conn.execute(select(questions.c.id, questions.c.reduced_at).order_by(questions.c.id)).all()
            generation = get_meta(conn, "generation")
        token = (id(engine), generation, tuple((r.id, str(r.reduced_at)) for r in rows))
        snapshot = Snapshot(token, tuple(r.id for r in rows))
        with self.lock:
            self.snapshots[id(engine)] = (now, snapshot)
        return snapshot


STATE = StoreState()

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class ApiCache:
    """ASGI middleware: successful GET answers under /api/ kept (least recently used first out,
    bounded in count and bytes) while the store's token is the same."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], engine: Engine,
                 entries: int = 4096, max_bytes: int = 64_000_000) -> None:
        self.app, self.engine = app, engine
        self.entries, self.max_bytes = entries, max_bytes
        self.kept: OrderedDict[tuple[str, bytes], tuple[tuple[Any, ...], list[MutableMapping[str, Any]], int]] = OrderedDict()
        self.size = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        token = STATE.get(self.engine).token
        key = (scope["path"], scope.get("query_string", b""))
        hit = self.kept.get(key)
        if hit is not None and hit[0] == token:
            self.kept.move_to_end(key)
            for message in hit[1]:
                await send(message)
            return
        messages: list[MutableMapping[str, Any]] = []

        async def keep(message: MutableMapping[str, Any]) -> None:
            messages.append(message)
            await send(message)

        await self.app(scope, receive, keep)
        if messages and messages[0].get("type") == "http.response.start" and messages[0].get("status") == 200:
            size = sum(len(m.get("body", b"")) for m in messages)
            if size <= self.max_bytes // 16:
                self._keep(key, (token, messages, size))

    def _keep(self, key: tuple[str, bytes], value: tuple[tuple[Any, ...], list[MutableMapping[str, Any]], int]) -> None:
        old = self.kept.pop(key, None)
        if old is not None:
            self.size -= old[2]
        self.kept[key] = value
        self.size += value[2]
        while len(self.kept) > self.entries or self.size > self.max_bytes:
            _, dropped = self.kept.popitem(last=False)
            self.size -= dropped[2]
