-- rasd schema v5 (as store/migrations/0005_watch.sql): `rasd watch`'s sources (validators
-- for conditional GETs, failures and backoff) and the items each feed listed.
CREATE TABLE watch_sources (
    url            TEXT PRIMARY KEY,
    kind           TEXT,
    title          TEXT,
    etag           TEXT,
    last_modified  TEXT,
    polled_at      TEXT,
    changed_at     TEXT,
    failures       INTEGER NOT NULL DEFAULT 0,
    retry_at       DOUBLE PRECISION,
    error          TEXT
);

CREATE TABLE watch_items (
    source_url     TEXT NOT NULL REFERENCES watch_sources (url) ON DELETE CASCADE,
    item_key       TEXT NOT NULL,
    link           TEXT,
    version        TEXT NOT NULL,
    article_id     TEXT,
    first_seen     TEXT NOT NULL,
    last_seen      TEXT NOT NULL,
    PRIMARY KEY (source_url, item_key)
);
