-- rasd schema v3 (as store/migrations/0003_assessment.sql): assessment results and the
-- queue of what to re-assess, filled by triggers inside the transaction that changes the
-- data.
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
    score        DOUBLE PRECISION,
    figures      INTEGER NOT NULL,
    checked      INTEGER NOT NULL,
    json         TEXT NOT NULL
);

CREATE TABLE assess_queue (
    what  TEXT NOT NULL,  -- 'incident' | 'article'
    id    TEXT NOT NULL,
    PRIMARY KEY (what, id)
);

CREATE FUNCTION rasd_queue_new_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO assess_queue VALUES ('article', NEW.id) ON CONFLICT DO NOTHING; RETURN NULL; END $$;
CREATE FUNCTION rasd_queue_claim_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO assess_queue VALUES ('article', OLD.article_id) ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO assess_queue VALUES ('article', NEW.article_id) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE FUNCTION rasd_queue_member_incident() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO assess_queue VALUES ('incident', OLD.incident_id) ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO assess_queue VALUES ('incident', NEW.incident_id) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER assess_article_added AFTER INSERT ON articles
    FOR EACH ROW EXECUTE FUNCTION rasd_queue_new_article();
CREATE TRIGGER assess_claim_changed AFTER INSERT OR DELETE ON claims
    FOR EACH ROW EXECUTE FUNCTION rasd_queue_claim_article();
CREATE TRIGGER assess_member_changed AFTER INSERT OR DELETE ON incident_claims
    FOR EACH ROW EXECUTE FUNCTION rasd_queue_member_incident();

-- A store written before v3 is assessed from scratch by the next refresh.
INSERT INTO assess_queue SELECT 'article', id FROM articles ON CONFLICT DO NOTHING;
INSERT INTO assess_queue SELECT 'incident', id FROM incidents ON CONFLICT DO NOTHING;
