package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pair-group-like rows of a few kilobytes, appended in LeafFill's order, take fewer pages than in key order. */
class LeafFillTest {
    @TempDir Path dir;

    @Test
    void rowsInFillOrderTakeFewerPagesThanInKeyOrder() throws Exception {
        Random random = new Random(7);
        List<Object[]> rows = new ArrayList<>();
        for (int chunk = 1; chunk <= 3; chunk++) {
            for (int grp = 0; grp < 600; grp++) rows.add(new Object[] {"en", grp, chunk, new byte[500 + random.nextInt(3500)]});
        }
        int inKeyOrder = pages(dir.resolve("key.db"), rows, false);
        int filled = pages(dir.resolve("filled.db"), rows, true);
        // Rows of 0.5 to 4 KB on 8 KiB pages leave about a sixth of each page empty in key order; filled, almost none.
        assertThat(filled).as("pages filled %d, in key order %d", filled, inKeyOrder).isLessThan(inKeyOrder * 90 / 100);
    }

    private static int pages(Path file, List<Object[]> rows, boolean fill) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA page_size = 8192");
                s.execute("CREATE TABLE tm_pair_group (lang TEXT NOT NULL, grp INTEGER NOT NULL, chunk INTEGER NOT NULL, ids BLOB NOT NULL)");
            }
            c.setAutoCommit(false);
            LeafFill f = LeafFill.of(c, "tm_pair_group");
            assertThat(f).isNotNull();
            List<Object[]> order = rows;
            if (fill) {
                // Three flushes, as an import writes them, the page being filled carried from one to the next.
                order = new ArrayList<>();
                for (int from = 0; from < rows.size(); from += 600) order.addAll(f.order(rows.subList(from, from + 600)));
                assertThat(order).containsExactlyInAnyOrderElementsOf(rows);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tm_pair_group(lang, grp, chunk, ids) VALUES (?, ?, ?, ?)")) {
                for (Object[] row : order) {
                    for (int i = 0; i < 4; i++) ps.setObject(i + 1, row[i]);
                    ps.executeUpdate();
                }
            }
            c.commit();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                return rs.getInt(1);
            }
        }
    }
}
