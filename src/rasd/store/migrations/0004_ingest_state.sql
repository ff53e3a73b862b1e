-- rasd schema v4: crash-safe ingest and a data version.
-- state says where each article is in the pipeline (new → extracted → linked, or failed
-- with its error); it is committed with the data it describes, so after a crash the store
-- says what is left to do. Articles stored before v4 are taken as linked.
ALTER TABLE articles ADD COLUMN state TEXT NOT NULL DEFAULT 'linked';
ALTER TABLE articles ADD COLUMN error TEXT;
CREATE INDEX articles_pending ON articles (state, n) WHERE state <> 'linked';

-- One row, bumped by every write transaction: caches key on it instead of a file's mtime.
CREATE TABLE data_version (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  INTEGER NOT NULL
);
INSERT INTO data_version VALUES (1, 0);
