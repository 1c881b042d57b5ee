-- Translation memory, version 6: tm_unit without unit_key, which version 4 left always NULL (dedup_key is what makes
-- a unit a duplicate). SQLite cannot drop a UNIQUE column, so the table is made again, as SQLite's documentation
-- says to change a table: with foreign keys off (Migration.withoutForeignKeys, which checks them before committing),
-- copy, drop, rename, and its three indexes again (named as the bulk import drops and builds them).
CREATE TABLE tm_unit_v6 (
  id          INTEGER PRIMARY KEY,
  dedup_key   TEXT,             -- what makes a unit a duplicate: digest of its tuid, source text, or document + position
  tuid        TEXT,
  origin      TEXT NOT NULL CHECK (origin IN ('aligned', 'imported', 'confirmed')),
  doc_symbol  TEXT,
  confidence  REAL,
  src_lang    TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  created_by  TEXT,
  changed_at  TEXT NOT NULL,
  changed_by  TEXT,
  props       TEXT,
  notes       TEXT
)
;
INSERT INTO tm_unit_v6(id, dedup_key, tuid, origin, doc_symbol, confidence, src_lang, created_at, created_by, changed_at, changed_by, props, notes)
  SELECT id, dedup_key, tuid, origin, doc_symbol, confidence, src_lang, created_at, created_by, changed_at, changed_by, props, notes FROM tm_unit ORDER BY id
;
DROP TABLE tm_unit
;
ALTER TABLE tm_unit_v6 RENAME TO tm_unit
;
CREATE UNIQUE INDEX tm_unit_key ON tm_unit(dedup_key)
;
CREATE INDEX tm_unit_doc ON tm_unit(doc_symbol)
;
CREATE INDEX tm_unit_changed ON tm_unit(changed_at)
