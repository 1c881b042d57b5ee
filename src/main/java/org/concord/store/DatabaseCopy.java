package org.concord.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.InputException;
import org.sqlite.SQLiteConfig;

/**
 * Copies a whole Concord database (termbase, memory, accounts, sessions, review history, dictionaries) into a new or
 * empty one, between SQLite files and PostgreSQL databases in either direction. The target's tables are made by the
 * stores themselves ({@link SchemaMaker}), as each would make them on that kind of database; the rows are then copied
 * table by table, generic over tables and columns, every value as a bound parameter typed by the target's column.
 *
 * <p>The source is first brought to this version's schemas (as any command that opens it would), then read in one
 * transaction: a consistent snapshot even while a server writes to it. A SQLite copy is written to a temporary file
 * beside the target and moved into place only when complete; a PostgreSQL copy is one transaction, tables and rows,
 * so a failure or a kill leaves the target as empty as it was.
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

    /** Makes schema {@code name} (or brings it up to date) in {@code db}: the stores know their tables; the copy does not. */
    @FunctionalInterface
    public interface SchemaMaker {
        void make(Database db, String name);
    }

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\u0000".getBytes(StandardCharsets.US_ASCII);
    private static final int BATCH = 500;
    private static final String VERSIONS = "schema_version";

    public static Copied copy(DbLocation from, DbLocation to, SchemaMaker schemas, Progress progress) {
        if (from.toString().equals(to.toString())) throw new InputException(to + ": is the source itself; copy into another database");
        List<String> names = upToDate(from, schemas);
        return to instanceof DbLocation.Postgres pg ? toPostgres(from, pg, names, schemas, progress)
            : toFile(from, to.file(), names, schemas, progress);
    }

    /** The source's schemas, each brought to this version's newest first: rows are copied between equal tables. */
    private static List<String> upToDate(DbLocation from, SchemaMaker schemas) {
        if (from.isFile()) {
            Path file = from.file();
            if (!Files.isRegularFile(file)) throw new InputException(file + ": no such database");
            if (!isSqlite(file)) throw new InputException(file + ": not a SQLite database");
        }
        try (Database db = Database.open(from)) {
            List<String> names = new ArrayList<>();
            try (Statement s = db.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM " + VERSIONS + " ORDER BY name")) {
                while (rs.next()) names.add(rs.getString(1));
            } catch (SQLException e) {
                throw new InputException(from + ": not a Concord database (it has no schema_version table)", e);
            }
            for (String name : names) schemas.make(db, name);
            return names;
        }
    }

    private static Copied toFile(DbLocation from, Path to, List<String> names, SchemaMaker schemas, Progress progress) {
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
            try (Database copy = Database.open(DbLocation.of(tmp))) {
                for (String name : names) schemas.make(copy, name);
                Connection c = copy.connection();
                try (Statement s = c.createStatement()) {
                    // Checked once at the end (a table may refer to itself); only possible outside a transaction.
                    s.execute("PRAGMA foreign_keys = OFF");
                }
                c.setAutoCommit(false);
                try {
                    copied = fromSnapshot(from, source -> copyRows(from, source, c, progress));
                    copySqliteSequences(from, c);
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                        if (rs.next()) throw new SQLException("the source breaks a foreign key of table " + rs.getString(1));
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    Database.rollbackAfter(c, e);
                    throw e;
                }
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

    private static Copied toPostgres(DbLocation from, DbLocation.Postgres to, List<String> names, SchemaMaker schemas,
                                     Progress progress) {
        try (Database target = Database.open(to)) {
            Connection c = target.connection();
            if (!TableCatalog.tables(c).isEmpty()) {
                throw new InputException(to + ": has tables already; db copy writes only into a new or empty database");
            }
            c.setAutoCommit(false); // tables and rows in one transaction: PostgreSQL's DDL is transactional
            try {
                for (String name : names) schemas.make(target, name);
                Copied copied = fromSnapshot(from, source -> copyRows(from, source, c, progress));
                resetPostgresSequences(c);
                c.commit();
                return copied;
            } catch (SQLException | RuntimeException e) {
                Database.rollbackAfter(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(from + " → " + to + ": " + e.getMessage(), e);
        }
    }

    private interface Reading<T> {
        T read(Connection source) throws SQLException;
    }

    /** Runs {@code reading} in one read-only transaction on the source: every table as of the same moment. */
    private static <T> T fromSnapshot(DbLocation from, Reading<T> reading) throws SQLException {
        if (from.isFile()) {
            // A connection of its own, read-only: the stores' connections take the write lock when a transaction
            // begins, which would hold a serving server's writers back for the whole copy.
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(10_000);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + from.file(), config.toProperties())) {
                c.setAutoCommit(false);
                try {
                    return reading.read(c);
                } finally {
                    Database.rollbackAfter(c, new SQLException("end of read"));
                }
            }
        }
        try (Database db = Database.open(from)) {
            Connection c = db.connection();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try {
                return reading.read(c);
            } finally {
                Database.rollbackAfter(c, new SQLException("end of read"));
                c.setAutoCommit(true);
                c.setReadOnly(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        }
    }

    private static Copied copyRows(DbLocation from, Connection source, Connection target, Progress progress) throws SQLException {
        List<String> tables = new ArrayList<>(TableCatalog.tables(source));
        tables.remove(VERSIONS); // made, with the same versions, by the schema makers
        Set<String> made = new LinkedHashSet<>(TableCatalog.tables(target));
        for (String t : tables) {
            if (!made.contains(t)) throw new InputException(from + ": table '" + t + "' is not one this concord makes; nothing was copied");
        }
        List<String> order = TableCatalog.referencedFirst(target, tables);
        long total = 0;
        for (String t : order) total += TableCatalog.rowCount(source, t);
        try (Statement s = target.createStatement()) {
            // A new database, so whatever a table holds the migrations put there (a lock row, a first id): the
            // source's rows take its place. Children first, for their foreign keys.
            for (int i = order.size() - 1; i >= 0; i--) s.executeUpdate("DELETE FROM " + TableCatalog.quote(order.get(i)));
        }
        long done = 0;
        try {
            for (String t : order) done = copyTable(source, target, t, done, total, progress);
        } catch (InputException e) {
            throw new InputException(from + ": " + e.getMessage(), e);
        }
        progress.rows(done, total);
        return new Copied(order.size(), done);
    }

    private static long copyTable(Connection source, Connection target, String table, long done, long total, Progress progress)
            throws SQLException {
        Map<String, Integer> targetTypes = TableCatalog.columnTypes(target, table);
        boolean postgresTarget = Migration.isPostgres(target);
        String select = "SELECT * FROM " + TableCatalog.quote(table) + TableCatalog.orderBy(source, table);
        try (Statement read = source.createStatement()) {
            read.setFetchSize(2_000); // PostgreSQL otherwise reads the whole table into memory
            try (ResultSet rs = read.executeQuery(select)) {
                ResultSetMetaData meta = rs.getMetaData();
                int n = meta.getColumnCount();
                String[] names = new String[n];
                int[] types = new int[n];
                Set<String> numbering = TableCatalog.numberingColumns(source, table);
                List<Integer> copied = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    names[i] = meta.getColumnName(i + 1).toLowerCase(Locale.ROOT);
                    Integer type = targetTypes.get(names[i]);
                    if (type != null) {
                        types[i] = type;
                        copied.add(i);
                    } else if (!numbering.contains(names[i])) {
                        throw new SQLException("column " + table + "." + names[i] + " of the source is not in the target");
                    } // else a PostgreSQL row number standing for SQLite's rowid: the rows arrive in its order
                }
                String insert = "INSERT INTO " + TableCatalog.quote(table) + " ("
                    + String.join(", ", copied.stream().map(i -> TableCatalog.quote(names[i])).toList()) + ")"
                    + (postgresTarget ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES (" + "?, ".repeat(copied.size() - 1) + "?)";
                try (PreparedStatement write = target.prepareStatement(insert)) {
                    int batched = 0;
                    while (rs.next()) {
                        for (int p = 0; p < copied.size(); p++) {
                            int i = copied.get(p);
                            bind(rs, i + 1, p + 1, write, types[i], postgresTarget, table + "." + names[i]);
                        }
                        write.addBatch();
                        if (++batched == BATCH) {
                            flush(write, table);
                            batched = 0;
                        }
                        if (++done % 10_000 == 0) progress.rows(done, total);
                    }
                    if (batched > 0) flush(write, table);
                }
            }
        }
        return done;
    }

    /** Writes a batch; rows the target refuses (PostgreSQL takes no NUL in text, for one) are bad input, named by table. */
    private static void flush(PreparedStatement write, String table) throws SQLException {
        try {
            write.executeBatch();
        } catch (java.sql.BatchUpdateException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new InputException("table " + table + ": the target refuses a row: " + firstLine(cause.getMessage())
                + "; nothing was copied", e);
        }
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /**
     * One value, typed by the target's column: SQLite takes any value as it comes; PostgreSQL wants the type its column
     * has, and SQLite hands back whatever was stored, whatever the column says. A value that does not fit is refused,
     * never turned into something else (text in an integer column would otherwise become 0).
     */
    private static void bind(ResultSet rs, int from, int i, PreparedStatement write, int type, boolean postgres, String column)
            throws SQLException {
        Object v = rs.getObject(from);
        if (!postgres) {
            write.setObject(i, v);
            return;
        }
        if (v == null) {
            write.setNull(i, type);
            return;
        }
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> write.setLong(i, whole(v, column));
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> write.setDouble(i, number(v, column).doubleValue());
            case Types.NUMERIC, Types.DECIMAL -> write.setBigDecimal(i, new java.math.BigDecimal(number(v, column).toString()));
            case Types.BIT, Types.BOOLEAN -> write.setBoolean(i, v instanceof Boolean b ? b : whole(v, column) != 0);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> write.setBytes(i, rs.getBytes(from));
            default -> write.setString(i, v instanceof byte[] ? rs.getString(from) : v.toString());
        }
    }

    private static long whole(Object v, String column) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        try {
            return Long.parseLong(v.toString().strip());
        } catch (NumberFormatException e) {
            throw new InputException(column + " holds '" + abbreviated(v) + "', not a whole number; nothing was copied");
        }
    }

    private static Number number(Object v, String column) {
        if (v instanceof Number n) return n;
        try {
            return Double.parseDouble(v.toString().strip());
        } catch (NumberFormatException e) {
            throw new InputException(column + " holds '" + abbreviated(v) + "', not a number; nothing was copied");
        }
    }

    private static String abbreviated(Object v) {
        String s = v instanceof byte[] b ? "<" + b.length + " bytes>" : v.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A SQLite target from a SQLite source keeps the AUTOINCREMENT counters: an id used and deleted is never reused. */
    private static void copySqliteSequences(DbLocation from, Connection target) throws SQLException {
        if (!from.isFile() || !TableCatalog.hasSequenceTable(target)) return;
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection source = DriverManager.getConnection("jdbc:sqlite:" + from.file(), config.toProperties())) {
            if (!TableCatalog.hasSequenceTable(source)) return;
            try (Statement read = source.createStatement(); ResultSet rs = read.executeQuery("SELECT name, seq FROM sqlite_sequence");
                 PreparedStatement update = target.prepareStatement("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?");
                 PreparedStatement insert = target.prepareStatement("INSERT INTO sqlite_sequence(name, seq) VALUES (?, ?)")) {
                while (rs.next()) {
                    update.setLong(1, rs.getLong(2));
                    update.setString(2, rs.getString(1));
                    if (update.executeUpdate() > 0) continue;
                    insert.setString(1, rs.getString(1)); // every row of the table was deleted: only the counter remains
                    insert.setLong(2, rs.getLong(2));
                    insert.executeUpdate();
                }
            }
        }
    }

    /** Identity columns continue after the highest id copied, not from 1 (rows came with their ids). */
    private static void resetPostgresSequences(Connection c) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')")) {
            while (rs.next()) columns.add(new String[] {rs.getString(1), rs.getString(2)});
        }
        for (String[] tc : columns) {
            try (PreparedStatement ps = c.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), coalesce(max(" + TableCatalog.quote(tc[1])
                    + "), 0) + 1, false) FROM " + TableCatalog.quote(tc[0]))) {
                ps.setString(1, TableCatalog.quote(tc[0]));
                ps.setString(2, tc[1]);
                ps.executeQuery().close();
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
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + to, config.toProperties()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            empty = rs.next() && rs.getLong(1) == 0;
        } catch (SQLException e) {
            empty = false; // some other file: never overwritten
        }
        if (!empty) throw new InputException(to + ": exists and is not empty; db copy writes only into a new or empty database");
    }

    private static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            return head.length == 0 || Arrays.equals(head, SQLITE_MAGIC); // an empty file is a new, empty database
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

}
