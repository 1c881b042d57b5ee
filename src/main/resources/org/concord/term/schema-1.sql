-- Termbase, version 1: concepts → language sections → terms, every level with its TBX data categories.
CREATE TABLE concept (
  id INTEGER PRIMARY KEY,
  ext_id TEXT NOT NULL UNIQUE,
  subject_field TEXT,
  definition TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);
CREATE TABLE lang_section (
  id INTEGER PRIMARY KEY,
  concept_id INTEGER NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
  lang TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  UNIQUE (concept_id, lang)
);
CREATE TABLE term (
  id INTEGER PRIMARY KEY,
  section_id INTEGER NOT NULL REFERENCES lang_section(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  ext_id TEXT,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  norm TEXT NOT NULL, -- lower case, no diacritics, words separated by single spaces
  status TEXT CHECK (status IN ('preferred', 'admitted', 'deprecated', 'superseded')),
  part_of_speech TEXT,
  term_type TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);
CREATE INDEX term_section ON term(section_id);
-- An abbreviation or acronym and the full form it stands for (WMD ↔ weapons of mass destruction).
CREATE TABLE term_link (
  short_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
  full_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
  PRIMARY KEY (short_id, full_id)
);
CREATE INDEX term_link_full ON term_link(full_id);
-- Definitions, notes, sources, contexts, cross-references, transactions: one row per TBX data category,
-- groups (descripGrp, transacGrp...) as parents of their parts. Exactly one of the three levels owns a row.
CREATE TABLE info (
  id INTEGER PRIMARY KEY,
  concept_id INTEGER NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
  section_id INTEGER REFERENCES lang_section(id) ON DELETE CASCADE,
  term_id INTEGER REFERENCES term(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES info(id) ON DELETE CASCADE,
  element TEXT NOT NULL,
  type TEXT,
  value TEXT,
  target TEXT
);
CREATE INDEX info_concept ON info(concept_id);
CREATE INDEX info_parent ON info(parent_id);
-- TBX back matter (responsible persons...) that transacNote targets point to.
CREATE TABLE ref_object (
  id INTEGER PRIMARY KEY,
  section TEXT NOT NULL,
  ext_id TEXT,
  item_type TEXT,
  value TEXT
);
