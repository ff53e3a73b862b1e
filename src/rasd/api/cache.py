"""A small response cache for read endpoints, invalidated by any write to the data.

Counting and filtering 100,000 incidents costs the store 5–50 ms for some filters, while the
data only changes when something is ingested. For a file-backed SQLite store every commit,
from this process or another (``rasd ingest``), changes the size or mtime of the database or
its WAL file, so that pair of stats is an exact "has anything changed" stamp. Stores
without a file get a short time-based stamp instead.
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from typing import Any, Callable

TTL_FALLBACK = 5.0  # seconds, for stores that are not a local file


def file_stamp(path: str) -> Callable[[], Any]:
    files = (path, path + "-wal")

    def stamp() -> Any:
        out = []
        for f in files:
            try:
                st = os.stat(f)
                out.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                out.append(None)
        return tuple(out)

    return stamp


def clock_stamp() -> Any:
    return int(time.monotonic() / TTL_FALLBACK)


def stamp_for(store: Any) -> Callable[[], Any]:
    path = getattr(store, "path", None)
    if isinstance(path, str) and path != ":memory:" and os.path.exists(path):
        return file_stamp(path)
    return clock_stamp


class ResponseCache:
    """LRU of encoded bodies keyed by (endpoint, query) and valid for one data stamp."""

    def __init__(self, stamp: Callable[[], Any], max_entries: int = 2048,
                 max_body: int = 512 * 1024, enabled: bool = True) -> None:
        self.stamp, self.max_entries, self.max_body, self.enabled = stamp, max_entries, max_body, enabled
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
