"""The REST API (FastAPI) that also serves the web UI. ``create_app(db_path)`` builds it."""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from typing import AsyncIterator
from urllib.parse import urlsplit

from fastapi import FastAPI

from rasd import __version__
from rasd.api import problems
from rasd.api.assess_routes import router as assess_router
from rasd.api.cache import ReadCache, ResponseCache
from rasd.api.ingest import router as write_router
from rasd.api.middleware import BodyLimit, RejectNul, SecurityHeaders, TimeBudget
from rasd.api.routes import router as read_router
from rasd.api.writer import Writer
from rasd.store import DEFAULT_DB, Store, open_store

MAX_BODY = 5 * 1024 * 1024
TIME_BUDGET = 30.0  # seconds per request; env RASD_API_TIME_BUDGET, 0 turns it off

DESCRIPTION = """\
Evidence-backed casualty claims from conflict news, linked into incidents with
reconciled figures. Reads are open; `POST /api/articles` needs
`Authorization: Bearer $RASD_API_TOKEN`. Errors are RFC 7807 problem bodies.
"""


def create_app(db_path: str | None = None, *, store: Store | None = None,
               token: str | None = None, tiles: str | None = None,
               max_body: int = MAX_BODY, time_budget: float | None = None,
               write_process: bool = True, stale_ms: float | None = None) -> FastAPI:
    """The ASGI app over the store ``db_path`` names (a SQLite path or a store URL, see
    ``rasd.store.open_store``), or an open ``store``.

    ``token`` defaults to env RASD_API_TOKEN (unset or empty: writes refused), ``tiles`` to
    env RASD_TILE_URL (an XYZ template; unset: boundaries only, fully offline),
    ``time_budget`` to env RASD_API_TIME_BUDGET, else ``TIME_BUDGET`` seconds (0: none).
    ``write_process``: POSTs are ingested in a writer process of their own when the store
    was opened here from a file or server URL (see ``rasd.api.writer``); else in a thread.
    ``stale_ms`` (default env RASD_API_STALE_MS, else 0: exact) lets cached reads lag a
    write by at most that long while they are rebuilt (see ``rasd.api.cache``).
    """
    owned = store is None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.writer.close()
        if owned:  # a store handed in belongs to the caller
            app.state.store.close()

    app = FastAPI(title="rasd", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)  # /docs is served offline by rasd.web
    app.state.store = store if store is not None else open_store(db_path)
    in_memory = getattr(app.state.store, "path", None) == ":memory:"
    app.state.writer = Writer(app.state.store, db_path or DEFAULT_DB if owned and write_process
                              and not in_memory else None)
    app.state.token = token if token is not None else (os.environ.get("RASD_API_TOKEN") or None)
    app.state.tiles = tiles if tiles is not None else (os.environ.get("RASD_TILE_URL") or None)
    # RASD_API_CACHE=0 turns the read cache off (to measure the store itself).
    app.state.response_cache = ResponseCache(enabled=os.environ.get("RASD_API_CACHE", "1") != "0")
    problems.install(app)
    app.include_router(read_router)
    app.include_router(assess_router)
    app.include_router(write_router)

    from rasd import web

    web.mount(app)

    tile_origin = None
    if app.state.tiles:
        parts = urlsplit(app.state.tiles.replace("{s}", "a"))
        # {s} subdomains: allow the whole host pattern the template expands to.
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in app.state.tiles else parts.netloc
        tile_origin = f"{parts.scheme}://{host}"
    if time_budget is None:
        time_budget = time_budget_from_env()
    # Each add_middleware wraps the ones before it: the read cache sits just outside
    # routing; the security headers go on last, so that they are on every answer, cached
    # ones and the 413, 400 and 503 of the middleware included.
    app.add_middleware(ReadCache, cache=app.state.response_cache,
                       version=lambda: app.state.store.data_version(),
                       changes=lambda since: app.state.store.incident_changes_since(since),
                       stale_ms=stale_ms if stale_ms is not None else _env_ms("RASD_API_STALE_MS"))
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.add_middleware(RejectNul)
    app.add_middleware(TimeBudget, seconds=time_budget)
    app.add_middleware(SecurityHeaders, tile_origin=tile_origin)
    return app


def _env_ms(name: str) -> float:
    raw = os.environ.get(name) or "0"
    try:
        return max(0.0, float(raw))
    except ValueError:
        raise ValueError(f"{name} must be a number of milliseconds, got {raw!r}") from None


def time_budget_from_env() -> float:
    """Seconds from env RASD_API_TIME_BUDGET, else ``TIME_BUDGET``; ValueError when bad."""
    raw = os.environ.get("RASD_API_TIME_BUDGET")
    if raw is None or not raw.strip():
        return TIME_BUDGET
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise ValueError(f"RASD_API_TIME_BUDGET must be a number of seconds ≥ 0, got {raw!r}")
    return value


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` and multi-worker serving: settings from env."""
    return create_app(os.environ.get("RASD_DB") or None)


__all__ = ["create_app", "app_from_env", "time_budget_from_env", "MAX_BODY", "TIME_BUDGET"]
