package org.concord.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Looks into a Concord database from outside, as a user's second tool would: integrity and row counts. */
public final class DbProbe {
    private DbProbe() {}

    /** What PRAGMA integrity_check says: "ok" for a whole file, else its complaints joined by "; ". */
    public static String integrity(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) lines.add(rs.getString(1));
            return String.join("; ", lines);
        }
    }

    /** Rows of every table that has any (an absent table and an empty one are the same state), by table name. */
    public static java.util.Map<String, Long> counts(Path db) throws SQLException {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                    if (rs.next() && rs.getLong(1) > 0) out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** Rows in {@code table}, or 0 when the table does not exist yet (the schema was never made). */
    public static long count(Path db, String table) throws SQLException {
        if (!table.matches("[a-z_0-9]+")) throw new IllegalArgumentException(table);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet t = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
                if (!t.next() || t.getInt(1) == 0) return 0;
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The named indexes of {@code table} (not those of its primary key), sorted, on either store. */
    public static List<String> indexes(org.concord.store.Database db, String table) throws SQLException {
        String sql = db.dialect() == org.concord.store.Database.Dialect.SQLITE
            ? "SELECT name FROM sqlite_master WHERE tbl_name = ? AND type = 'index' AND sql IS NOT NULL ORDER BY name"
            : "SELECT indexname FROM pg_indexes WHERE tablename = ? AND schemaname = current_schema()"
                + " AND indexname NOT LIKE '%\\_pkey' ORDER BY indexname";
        List<String> out = new ArrayList<>();
        try (java.sql.PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }
}
