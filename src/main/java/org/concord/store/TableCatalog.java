package org.concord.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a database copy asks of a database's own catalogue, on SQLite and PostgreSQL alike: its tables, their columns'
 * types, key order and foreign keys, and names quoted as identifiers. Kept apart from {@link DatabaseCopy}, which moves
 * the rows.
 */
final class TableCatalog {
    private TableCatalog() {}

    /**
     * Rows in the order of the primary key, where there is one: parents before their children in a table that refers
     * to itself, and a SQLite target numbers its own rows in the source's order. Without one, in the order the rows
     * were written: SQLite's rowid, or the column PostgreSQL numbers them by.
     */
    static String orderBy(Connection c, String table) throws SQLException {
        Map<Short, String> key = new java.util.TreeMap<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, Migration.isPostgres(c) ? currentSchema(c) : null, table)) {
            while (rs.next()) key.put(rs.getShort("KEY_SEQ"), quote(rs.getString("COLUMN_NAME")));
        }
        if (!key.isEmpty()) return " ORDER BY " + String.join(", ", key.values());
        if (!Migration.isPostgres(c)) return " ORDER BY rowid"; // a table without a primary key always has one
        Set<String> numbering = numberingColumns(c, table);
        return numbering.isEmpty() ? "" : " ORDER BY " + String.join(", ", numbering.stream().map(TableCatalog::quote).toList());
    }

    /** The columns PostgreSQL numbers itself (identity or serial); none on SQLite. */
    static Set<String> numberingColumns(Connection c, String table) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        if (!Migration.isPostgres(c)) return out;
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns WHERE table_schema ="
                + " current_schema() AND table_name = ? AND (is_identity = 'YES' OR column_default LIKE 'nextval(%') ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The tables in an order where each comes after the tables its foreign keys refer to (by the target's keys). */
    static List<String> referencedFirst(Connection target, List<String> tables) throws SQLException {
        Map<String, Set<String>> refersTo = new LinkedHashMap<>();
        DatabaseMetaData meta = target.getMetaData();
        for (String t : tables) {
            Set<String> parents = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, null, t)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(t) && tables.contains(parent)) parents.add(parent);
                }
            }
            refersTo.put(t, parents);
        }
        List<String> order = new ArrayList<>();
        while (order.size() < tables.size()) {
            boolean progressed = false;
            for (String t : tables) {
                if (!order.contains(t) && order.containsAll(refersTo.get(t))) {
                    order.add(t);
                    progressed = true;
                }
            }
            if (!progressed) throw new SQLException("foreign keys in a cycle among " + tables);
        }
        return order;
    }

    static Map<String, Integer> columnTypes(Connection c, String table) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, Migration.isPostgres(c) ? currentSchema(c) : null, table, null)) {
            while (rs.next()) out.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("DATA_TYPE"));
        }
        return out;
    }

    /** The tables of the database (its current schema, on PostgreSQL), with SQLite's own left out. */
    static List<String> tables(Connection c) throws SQLException {
        String sql = Migration.isPostgres(c)
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                + " ORDER BY table_name"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    static boolean hasSequenceTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'")) {
            return rs.next();
        }
    }

    static String currentSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            return rs.next() ? rs.getString(1) : "public";
        }
    }

    static long rowCount(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quote(table))) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** A name as an SQL identifier: names come from the databases' own schemas, never from the user. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
