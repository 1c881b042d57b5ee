-- Translation memory, version 3. Word postings are appended in chunks, like the pairs: each flush of an import writes
-- one row per word it saw (chunk: the number of its tm_length row), so an import never reads back or rewrites what
-- is stored. A word's postings are its rows in chunk order, its df their sum. Version 2's postings become chunk 0.
CREATE TABLE tm_posting_v3 (
  lang   TEXT NOT NULL,
  term   TEXT NOT NULL,
  chunk  INTEGER NOT NULL,
  df     INTEGER NOT NULL,
  ids    BLOB NOT NULL,
  PRIMARY KEY (lang, term, chunk)
) WITHOUT ROWID
;
INSERT INTO tm_posting_v3(lang, term, chunk, df, ids) SELECT lang, term, 0, df, ids FROM tm_posting
;
DROP TABLE tm_posting
;
ALTER TABLE tm_posting_v3 RENAME TO tm_posting
