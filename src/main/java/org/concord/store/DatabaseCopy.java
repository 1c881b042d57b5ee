package org.concord.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.concord.InputException;
import org.sqlite.SQLiteConfig;

/**
 * Copies a whole Concord database (termbase, memory, accounts, review history, dictionaries: every table the
 * schemas made) into a new file. Generic over tables: it reads the source's own schema, so a schema added later is
 * copied without a change here, and every value travels as a bound parameter. The source is read in one read
 * transaction (a consistent snapshot even while a server writes to it); the copy is written to a temporary file
 * beside the target and moved into place only when complete, so a kill or a full disk leaves no half copy.
 */
public final class DatabaseCopy {
    private DatabaseCopy() {}

    /** What was copied. */
    public record Copied(int tables, long rows) {}

    /** Told the rows copied so far out of all rows. */
    @FunctionalInterface
    public interface Progress {
        void rows(long done, long total);
    }

    private record SchemaObject(String type, String name, String sql) {}

    /** Copies the database --from names into the one --to names. */
    public static Copied copy(String from, String to, Progress progress) {
        return copy(Path.of(from), Path.of(to), progress);
    }

    public static Copied copy(Path from, Path to, Progress progress) {
        if (!Files.isRegularFile(from)) throw new InputException(from + ": no such database");
        refuseNonEmpty(to);
        Path target = to.toAbsolutePath();
        Path tmp;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw new InputException(to + ": cannot write: " + e.getMessage(), e);
        }
        try {
            Copied copied;
            try (Connection source = openReadOnly(from); Database copy = Database.open(tmp)) {
                copied = copy(from, source, copy.connection(), progress);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return copied;
        } catch (SQLException e) {
            throw new IllegalStateException(from + " → " + to + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(to + ": cannot write: " + e.getMessage(), e);
        } finally {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                try {
                    Files.deleteIfExists(Path.of(tmp + suffix));
                } catch (IOException ignored) {
                    // a leftover hidden .part file is untidy, not wrong: the target is whole or absent
                }
            }
        }
    }

    private static Copied copy(Path from, Connection source, Connection target, Progress progress) throws SQLException {
        source.setAutoCommit(false); // one read transaction: every table from the same moment
        try {
            List<SchemaObject> schema = schema(from, source);
            List<SchemaObject> tables = schema.stream().filter(o -> o.type().equals("table")).toList();
            long total = 0;
            for (SchemaObject t : tables) total += rowCount(source, t.name());
            try (Statement s = target.createStatement()) {
                // Rows arrive table by table, not in the order their references need; checked once at the end.
                s.execute("PRAGMA foreign_keys = OFF");
            }
            target.setAutoCommit(false);
            try {
                try (Statement s = target.createStatement()) {
                    for (SchemaObject t : tables) s.execute(t.sql());
                }
                long done = 0;
                for (SchemaObject t : tables) done = copyRows(source, target, t.name(), done, total, progress);
                copySequences(source, target);
                try (Statement s = target.createStatement()) {
                    // Indexes after the rows: building each once is faster than keeping it up row by row.
                    for (SchemaObject o : schema) if (!o.type().equals("table")) s.execute(o.sql());
                    s.execute("PRAGMA user_version = " + pragmaInt(source, "user_version"));
                    try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                        if (rs.next()) throw new SQLException("the source breaks a foreign key of table " + rs.getString(1));
                    }
                }
                target.commit();
                return new Copied(tables.size(), done);
            } catch (SQLException | RuntimeException e) {
                Database.rollbackAfter(target, e);
                throw e;
            }
        } finally {
            Database.rollbackAfter(source, new SQLException("end of read"));
        }
    }

    private static List<SchemaObject> schema(Path from, Connection source) {
        List<SchemaObject> out = new ArrayList<>();
        boolean concord = false;
        try (Statement s = source.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")) {
            while (rs.next()) {
                String name = rs.getString(2);
                if (name.equals("schema_version")) concord = true;
                if (name.startsWith("sqlite_")) continue; // SQLite's own (sqlite_sequence, sqlite_stat1): made by SQLite
                out.add(new SchemaObject(rs.getString(1), name, rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new InputException(from + ": not a SQLite database (" + e.getMessage() + ")", e);
        }
        if (!concord) throw new InputException(from + ": not a Concord database (it has no schema_version table)");
        return out;
    }

    private static long copyRows(Connection source, Connection target, String table, long done, long total,
                                 Progress progress) throws SQLException {
        try (Statement read = source.createStatement(); ResultSet rs = read.executeQuery("SELECT * FROM " + quote(table))) {
            int columns = rs.getMetaData().getColumnCount();
            String insert = "INSERT INTO " + quote(table) + " VALUES (" + "?, ".repeat(columns - 1) + "?)";
            try (PreparedStatement write = target.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) write.setObject(i, rs.getObject(i));
                    write.executeUpdate();
                    if (++done % 10_000 == 0) progress.rows(done, total);
                }
            }
        }
        progress.rows(done, total);
        return done;
    }

    /** AUTOINCREMENT counters: a copy must not hand out again an id the source had used and deleted. */
    private static void copySequences(Connection source, Connection target) throws SQLException {
        if (!hasTable(source, "sqlite_sequence") || !hasTable(target, "sqlite_sequence")) return;
        try (Statement s = target.createStatement()) {
            s.execute("DELETE FROM sqlite_sequence");
        }
        try (Statement read = source.createStatement(); ResultSet rs = read.executeQuery("SELECT name, seq FROM sqlite_sequence");
             PreparedStatement write = target.prepareStatement("INSERT INTO sqlite_sequence(name, seq) VALUES (?, ?)")) {
            while (rs.next()) {
                write.setString(1, rs.getString(1));
                write.setLong(2, rs.getLong(2));
                write.executeUpdate();
            }
        }
    }

    private static void refuseNonEmpty(Path to) {
        try {
            if (!Files.exists(to) || Files.size(to) == 0) return;
        } catch (IOException e) {
            throw new InputException(to + ": cannot read: " + e.getMessage(), e);
        }
        boolean empty;
        try (Connection c = openReadOnly(to); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            empty = rs.next() && rs.getLong(1) == 0;
        } catch (SQLException e) {
            empty = false; // some other file: never overwritten
        }
        if (!empty) throw new InputException(to + ": exists and is not empty; db copy writes only into a new or empty database");
    }

    private static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    private static long rowCount(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quote(table))) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** A table name as an SQL identifier: names come from the source's schema, never from the user. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
