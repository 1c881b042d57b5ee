package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.Statement;
import org.concord.store.Database;
import org.junit.jupiter.api.Test;

/**
 * Every test of {@link TmxExportTest} with the memory in a SQLite file, which a whole export reads on two connections
 * ({@link SplitReadAhead}); and that both read one snapshot.
 */
class TmxExportOnFileTest extends TmxExportTest {
    @Override
    Database newDatabase() {
        return Database.open(dir.resolve("memory.db"));
    }

    @Test
    void aWriteCommittedDuringTheExportIsSeenByNeitherReader() throws Exception {
        addUnits(8000); // ranges of 1,024 ids: each reader reads several, and has read only the first ones when the change commits
        String before = export(ExportOptions.ALL);
        assertThat(before).contains("<seg>Resolution 7999 &amp; annex.</seg>");
        try (Database other = Database.open(dir.resolve("memory.db"))) {
            var seen = new Object() {
                java.util.List<String> readers;
            };
            StringWriter during = new StringWriter() {
                private boolean changed;

                @Override
                public void write(String s) {
                    if (!changed) { // the first output: the readers are at their first ranges
                        changed = true;
                        seen.readers = Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(n -> n.startsWith("tmx-export-reader")).sorted().toList();
                        try (Statement st = other.connection().createStatement()) {
                            st.executeUpdate("UPDATE tm_variant SET text = 'changed' WHERE unit_id > 5000 AND unit_id % 2 = 0");
                            st.executeUpdate("DELETE FROM tm_unit WHERE id > 5000 AND id % 2 = 1");
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    super.write(s);
                }
            };
            tm.exportTmx(during, ExportOptions.ALL, "0.1.0", NOW);
            assertThat(seen.readers).containsExactly("tmx-export-reader-0", "tmx-export-reader-1");
            assertThat(during.toString()).isEqualTo(before);
        }
        String after = export(ExportOptions.ALL);
        assertThat(after).contains("<seg>changed</seg>").doesNotContain("<seg>Resolution 7999 &amp; annex.</seg>");
    }

    @Test
    void anExportWhileAnotherConnectionHoldsTheWriteLockReadsTheCommittedMemory() throws Exception {
        addUnits(3000);
        String before = export(ExportOptions.ALL);
        try (Database other = Database.open(dir.resolve("memory.db"))) {
            Connection c = other.connection();
            c.setAutoCommit(false); // an import in progress: it holds the write lock
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE tm_variant SET text = 'uncommitted' WHERE unit_id > 10");
                assertThat(export(ExportOptions.ALL)).isEqualTo(before);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        // The export's connection is left as it was: writes commit at once.
        assertThat(db.connection().getAutoCommit()).isTrue();
        tm.add(java.util.List.of(new AlignedUnit("A/RES/after", 0, "en", java.util.Map.of("en", "Adopted after.", "fr", "Adoptée après."), 0.9)), "aligner");
        try (Database other = Database.open(dir.resolve("memory.db"))) {
            assertThat(TranslationMemory.open(other).size()).isEqualTo(3005);
        }
    }
}
