-- rasd schema v3: assessment (rasd.assess) — how each figure stands against the other
-- independent sources, incident grades, article scores — and the queue of what to
-- re-assess. The queue is filled by triggers, inside the transaction that changes the
-- data, so whatever code links, re-links or re-extracts, the work it makes is recorded
-- with it; rasd.assess.refresh() drains it.

-- One row per figure (claim x kind). incident_id for an incident's claims; period for a
-- cumulative total's comparison group ("first..last@governorate"); neither for a total
-- with no period.
CREATE TABLE assessed_figures (
    article_id   TEXT NOT NULL,
    claim_index  INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    incident_id  TEXT,
    period       TEXT,
    standing     TEXT NOT NULL,
    direction    TEXT,
    checked      INTEGER NOT NULL,
    json         TEXT NOT NULL,
    PRIMARY KEY (article_id, claim_index, kind)
);
CREATE INDEX assessed_figures_incident ON assessed_figures (incident_id);
CREATE INDEX assessed_figures_period ON assessed_figures (period);

CREATE TABLE assessed_incidents (
    incident_id  TEXT PRIMARY KEY,
    grade        TEXT NOT NULL,
    json         TEXT NOT NULL
);

CREATE TABLE assessed_articles (
    article_id   TEXT PRIMARY KEY,
    score        REAL,
    figures      INTEGER NOT NULL,
    checked      INTEGER NOT NULL,
    json         TEXT NOT NULL
);

CREATE TABLE assess_queue (
    what  TEXT NOT NULL,  -- 'incident' | 'article'
    id    TEXT NOT NULL,
    PRIMARY KEY (what, id)
) WITHOUT ROWID;

CREATE TRIGGER assess_article_added AFTER INSERT ON articles
BEGIN INSERT OR IGNORE INTO assess_queue VALUES ('article', NEW.id); END;
CREATE TRIGGER assess_claim_added AFTER INSERT ON claims
BEGIN INSERT OR IGNORE INTO assess_queue VALUES ('article', NEW.article_id); END;
CREATE TRIGGER assess_claim_removed AFTER DELETE ON claims
BEGIN INSERT OR IGNORE INTO assess_queue VALUES ('article', OLD.article_id); END;
CREATE TRIGGER assess_member_added AFTER INSERT ON incident_claims
BEGIN INSERT OR IGNORE INTO assess_queue VALUES ('incident', NEW.incident_id); END;
CREATE TRIGGER assess_member_removed AFTER DELETE ON incident_claims
BEGIN INSERT OR IGNORE INTO assess_queue VALUES ('incident', OLD.incident_id); END;

-- A store written before v3 is assessed from scratch by the next refresh.
INSERT OR IGNORE INTO assess_queue SELECT 'article', id FROM articles;
INSERT OR IGNORE INTO assess_queue SELECT 'incident', id FROM incidents;
