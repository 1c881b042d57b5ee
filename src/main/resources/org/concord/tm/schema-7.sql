-- Translation memory, version 7: dedup_key as the 16 bytes of its digest (a BLOB), where it was their 32 hex digits
-- after the kind ("tuid:0f3a..."): the unique index and the table then hold 21 bytes less a unit, 42 MB at a million
-- units. The kind stays inside the digest (UnitStore.key digests it first). A key that is not such text (none that
-- Concord writes) is kept as its bytes, so it still matches nothing new. The table is made again, as version 6 made it,
-- so that its column is declared BLOB (DatabaseCopy reads a destination's declared types).
CREATE TABLE tm_unit_v8 (
  id          INTEGER PRIMARY KEY,
  dedup_key   BLOB,             -- what makes a unit a duplicate: 16 bytes of the digest of its tuid, source text, or document + position
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
INSERT INTO tm_unit_v8(id, dedup_key, tuid, origin, doc_symbol, confidence, src_lang, created_at, created_by, changed_at, changed_by, props, notes)
  SELECT id,
         CASE WHEN typeof(dedup_key) = 'text' AND length(dedup_key) - instr(dedup_key, ':') = 32
              THEN coalesce(unhex(substr(dedup_key, instr(dedup_key, ':') + 1)), CAST(dedup_key AS BLOB))
              ELSE CAST(dedup_key AS BLOB) END,
         tuid, origin, doc_symbol, confidence, src_lang, created_at, created_by, changed_at, changed_by, props, notes
  FROM tm_unit ORDER BY id
;
DROP TABLE tm_unit
;
ALTER TABLE tm_unit_v8 RENAME TO tm_unit
;
CREATE UNIQUE INDEX tm_unit_key ON tm_unit(dedup_key)
;
CREATE INDEX tm_unit_doc ON tm_unit(doc_symbol)
;
CREATE INDEX tm_unit_changed ON tm_unit(changed_at)
