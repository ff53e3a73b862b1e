-- rasd schema v7 (as store/migrations/0007_covering_indexes.sql): nothing to change here.
-- SQLite's incident indexes now carry every filter column for index-only counts; in
-- PostgreSQL index-only scans also depend on the visibility map (VACUUM), and the wider
-- indexes have not been measured there, so its indexes stay as they are. The version
-- keeps both backends' schemas numbered alike.
SELECT 1;
