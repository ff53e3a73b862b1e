"""What `rasd watch` keeps per source and per feed item (schema: migrations/0005_watch.sql
and migrations_pg/0005_watch.sql), in portable SQL mixed into the SQL stores."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(slots=True)
class WatchSource:
    """One watched URL: how to ask it again (validators), and its run of failures."""

    url: str
    kind: str | None = None  # "feed" or "page", as its last answer was read
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    polled_at: str | None = None  # ISO time of the last request
    changed_at: str | None = None  # ISO time of the last answer with news
    failures: int = 0  # consecutive failed polls
    retry_at: float | None = None  # Unix time before which a failing source waits
    error: str | None = None  # the last failure, one line


@dataclass(slots=True)
class WatchItem:
    """One entry a feed listed (or a page itself): its version and the article stored."""

    key: str  # the entry's guid, else its link
    version: str  # hash of the entry as the feed gave it
    link: str | None = None
    article_id: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None


_SOURCE_COLS = [f.name for f in fields(WatchSource)]


class WatchSQL:
    """Needs ``_rows``, ``_one``, ``_exec`` and ``transaction()`` from the store
    (``rasd.store.sql.SQLStore``)."""

    def watch_source(self, url: str) -> WatchSource | None:
        row: Any = self._one(f"SELECT {', '.join(_SOURCE_COLS)} FROM watch_sources WHERE url = ?",
                             (url,))
        return WatchSource(**{c: row[c] for c in _SOURCE_COLS}) if row else None

    def save_watch_source(self, src: WatchSource) -> None:
        updates = ", ".join(f"{c} = excluded.{c}" for c in _SOURCE_COLS if c != "url")
        with self.transaction():
            self._exec(f"INSERT INTO watch_sources ({', '.join(_SOURCE_COLS)}) VALUES"
                       f" ({', '.join('?' * len(_SOURCE_COLS))}) ON CONFLICT (url) DO UPDATE"
                       f" SET {updates}", [getattr(src, c) for c in _SOURCE_COLS])

    def watch_items(self, url: str) -> dict[str, WatchItem]:
        return {r["item_key"]: WatchItem(r["item_key"], r["version"], r["link"], r["article_id"],
                                         r["first_seen"], r["last_seen"])
                for r in self._rows("SELECT * FROM watch_items WHERE source_url = ?", (url,))}

    def save_watch_item(self, url: str, item: WatchItem) -> None:
        with self.transaction():
            self._exec("INSERT INTO watch_items (source_url, item_key, link, version, article_id,"
                       " first_seen, last_seen) VALUES (?,?,?,?,?,?,?) ON CONFLICT (source_url,"
                       " item_key) DO UPDATE SET link = excluded.link, version = excluded.version,"
                       " article_id = excluded.article_id, last_seen = excluded.last_seen",
                       (url, item.key, item.link, item.version, item.article_id,
                        item.first_seen, item.last_seen))
