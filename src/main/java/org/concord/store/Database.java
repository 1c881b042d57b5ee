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
 * An open Concord database shared by the termbase, the memory, accounts and history: a SQLite file (WAL and a busy
 * timeout let several concord processes use one file) or a PostgreSQL database (one connection borrowed from a
 * HikariCP pool shared by every Database open on the same server and database). Each schema ("term", "tm", ...) is
 * migrated on its own through {@link #migrate}, from one list of steps for both stores.
 */
public final class Database implements AutoCloseable {

    /** Where commands keep their data unless --db (or $CONCORD_DB) says otherwise. */
    public static final Path DEFAULT_PATH = Path.of("concord.db");

    /** The SQL a database speaks, where the stores must say things differently. */
    public enum Dialect { SQLITE, POSTGRESQL }

    private static final int PAGE_SIZE = 8_192;

    private final Connection connection;
    private final DbLocation location;
    private final Dialect dialect;

    private Database(Connection connection, DbLocation location, Dialect dialect) {
        this.connection = connection;
        this.location = location;
        this.dialect = dialect;
    }

    /**
     * Opens the database at {@code location}: a SQLite file is created when missing; a PostgreSQL database must exist
     * (empty, or Concord's). Bad input (one line naming the file, or host and database, never a password) when it
     * cannot be reached or holds another application's tables.
     */
    public static Database open(DbLocation location) {
        Database db = location instanceof DbLocation.Postgres pg ? PostgresPools.open(pg) : openSqlite(location.file());
        try {
            db.refuseForeignTables();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Opens (or creates) the SQLite file {@code path}. */
    public static Database open(Path path) {
        return open(DbLocation.of(path));
    }

    static Database postgres(Connection c, DbLocation.Postgres location) {
        return new Database(c, location, Dialect.POSTGRESQL);
    }

    private static Database openSqlite(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
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
            return new Database(c, DbLocation.of(path), Dialect.SQLITE);
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

    private static final String IN_MEMORY = ":memory:";
    /** How long a SQLite statement waits for another connection's lock before it fails as busy. */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    /** An in-memory database, for tests and one-shot commands that keep nothing. */
    public static Database inMemory() {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            return new Database(c, DbLocation.of(Path.of(IN_MEMORY)), Dialect.SQLITE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Refuses a database that holds tables but no schema_version: another application's, which Concord must not add
     * its tables to (nor, later, drop its indexes).
     */
    private void refuseForeignTables() {
        String tables = dialect == Dialect.SQLITE
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name";
        List<String> found = new java.util.ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(tables)) {
            while (rs.next()) found.add(rs.getString(1));
        } catch (SQLException e) {
            throw new InputException(location + ": cannot read the database: " + e.getMessage(), e);
        }
        if (!found.isEmpty() && !found.contains("schema_version")) {
            throw new InputException(location + ": not a Concord database: it holds tables of another application ("
                + String.join(", ", found.subList(0, Math.min(3, found.size()))) + (found.size() > 3 ? ", ..." : "")
                + ") and no schema_version; give an empty database or a Concord one");
        }
    }

    public Connection connection() {
        return connection;
    }

    /** Where this database is; printed, it never shows a password. */
    public DbLocation location() {
        return location;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** A SQLite file, which another connection can open too: not PostgreSQL, not {@link #inMemory}. */
    public boolean isSqliteFile() {
        return dialect == Dialect.SQLITE && !location.toString().equals(IN_MEMORY);
    }

    /** Another connection to this SQLite file, read-only, for a reader on a thread of its own; the caller closes it. */
    public Connection openReadOnly() throws SQLException {
        if (!isSqliteFile()) throw new IllegalStateException(location + " is not a SQLite file");
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return DriverManager.getConnection("jdbc:sqlite:" + location.file(), config.toProperties());
    }

    @Override
    public String toString() {
        return location.toString();
    }

    /**
     * Brings schema {@code name} up to the newest version: migration i (0-based) runs once, when the stored version is
     * i, inside one transaction with the version bump. On PostgreSQL the whole run is one transaction holding an
     * advisory lock, so two servers starting at once migrate one after the other (the second finds nothing to do).
     */
    public void migrate(String name, List<Migration> migrations) {
        try {
            if (dialect == Dialect.POSTGRESQL) {
                inTransaction(() -> {
                    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                        lock.setLong(1, MIGRATION_LOCK);
                        lock.executeQuery().close();
                    }
                    migrateSteps(name, migrations);
                    return null;
                });
            } else {
                migrateSteps(name, migrations);
            }
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException) throw new IllegalStateException(location + ": migration of '" + name + "' failed: "
                + e.getCause().getMessage(), e.getCause());
            throw e;
        } catch (SQLException e) {
            throw new IllegalStateException(location + ": migration of '" + name + "' failed: " + e.getMessage(), e);
        }
    }

    /** The advisory lock ("concord" in ASCII) that serialises migrations on one PostgreSQL database. */
    private static final long MIGRATION_LOCK = 0x636f6e636f7264L;

    private void migrateSteps(String name, List<Migration> migrations) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (name " + (dialect == Dialect.POSTGRESQL ? "VARCHAR(64)" : "TEXT")
                + " PRIMARY KEY, version INTEGER NOT NULL)");
        }
        int current = version(name);
        if (current > migrations.size()) {
            throw new InputException(location + ": schema '" + name + "' is version " + current
                + ", newer than this concord knows (" + migrations.size() + "); nothing was changed");
        }
        for (int v = current; v < migrations.size(); v++) {
            int target = v + 1;
            // Foreign keys can only be turned off outside a transaction (see Migration.withoutForeignKeys); PostgreSQL
            // checks them at each statement of the step, which alters tables in place instead.
            boolean keysOff = dialect == Dialect.SQLITE && migrations.get(target - 1) instanceof Migration.WithoutForeignKeys;
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
        if (!isSqliteFile()) return work.get();
        boolean switched;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode = DELETE")) {
            switched = rs.next() && rs.getString(1).equalsIgnoreCase("delete");
        } catch (SQLException e) {
            switched = false; // busy: another connection keeps the log in use
        }
        if (!switched) return work.get();
        return thenRestoring(work, "cannot return to WAL mode", () -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                rs.next();
            }
        });
    }

    /** A setting put back after a piece of work. */
    private interface Restore {
        void run() throws SQLException;
    }

    /**
     * Runs {@code work}, then {@code restore} also when the work fails: a failure to restore is then suppressed in the
     * work's, else raised as itself ({@code what} says what could not be done).
     */
    private <T> T thenRestoring(java.util.function.Supplier<T> work, String what, Restore restore) {
        RuntimeException failure = null;
        try {
            return work.get();
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            try {
                restore.run();
            } catch (SQLException e) {
                if (failure != null) failure.addSuppressed(e);
                else throw new IllegalStateException(location + ": " + what + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Runs {@code work} (a transaction of its own) with SQLite's foreign keys not enforced, then enforces them again,
     * also when it fails. Only for writers that write both sides of every reference themselves and can say why each
     * row they write has its parent: SQLite then skips a look-up in the parent table for every child row (a tenth of
     * an import's variant inserts) and the cascades of deletes, so such a writer deletes children itself. The pragma
     * is a no-op inside a transaction, hence around it. PostgreSQL keeps its checks (turning them off needs a superuser).
     */
    public <T> T withoutForeignKeys(java.util.function.Supplier<T> work) {
        if (dialect != Dialect.SQLITE) return work.get();
        try {
            if (!connection.getAutoCommit()) return work.get(); // inside a caller's transaction: the pragma would do nothing
            setForeignKeys(false);
        } catch (SQLException e) {
            throw new IllegalStateException(location + ": " + e.getMessage(), e);
        }
        return thenRestoring(work, "cannot enforce foreign keys again", () -> setForeignKeys(true));
    }

    /**
     * Inside a transaction that is about to write rows whose ids it computes (max + 1) or whose uniqueness it checks
     * first: on PostgreSQL, waits for the other writers of {@code schema} and holds them off until this transaction
     * ends (an advisory lock). SQLite needs nothing: its transactions begin by taking the file's write lock.
     */
    public void lockForWrites(String schema) throws SQLException {
        if (dialect != Dialect.POSTGRESQL) return;
        if (connection.getAutoCommit()) throw new IllegalStateException("lockForWrites outside a transaction");
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, MIGRATION_LOCK ^ ((long) schema.hashCode() << 8));
            lock.executeQuery().close();
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
            throw new IllegalStateException(location + ": " + e.getMessage(), e);
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

    /** Closes the SQLite file, or gives the connection back to its pool (closed with the last Database using it). */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            if (location instanceof DbLocation.Postgres pg) PostgresPools.release(pg);
        }
    }
}
