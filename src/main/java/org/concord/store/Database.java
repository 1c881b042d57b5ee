package org.concord.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.concord.InputException;
import org.sqlite.SQLiteConfig;

/**
 * An open SQLite file shared by the termbase and the memory. WAL and a busy timeout let several concord processes
 * use one file; each schema ("term", "tm") is migrated on its own through {@link #migrate}.
 */
public final class Database implements AutoCloseable {

    /** Where commands keep their data unless --db says otherwise. */
    public static final Path DEFAULT_PATH = Path.of("concord.db");

    /**
     * Where the main job writes the TMX and check reports for a database, and where {@code concord serve} looks for the
     * latest report: a folder named "out" beside the database file.
     */
    public static Path outputFolder(Path database) {
        Path parent = database.toAbsolutePath().getParent();
        return parent == null ? Path.of("out") : parent.resolve("out");
    }

    private static final int PAGE_SIZE = 8_192;

    private final Connection connection;
    private final Path path;

    private Database(Connection connection, Path path) {
        this.connection = connection;
        this.path = path;
    }

    public static Database open(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(10_000);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.enforceForeignKeys(true);
            // Transactions take the write lock when they begin: two writers then queue on the busy timeout instead
            // of one failing half-way when it upgrades a read lock.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
            try (Statement s = c.createStatement()) {
                // A new file gets 8 KiB pages (SQLite ignores this for an existing one): a million-unit import then
                // writes half as many pages to the WAL and back, and took 18.6 s where 4 KiB pages took 19.5 s.
                // 16 KiB imported faster still, but fuzzy lookups, which read rows scattered over the file, slowed.
                // It must come before WAL mode, whose switch writes the file's first page.
                s.execute("PRAGMA page_size = " + PAGE_SIZE);
                walMode(s);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return new Database(c, path);
        } catch (SQLException | java.io.IOException e) {
            throw new InputException(path + ": cannot open database: " + e.getMessage(), e);
        }
    }

    /** How long opening waits for a writer holding the file in rollback-journal mode (see withRollbackJournal). */
    private static final long OPEN_WAIT_MILLIS = 10 * 60 * 1000;

    /**
     * Puts the file in WAL mode. While an import into an empty memory holds it in rollback-journal mode, the switch is
     * refused as busy: opening then waits for that import, as a second writer waits for the first.
     */
    private static void walMode(Statement s) throws SQLException {
        long deadline = System.currentTimeMillis() + OPEN_WAIT_MILLIS;
        while (true) {
            try {
                s.execute("PRAGMA journal_mode = WAL");
                return;
            } catch (SQLException e) {
                String m = String.valueOf(e.getMessage());
                boolean busy = m.contains("SQLITE_BUSY") || m.contains("database is locked");
                if (!busy || System.currentTimeMillis() > deadline) throw e;
                try {
                    Thread.sleep(100);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** An in-memory database, for tests and one-shot commands that keep nothing. */
    public static Database inMemory() {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            return new Database(c, Path.of(":memory:"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Connection connection() {
        return connection;
    }

    public Path path() {
        return path;
    }

    /**
     * Brings schema {@code name} up to the newest version: migration i (0-based) runs once, when the stored version is
     * i, inside one transaction with the version bump.
     */
    public void migrate(String name, List<Migration> migrations) {
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (name TEXT PRIMARY KEY, version INTEGER NOT NULL)");
            }
            int current = version(name);
            if (current > migrations.size()) {
                throw new InputException(path + ": schema '" + name + "' is version " + current
                    + ", newer than this concord knows (" + migrations.size() + ")");
            }
            for (int v = current; v < migrations.size(); v++) {
                int target = v + 1;
                // Foreign keys can only be turned off outside a transaction (see Migration.withoutForeignKeys).
                boolean keysOff = migrations.get(target - 1) instanceof Migration.WithoutForeignKeys;
                if (keysOff) setForeignKeys(false);
                try {
                    inTransaction(() -> {
                        migrations.get(target - 1).apply(connection);
                        try (PreparedStatement ps = connection.prepareStatement(
                                "INSERT INTO schema_version(name, version) VALUES (?, ?) "
                                    + "ON CONFLICT(name) DO UPDATE SET version = excluded.version")) {
                            ps.setString(1, name);
                            ps.setInt(2, target);
                            ps.executeUpdate();
                        }
                        return null;
                    });
                } finally {
                    if (keysOff) setForeignKeys(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(path + ": migration of '" + name + "' failed: " + e.getMessage(), e);
        }
    }

    private void setForeignKeys(boolean on) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
    }

    public int version(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT version FROM schema_version WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /**
     * Runs {@code work} (a transaction of its own) with SQLite's rollback journal instead of the write-ahead log, then
     * goes back to the log. For a large write into an empty table: pages appended past the file's old end are not
     * journaled, so the file is written once and the disk holds one copy, where the log holds every page again
     * before it is copied in (a 10-million-unit import would need twice the database's size). A failed or
     * interrupted write still leaves the file as it was: the journal keeps the old content of the pages changed, and
     * the file is cut back to its old length. Readers wait while the work runs. When another connection has the
     * file open, the journal mode cannot change: the work then runs with the log, as any other.
     */
    public <T> T withRollbackJournal(java.util.function.Supplier<T> work) {
        if (path.toString().equals(":memory:")) return work.get();
        boolean switched;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode = DELETE")) {
            switched = rs.next() && rs.getString(1).equalsIgnoreCase("delete");
        } catch (SQLException e) {
            switched = false; // busy: another connection keeps the log in use
        }
        if (!switched) return work.get();
        RuntimeException failure = null;
        try {
            return work.get();
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                rs.next();
            } catch (SQLException e) {
                if (failure != null) failure.addSuppressed(e);
                else throw new IllegalStateException(path + ": cannot return to WAL mode: " + e.getMessage(), e);
            }
        }
    }

    /** Work that runs in one transaction: committed when it returns, rolled back when it throws anything. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    public <T> T inTransaction(Work<T> work) {
        try {
            boolean outer = connection.getAutoCommit();
            if (!outer) return work.run(); // already inside a transaction: join it
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(connection, e);
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException again) {
                    e.addSuppressed(again); // no transaction left to end: SQLite rolled it back itself
                }
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rolls back the transaction {@code failure} ended. SQLite has often rolled back already (after a full disk or an
     * I/O error), so the rollback's own failure ("no transaction is active") is kept beside the failure, never in
     * its place: the user must hear that the disk is full.
     */
    public static void rollbackAfter(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** As {@link #rollbackAfter(Connection, Exception)} for a transaction begun with a BEGIN statement on {@code s}. */
    public static void rollbackAfter(Statement s, Exception failure) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
