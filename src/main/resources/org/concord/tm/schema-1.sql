-- Translation memory, version 1. Dates are ISO-8601 UTC text (2026-11-29T14:38:50Z), so they compare as strings.
CREATE TABLE tm_unit (
  id          INTEGER PRIMARY KEY,
  unit_key    TEXT UNIQUE,      -- what makes a unit a duplicate: tuid, source text, or document + position
  tuid        TEXT,
  origin      TEXT NOT NULL CHECK (origin IN ('aligned', 'imported', 'confirmed')),
  doc_symbol  TEXT,
  confidence  REAL,
  src_lang    TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  created_by  TEXT,
  changed_at  TEXT NOT NULL,
  changed_by  TEXT,
  props       TEXT,             -- JSON [[type, value], ...] kept from TMX
  notes       TEXT              -- JSON [note, ...] kept from TMX
);
CREATE INDEX tm_unit_doc ON tm_unit(doc_symbol);
CREATE INDEX tm_unit_changed ON tm_unit(changed_at);
CREATE TABLE tm_variant (
  unit_id  INTEGER NOT NULL REFERENCES tm_unit(id) ON DELETE CASCADE,
  lang     TEXT NOT NULL,
  text     TEXT NOT NULL,       -- plain text: what is searched and compared
  codes    TEXT,                -- the segment as TMX markup when it has inline codes (bpt, ept, ph, it, hi, ut)
  props    TEXT,
  notes    TEXT,
  PRIMARY KEY (unit_id, lang)
) WITHOUT ROWID;
-- Inverted index: the ids of the units whose variant in lang contains term (see Postings for the blob format).
CREATE TABLE tm_posting (
  lang  TEXT NOT NULL,
  term  TEXT NOT NULL,
  df    INTEGER NOT NULL,
  ids   BLOB NOT NULL,
  PRIMARY KEY (lang, term)
) WITHOUT ROWID
