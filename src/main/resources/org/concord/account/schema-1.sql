-- Accounts of the team server. Plain SQL types, so the same statements run on PostgreSQL.
CREATE TABLE account (
    name          VARCHAR(64)  PRIMARY KEY,
    role          VARCHAR(16)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    created_at    VARCHAR(32)  NOT NULL
);
