"""A small response cache for read endpoints, invalidated by any write to the data.

Counting and filtering 100,000 incidents costs the store 5–50 ms for some filters, while the
data only changes when something is ingested. Every write transaction, from this process
or another (``rasd ingest``, another server worker), bumps the store's data version
(``Store.data_version``), so a cached body is served only while that number is unchanged.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any


class ResponseCache:
    """LRU of encoded bodies keyed by (endpoint, query) and valid for one data version."""

    def __init__(self, max_entries: int = 2048, max_body: int = 512 * 1024,
                 enabled: bool = True) -> None:
        self.max_entries, self.max_body, self.enabled = max_entries, max_body, enabled
        self._data: OrderedDict[Any, tuple[Any, bytes]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: Any, now: Any) -> bytes | None:
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

    def put(self, key: Any, now: Any, body: bytes) -> None:
        if not self.enabled or len(body) > self.max_body:
            return
        with self._lock:
            self._data[key] = (now, body)
            self._data.move_to_end(key)
            while len(self._data) > self.max_entries:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
