-- rasd schema v6: what each write did to the incidents, for the API's read cache.
-- Triggers record, per data version, the filterable attributes of every incident a
-- write created, changed or deleted (before and after), or whose stored JSON, grade or
-- claimants changed. A cached incident list whose filters match none of them is still
-- the answer the store would give (rasd.api.scope). Recorded by triggers, not by the
-- store's methods, so no writer can forget to: when in doubt the cache must invalidate.
-- The version is the one the write commits as: writers take turns and bump
-- data_version by one as their transaction's last statement (rasd.store.sql).
CREATE TABLE incident_changes (
    version      INTEGER NOT NULL,
    governorate  TEXT,
    event_type   TEXT,
    perpetrator  TEXT,
    victims      TEXT,
    day_start    TEXT,
    day_end      TEXT,
    killed_best  INTEGER
);
CREATE INDEX incident_changes_version ON incident_changes (version);

-- An incident's attributes as a change row, under the version being written.
CREATE VIEW incident_change_rows AS
SELECT i.n, i.id, (SELECT version + 1 FROM data_version) AS version, i.governorate,
       i.event_type, i.perpetrator, i.victims, i.day_start, i.day_end, i.killed_best
FROM incidents i;

CREATE TRIGGER incident_changed_insert AFTER INSERT ON incidents BEGIN
    INSERT INTO incident_changes SELECT version + 1, NEW.governorate, NEW.event_type,
        NEW.perpetrator, NEW.victims, NEW.day_start, NEW.day_end, NEW.killed_best FROM data_version;
END;
CREATE TRIGGER incident_changed_update AFTER UPDATE ON incidents BEGIN
    INSERT INTO incident_changes SELECT version + 1, OLD.governorate, OLD.event_type,
        OLD.perpetrator, OLD.victims, OLD.day_start, OLD.day_end, OLD.killed_best FROM data_version;
    INSERT INTO incident_changes SELECT version + 1, NEW.governorate, NEW.event_type,
        NEW.perpetrator, NEW.victims, NEW.day_start, NEW.day_end, NEW.killed_best FROM data_version;
END;
CREATE TRIGGER incident_changed_delete AFTER DELETE ON incidents BEGIN
    INSERT INTO incident_changes SELECT version + 1, OLD.governorate, OLD.event_type,
        OLD.perpetrator, OLD.victims, OLD.day_start, OLD.day_end, OLD.killed_best FROM data_version;
END;

-- What an incident list shows besides the incidents row: its JSON, its grade; what the
-- claimant filter reads: its claimants.
CREATE TRIGGER incident_json_insert AFTER INSERT ON incident_json BEGIN
    INSERT INTO incident_changes SELECT version, governorate, event_type, perpetrator, victims,
        day_start, day_end, killed_best FROM incident_change_rows WHERE n = NEW.n;
END;
CREATE TRIGGER incident_json_update AFTER UPDATE ON incident_json BEGIN
    INSERT INTO incident_changes SELECT version, governorate, event_type, perpetrator, victims,
        day_start, day_end, killed_best FROM incident_change_rows WHERE n IN (OLD.n, NEW.n);
END;
CREATE TRIGGER incident_json_delete AFTER DELETE ON incident_json BEGIN
    INSERT INTO incident_changes SELECT version, governorate, event_type, perpetrator, victims,
        day_start, day_end, killed_best FROM incident_change_rows WHERE n = OLD.n;
END;
CREATE TRIGGER incident_grade_insert AFTER INSERT ON assessed_incidents BEGIN
    INSERT INTO incident_changes SELECT version, governorate, event_type, perpetrator, victims,
        day_start, day_end, killed_best FROM incident_change_rows WHERE id = NEW.incident_id;
END;
CREATE TRIGGER incident_grade_update AFTER UPDATE ON assessed_incidents BEGIN
    INSERT INTO incident_changes SELECT version, governorate, event_type, perpetrator, victims,
        day_start, day_end, killed_best FROM incident_change_rows
        WHERE id IN (OLD.incident_id, NEW.incident_id);
END;
CREATE TRIGGER incident_grade_delete AFTER DELETE ON assessed_incidents BEGIN
    INSERT INTO incident_changes SELECT version, governorate, event_type, perpetrator, victims,
        day_start, day_end, killed_best FROM incident_change_rows WHERE id = OLD.incident_id;
END;
CREATE TRIGGER incident_claimant_insert AFTER INSERT ON incident_claimants BEGIN
    INSERT INTO incident_changes SELECT version, governorate, event_type, perpetrator, victims,
        day_start, day_end, killed_best FROM incident_change_rows WHERE id = NEW.incident_id;
END;
CREATE TRIGGER incident_claimant_update AFTER UPDATE ON incident_claimants BEGIN
    INSERT INTO incident_changes SELECT version, governorate, event_type, perpetrator, victims,
        day_start, day_end, killed_best FROM incident_change_rows
        WHERE id IN (OLD.incident_id, NEW.incident_id);
END;
CREATE TRIGGER incident_claimant_delete AFTER DELETE ON incident_claimants BEGIN
    INSERT INTO incident_changes SELECT version, governorate, event_type, perpetrator, victims,
        day_start, day_end, killed_best FROM incident_change_rows WHERE id = OLD.incident_id;
END;
