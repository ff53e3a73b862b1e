-- rasd schema v6 (as store/migrations/0006_incident_changes.sql): per data version, the
-- filterable attributes of every incident a write created, changed or deleted (before
-- and after), or whose JSON, grade or claimants changed; recorded by triggers, read by
-- the API's read cache (rasd.api.scope).
CREATE TABLE incident_changes (
    version      BIGINT NOT NULL,
    governorate  TEXT,
    event_type   TEXT,
    perpetrator  TEXT,
    victims      TEXT,
    day_start    TEXT,
    day_end      TEXT,
    killed_best  BIGINT
);
CREATE INDEX incident_changes_version ON incident_changes (version);

-- The incidents row itself: its attributes before and after.
CREATE FUNCTION rasd_incident_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO incident_changes SELECT d.version + 1, OLD.governorate, OLD.event_type,
            OLD.perpetrator, OLD.victims, OLD.day_start, OLD.day_end, OLD.killed_best
            FROM data_version d;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO incident_changes SELECT d.version + 1, NEW.governorate, NEW.event_type,
            NEW.perpetrator, NEW.victims, NEW.day_start, NEW.day_end, NEW.killed_best
            FROM data_version d;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER incident_changed AFTER INSERT OR UPDATE OR DELETE ON incidents
    FOR EACH ROW EXECUTE FUNCTION rasd_incident_changed();

-- A row of a table hanging off an incident (TG_ARGV[0]: 'n' or 'id', how it names it).
CREATE FUNCTION rasd_incident_touched() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    keys TEXT[] := ARRAY[]::TEXT[];
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        keys := keys || (to_jsonb(OLD) ->> (CASE WHEN TG_ARGV[0] = 'n' THEN 'n' ELSE 'incident_id' END));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        keys := keys || (to_jsonb(NEW) ->> (CASE WHEN TG_ARGV[0] = 'n' THEN 'n' ELSE 'incident_id' END));
    END IF;
    IF TG_ARGV[0] = 'n' THEN
        INSERT INTO incident_changes SELECT d.version + 1, i.governorate, i.event_type,
            i.perpetrator, i.victims, i.day_start, i.day_end, i.killed_best
            FROM data_version d, incidents i WHERE i.n = ANY (keys::BIGINT[]);
    ELSE
        INSERT INTO incident_changes SELECT d.version + 1, i.governorate, i.event_type,
            i.perpetrator, i.victims, i.day_start, i.day_end, i.killed_best
            FROM data_version d, incidents i WHERE i.id = ANY (keys);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER incident_json_touched AFTER INSERT OR UPDATE OR DELETE ON incident_json
    FOR EACH ROW EXECUTE FUNCTION rasd_incident_touched('n');
CREATE TRIGGER incident_grade_touched AFTER INSERT OR UPDATE OR DELETE ON assessed_incidents
    FOR EACH ROW EXECUTE FUNCTION rasd_incident_touched('id');
CREATE TRIGGER incident_claimant_touched AFTER INSERT OR UPDATE OR DELETE ON incident_claimants
    FOR EACH ROW EXECUTE FUNCTION rasd_incident_touched('id');
