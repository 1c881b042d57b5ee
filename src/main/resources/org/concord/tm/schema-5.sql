-- Translation memory, version 5: the index is stored so that an import appends to it instead of inserting into it.
-- Both posting tables become rowid tables keyed by a small index: a flush's blobs then fill new pages in the order
-- written, where a table clustered on its key had them land at random places, splitting pages that a later flush
-- split again. Word-pair postings are also stored a group of buckets to a row (Postings.Group, Index.pairGroup):
-- a flush wrote a row per bucket, 65,536 per language, about a tenth of a million-unit import's time. The rows of
-- tm_pair are regrouped into tm_pair_group by PostingsWriter.regroupPairs, which then drops tm_pair.
CREATE TABLE tm_pair_group (
  lang   TEXT NOT NULL,
  grp    INTEGER NOT NULL,
  chunk  INTEGER NOT NULL,
  ids    BLOB NOT NULL
)
;
CREATE UNIQUE INDEX tm_pair_group_key ON tm_pair_group(lang, grp, chunk)
;
CREATE TABLE tm_posting_v5 (
  lang   TEXT NOT NULL,
  term   TEXT NOT NULL,
  chunk  INTEGER NOT NULL,
  df     INTEGER NOT NULL,
  ids    BLOB NOT NULL
)
;
INSERT INTO tm_posting_v5(lang, term, chunk, df, ids) SELECT lang, term, chunk, df, ids FROM tm_posting ORDER BY lang, term, chunk
;
DROP TABLE tm_posting
;
ALTER TABLE tm_posting_v5 RENAME TO tm_posting
;
-- df in the index: a word's document frequency is summed without reading its blobs.
CREATE INDEX tm_posting_term ON tm_posting(lang, term, chunk, df)
