-- Translation memory, version 4. What makes a unit a duplicate moves to dedup_key, whose unique index has a name:
-- an import into an empty memory drops it (with the two other indexes of tm_unit) and builds it again by sorting
-- before it commits, instead of inserting a million random keys one by one. unit_key stays, always NULL.
ALTER TABLE tm_unit ADD COLUMN dedup_key TEXT
;
UPDATE tm_unit SET dedup_key = unit_key, unit_key = NULL
;
CREATE UNIQUE INDEX tm_unit_key ON tm_unit(dedup_key)
