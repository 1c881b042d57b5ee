-- History entries and proposals take max(id) + 1 inside their writer's transaction. On SQLite that transaction holds
-- the database's write lock from its start; PostgreSQL runs two servers' transactions at once, so each writer first
-- updates this row, and a second writer waits there until the first has committed its id.
CREATE TABLE review_lock (
    name  VARCHAR(32) PRIMARY KEY,
    taken BIGINT      NOT NULL
);
INSERT INTO review_lock(name, taken) VALUES ('ids', 0);
