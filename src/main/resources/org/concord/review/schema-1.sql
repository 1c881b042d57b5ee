-- Versions, history and proposals of the team server's term edits. Plain SQL types, so that the same statements run
-- on PostgreSQL: ids are given by the writer (max + 1 inside its transaction), not by an engine-specific sequence.
CREATE TABLE concept_version (
    concept_id VARCHAR(200) PRIMARY KEY,
    version    BIGINT       NOT NULL
);
CREATE TABLE concept_change (
    id          BIGINT       PRIMARY KEY,
    concept_id  VARCHAR(200) NOT NULL,
    changed_by  VARCHAR(64)  NOT NULL,
    changed_at  VARCHAR(32)  NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    proposal_id BIGINT
);
CREATE INDEX concept_change_concept ON concept_change(concept_id, id);
CREATE TABLE proposal (
    id          BIGINT       PRIMARY KEY,
    concept_id  VARCHAR(200),
    proposed_by VARCHAR(64)  NOT NULL,
    proposed_at VARCHAR(32)  NOT NULL,
    edit_json   TEXT         NOT NULL,
    state       VARCHAR(16)  NOT NULL,
    reviewed_by VARCHAR(64),
    reviewed_at VARCHAR(32),
    review_comment TEXT
);
CREATE INDEX proposal_state ON proposal(state, id);
