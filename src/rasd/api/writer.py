"""Where POST /api/articles does its work: in a writer process of its own when the store
is reachable by URL (a SQLite file, PostgreSQL), else in a thread.

Extraction and linking are CPU-bound Python. Run in a thread of a serving process they
hold the GIL for hundreds of milliseconds and every read that process serves waits; in
a separate process they only share the CPU. One writer process per server worker, started
on the first write, stopped with the app.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from fastapi.concurrency import run_in_threadpool

from rasd.core.models import Article

_store: Any = None  # the writer process's own store


def _ingest_by_url(url: str, articles: list[Article]) -> dict[str, Any]:
    global _store
    from rasd.api.ingest import ingest
    from rasd.store import open_store

    if _store is None:
        _store = open_store(url)
    return ingest(_store, articles)


class Writer:
    def __init__(self, store: Any, url: str | None) -> None:
        self.store, self.url = store, url
        self._pool: ProcessPoolExecutor | None = None

    async def ingest(self, articles: list[Article]) -> dict[str, Any]:
        from rasd.api.ingest import ingest

        if self.url is None:
            return await run_in_threadpool(ingest, self.store, articles)
        if self._pool is None:
            # spawn, not fork: the server process has threads and an event loop running.
            self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        import asyncio

        return await asyncio.get_running_loop().run_in_executor(
            self._pool, _ingest_by_url, self.url, articles)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
