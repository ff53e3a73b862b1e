-- rasd schema v5: what `rasd watch` knows of each source, so a restart re-reads nothing
-- and skips nothing. One row per feed or page URL: the validators of its last answer
-- (ETag, Last-Modified) for conditional GETs, and its run of failures with the time before
-- which it is not asked again (exponential backoff). One row per item a feed listed: its
-- key (guid, else link), a hash of the entry as the feed gave it (an edited entry hashes
-- differently and its page is read again), and the article stored for it.
CREATE TABLE watch_sources (
    url            TEXT PRIMARY KEY,
    kind           TEXT,               -- 'feed' or 'page', as the last answer was read
    title          TEXT,
    etag           TEXT,
    last_modified  TEXT,
    polled_at      TEXT,               -- ISO time of the last request
    changed_at     TEXT,               -- ISO time of the last answer with news
    failures       INTEGER NOT NULL DEFAULT 0,
    retry_at       REAL,               -- Unix time before which a failing source waits
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
