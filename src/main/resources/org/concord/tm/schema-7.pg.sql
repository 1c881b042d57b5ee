-- Translation memory, version 7, on PostgreSQL: as schema-7.sql, dedup_key as the 16 bytes of its digest (BYTEA).
-- ALTER ... TYPE rewrites the column and rebuilds its unique index; the column keeps its place, so both stores still
-- have tm_unit's columns in the same order.
ALTER TABLE tm_unit ALTER COLUMN dedup_key TYPE BYTEA USING
  CASE WHEN dedup_key ~ '^[a-z]+:[0-9a-f]{32}$' THEN decode(substr(dedup_key, strpos(dedup_key, ':') + 1), 'hex')
       ELSE convert_to(dedup_key, 'UTF8') END
