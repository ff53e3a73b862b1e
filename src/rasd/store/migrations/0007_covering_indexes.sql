-- rasd schema v7: incident indexes that hold every filter column, so that filtering,
-- counting and sorting a filtered list read the index alone. At 100,000 incidents each
-- row looked up besides its index entry cost ~1.5 µs: a year's count (10,000 rows) took
-- 12 ms, one request of the API's bench mix 5 ms on average; index-only, 0.8 ms
-- (docs/benchmarks.md). The leading columns, and so what each index is chosen for, are
-- those of the indexes replaced; the rest are only carried.
DROP INDEX incidents_day;
DROP INDEX incidents_day_asc;
DROP INDEX incidents_governorate;
DROP INDEX incidents_event_type;
DROP INDEX incidents_perpetrator;
DROP INDEX incidents_victims;
CREATE INDEX incidents_day ON incidents (day_start, id, day_end, governorate, event_type,
    perpetrator, victims, killed_best, sources);
CREATE INDEX incidents_day_asc ON incidents (day_start IS NULL, day_start, id, day_end,
    governorate, event_type, perpetrator, victims, killed_best, sources);
CREATE INDEX incidents_governorate ON incidents (governorate, day_start, day_end, event_type,
    perpetrator, victims, killed_best, sources, id);
CREATE INDEX incidents_event_type ON incidents (event_type, day_start, day_end, governorate,
    perpetrator, victims, killed_best, sources, id);
CREATE INDEX incidents_perpetrator ON incidents (perpetrator, day_start, day_end, governorate,
    event_type, victims, killed_best, sources, id);
CREATE INDEX incidents_victims ON incidents (victims, day_start, day_end, governorate,
    event_type, perpetrator, killed_best, sources, id);
-- The planner needs statistics for the new indexes to choose them.
ANALYZE incidents;
