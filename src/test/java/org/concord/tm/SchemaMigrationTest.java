package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concord.store.Database;
import org.concord.store.Migration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A memory written under schema version 2 (one postings row per word, one pair row per bucket, unit_key) is migrated and still found. */
class SchemaMigrationTest {
    @TempDir Path dir;

    private static final String[][] UNITS = {
        {"The Security Council met today in New York.", "Le Conseil de sécurité s'est réuni aujourd'hui à New York."},
        {"Council members spoke about security.", "Les membres du Conseil ont parlé de sécurité."},
        {"The General Assembly adopted the resolution.", "L'Assemblée générale a adopté la résolution."},
    };

    @Test
    void aVersion2MemoryIsMigratedAndStillFindsItsUnits() throws Exception {
        Path file = dir.resolve("v2.db");
        try (Database db = Database.open(file)) {
            db.migrate("tm", List.of(Migration.sql(resource("schema-1.sql")), Migration.sql(resource("schema-2.sql"))));
            writeAsVersion2(db.connection());
        }
        try (Database db = Database.open(file)) {
            TranslationMemory tm = TranslationMemory.open(db);
            assertThat(db.version("tm")).isEqualTo(7);
            assertThat(tm.size()).isEqualTo(3);
            // Version 6 made tm_unit again without unit_key; the variants that refer to its units were kept.
            try (var s = db.connection().createStatement(); var rs = s.executeQuery("SELECT name FROM pragma_table_info('tm_unit')")) {
                List<String> columns = new java.util.ArrayList<>();
                while (rs.next()) columns.add(rs.getString(1));
                assertThat(columns).contains("dedup_key", "tuid").doesNotContain("unit_key");
            }
            try (var s = db.connection().createStatement(); var rs = s.executeQuery("SELECT count(*) FROM tm_variant")) {
                assertThat(rs.getInt(1)).isEqualTo(6);
            }
            // Version 7 (schema-7.sql) stored each key as the 16 bytes its hex digits spelled, in a column declared BLOB.
            try (var s = db.connection().createStatement(); var rs = s.executeQuery(
                    "SELECT count(*), sum(typeof(dedup_key) = 'blob' AND length(dedup_key) = 16),"
                        + " (SELECT type FROM pragma_table_info('tm_unit') WHERE name = 'dedup_key') FROM tm_unit")) {
                assertThat(rs.getInt(2)).isEqualTo(rs.getInt(1)).isEqualTo(3);
                assertThat(rs.getString(3)).isEqualTo("BLOB");
            }
            try (var s = db.connection().createStatement(); var rs = s.executeQuery("PRAGMA foreign_keys")) {
                assertThat(rs.getInt(1)).as("foreign keys are on again after the migration").isEqualTo(1);
            }
            // Every pair of neighbouring words still leads to its unit through the regrouped pair postings (version 5).
            for (int i = 0; i < UNITS.length; i++) {
                for (int l = 0; l < 2; l++) {
                    String[] words = Tokens.terms(UNITS[i][l]);
                    for (int k = 1; k < words.length; k++) {
                        assertThat(tm.concordance(words[k - 1] + " " + words[k], l == 0 ? "en" : "fr", 10))
                            .extracting(ConcordanceHit::unitId).as(words[k - 1] + " " + words[k]).contains((long) i + 1);
                    }
                }
            }
            assertThat(tm.fuzzy("The Security Council met today in Geneva.", "en", "fr", 70, 5)).extracting(FuzzyMatch::unitId).containsExactly(1L);
            assertThat(tm.concordance("security council", "en", 10)).extracting(ConcordanceHit::unitId).containsExactly(1L);
            assertThat(tm.concordance("conseil", "fr", 10)).extracting(ConcordanceHit::unitId).containsExactly(1L, 2L);

            // Units added after the migration append chunks beside the migrated postings.
            tm.add(List.of(new AlignedUnit("S/PV.2", 0, "en", Map.of("en", "The Security Council met today in Geneva.",
                "fr", "Le Conseil de sécurité s'est réuni aujourd'hui à Genève."), 1.0)), "t");
            SearchWork before = tm.concordanceWork();
            assertThat(tm.concordance("security council", "en", 10)).extracting(ConcordanceHit::unitId).containsExactly(1L, 4L);
            // The migrated postings are chunk 0, which no tm_length row vouches for: the walk gave way to decoding them
            // whole; the next search walks those decoded postings, up to its limit.
            assertThat(tm.concordanceWork().minus(before).decodedWhole()).isEqualTo(1);
            before = tm.concordanceWork();
            assertThat(tm.concordance("security council", "en", 1)).extracting(ConcordanceHit::unitId).containsExactly(1L);
            assertThat(tm.concordanceWork().minus(before).decodedWhole()).isZero();
            assertThat(tm.fuzzy("The Security Council met today in Nairobi.", "en", "fr", 70, 5)).extracting(FuzzyMatch::unitId)
                .containsExactly(4L, 1L); // Geneva's unit has as many words as the query, New York's one more
            assertThat(tm.fuzzy("The General Assembly adopted the resolution.", "en", "fr", 100, 5)).extracting(FuzzyMatch::target)
                .containsExactly("L'Assemblée générale a adopté la résolution.");

            // The keys moved with the units, and were converted to their bytes: importing a stored unit again finds it.
            Path again = dir.resolve("again.tmx");
            java.nio.file.Files.writeString(again, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\""
                + " segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>"
                + "<tu><tuv xml:lang=\"en\"><seg>" + UNITS[2][0] + "</seg></tuv><tuv xml:lang=\"fr\"><seg>Autre.</seg></tuv></tu>"
                + "</body></tmx>\n");
            ImportReport r = tm.importTmx(again, OnDuplicate.SKIP, "t");
            assertThat(r.skipped()).isEqualTo(1);
            assertThat(r.added()).isZero();
        }
    }

    /** Units, variants and the index as version 2 wrote them: one postings row per word, lengths and pairs in chunk 1. */
    private static void writeAsVersion2(Connection c) throws SQLException {
        Map<String, Map<String, List<Integer>>> postings = new HashMap<>();
        Map<String, TreeMap<Integer, List<Integer>>> pairs = new HashMap<>();
        Map<String, int[][]> lengths = new HashMap<>();
        try (PreparedStatement unit = c.prepareStatement("INSERT INTO tm_unit(id, unit_key, origin, src_lang, created_at, changed_at)"
                + " VALUES (?, ?, 'imported', 'en', '2026-11-29T10:00:00Z', '2026-11-29T10:00:00Z')");
             PreparedStatement variant = c.prepareStatement("INSERT INTO tm_variant(unit_id, lang, text) VALUES (?, ?, ?)")) {
            for (int i = 0; i < UNITS.length; i++) {
                int id = i + 1;
                unit.setInt(1, id);
                unit.setString(2, UnitStore.keyText("src", "en", Xml.escape(UNITS[i][0])));
                unit.executeUpdate();
                for (int l = 0; l < 2; l++) {
                    String lang = l == 0 ? "en" : "fr";
                    variant.setInt(1, id);
                    variant.setString(2, lang);
                    variant.setString(3, UNITS[i][l]);
                    variant.executeUpdate();
                    String[] words = Tokens.terms(UNITS[i][l]);
                    for (String w : new LinkedHashSet<>(List.of(words))) {
                        postings.computeIfAbsent(lang, k -> new TreeMap<>()).computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(id);
                    }
                    for (int k = 1; k < words.length; k++) {
                        List<Integer> ids = pairs.computeIfAbsent(lang, x -> new TreeMap<>())
                            .computeIfAbsent(Index.pairBucket(words[k - 1], words[k]), x -> new java.util.ArrayList<>());
                        if (ids.isEmpty() || ids.get(ids.size() - 1) != id) ids.add(id);
                    }
                    lengths.computeIfAbsent(lang, k -> new int[2][UNITS.length]);
                    lengths.get(lang)[0][i] = id;
                    lengths.get(lang)[1][i] = words.length;
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO tm_posting(lang, term, df, ids) VALUES (?, ?, ?, ?)");
             PreparedStatement pair = c.prepareStatement("INSERT INTO tm_pair(lang, bucket, chunk, ids) VALUES (?, ?, 1, ?)");
             PreparedStatement length = c.prepareStatement("INSERT INTO tm_length(lang, chunk, data) VALUES (?, 1, ?)")) {
            for (var lang : postings.entrySet()) {
                for (var w : lang.getValue().entrySet()) {
                    int[] ids = w.getValue().stream().mapToInt(Integer::intValue).toArray();
                    p.setString(1, lang.getKey());
                    p.setString(2, w.getKey());
                    p.setInt(3, ids.length);
                    p.setBytes(4, Postings.encodeChunk(ids, ids.length));
                    p.executeUpdate();
                }
                for (var b : pairs.get(lang.getKey()).entrySet()) {
                    int[] ids = b.getValue().stream().mapToInt(Integer::intValue).toArray();
                    pair.setString(1, lang.getKey());
                    pair.setInt(2, b.getKey());
                    pair.setBytes(3, Postings.encodeChunk(ids, ids.length));
                    pair.executeUpdate();
                }
                int[][] l = lengths.get(lang.getKey());
                length.setString(1, lang.getKey());
                length.setBytes(2, Postings.encodeLengths(l[0], l[1], UNITS.length));
                length.executeUpdate();
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TranslationMemory.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
