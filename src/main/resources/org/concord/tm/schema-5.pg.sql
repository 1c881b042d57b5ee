-- Translation memory, version 5, on PostgreSQL: as schema-5.sql, with BYTEA for blobs. Blobs are stored without
-- compression (STORAGE EXTERNAL): postings are compressed already, and reading a long one then needs no inflating.
CREATE TABLE tm_pair_group (
  lang   TEXT COLLATE "C" NOT NULL,
  grp    INTEGER NOT NULL,
  chunk  INTEGER NOT NULL,
  ids    BYTEA NOT NULL
)
;
ALTER TABLE tm_pair_group ALTER COLUMN ids SET STORAGE EXTERNAL
;
CREATE UNIQUE INDEX tm_pair_group_key ON tm_pair_group(lang, grp, chunk)
;
CREATE TABLE tm_posting_v5 (
  lang   TEXT COLLATE "C" NOT NULL,
  term   TEXT COLLATE "C" NOT NULL,
  chunk  INTEGER NOT NULL,
  df     INTEGER NOT NULL,
  ids    BYTEA NOT NULL
)
;
ALTER TABLE tm_posting_v5 ALTER COLUMN ids SET STORAGE EXTERNAL
;
ALTER TABLE tm_length ALTER COLUMN data SET STORAGE EXTERNAL
;
INSERT INTO tm_posting_v5(lang, term, chunk, df, ids) SELECT lang, term, chunk, df, ids FROM tm_posting ORDER BY lang, term, chunk
;
DROP TABLE tm_posting
;
ALTER TABLE tm_posting_v5 RENAME TO tm_posting
;
CREATE INDEX tm_posting_term ON tm_posting(lang, term, chunk, df)
