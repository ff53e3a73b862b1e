"""The read cache: GET /api/* responses kept in memory, valid for one data version.

Counting and filtering 100,000 incidents costs the store 5–50 ms for some filters, while the
data only changes when something is ingested. Every write transaction, from this process
or another (``rasd ingest``, another server worker), bumps the store's data version
(``Store.data_version``), so a cached body is served only while that number is unchanged:
never stale. The version is read before the response is built, so a body computed while
a write commits is filed under the older number and not served after it.

It is pure ASGI and sits in front of routing: a hit costs one small query and no
FastAPI dispatch. ``RASD_API_CACHE=0`` turns it off (to measure the store itself).
"""

from __future__ import annotations

import threading
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


class ReadCache:
    """ASGI middleware serving GET requests under ``prefix`` from ``cache``."""

    def __init__(self, app: Any, cache: ResponseCache, version: Callable[[], Any],
                 prefix: str = "/api/") -> None:
        self.app, self.cache, self.version, self.prefix = app, cache, version, prefix

    async def __call__(self, scope: dict, receive: Any, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] != "GET" or not self.cache.enabled
                or not scope["path"].startswith(self.prefix)):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        now = self.version()
        hit = self.cache.get(key, now)
        if hit is not None:
            headers, body = hit
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
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

        await self.app(scope, receive, capture)
