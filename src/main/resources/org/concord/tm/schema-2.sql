-- Translation memory, version 2: each variant's word count, so fuzzy search can bound a candidate's score by the
-- lengths alone before reading its text. Appended in chunks like the postings (see Postings.encodeLengths): a later
-- chunk overrides an earlier one for the same unit. Units written before version 2 have no length and are bounded
-- by their shared words only.
CREATE TABLE tm_length (
  lang   TEXT NOT NULL,
  chunk  INTEGER NOT NULL,
  data   BLOB NOT NULL,
  PRIMARY KEY (lang, chunk)
) WITHOUT ROWID
