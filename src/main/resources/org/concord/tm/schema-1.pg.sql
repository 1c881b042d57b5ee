-- Translation memory, version 1, on PostgreSQL: as schema-1.sql, with BYTEA for blobs, DOUBLE PRECISION for REAL,
-- 64-bit ids (the writer gives them) and keys compared byte by byte, as SQLite compares them.
CREATE TABLE tm_unit (
  id          BIGINT PRIMARY KEY,
  unit_key    TEXT COLLATE "C" UNIQUE,
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
);
CREATE INDEX tm_unit_doc ON tm_unit(doc_symbol);
CREATE INDEX tm_unit_changed ON tm_unit(changed_at);
CREATE TABLE tm_variant (
  unit_id  BIGINT NOT NULL REFERENCES tm_unit(id) ON DELETE CASCADE,
  lang     TEXT COLLATE "C" NOT NULL,
  text     TEXT NOT NULL,
  codes    TEXT,
  props    TEXT,
  notes    TEXT,
  PRIMARY KEY (unit_id, lang)
);
CREATE TABLE tm_posting (
  lang  TEXT COLLATE "C" NOT NULL,
  term  TEXT COLLATE "C" NOT NULL,
  df    INTEGER NOT NULL,
  ids   BYTEA NOT NULL,
  PRIMARY KEY (lang, term)
)
