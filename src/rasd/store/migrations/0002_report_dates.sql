-- rasd schema v2: an incident's report dates beside its event dates.
-- date_start/date_end stay the event's days (NULL when no claim fixes them); reported_*
-- are the days its articles were published; day_start/day_end are the event's days, else
-- the report days, and drive date filters and the date sort, so an incident no claim
-- dates is still found in the days it was reported.
ALTER TABLE incidents ADD COLUMN reported_start TEXT;
ALTER TABLE incidents ADD COLUMN reported_end TEXT;
ALTER TABLE incidents ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE incidents ADD COLUMN day_start TEXT;
ALTER TABLE incidents ADD COLUMN day_end TEXT;
UPDATE incidents SET day_start = date_start, day_end = date_end,
    date_precision = CASE WHEN date_start IS NULL THEN 'unknown' ELSE 'day' END;

DROP INDEX incidents_date;
DROP INDEX incidents_date_asc;
DROP INDEX incidents_governorate;
DROP INDEX incidents_event_type;
DROP INDEX incidents_perpetrator;
DROP INDEX incidents_victims;
CREATE INDEX incidents_day ON incidents (day_start, id);
CREATE INDEX incidents_day_asc ON incidents (day_start IS NULL, day_start, id);
CREATE INDEX incidents_governorate ON incidents (governorate, day_start);
CREATE INDEX incidents_event_type ON incidents (event_type, day_start);
CREATE INDEX incidents_perpetrator ON incidents (perpetrator, day_start);
CREATE INDEX incidents_victims ON incidents (victims, day_start);
