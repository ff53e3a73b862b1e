"""The PostgreSQL store (``postgresql://`` URLs; needs ``rasd[postgres]``, psycopg 3).

The same tables and semantics as SQLite (``rasd.store.sql`` holds the shared queries);
migrations live in ``store/migrations_pg``. Every write transaction first takes one
transaction-level advisory lock, so rasd's writers take turns exactly as they do on
SQLite: content-hash dedup and incremental linking see each other's committed work,
while readers (MVCC) never wait. Each thread has its own connection.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import psycopg

from rasd.store import fts
from rasd.store.base import StoreError
from rasd.store.sql import Migration, SQLStore, now, packaged_migrations
from rasd.store.url import describe

# pg_advisory_xact_lock key shared by every rasd writer on a database ("rasd" in ASCII).
WRITE_LOCK = 0x72617364
CONNECT_TIMEOUT = 10  # seconds


def migrations() -> list[Migration]:
    return packaged_migrations("migrations_pg")


class Row:
    """A result row read by column name or position, like ``sqlite3.Row``."""

    __slots__ = ("_values", "_names")

    def __init__(self, values: tuple, names: dict[str, int]) -> None:
        self._values, self._names = values, names

    def __getitem__(self, key: int | str) -> Any:
        return self._values[key] if isinstance(key, int) else self._values[self._names[key]]

    def __len__(self) -> int:
        return len(self._values)


def _row_factory(cursor: Any) -> Any:
    names = {d.name: i for i, d in enumerate(cursor.description or ())}
    return lambda values: Row(values, names)


@lru_cache(maxsize=1024)
def _placeholders(sql: str) -> str:
    # rasd's SQL has no literal ? or %, so the swap is exact.
    return sql.replace("?", "%s")


class PostgresStore(SQLStore):
    SORTS = {
        "date": "i.day_start, i.id",  # ASC puts NULLs last in PostgreSQL
        "-date": "i.day_start DESC NULLS LAST, i.id DESC",
        "killed": "i.killed_best, i.id",
        "-killed": "i.killed_best DESC NULLS LAST, i.id DESC",
        "sources": "i.sources, i.id",
        "-sources": "i.sources DESC, i.id DESC",
    }
    NO_LIMIT = None
    OTHER_ID_MATCH = ("EXISTS (SELECT 1 FROM jsonb_array_elements_text(link_events.other_ids::jsonb)"
                      " v WHERE v = ?)")
    DRIVER_ERRORS = (psycopg.Error,)

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self.label = describe(url)
        self._conn()  # fail here, in one line, when the server is not there
        try:
            self._migrate()
        except psycopg.Error as e:
            self.close()
            raise StoreError(f"{self.label}: {_first_line(e)}") from None

    # -- connections ------------------------------------------------------------------
    def _connect(self) -> Any:
        try:
            conn = psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT,
                                   application_name="rasd")
        except psycopg.Error as e:
            raise StoreError(f"cannot connect to {self.label}: {_first_line(e)}") from None
        conn.row_factory = _row_factory
        return conn

    def _sql(self, sql: str) -> str:
        return _placeholders(sql)

    def _begin(self, conn: Any) -> None:
        conn.execute("BEGIN")
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))

    # -- schema -----------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        row = self._one("SELECT MAX(version) FROM schema_version")
        return int(row[0] or 0)

    def _migrate(self) -> None:
        known = migrations()
        latest = known[-1].version
        conn = self._conn()
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                         " name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            current = int(conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0)
            if current > latest:
                raise StoreError(
                    f"{self.label} was written by a newer rasd (schema version {current}, this"
                    f" rasd knows up to {latest}); upgrade rasd to use it")
            for mg in known:
                if mg.version <= current:
                    continue
                try:
                    conn.execute(mg.sql)  # no parameters: the script runs as one simple query
                except psycopg.Error as e:
                    raise StoreError(f"{self.label}: migration {mg.name} failed: {_first_line(e)}") from None
                conn.execute("INSERT INTO schema_version VALUES (%s, %s, %s)", (mg.version, mg.name, now()))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # -- search -----------------------------------------------------------------------
    def _index_articles(self, conn: Any, items: list[tuple[int, fts.Indexed]]) -> None:
        with conn.cursor() as cur:
            cur.executemany("UPDATE articles SET fts = %s::tsvector WHERE n = %s",
                            [(fts.tsvector_literal(indexed), n) for n, indexed in items])

    def _search_rows(self, terms: list[tuple[str, ...]], limit: int) -> list[Any]:
        # Weights {D, C, B, A}: a title word counts three times a text word, as in SQLite.
        return self._rows(
            "SELECT a.id, a.title, a.text, a.published, a.source FROM articles a,"
            " CAST(? AS tsquery) q WHERE a.fts @@ q"
            " ORDER BY ts_rank('{0.1, 0.1, 0.33, 1.0}', a.fts, q) DESC, a.published DESC NULLS LAST"
            " LIMIT ?", (fts.tsquery_literal(terms), limit))

    def _analyze(self, conn: Any) -> None:
        conn.execute("ANALYZE incidents")
        conn.execute("ANALYZE incident_claimants")


def _first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]
