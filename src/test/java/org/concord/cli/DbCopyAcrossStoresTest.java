package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concord.review.SqlReviewStore;
import org.concord.review.TermEditing;
import org.concord.store.Database;
import org.concord.store.DbLocation;
import org.concord.term.ConceptEditor;
import org.concord.term.Termbase;
import org.concord.testing.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concord db copy} between SQLite and PostgreSQL, every direction: SQLite to PostgreSQL, PostgreSQL to
 * PostgreSQL, PostgreSQL back to SQLite; the same rows and the same TMX and TBX at every step.
 */
class DbCopyAcrossStoresTest {
    @TempDir Path dir;

    @Test
    void everyRowAndTheSameExportsGoFromSqliteToPostgresToPostgresAndBack() throws Exception {
        String first = Postgres.freshDatabase("copy");
        String second = Postgres.freshDatabase("copy");
        Path from = DbCopyCommandTest.everySchema(dir);
        Path back = dir.resolve("back/again.db");
        Map<String, Long> rows = DbCopyCommandTest.counts(from);
        rows.keySet().removeIf(t -> t.startsWith("sqlite_")); // SQLite's own
        String tmx = DbCopyCommandTest.export(dir, from.toString(), "tm");
        String tbx = DbCopyCommandTest.export(dir, from.toString(), "term");

        copy(from.toString(), first);
        copy(first, second);
        copy(second, back.toString());

        assertThat(postgresCounts(first)).isEqualTo(rows);
        assertThat(postgresCounts(second)).isEqualTo(rows);
        Map<String, Long> backRows = DbCopyCommandTest.counts(back);
        backRows.keySet().removeIf(t -> t.startsWith("sqlite_"));
        assertThat(backRows).isEqualTo(rows);
        for (String db : List.of(first, second, back.toString())) {
            assertThat(DbCopyCommandTest.export(dir, db, "tm")).as("TMX of " + db).isEqualTo(tmx);
            assertThat(DbCopyCommandTest.export(dir, db, "term")).as("TBX of " + db).isEqualTo(tbx);
            assertThat(MainTest.run("user", "list", "--db", db).out()).contains("ada");
        }
        try (Database d = Database.open(DbLocation.parse(second))) {
            TermEditing editing = new TermEditing(new ConceptEditor(Termbase.open(d)), new SqlReviewStore(d));
            assertThat(editing.history("copy-1")).hasSize(1);
        }
    }

    @Test
    void aNonEmptyTargetIsRefusedAndAFailedCopyLeavesTheTargetEmpty() throws Exception {
        Path from = DbCopyCommandTest.everySchema(dir);
        String used = Postgres.freshDatabase("copy");
        copy(from.toString(), used);
        Map<String, Long> before = postgresCounts(used);

        MainTest.Run full = MainTest.run("db", "copy", "--from", from.toString(), "--to", used);
        assertThat(full.exit()).isEqualTo(2);
        assertThat(full.err()).contains("has tables already").hasLineCount(1).doesNotContain("concord-test");
        assertThat(postgresCounts(used)).isEqualTo(before);

        // SQLite keeps a NUL inside text; PostgreSQL refuses it. The copy fails late, after the tables were made and
        // most rows written: one transaction, so the target is left with nothing.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + from); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE dictionary_entry SET target = target || char(0) WHERE rowid = (SELECT max(rowid) FROM dictionary_entry)");
        }
        String empty = Postgres.freshDatabase("copy");
        MainTest.Run refused = MainTest.run("db", "copy", "--from", from.toString(), "--to", empty);
        assertThat(refused.exit()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err()).contains("dictionary_entry").contains("nothing was copied").hasLineCount(1);
        assertThat(tables(empty)).isEmpty();
    }

    private static void copy(String from, String to) {
        MainTest.Run r = MainTest.run("db", "copy", "--from", from, "--to", to);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("concord-test"); // the password of the test server's URL
    }

    static List<String> tables(String url) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = Postgres.connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /** Rows of every table, by name, as {@link DbCopyCommandTest#counts} gives them for SQLite. */
    static Map<String, Long> postgresCounts(String url) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = Postgres.connect(url); Statement s = c.createStatement()) {
            for (String t : tables(url)) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + t + "\"")) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }
}
