-- Translation memory, version 2. Each variant's word count, so fuzzy search can bound a candidate's score by the
-- lengths alone before reading its text. Appended in chunks like the postings (see Postings.encodeLengths): a later
-- chunk overrides an earlier one for the same unit. Units written before version 2 have no length and are bounded
-- by their shared words only.
CREATE TABLE tm_length (
  lang   TEXT NOT NULL,
  chunk  INTEGER NOT NULL,
  data   BLOB NOT NULL,
  PRIMARY KEY (lang, chunk)
) WITHOUT ROWID
;
-- Word pairs: the units in which two words follow each other, pairs hashed into buckets (see Index.pairBucket), so
-- a phrase search reads few units that lack the phrase. Each write appends one row per bucket (chunk: the same number
-- as its tm_length row), so an import never rewrites what is stored. Units written before version 2 have no pair
-- postings: from the id in tm_pairs_from on, every unit has them.
CREATE TABLE tm_pair (
  lang    TEXT NOT NULL,
  bucket  INTEGER NOT NULL,
  chunk   INTEGER NOT NULL,
  ids     BLOB NOT NULL,
  PRIMARY KEY (lang, bucket, chunk)
) WITHOUT ROWID
;
CREATE TABLE tm_pairs_from (first_id INTEGER NOT NULL);
INSERT INTO tm_pairs_from SELECT coalesce(max(id), 0) + 1 FROM tm_unit
