-- Translation memory, version 6, on PostgreSQL: tm_unit without unit_key, made again as schema-6.sql makes it (so
-- both stores have its columns in the same order, which a copy between them relies on). DROP ... CASCADE drops
-- tm_variant's reference to the old table; it is made again at the end, and checks every row as it is.
CREATE TABLE tm_unit_v6 (
  id          BIGINT PRIMARY KEY,
  dedup_key   TEXT COLLATE "C",
  tuid        TEXT,
  origin      TEXT NOT NULL CHECK (origin IN ('aligned', 'imported', 'confirmed')),
  doc_symbol  TEXT COLLATE "C",
  confidence  DOUBLE PRECISION,
  src_lang    TEXT COLLATE "C" NOT NULL,
  created_at  TEXT COLLATE "C" NOT NULL,
  created_by  TEXT,
  changed_at  TEXT COLLATE "C" NOT NULL,
  changed_by  TEXT,
  props       TEXT,
  notes       TEXT
)
;
INSERT INTO tm_unit_v6(id, dedup_key, tuid, origin, doc_symbol, confidence, src_lang, created_at, created_by, changed_at, changed_by, props, notes)
  SELECT id, dedup_key, tuid, origin, doc_symbol, confidence, src_lang, created_at, created_by, changed_at, changed_by, props, notes FROM tm_unit ORDER BY id
;
DROP TABLE tm_unit CASCADE
;
ALTER TABLE tm_unit_v6 RENAME TO tm_unit
;
ALTER INDEX tm_unit_v6_pkey RENAME TO tm_unit_pkey
;
CREATE UNIQUE INDEX tm_unit_key ON tm_unit(dedup_key)
;
CREATE INDEX tm_unit_doc ON tm_unit(doc_symbol)
;
CREATE INDEX tm_unit_changed ON tm_unit(changed_at)
;
ALTER TABLE tm_variant ADD CONSTRAINT tm_variant_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES tm_unit(id) ON DELETE CASCADE
