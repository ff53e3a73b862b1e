"""The read cache: GET /api/* responses kept in memory, valid for one data version.

Counting and filtering 100,000 incidents costs the store 5–50 ms for some filters, while the
data only changes when something is ingested. Every write transaction, from this process
or another (``rasd ingest``, another server worker), bumps the store's data version
(``Store.data_version``), so a cached body is served only while that number is unchanged:
never stale. The version is read before the response is built, so a body computed while
a write commits is filed under the older number and not served after it.

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

Message = dict[str, Any]
Send = Callable[[Message], Awaitable[None]]


class ResponseCache:
    """LRU of (headers, body) keyed by (path, query) and valid for one data version."""

    def __init__(self, max_entries: int = 2048, max_body: int = 512 * 1024,
                 enabled: bool = True) -> None:
        self.max_entries, self.max_body, self.enabled = max_entries, max_body, enabled
        self._data: OrderedDict[Any, tuple[Any, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: Any, now: Any) -> Any | None:
        if not self.enabled:
            return None
        with self._lock:
            hit = self._data.get(key)
            if hit is None or hit[0] != now:
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

    def put(self, key: Any, now: Any, value: Any, size: int) -> None:
        if not self.enabled or size > self.max_body:
            return
        with self._lock:
            self._data[key] = (now, value)
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
                 prefix: str = "/api/", stale_ms: float = 0) -> None:
        self.app, self.cache, self.read_version, self.prefix = app, cache, version, prefix
        self.stale_s = max(0.0, stale_ms) / 1000
        self._version: Any = None
        self._version_at = float("-inf")
        self._seen: Any = None
        self._changed_at = 0.0
        self._refreshing: set[Any] = set()
        self._tasks: set[asyncio.Task] = set()

    async def __call__(self, scope: dict, receive: Any, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] != "GET" or not self.cache.enabled
                or not scope["path"].startswith(self.prefix)):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        now = self.version()
        hit = self.cache.get(key, now)
        if hit is None and self.stale_s:
            hit = self._stale(scope, key, now)
        if hit is not None:
            headers, body = hit
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, self._capture(key, now, send))

    def version(self) -> Any:
        clock = time.monotonic()
        if clock - self._version_at >= VERSION_EVERY:
            self._version, self._version_at = self.read_version(), clock
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

    def _capture(self, key: Any, now: Any, send: Send) -> Send:
        """``send``, keeping a 200 answer in the cache under version ``now``."""
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                start.update(msg)
            elif msg["type"] == "http.response.body" and start.get("status") == 200:
                chunks.append(msg.get("body", b""))
                if not msg.get("more_body"):
                    body = b"".join(chunks)
                    self.cache.put(key, now, (list(start.get("headers", [])), body), len(body))
            await send(msg)

        return capture
