package org.concord.tm;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Orders the rows one flush appends to a SQLite rowid table so that they fill its pages. SQLite puts an appended row
 * on the table's last page when it fits there and on a new page when it does not, so rows of a few kilobytes (the
 * pair groups) written in key order left a sixth of every page empty: 77 MB of 489 at a million UN units. Rows are
 * found by their index, never by their order, so any order serves: here, the largest row that still fits the page
 * being filled, and a new page only when none does. The page is followed by computing each row's cell as SQLite
 * lays it out (record header, varints, overflow), from the table's last rowid on; when the table was not empty as
 * this started, its last page's fill is unknown and the pages may be filled less well (as well as in key order).
 */
final class LeafFill {
    private final int usable;
    private final int maxLocal;
    private final int minLocal;
    private long nextRowid;
    private int free;

    private LeafFill(int pageSize, long lastRowid) {
        this.usable = pageSize;
        this.maxLocal = usable - 35;
        this.minLocal = (usable - 12) * 32 / 255 - 23;
        this.nextRowid = lastRowid + 1;
        this.free = lastRowid == 0 ? usable - 8 : 0;
    }

    /** For appending to {@code table} on SQLite; null on PostgreSQL, whose pages are not filled this way. */
    static LeafFill of(Connection c, String table) throws SQLException {
        if (org.concord.store.Migration.isPostgres(c)) return null;
        try (Statement s = c.createStatement()) {
            int pageSize;
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                pageSize = rs.next() ? rs.getInt(1) : 4096;
            }
            try (ResultSet rs = s.executeQuery("SELECT coalesce(max(rowid), 0) FROM " + table)) {
                return new LeafFill(pageSize, rs.next() ? rs.getLong(1) : 0);
            }
        }
    }

    /** {@code rows} (column values: String, Integer, Long or byte[]) in the order that fills pages; rowids are taken. */
    List<Object[]> order(List<Object[]> rows) {
        TreeMap<Integer, ArrayDeque<Object[]>> bySize = new TreeMap<>();
        for (Object[] row : rows) bySize.computeIfAbsent(payload(row), k -> new ArrayDeque<>()).add(row);
        List<Object[]> out = new ArrayList<>(rows.size());
        while (!bySize.isEmpty()) {
            // The cell's varints are at most 9 bytes (payload length and rowid): the row is looked for by payload size.
            Map.Entry<Integer, ArrayDeque<Object[]>> e = bySize.floorEntry(free - 2 - overhead());
            if (e == null || cell(e.getKey()) + 2 > free) {
                e = bySize.lastEntry();
                free = usable - 8;
            }
            Object[] row = e.getValue().poll();
            if (e.getValue().isEmpty()) bySize.remove(e.getKey());
            free -= cell(e.getKey()) + 2;
            nextRowid++;
            out.add(row);
        }
        return out;
    }

    private int overhead() {
        return varint(maxLocal) + varint(nextRowid);
    }

    /** The bytes the row's cell takes on a leaf page of this table, at the next rowid. */
    private int cell(int payload) {
        int head = varint(payload) + varint(nextRowid);
        if (payload <= maxLocal) return Math.max(4, head + payload);
        int local = minLocal + (payload - minLocal) % (usable - 4);
        if (local > maxLocal) local = minLocal;
        return head + local + 4;
    }

    /** The size of the row's record: its header (own size, then a serial type per column) and its values. */
    static int payload(Object[] row) {
        int header = 0;
        int body = 0;
        for (Object v : row) {
            long type;
            int size;
            if (v == null) {
                type = 0;
                size = 0;
            } else if (v instanceof String s) {
                size = s.getBytes(StandardCharsets.UTF_8).length;
                type = 2L * size + 13;
            } else if (v instanceof byte[] b) {
                size = b.length;
                type = 2L * size + 12;
            } else {
                long x = ((Number) v).longValue();
                size = integerSize(x);
                type = x == 0 ? 8 : x == 1 ? 9 : switch (size) { case 1 -> 1; case 2 -> 2; case 3 -> 3; case 4 -> 4; case 6 -> 5; default -> 6; };
            }
            header += varint(type);
            body += size;
        }
        int h = header + 1;
        if (varint(h) > 1) h = header + varint(header + varint(header + 2));
        return h + body;
    }

    private static int integerSize(long x) {
        if (x == 0 || x == 1) return 0;
        if (x >= -128 && x <= 127) return 1;
        if (x >= -32768 && x <= 32767) return 2;
        if (x >= -8388608 && x <= 8388607) return 3;
        if (x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE) return 4;
        if (x >= -(1L << 47) && x < (1L << 47)) return 6;
        return 8;
    }

    private static int varint(long v) {
        if (v < 0) return 9;
        int n = 1;
        while (v >= 0x80 && n < 9) {
            v >>>= 7;
            n++;
        }
        return n;
    }
}
