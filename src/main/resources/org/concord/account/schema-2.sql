-- Signed-in sessions of the team server, in the database: every server behind a load balancer knows them, and a
-- restart signs nobody out. The id is kept only as its SHA-256 (hex), so a copy of this table signs nobody in; the
-- CSRF token is useless without the id. last_seen is in epoch seconds.
CREATE TABLE web_session (
    id_hash   VARCHAR(64) PRIMARY KEY,
    user_name VARCHAR(64) NOT NULL,
    csrf      VARCHAR(64) NOT NULL,
    last_seen BIGINT      NOT NULL
);
CREATE INDEX web_session_user ON web_session(user_name);
-- Failed sign-ins, so that the lockout counts the failures made through every server, not one server's share.
CREATE TABLE login_failure (
    user_key  VARCHAR(64) NOT NULL,
    failed_at BIGINT      NOT NULL
);
CREATE INDEX login_failure_user ON login_failure(user_key, failed_at);
CREATE INDEX login_failure_at ON login_failure(failed_at);
