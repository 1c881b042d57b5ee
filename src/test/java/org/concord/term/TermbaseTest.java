package org.concord.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concord.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TermbaseTest {
    private Termbase tb;

    /** The database a test's termbase lives in (SQLite in memory; PostgreSQL in {@link TermbaseOnPostgresTest}). */
    Database newDatabase() {
        return Database.inMemory();
    }

    @org.junit.jupiter.api.BeforeEach
    void open() {
        tb = TermTesting.sampleTermbase(newDatabase());
    }

    @AfterEach
    void close() {
        if (tb != null) tb.database().close(); // null when the test was skipped for want of a PostgreSQL server
    }

    private LookupHit first(String query, String lang) {
        List<LookupHit> hits = tb.lookup().lookup(query, lang, 5);
        assertThat(hits).as(query).isNotEmpty();
        return hits.get(0);
    }

    @Test
    void conceptsCarryDefinitionSubjectSourceAndStatuses() {
        Concept wmd = tb.concepts().stream().filter(c -> c.id().equals("wmd")).findFirst().orElseThrow();
        assertThat(wmd.subjectField()).isEqualTo("disarmament");
        assertThat(wmd.definition()).isEqualTo("Nuclear, chemical and biological weapons.");
        assertThat(wmd.source()).isEqualTo("S/RES/1540 (2004)");
        assertThat(wmd.preferred("es").orElseThrow().text()).isEqualTo("armas de destrucción en masa");
        assertThat(wmd.terms("es")).extracting(Term::status).containsExactly(TermStatus.PREFERRED, TermStatus.DEPRECATED);
        assertThat(wmd.terms().stream().map(Term::lang).distinct()).hasSize(6);
    }

    @Test
    void abbreviationIsLinkedToItsFullForm() {
        Concept wmd = first("WMD", "en").concept();
        Term acronym = wmd.terms("en").stream().filter(t -> t.text().equals("WMD")).findFirst().orElseThrow();
        assertThat(tb.fullForms(wmd, acronym)).containsExactly("weapons of mass destruction");
        assertThat(tb.fullForms(wmd, wmd.preferred("en").orElseThrow())).isEmpty();
    }

    @Test
    void lookupFindsExactThenCaseHyphenAndInflectionInsensitive() {
        assertThat(first("WMD", null).kind()).isEqualTo(LookupHit.MatchKind.EXACT);
        LookupHit nsa = first("non-state actor", null);
        assertThat(nsa.concept().id()).isEqualTo("nsa");
        assertThat(nsa.kind()).isEqualTo(LookupHit.MatchKind.STEMMED);
        assertThat(first("Weapons of Mass-Destruction", "en").kind()).isEqualTo(LookupHit.MatchKind.NORMALISED);
        assertThat(first("оружия массового уничтожения", null).concept().id()).isEqualTo("wmd");
        assertThat(first("acteur non-etatique", "fr").concept().id()).isEqualTo("nsa");
        assertThat(first("بأسلحة الدمار الشامل", "ar").concept().id()).isEqualTo("wmd");
    }

    @Test
    void prefixAndTyposRankBelowExactHits() {
        List<LookupHit> hits = tb.lookup().lookup("weapon", "en", 5);
        assertThat(hits).extracting(h -> h.concept().id()).containsExactly("weapon", "wmd");
        assertThat(hits).extracting(LookupHit::kind).containsExactly(LookupHit.MatchKind.EXACT, LookupHit.MatchKind.PREFIX);
        LookupHit typo = first("weapns of mass destructoin", null);
        assertThat(typo.concept().id()).isEqualTo("wmd");
        assertThat(typo.kind()).isEqualTo(LookupHit.MatchKind.FUZZY);
        assertThat(typo.score()).isBetween(0.8, 1.0);
        assertThat(tb.lookup().lookup("zzzz qqqq", null, 5)).isEmpty();
    }

    @Test
    void chineseLooksUpByCharacters() {
        LookupHit hit = first("大规模杀伤性武器", null);
        assertThat(hit.concept().id()).isEqualTo("wmd");
        assertThat(hit.matched().status()).isEqualTo(TermStatus.DEPRECATED);
        assertThat(first("安理", "zh").kind()).isEqualTo(LookupHit.MatchKind.PREFIX);
    }

    @Test
    void recognizerPrefersTheLongestMatchAndReportsOffsets() {
        String text = "Preventing weapons of mass destruction from reaching non-State actors is a weapon of peace.";
        List<TermOccurrence> occ = tb.recognizer().find(text, "en");
        assertThat(occ).extracting(o -> text.substring(o.start(), o.end()))
            .containsExactly("weapons of mass destruction", "non-State actors", "weapon");
        assertThat(occ).extracting(o -> o.concept().id()).containsExactly("wmd", "nsa", "weapon");
    }

    @Test
    void recognizerReadsInflectionInEveryLanguage() {
        assertFound("ru", "Угроза распространения оружия массового уничтожения растёт.", "оружия массового уничтожения", "wmd");
        assertFound("fr", "Les acteurs non étatiques et leurs réseaux.", "acteurs non étatiques", "nsa");
        assertFound("es", "Los agentes no estatales", "agentes no estatales", "nsa");
        assertFound("ar", "منع وصول أسلحة الدمار الشامل", "أسلحة الدمار الشامل", "wmd");
        assertFound("ar", "فيما يتعلق بأسلحة الدمار الشامل", "بأسلحة الدمار الشامل", "wmd");
        assertFound("ar", "والجهات الفاعلة من غير الدول", "والجهات الفاعلة من غير الدول", "nsa");
        assertFound("zh", "防止大规模毁灭性武器扩散", "大规模毁灭性武器", "wmd");
    }

    @Test
    void recognizedSpanKeepsTheTermsClosingPunctuation() throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("terms", ".csv");
        java.nio.file.Files.writeString(csv, "en,fr\nresolution 1540 (2004),résolution 1540 (2004)\n");
        try (Termbase t = Termbase.load(csv)) {
            String text = "under resolution 1540 (2004).";
            List<TermOccurrence> occ = t.recognizer().find(text, "en");
            assertThat(occ).extracting(o -> text.substring(o.start(), o.end())).containsExactly("resolution 1540 (2004)");
        } finally {
            java.nio.file.Files.delete(csv);
        }
    }

    @Test
    void recognizerReportsDeprecatedRenderings() {
        List<TermOccurrence> occ = tb.recognizer().find("las armas de destrucción masiva", "es");
        assertThat(occ).hasSize(1);
        assertThat(occ.get(0).term().status()).isEqualTo(TermStatus.DEPRECATED);
        assertThat(occ.get(0).concept().preferred("es").orElseThrow().text()).isEqualTo("armas de destrucción en masa");
    }

    private void assertFound(String lang, String text, String span, String concept) {
        List<TermOccurrence> occ = tb.recognizer().find(text, lang);
        assertThat(occ).as(text).extracting(o -> text.substring(o.start(), o.end())).containsExactly(span);
        assertThat(occ.get(0).concept().id()).isEqualTo(concept);
    }

    @Test
    void firstImportLeavesChecksAndIndexesOnSoReplacingAConceptCascades() throws Exception {
        // the sample went into an empty termbase, its references unchecked while it was stored
        java.sql.Connection c = tb.database().connection();
        boolean sqlite = tb.database().dialect() == Database.Dialect.SQLITE;
        if (sqlite) assertThat(query(c, "PRAGMA foreign_keys")).containsExactly("1");
        for (String table : List.of("info", "term", "term_link")) {
            assertThat(org.concord.testing.DbProbe.indexes(tb.database(), table)).as(table).isNotEmpty();
        }
        java.nio.file.Path changed = java.nio.file.Files.createTempFile("concord-sample", ".tbx");
        try {
            String tbx = java.nio.file.Files.readString(TermTesting.sample());
            java.nio.file.Files.writeString(changed, tbx.replace("Nuclear, chemical and biological weapons.", "Weapons of mass destruction."));
            assertThat(tb.importFile(changed, OnConflict.REPLACE).replaced()).isEqualTo(1);
        } finally {
            java.nio.file.Files.delete(changed);
        }
        if (sqlite) assertThat(query(c, "PRAGMA foreign_key_check")).isEmpty();
        assertThat(query(c, "SELECT count(*) FROM info WHERE concept_id NOT IN (SELECT id FROM concept)")).containsExactly("0");
        assertThat(query(c, "SELECT count(*) FROM term WHERE section_id NOT IN (SELECT id FROM lang_section)")).containsExactly("0");
        assertThat(tb.concepts().stream().filter(x -> x.id().equals("wmd")).findFirst().orElseThrow().definition())
            .isEqualTo("Weapons of mass destruction.");
    }

    @Test
    void exportedTbxImportsBackTheSameAndAMergeKeepsBoth(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path out = dir.resolve("out.tbx");
        tb.export(out, ExportFormat.TBX);
        try (Database other = newDatabase()) {
            Termbase back = Termbase.open(other);
            assertThat(back.importFile(out, OnConflict.SKIP).added()).isEqualTo(tb.size());
            assertThat(new TermStore(other).readAll()).extracting(Entry::id, Entry::sections)
                .isEqualTo(new TermStore(tb.database()).readAll().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.id(), e.sections())).toList());
            java.nio.file.Path more = dir.resolve("more.tbx");
            java.nio.file.Files.writeString(more, java.nio.file.Files.readString(out).replace(">WMD<", ">W.M.D.<"));
            ImportReport merged = back.importFile(more, OnConflict.MERGE);
            assertThat(merged.merged()).isEqualTo(tb.size());
            Concept wmd = back.concepts().stream().filter(x -> x.id().equals("wmd")).findFirst().orElseThrow();
            assertThat(wmd.terms("en")).extracting(Term::text).contains("WMD", "W.M.D.");
        }
    }

    private static List<String> query(java.sql.Connection c, String sql) throws java.sql.SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
