-- rasd schema v4 (as store/migrations/0004_ingest_state.sql): each article's place in the
-- ingest pipeline, committed with its data, and a data version for caches.
ALTER TABLE articles ADD COLUMN state TEXT NOT NULL DEFAULT 'linked';
ALTER TABLE articles ADD COLUMN error TEXT;
CREATE INDEX articles_pending ON articles (state, n) WHERE state <> 'linked';

CREATE TABLE data_version (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  BIGINT NOT NULL
);
INSERT INTO data_version VALUES (1, 0);
