-- Translation memory, version 2, on PostgreSQL: as schema-2.sql, with BYTEA for blobs.
CREATE TABLE tm_length (
  lang   TEXT COLLATE "C" NOT NULL,
  chunk  INTEGER NOT NULL,
  data   BYTEA NOT NULL,
  PRIMARY KEY (lang, chunk)
)
;
CREATE TABLE tm_pair (
  lang    TEXT COLLATE "C" NOT NULL,
  bucket  INTEGER NOT NULL,
  chunk   INTEGER NOT NULL,
  ids     BYTEA NOT NULL,
  PRIMARY KEY (lang, bucket, chunk)
)
;
CREATE TABLE tm_pairs_from (first_id BIGINT NOT NULL);
INSERT INTO tm_pairs_from SELECT coalesce(max(id), 0) + 1 FROM tm_unit
