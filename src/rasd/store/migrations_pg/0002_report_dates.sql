-- rasd schema v2 (as store/migrations/0002_report_dates.sql): an incident's report dates
-- beside its event dates; day_start/day_end (the event's days, else the report days)
-- drive date filters and the date sort.
ALTER TABLE incidents ADD COLUMN reported_start TEXT;
ALTER TABLE incidents ADD COLUMN reported_end TEXT;
ALTER TABLE incidents ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE incidents ADD COLUMN day_start TEXT;
ALTER TABLE incidents ADD COLUMN day_end TEXT;
UPDATE incidents SET day_start = date_start, day_end = date_end,
    date_precision = CASE WHEN date_start IS NULL THEN 'unknown' ELSE 'day' END;

-- Ascending orders put unknown days last (PostgreSQL's default for ASC); descending ones
-- too, hence the NULLS LAST index.
CREATE INDEX incidents_day ON incidents (day_start, id);
CREATE INDEX incidents_day_desc ON incidents (day_start DESC NULLS LAST, id DESC);
CREATE INDEX incidents_governorate ON incidents (governorate, day_start);
CREATE INDEX incidents_event_type ON incidents (event_type, day_start);
CREATE INDEX incidents_perpetrator ON incidents (perpetrator, day_start);
CREATE INDEX incidents_victims ON incidents (victims, day_start);
