"""Which store a ``--db`` value (or env ``RASD_DB``) names.

``rasd.db`` or ``sqlite:///path/rasd.db``: a SQLite file (``sqlite:///:memory:`` in memory);
``postgresql://user:pass@host:port/dbname`` (or ``postgres://``): a PostgreSQL database.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from rasd.store.base import Store, StoreError

DEFAULT_DB = "rasd.db"
_PG = re.compile(r"^postgres(?:ql)?(?:\+\w+)?://", re.I)
_SQLITE = re.compile(r"^sqlite:(?://)?", re.I)


def is_postgres(url: str) -> bool:
    return bool(_PG.match(url or ""))


def sqlite_path(url: str) -> str:
    """The file a SQLite URL or plain path names (``sqlite:///x.db`` → ``x.db``,
    ``sqlite:////abs/x.db`` → ``/abs/x.db``)."""
    m = _SQLITE.match(url)
    if not m:
        return url
    rest = url[m.end():]
    if rest.startswith("/"):
        rest = rest[1:]  # sqlite:///rel → rel; sqlite:////abs → /abs
    return rest or ":memory:"


def describe(url: str) -> str:
    """The URL without its password, for messages and logs."""
    if not is_postgres(url):
        return sqlite_path(url)
    parts = urlsplit(url)
    if parts.password:
        netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts)


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store ``url`` names; default ./rasd.db."""
    url = url or DEFAULT_DB
    if is_postgres(url):
        try:
            from rasd.store.postgres import PostgresStore
        except ImportError as e:
            raise StoreError(f"PostgreSQL support is not installed ({e}); "
                             "install it with: pip install 'rasd[postgres]'") from None
        return PostgresStore(url)
    from rasd.store.sqlite import SQLiteStore

    return SQLiteStore(sqlite_path(url))
