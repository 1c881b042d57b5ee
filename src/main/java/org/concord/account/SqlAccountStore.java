package org.concord.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concord.store.Database;
import org.concord.store.Migration;

/** Accounts in the Concord database (schema "account"); bound parameters only, one statement at a time. */
public final class SqlAccountStore implements AccountStore {
    static final String SCHEMA = "account";
    /** Accounts, then sign-ins (sessions and failed attempts, see {@link SignInStore}). */
    static final List<Migration> MIGRATIONS = List.of(Migration.sqlResource(SqlAccountStore.class, "schema-1.sql"),
        Migration.sqlResource(SqlAccountStore.class, "schema-2.sql"));

    private final Database db;

    public SqlAccountStore(Database db) {
        this.db = db;
        db.migrate(SCHEMA, MIGRATIONS);
    }

    private Connection c() {
        return db.connection();
    }

    @Override
    public synchronized boolean insert(Stored account) {
        return run(() -> {
            // Two processes may add the same name at once: the database, not a look beforehand, decides who got it.
            try (PreparedStatement ps = c().prepareStatement(
                    "INSERT INTO account(name, role, password_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
                ps.setString(1, account.user().name());
                ps.setString(2, account.user().role().code());
                ps.setString(3, account.passwordHash());
                ps.setString(4, account.user().created().toString());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public synchronized Optional<Stored> find(String name) {
        return run(() -> {
            try (PreparedStatement ps = c().prepareStatement(
                    "SELECT name, role, created_at, password_hash FROM account WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Stored(user(rs), rs.getString(4))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public synchronized List<User> list() {
        return run(() -> {
            List<User> out = new ArrayList<>();
            try (PreparedStatement ps = c().prepareStatement("SELECT name, role, created_at FROM account ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(user(rs));
            }
            return out;
        });
    }

    /** Removes the account and ends its sessions on every server. */
    @Override
    public synchronized boolean delete(String name) {
        return db.inTransaction(() -> {
            update("DELETE FROM web_session WHERE user_name = ?", name);
            return update("DELETE FROM account WHERE name = ?", name);
        });
    }

    @Override
    public synchronized boolean updateRole(String name, Role role) {
        return update("UPDATE account SET role = ? WHERE name = ?", role.code(), name);
    }

    /** Sets a new password and ends the account's sessions: whoever knew the old one is signed out everywhere. */
    @Override
    public synchronized boolean updatePasswordHash(String name, String passwordHash) {
        return db.inTransaction(() -> {
            update("DELETE FROM web_session WHERE user_name = ?", name);
            return update("UPDATE account SET password_hash = ? WHERE name = ?", passwordHash, name);
        });
    }

    @Override
    public synchronized long count() {
        return run(() -> {
            try (PreparedStatement ps = c().prepareStatement("SELECT count(*) FROM account"); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    private boolean update(String sql, String... params) {
        return run(() -> {
            try (PreparedStatement ps = c().prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) ps.setString(i + 1, params[i]);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString(1), Role.parse(rs.getString(2)), Instant.parse(rs.getString(3)));
    }

    private <T> T run(Database.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + e.getMessage(), e);
        }
    }
}
