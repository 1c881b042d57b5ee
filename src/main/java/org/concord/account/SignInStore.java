package org.concord.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.concord.store.Database;

/**
 * The team server's sign-ins in the database (schema "account"): live sessions and recent failed attempts. Kept here,
 * not in a server's memory, so that every server on one database knows every session and counts every failure, and
 * a restart signs nobody out. Callers pass hashes, never session ids or typed user names; times are epoch milliseconds.
 */
public final class SignInStore {

    /** A session as stored: the hash of its id, its user, its CSRF token, when it was last used. */
    public record Session(String idHash, String user, String csrf, long lastSeen) {}

    private final Database db;

    public SignInStore(Database db) {
        this.db = db;
        db.migrate(SqlAccountStore.SCHEMA, SqlAccountStore.MIGRATIONS);
    }

    private Connection c() {
        return db.connection();
    }

    public synchronized void insert(Session s) {
        update("INSERT INTO web_session(id_hash, user_name, csrf, last_seen) VALUES (?, ?, ?, ?)",
            s.idHash(), s.user(), s.csrf(), s.lastSeen());
    }

    public synchronized Optional<Session> find(String idHash) {
        return run(() -> {
            try (PreparedStatement ps = c().prepareStatement(
                    "SELECT id_hash, user_name, csrf, last_seen FROM web_session WHERE id_hash = ?")) {
                ps.setString(1, idHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Session(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                        : Optional.empty();
                }
            }
        });
    }

    public synchronized void touch(String idHash, long lastSeen) {
        update("UPDATE web_session SET last_seen = ? WHERE id_hash = ? AND last_seen < ?", lastSeen, idHash, lastSeen);
    }

    public synchronized void delete(String idHash) {
        update("DELETE FROM web_session WHERE id_hash = ?", idHash);
    }

    /** Ends the sessions nobody used since {@code cutoff}. */
    public synchronized void deleteIdleSince(long cutoff) {
        update("DELETE FROM web_session WHERE last_seen < ?", cutoff);
    }

    /** Failed sign-ins for this user key after {@code since}. */
    public synchronized int failures(String userKey, long since) {
        return run(() -> {
            try (PreparedStatement ps = c().prepareStatement(
                    "SELECT count(*) FROM login_failure WHERE user_key = ? AND failed_at > ?")) {
                ps.setString(1, userKey);
                ps.setLong(2, since);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Records a failure and forgets every failure at or before {@code forgetUntil}, whoever's, in one transaction: the
     * table holds one window of failures, however many names a guesser tries.
     */
    public synchronized void recordFailure(String userKey, long at, long forgetUntil) {
        db.inTransaction(() -> {
            update("DELETE FROM login_failure WHERE failed_at <= ?", forgetUntil);
            update("INSERT INTO login_failure(user_key, failed_at) VALUES (?, ?)", userKey, at);
            return null;
        });
    }

    public synchronized void clearFailures(String userKey) {
        update("DELETE FROM login_failure WHERE user_key = ?", userKey);
    }

    private void update(String sql, Object... params) {
        run(() -> {
            try (PreparedStatement ps = c().prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    if (params[i] instanceof Long l) ps.setLong(i + 1, l);
                    else ps.setString(i + 1, (String) params[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    private <T> T run(Database.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + e.getMessage(), e);
        }
    }
}
