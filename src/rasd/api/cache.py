"""The read cache: GET /api/* responses kept in memory, valid for one data version.

Counting and filtering 100,000 incidents costs the store 5–50 ms for some filters, while the
data only changes when something is ingested. Every write transaction, from this process
or another (``rasd ingest``, another server worker), bumps the store's data version
(``Store.data_version``), so a cached body is served only while that number is unchanged:
never stale. The version is read before the response is built, so a body computed while
a write commits is filed under the older number and not served after it.

Except where the store can say what a write touched (``rasd.api.scope``): an incident
list whose filters select none of the incidents written since its version is still
exact, and is served under the new version instead of being rebuilt. A write in Idlib
then leaves Aleppo's lists (and 2016's) cached.

It is pure ASGI and sits in front of routing: a hit costs one small query and no
FastAPI dispatch. ``RASD_API_CACHE=0`` turns it off (to measure the store itself).

The version is read at most once per ``VERSION_EVERY`` seconds per server process: on
PostgreSQL every read is a round trip to the server, and at thousands of cached answers a
second those round trips, not the answers, were the cost. A write is therefore seen up to
that long after it commits — as if the read had arrived a moment earlier.

Otherwise exact by default. ``stale_ms`` (env ``RASD_API_STALE_MS``) allows a bounded lag instead:
for that long after the data changed, a request whose answer is cached for the previous
version gets that answer at once while it is rebuilt in the background (once per path and
query). With writes arriving every second and hundreds of distinct queries, rebuilding
them all synchronously is what keeps readers waiting; a reader then sees a write at most
``stale_ms`` late.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import OrderedDict
from typing import Any, Awaitable, Callable

from rasd.api.scope import ChangeLog, Scope, scope_of

Message = dict[str, Any]
Send = Callable[[Message], Awaitable[None]]


Valid = Callable[[Scope, Any, Any], bool]  # (scope, its version, now): still exact?


def _never(scope: Scope, since: Any, now: Any) -> bool:
    return False


class ResponseCache:
    """LRU of (headers, body) keyed by (path, query), each valid for one data version, or
    longer when its scope (``rasd.api.scope``) shows no write since could change it."""

    def __init__(self, max_entries: int = 2048, max_body: int = 512 * 1024,
                 enabled: bool = True) -> None:
        self.max_entries, self.max_body, self.enabled = max_entries, max_body, enabled
        self._data: OrderedDict[Any, tuple[Any, Any, Scope | None]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = self.kept = 0

    def get(self, key: Any, now: Any, valid: Valid = _never) -> Any | None:
        if not self.enabled:
            return None
        with self._lock:
            hit = self._data.get(key)
            if hit is not None and hit[0] != now:
                version, value, scope = hit
                if scope is None or not valid(scope, version, now):
                    hit = None
                else:  # still exact: filed under ``now``, so the next check is free
                    hit = self._data[key] = (now, value, scope)
                    self.kept += 1
            if hit is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return hit[1]

    def previous(self, key: Any) -> Any | None:
        """The cached value of ``key`` whatever its version."""
        with self._lock:
            hit = self._data.get(key)
            return None if hit is None else hit[1]

    def put(self, key: Any, now: Any, value: Any, size: int, scope: Scope | None = None) -> None:
        if not self.enabled or size > self.max_body:
            return
        with self._lock:
            self._data[key] = (now, value, scope)
            self._data.move_to_end(key)
            while len(self._data) > self.max_entries:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


VERSION_EVERY = 0.002  # seconds


class ReadCache:
    """ASGI middleware serving GET requests under ``prefix`` from ``cache``."""

    def __init__(self, app: Any, cache: ResponseCache, version: Callable[[], Any],
                 prefix: str = "/api/", stale_ms: float = 0,
                 changes: Callable[[Any], tuple[Any, list | None]] | None = None) -> None:
        """``changes(since)``: (the version now, what the writes after ``since`` touched),
        as ``Store.incident_changes_since``; without it every write invalidates all."""
        self.app, self.cache, self.read_version, self.prefix = app, cache, version, prefix
        self.read_changes = changes
        self.log = ChangeLog()
        self.stale_s = max(0.0, stale_ms) / 1000
        self._version: Any = None
        self._version_at = float("-inf")
        self._seen: Any = None
        self._changed_at = 0.0
        self._refreshing: set[Any] = set()
        self._tasks: set[asyncio.Task] = set()
        # key -> (version, the answer being built for it): concurrent misses of one key
        # wait for one build instead of each running the same queries.
        self._building: dict[Any, tuple[Any, asyncio.Future]] = {}

    async def __call__(self, scope: dict, receive: Any, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] != "GET" or not self.cache.enabled
                or not scope["path"].startswith(self.prefix)):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        now = self.version()
        hit = self.cache.get(key, now, self.log.unchanged)
        if hit is None and self.stale_s:
            hit = self._stale(scope, key, now)
        if hit is None:
            pending = self._building.get(key)
            if pending is not None and pending[0] == now:
                # shield: a waiter that goes away must not cancel the others' answer
                hit = await asyncio.shield(pending[1])  # None: that build gave no 200
        if hit is not None:
            headers, body = hit
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        built: asyncio.Future = asyncio.get_running_loop().create_future()
        self._building[key] = (now, built)
        try:
            await self.app(scope, receive, self._capture(key, now, send, built))
        finally:
            if not built.done():
                built.set_result(None)
            if self._building.get(key, (None, None))[1] is built:
                del self._building[key]

    def version(self) -> Any:
        clock = time.monotonic()
        if clock - self._version_at >= VERSION_EVERY:
            if self.read_changes is None or self._version is None:
                now = self.read_version()
            else:
                # The same read, plus what the writes since the last one touched.
                now, changes = self.read_changes(self._version)
                if now != self._version:
                    self.log.add(self._version, now, changes)
            self._version, self._version_at = now, clock
        return self._version

    def _stale(self, scope: dict, key: Any, now: Any) -> Any | None:
        """The previous version's answer while within the lag allowed; its rebuild started."""
        clock = time.monotonic()
        if now != self._seen:
            self._seen, self._changed_at = now, clock
        if clock - self._changed_at > self.stale_s:
            return None
        hit = self.cache.previous(key)
        if hit is not None and key not in self._refreshing:
            self._refreshing.add(key)
            task = asyncio.get_running_loop().create_task(self._rebuild(dict(scope), key, now))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return hit

    async def _rebuild(self, scope: dict, key: Any, now: Any) -> None:
        async def receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def discard(msg: Message) -> None:
            pass

        try:
            await self.app(scope, receive, self._capture(key, now, discard))
        finally:
            self._refreshing.discard(key)

    def _capture(self, key: Any, now: Any, send: Send,
                 built: asyncio.Future | None = None) -> Send:
        """``send``, keeping a 200 answer in the cache under version ``now`` (and handing
        it to those waiting on ``built``)."""
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                start.update(msg)
            elif msg["type"] == "http.response.body" and start.get("status") == 200:
                chunks.append(msg.get("body", b""))
                if not msg.get("more_body"):
                    body = b"".join(chunks)
                    answer = (list(start.get("headers", [])), body)
                    self.cache.put(key, now, answer, len(body), scope_of(*key))
                    if built is not None and not built.done():
                        built.set_result(answer)
            await send(msg)

        return capture
