-- Translation memory, version 3, on PostgreSQL: as schema-3.sql, with BYTEA for blobs.
CREATE TABLE tm_posting_v3 (
  lang   TEXT COLLATE "C" NOT NULL,
  term   TEXT COLLATE "C" NOT NULL,
  chunk  INTEGER NOT NULL,
  df     INTEGER NOT NULL,
  ids    BYTEA NOT NULL,
  PRIMARY KEY (lang, term, chunk)
)
;
INSERT INTO tm_posting_v3(lang, term, chunk, df, ids) SELECT lang, term, 0, df, ids FROM tm_posting
;
DROP TABLE tm_posting
;
ALTER TABLE tm_posting_v3 RENAME TO tm_posting
