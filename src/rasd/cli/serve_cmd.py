"""``rasd serve``: the REST API and web UI over a store, datasette-style."""

from __future__ import annotations

import os
from pathlib import Path

import click


def register(main: click.Group) -> None:
    main.add_command(serve)


@click.command()
@click.option("--db", "db", default=None, metavar="URL", envvar="RASD_DB", show_envvar=True,
              help="Store to serve: a SQLite file (default ./rasd.db) or a postgresql:// URL.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; 0.0.0.0 exposes it to the network.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--tiles", default=None, metavar="URL",
              help="Online XYZ tile layer, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
                   "(default env RASD_TILE_URL; none: offline boundaries only).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes; each opens its own connections to the store.")
@click.option("--time-budget", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Answer 503 to a request not done in this time (default env "
                   "RASD_API_TIME_BUDGET, else 30; 0: no limit).")
@click.option("--max-stale-ms", type=click.FloatRange(min=0), default=None, metavar="MS",
              envvar="RASD_API_STALE_MS", show_envvar=True,
              help="Let cached reads lag a write by up to MS milliseconds while they are rebuilt "
                   "(default 0: every read reflects every committed write).")
@click.option("--log-level", default="warning", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
def serve(db: str | None, host: str, port: int, tiles: str | None, workers: int,
          time_budget: float | None, max_stale_ms: float | None, log_level: str) -> None:
    """Serve the web UI (/) and REST API (/api, docs at /docs).

    Reads are open. POST /api/articles needs env RASD_API_TOKEN set when the server starts
    and 'Authorization: Bearer <token>' on the request; with no token, writes are refused.
    Work an interrupted ingest left (articles not yet linked, failed extractions) is
    finished before the server starts.
    """
    import uvicorn

    from rasd.service import recover
    from rasd.store import DEFAULT_DB, StoreError, describe, is_postgres, open_store
    from rasd.store.url import sqlite_path

    url = db or DEFAULT_DB
    if not is_postgres(url) and not Path(sqlite_path(url)).exists():
        path = sqlite_path(url)
        click.echo(f"rasd serve: no database at {path}: serving an empty store (created there). "
                   f"Add articles with `rasd ingest PATH... --db {path}`, or pass --db FILE.", err=True)
    # Settings travel by environment so every worker process builds the same app.
    os.environ["RASD_DB"] = url
    if tiles:
        os.environ["RASD_TILE_URL"] = tiles
    if time_budget is not None:
        os.environ["RASD_API_TIME_BUDGET"] = repr(time_budget)
    if max_stale_ms is not None:
        os.environ["RASD_API_STALE_MS"] = str(max_stale_ms)
    from rasd.api import time_budget_from_env

    try:  # a bad value is one line now, not a traceback in every worker
        time_budget_from_env()
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    # Open once here so a bad store is reported in one line before the server starts, and
    # finish what an interrupted ingest left before anyone reads.
    try:
        store = open_store(url)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    try:
        done = recover(store)
    finally:
        store.close()
    if done.recovered or done.linked_articles:
        click.echo(f"rasd serve: finished earlier work: {len(done.recovered)} extraction(s) retried"
                   f" ({len(done.failed)} still failing), {done.linked_articles} article(s) linked",
                   err=True)
    if done.link_error:
        click.echo(f"rasd serve: {done.link_error}", err=True)
    if done.assess_error:
        click.echo(f"rasd serve: {done.assess_error}", err=True)
    writes = "enabled" if os.environ.get("RASD_API_TOKEN") else "disabled (set RASD_API_TOKEN)"
    click.echo(f"rasd: serving {describe(url)} on http://{host}:{port}/  (writes {writes})", err=True)
    uvicorn.run("rasd.api:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level=log_level, access_log=log_level in ("info", "debug"),
                server_header=False)
