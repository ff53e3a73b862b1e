"""The embedded SQLite store: one file, WAL mode, versioned schema, FTS5 search.

Filterable facts live in plain indexed columns; the full objects are kept as JSON in the
codebook's shape, so a new model field needs no migration unless someone filters on it.
Each thread has its own connection: readers never wait for a writer (WAL), writers take
turns through SQLite's write lock. An in-memory database has only one connection, shared
under a lock.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from contextlib import nullcontext
from typing import Any, ContextManager, Iterator

from rasd.ingest.cleanup import content_hash
from rasd.store import fts
from rasd.store.base import StoreError
from rasd.store.sql import Migration, SQLStore, now, packaged_migrations

__all__ = ["SQLiteStore", "StoreError", "Migration", "migrations", "content_hash"]

# How long a writer waits for another one (a long link step, `rasd ingest` beside `serve`).
WRITE_WAIT_MS = 60_000


def migrations() -> list[Migration]:
    """The packaged migrations (``store/migrations/NNNN_name.sql``), in order."""
    return packaged_migrations("migrations")


def _statements(script: str) -> Iterator[str]:
    """Split a SQL script into statements (semicolons inside strings are respected)."""
    buf = ""
    for piece in script.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            stmt = buf.strip()
            buf = ""
            # A piece holding only comments/whitespace is not a statement.
            if re.sub(r"--[^\n]*", "", stmt).strip(" \n\t;"):
                yield stmt


class SQLiteStore(SQLStore):
    SORTS = {
        "date": "i.day_start IS NULL, i.day_start, i.id",
        "-date": "i.day_start DESC, i.id DESC",
        "killed": "i.killed_best IS NULL, i.killed_best, i.id",
        "-killed": "i.killed_best DESC, i.id DESC",
        "sources": "i.sources, i.id",
        "-sources": "i.sources DESC, i.id DESC",
    }
    DRIVER_ERRORS = (sqlite3.Error,)
    # FTS5 writes an index segment at every savepoint: indexing each article inside its
    # own savepoint (store_batch) would cost a segment, and merges, per article.
    INDEX_AT_COMMIT = True

    def __init__(self, path: str | os.PathLike[str] = ":memory:") -> None:
        super().__init__()
        self.path = str(path)
        self.label = self.path
        self._memory = self.path == ":memory:" or self.path.startswith("file::memory:")
        self._lock = threading.RLock()
        self._shared: sqlite3.Connection | None = None
        if self._memory:
            self._shared = self._open()
            with self._all_lock:
                self._all.append(self._shared)
        conn = self._conn()
        try:
            if not self._memory:
                conn.execute("PRAGMA journal_mode = WAL")
            self._migrate()
        except sqlite3.DatabaseError as e:
            self.close()
            raise StoreError(f"{self.path}: not a usable rasd database ({e})") from None

    # -- connections ------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA schema_version")  # opening is lazy: fail here, clearly
        except sqlite3.OperationalError as e:
            raise StoreError(f"cannot open database {self.path}: {e}") from None
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a usable rasd database ({e})") from None
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {WRITE_WAIT_MS}")
        conn.execute("PRAGMA cache_size = -32000")  # 32 MB: filter columns stay hot
        if not self._memory:
            conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    def _connect(self) -> sqlite3.Connection:
        return self._shared if self._shared is not None else self._open()

    def _conn(self) -> Any:
        if self._shared is not None:
            if self._closed:
                raise StoreError(f"{self.label} is closed")
            return self._shared
        return super()._conn()

    def _guard(self) -> ContextManager[Any]:
        return self._lock if self._shared is not None else nullcontext()

    def _begin(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")

    # -- schema -----------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        row = self._one("SELECT MAX(version) FROM schema_version")
        return int(row[0] or 0)

    def _migrate(self) -> None:
        self._exec("CREATE TABLE IF NOT EXISTS schema_version"
                   " (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        known = migrations()
        latest = known[-1].version if known else 0
        current = self.schema_version
        if current > latest:
            raise StoreError(
                f"{self.path} was written by a newer rasd (schema version {current}, this rasd"
                f" knows up to {latest}); upgrade rasd to use it"
            )
        conn = self._conn()
        for mg in known:
            if mg.version <= current:
                continue
            with self._guard():
                conn.execute("BEGIN IMMEDIATE")
                try:
                    # Another process may have migrated while we waited for the write lock.
                    if self.schema_version < mg.version:
                        for stmt in _statements(mg.sql):
                            conn.execute(stmt)
                        conn.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                                     (mg.version, mg.name, now()))
                except sqlite3.Error as e:
                    conn.execute("ROLLBACK")
                    raise StoreError(f"{self.path}: migration {mg.name} failed: {e}") from None
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")

    # -- search -----------------------------------------------------------------------
    def _index_articles(self, conn: Any, items: list[tuple[int, fts.Indexed]]) -> None:
        conn.executemany("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                         [(n, *indexed) for n, indexed in items])

    def _search_rows(self, terms: list[tuple[str, ...]], limit: int) -> list[Any]:
        return self._rows(
            "SELECT a.id, a.title, a.text, a.published, a.source FROM articles_fts"
            " JOIN articles a ON a.n = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 3.0, 1.0), a.published DESC"
            " LIMIT ?", (fts.match_expression(terms), limit))

    def _analyze(self, conn: Any) -> None:
        conn.execute("ANALYZE incidents")
        conn.execute("ANALYZE incident_claimants")
        conn.execute("PRAGMA optimize")

    # -- compatibility: tests and benches reach for the connection of this thread -------
    @property
    def _db(self) -> sqlite3.Connection:
        return self._conn()
