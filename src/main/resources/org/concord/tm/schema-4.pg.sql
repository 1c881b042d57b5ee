-- Translation memory, version 4, on PostgreSQL: as schema-4.sql, the key compared byte by byte.
ALTER TABLE tm_unit ADD COLUMN dedup_key TEXT COLLATE "C"
;
UPDATE tm_unit SET dedup_key = unit_key, unit_key = NULL
;
CREATE UNIQUE INDEX tm_unit_key ON tm_unit(dedup_key)
