-- rasd schema v1. Applied inside one transaction by rasd.store.sqlite; the version row is
-- written by the migrator, not here.

-- n is an explicit rowid alias so the FTS rows (keyed by rowid) survive VACUUM.
CREATE TABLE articles (
    n              INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    content_hash   TEXT NOT NULL UNIQUE,
    source         TEXT,
    url            TEXT,
    title          TEXT,
    published      TEXT,
    lang           TEXT NOT NULL DEFAULT 'ar',
    text           TEXT NOT NULL,
    origin         TEXT,
    published_from TEXT,
    ingested_at    TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

-- Titles and texts in normalised, clitic-stripped form (see store/fts.py); contentless
-- because the original text already lives in articles.text.
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content='', tokenize='unicode61 remove_diacritics 0');

-- day_start / day_end: the claim's date, else the article's publication day; they make
-- since/until filtering and date ordering a plain indexed comparison.
CREATE TABLE claims (
    article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    claim_index  INTEGER NOT NULL,
    claimant     TEXT NOT NULL,
    event_type   TEXT NOT NULL,
    perpetrator  TEXT NOT NULL,
    victims      TEXT NOT NULL,
    scope        TEXT NOT NULL,
    governorate  TEXT NOT NULL,
    place_name   TEXT,
    lat          REAL,
    lon          REAL,
    date_start   TEXT,
    date_end     TEXT,
    day_start    TEXT,
    day_end      TEXT,
    kinds        TEXT NOT NULL DEFAULT '',  -- space-separated figure kinds, for display
    json         TEXT NOT NULL,
    PRIMARY KEY (article_id, claim_index)
);
CREATE INDEX claims_day ON claims (day_start, article_id, claim_index);
CREATE INDEX claims_claimant ON claims (claimant);
CREATE INDEX claims_governorate ON claims (governorate, day_start);
CREATE INDEX claims_event_type ON claims (event_type, day_start);

CREATE TABLE figures (
    article_id   TEXT NOT NULL,
    claim_index  INTEGER NOT NULL,
    fig_index    INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    grp          TEXT NOT NULL,
    low          INTEGER,
    high         INTEGER,
    qualifier    TEXT NOT NULL,
    PRIMARY KEY (article_id, claim_index, fig_index),
    FOREIGN KEY (article_id, claim_index) REFERENCES claims (article_id, claim_index) ON DELETE CASCADE
);
CREATE INDEX figures_kind ON figures (kind, article_id, claim_index);

-- Incidents are split in two: a compact row of the columns filters and sorts read, and the
-- full JSON beside it. Filters that no index serves then scan small rows (100,000
-- incidents stay in the low milliseconds); only the page being shown reads JSON.
CREATE TABLE incidents (
    n             INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    event_type    TEXT NOT NULL,
    perpetrator   TEXT NOT NULL,
    victims       TEXT NOT NULL,
    governorate   TEXT NOT NULL,
    place_name    TEXT,
    lat           REAL,
    lon           REAL,
    date_start    TEXT,
    date_end      TEXT,
    killed_low    INTEGER,
    killed_best   INTEGER,
    killed_high   INTEGER,
    injured_best  INTEGER,
    sources       INTEGER NOT NULL DEFAULT 0,
    claimants     INTEGER NOT NULL DEFAULT 0
);
-- One index per sort order; the id tail makes ties (and so pagination) deterministic.
-- Ascending orders put unknowns last, hence the expression indexes.
CREATE INDEX incidents_date ON incidents (date_start, id);
CREATE INDEX incidents_date_asc ON incidents (date_start IS NULL, date_start, id);
CREATE INDEX incidents_killed ON incidents (killed_best, id);
CREATE INDEX incidents_killed_asc ON incidents (killed_best IS NULL, killed_best, id);
CREATE INDEX incidents_sources ON incidents (sources, id);
CREATE INDEX incidents_governorate ON incidents (governorate, date_start);
CREATE INDEX incidents_event_type ON incidents (event_type, date_start);
CREATE INDEX incidents_perpetrator ON incidents (perpetrator, date_start);
CREATE INDEX incidents_victims ON incidents (victims, date_start);

CREATE TABLE incident_json (
    n     INTEGER PRIMARY KEY REFERENCES incidents (n) ON DELETE CASCADE,
    json  TEXT NOT NULL
);

CREATE TABLE incident_claims (
    incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    article_id   TEXT NOT NULL,
    claim_index  INTEGER NOT NULL,
    PRIMARY KEY (incident_id, article_id, claim_index)
) WITHOUT ROWID;
CREATE INDEX incident_claims_claim ON incident_claims (article_id, claim_index, incident_id);

-- Who is heard in each incident, copied from its claims when it is saved, so the claimant
-- filter is one primary-key probe per incident instead of a join over claims.
CREATE TABLE incident_claimants (
    incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    claimant     TEXT NOT NULL,
    PRIMARY KEY (incident_id, claimant)
) WITHOUT ROWID;
CREATE INDEX incident_claimants_claimant ON incident_claimants (claimant, incident_id);

CREATE TABLE link_events (
    n            INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    kind         TEXT NOT NULL,
    incident_id  TEXT NOT NULL,
    other_ids    TEXT NOT NULL DEFAULT '[]',
    detail       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX link_events_incident ON link_events (incident_id, n);
