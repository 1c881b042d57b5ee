package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.concord.InputException;
import org.concord.store.Database;
import org.concord.store.DbLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmxImportTest extends MemoryFixture {
    @TempDir Path dir;

    static Path resource(String name) throws Exception {
        return Path.of(TmxImportTest.class.getResource(name).toURI());
    }

    Path tmx(String body) throws IOException {
        return tmx("1.4", "en", body);
    }

    Path tmx(String version, String srclang, String body) throws IOException {
        Path p = Files.createTempFile(dir, "t", ".tmx");
        Files.writeString(p, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"" + version + "\">\n"
            + "<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\""
            + srclang + "\" datatype=\"plaintext\"/>\n<body>\n" + body + "</body>\n</tmx>\n");
        return p;
    }

    static String tu(String tuid, String en, String fr) {
        return "<tu" + (tuid != null ? " tuid=\"" + tuid + "\"" : "") + "><tuv xml:lang=\"en\"><seg>" + en
            + "</seg></tuv><tuv xml:lang=\"fr\"><seg>" + fr + "</seg></tuv></tu>\n";
    }

    @Test
    void keepsVariantsPropsNotesDatesAndInlineCodes() throws Exception {
        ImportReport r = tm.importTmx(resource("sample-14.tmx"), OnDuplicate.SKIP, "tester");
        assertThat(r.added()).isEqualTo(3);
        assertThat(r.warnings()).isEmpty();
        Unit u1 = tm.unit(1);
        assertThat(u1.tuid()).isEqualTo("u1");
        assertThat(u1.origin()).isEqualTo(Origin.IMPORTED);
        assertThat(u1.docSymbol()).isEqualTo("S/PV.9000");
        assertThat(u1.createdBy()).isEqualTo("anna");
        assertThat(u1.created()).hasToString("2024-01-05T10:15:00Z");
        assertThat(u1.props()).containsExactly(new Prop("x-client", "UNHQ"));
        assertThat(u1.notes()).containsExactly("Checked against the verbatim record.");
        assertThat(u1.variants()).extracting(Variant::lang).containsExactly("en", "es", "fr");
        assertThat(u1.variant("fr").props()).containsExactly(new Prop("x-reviewer", "Luc"));

        Variant en = tm.unit(2).variant("en");
        assertThat(en.text()).isEqualTo("Press Save and see  the report now.");
        assertThat(en.codes()).isEqualTo("Press <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept> and see "
            + "<ph x=\"2\">&lt;br/&gt;</ph> the <hi type=\"emphasis\">report</hi> <it pos=\"begin\">&lt;i&gt;</it>now.");
        assertThat(tm.unit(3).variant("en").text()).isEqualTo("Weapons of mass destruction & their means of delivery remain a threat.");
        assertThat(tm.unit(3).createdBy()).isEqualTo("tester");
    }

    @Test
    void textsOfEveryScriptAreStoredAsTheTextsTheyWere() throws Exception {
        // An import into an empty memory binds each text as its UTF-8 bytes (made on the preparing thread): what is
        // stored must be the same text value a bound String gives, in every script, and be found by the searches.
        String[][] units = {
            {"en", "The Security Council decides to remain seized of the matter.", "fr", "Le Conseil de sécurité décide de rester saisi de la question.",
                "ru", "Совет Безопасности постановляет продолжать заниматься этим вопросом.", "ar", "يقرر مجلس الأمن أن يبقي المسألة قيد نظره.",
                "zh", "安全理事会决定继续处理此案。", "es", "El Consejo de Seguridad decide seguir ocupándose de la cuestión 𝄞 & <b>."}};
        StringBuilder body = new StringBuilder();
        for (String[] u : units) {
            body.append("<tu>");
            for (int i = 0; i < u.length; i += 2) {
                body.append("<tuv xml:lang=\"").append(u[i]).append("\"><seg>").append(Xml.escape(u[i + 1])).append("</seg></tuv>");
            }
            body.append("</tu>\n");
        }
        tm.importTmx(tmx(body.toString()), OnDuplicate.SKIP, "t");
        String type = db.dialect() == Database.Dialect.SQLITE ? "typeof(text)" : "pg_typeof(text)::text";
        try (var ps = db.connection().prepareStatement("SELECT text, " + type + ", length(text), text = ? FROM tm_variant WHERE unit_id = 1 AND lang = ?")) {
            for (int i = 0; i < units[0].length; i += 2) {
                String text = units[0][i + 1];
                ps.setString(1, text);
                ps.setString(2, units[0][i]);
                try (var rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(text);
                    assertThat(rs.getString(2)).isEqualTo("text");
                    assertThat(rs.getInt(3)).isEqualTo(text.codePointCount(0, text.length()));
                    assertThat(rs.getBoolean(4)).isTrue();
                }
            }
        }
        assertThat(tm.fuzzy("Совет Безопасности постановляет продолжать заниматься этим вопросом.", "ru", "zh", 90, 1))
            .extracting(FuzzyMatch::target).containsExactly("安全理事会决定继续处理此案。");
        assertThat(tm.concordance("seguir ocupándose", "es", 5)).hasSize(1);
    }

    @Test
    void readsTmx11WithLangAttributesAndUpperCaseCodes() throws Exception {
        tm.importTmx(resource("sample-11.tmx"), OnDuplicate.SKIP, "t");
        Unit u = tm.unit(1);
        assertThat(u.srcLang()).isEqualTo("en");
        assertThat(u.variant("fr").text()).startsWith("L'Assemblée générale a adopté");
    }

    @Test
    void malformedXmlIsOneLineWithPositionAndNothingIsImported() throws Exception {
        Path bad = tmx(tu("a", "One.", "Un.") + tu("b", "Two & three.", "Deux."));
        assertThatThrownBy(() -> tm.importTmx(bad, OnDuplicate.SKIP, "t"))
            .isInstanceOf(InputException.class)
            .hasMessageStartingWith(bad + ":6:43: malformed XML: ")
            .hasMessageNotContaining("\n");
        Path stray = tmx(tu("a", "One <b>bold</b>.", "Un."));
        assertThatThrownBy(() -> tm.importTmx(stray, OnDuplicate.SKIP, "t"))
            .isInstanceOf(InputException.class).hasMessage(stray + ":5:45: unexpected <b> in <seg>");
        assertThat(tm.size()).isZero();
    }

    @Test
    void anErrorFarIntoALargeFileLeavesNothingImported() throws IOException {
        tm.importTmx(tmx(tu("kept", "Stored before.", "Stocké avant.")), OnDuplicate.SKIP, "t");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5000; i++) b.append(tu("u" + i, "Sentence number " + i + ".", "Phrase numéro " + i + "."));
        Path bad = tmx(b + "<tu><tuv xml:lang=\"en\"><seg>Broken</tuv></tu>\n");
        assertThatThrownBy(() -> tm.importTmx(bad, OnDuplicate.SKIP, "t"))
            .isInstanceOf(InputException.class).hasMessageStartingWith(bad + ":5005:");
        assertThat(tm.size()).isEqualTo(1);
        assertThat(tm.fuzzy("Sentence number 42.", "en", "fr", 50, 5)).isEmpty();
        assertThat(tm.concordance("sentence number", "en", 5)).isEmpty();
        // A duplicate found by the writer far into the file stops the reader too.
        Path dup = tmx(b + tu("u7", "Again.", "Encore."));
        assertThatThrownBy(() -> tm.importTmx(dup, OnDuplicate.SKIP, "t"))
            .isInstanceOf(InputException.class).hasMessageContaining("duplicate tuid 'u7'");
        assertThat(tm.size()).isEqualTo(1);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("concord-tmx-"));
    }

    @Test
    void refusesInternalDtdSubsetsAndEntities() throws IOException {
        Path xxe = dir.resolve("xxe.tmx");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
            + "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>&secret;</seg></tuv></tu></body></tmx>");
        assertThatThrownBy(() -> tm.importTmx(xxe, OnDuplicate.SKIP, "t"))
            .isInstanceOf(InputException.class).hasMessageStartingWith(xxe + ":2:").hasMessageContaining("DOCTYPE");
        Path undeclared = tmx(tu("a", "Fish &amp; &chips;", "Poisson"));
        assertThatThrownBy(() -> tm.importTmx(undeclared, OnDuplicate.SKIP, "t"))
            .isInstanceOf(InputException.class).hasMessageStartingWith(undeclared + ":5:").hasMessageContaining("chips");
        assertThat(tm.size()).isZero();
    }

    @Test
    void missingOrUnknownLanguageCodesAreErrorsWithPosition() throws IOException {
        Path missing = tmx("<tu><tuv xml:lang=\"en\"><seg>One.</seg></tuv><tuv><seg>Un.</seg></tuv></tu>\n");
        assertThatThrownBy(() -> tm.importTmx(missing, OnDuplicate.SKIP, "t"))
            .isInstanceOf(InputException.class).hasMessage(missing + ":5:50: <tuv> without xml:lang");
        Path unknown = tmx("<tu><tuv xml:lang=\"en\"><seg>One.</seg></tuv><tuv xml:lang=\"xx-YY\"><seg>Un.</seg></tuv></tu>\n");
        assertThatThrownBy(() -> tm.importTmx(unknown, OnDuplicate.SKIP, "t"))
            .isInstanceOf(InputException.class).hasMessageStartingWith(unknown + ":5:").hasMessageEndingWith("unknown language code 'xx-YY' (not ISO 639)");
        Path noHeaderLang = tmx("1.4", "", tu(null, "One.", "Un."));
        assertThatThrownBy(() -> tm.importTmx(noHeaderLang, OnDuplicate.SKIP, "t"))
            .isInstanceOf(InputException.class).hasMessageContaining("missing language code");
        assertThat(tm.size()).isZero();
    }

    @Test
    void unitWithoutTheSourceLanguageIsSkippedAndReported() throws IOException {
        Path f = tmx(tu("a", "One.", "Un.") + "<tu tuid=\"b\"><tuv xml:lang=\"fr\"><seg>Deux.</seg></tuv><tuv xml:lang=\"es\"><seg>Dos.</seg></tuv></tu>\n");
        ImportReport r = tm.importTmx(f, OnDuplicate.SKIP, "t");
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(r.warnings()).containsExactly(f + ":6:14: unit 'b' has no variant in its source language en; skipped");
    }

    @Test
    void duplicateTuidInOneFileIsAnErrorAndNothingIsImported() throws IOException {
        Path f = tmx(tu("a", "One.", "Un.") + tu("b", "Two.", "Deux.") + tu("a", "Three.", "Trois."));
        assertThatThrownBy(() -> tm.importTmx(f, OnDuplicate.REPLACE, "t"))
            .isInstanceOf(InputException.class).hasMessage(f + ":7:14: duplicate tuid 'a' (an earlier unit of this file has it)");
        assertThat(tm.size()).isZero();
    }

    @Test
    void duplicatesOfStoredUnitsAreSkippedKeptOrReplaced() throws IOException {
        tm.importTmx(tmx(tu("a", "One.", "Un.") + tu(null, "Two.", "Deux.")), OnDuplicate.SKIP, "t");
        Path again = tmx(tu("a", "One!", "Un !") + tu(null, "Two.", "Deux (bis)."));

        ImportReport skip = tm.importTmx(again, OnDuplicate.SKIP, "t");
        assertThat(skip.skipped()).isEqualTo(2);
        assertThat(tm.size()).isEqualTo(2);

        ImportReport replace = tm.importTmx(again, OnDuplicate.REPLACE, "t");
        assertThat(replace.replaced()).isEqualTo(2);
        assertThat(tm.unit(1).variant("fr").text()).isEqualTo("Un !");
        assertThat(tm.unit(2).variant("fr").text()).isEqualTo("Deux (bis).");
        assertThat(tm.fuzzy("One!", "en", "fr", 100, 5)).extracting(FuzzyMatch::target).containsExactly("Un !");

        ImportReport keep = tm.importTmx(again, OnDuplicate.KEEP, "t");
        assertThat(keep.added()).isEqualTo(2);
        assertThat(tm.size()).isEqualTo(4);
    }

    /** An import into an empty memory builds tm_unit's indexes at its end; a unit repeated in the file is still handled as asked. */
    @Test
    void aFileRepeatingAUnitIsImportedIntoAnEmptyMemoryAsAsked() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100; i++) b.append(tu(null, "Sentence " + i + ".", "Phrase " + i + "."));
        Path repeated = tmx(b + tu(null, "Sentence 7.", "Phrase sept."));
        ImportReport skip = tm.importTmx(repeated, OnDuplicate.SKIP, "t");
        assertThat(skip.added()).isEqualTo(100);
        assertThat(skip.skipped()).isEqualTo(1);
        assertThat(tm.fuzzy("Sentence 7.", "en", "fr", 100, 5)).extracting(FuzzyMatch::target).containsExactly("Phrase 7.");
        assertIndexesBuilt(db);

        try (Database other = newDatabase()) {
            TranslationMemory empty = TranslationMemory.open(other);
            ImportReport replace = empty.importTmx(repeated, OnDuplicate.REPLACE, "t");
            assertThat(replace.added()).isEqualTo(100);
            assertThat(replace.replaced()).isEqualTo(1);
            assertThat(empty.unit(8).variant("fr").text()).isEqualTo("Phrase sept.");
            assertIndexesBuilt(other);
        }
        try (Database other = newDatabase()) {
            TranslationMemory empty = TranslationMemory.open(other);
            assertThat(empty.importTmx(tmx(b.toString()), OnDuplicate.SKIP, "t").added()).isEqualTo(100);
            assertThat(empty.importTmx(tmx(b.toString()), OnDuplicate.SKIP, "t").skipped()).isEqualTo(100);
            assertThat(empty.size()).isEqualTo(100);
        }
        try (Database other = newDatabase()) {
            TranslationMemory empty = TranslationMemory.open(other);
            Path close = tmx(tu(null, "One.", "Un.") + tu(null, "Two.", "Deux.") + tu(null, "One.", "Un (bis).") + tu(null, "Three.", "Trois."));
            ImportReport keep = empty.importTmx(close, OnDuplicate.KEEP, "t");
            assertThat(keep.added()).isEqualTo(4);
            assertThat(empty.fuzzy("One.", "en", "fr", 100, 5)).extracting(FuzzyMatch::target).containsExactly("Un.", "Un (bis).");
            assertThat(empty.unit(4).variant("fr").text()).isEqualTo("Trois.");
        }
    }

    /**
     * An import into an empty memory runs without SQLite enforcing tm_variant's reference to tm_unit: whether it fails
     * or not, every variant it leaves has its unit, and the reference is enforced again afterwards (a unit deleted
     * takes its variants with it).
     */
    @Test
    void anImportIntoAnEmptyMemoryLeavesEveryVariantWithItsUnitAndForeignKeysEnforced() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100; i++) b.append(tu("u" + i, "Sentence " + i + ".", "Phrase " + i + "."));
        Path failing = tmx(b + tu(null, "Sentence 7.", "Phrase sept.") + tu("u3", "Again.", "Encore."));
        assertThatThrownBy(() -> tm.importTmx(failing, OnDuplicate.REPLACE, "t"))
            .isInstanceOf(InputException.class).hasMessageContaining("duplicate tuid 'u3'");
        assertThat(tm.size()).isZero();
        assertThat(variantsWithoutUnit()).isZero();
        assertIndexesBuilt(db); // the failed import's transaction, which had dropped them, was undone

        // Untagged repeats end the bulk part: the units are then checked one by one, replaced and undone.
        StringBuilder repeats = new StringBuilder();
        for (int i = 0; i < 100; i++) repeats.append(tu(null, "Sentence " + i + ".", "Phrase " + i + "."));
        for (int i = 0; i < 40; i++) repeats.append(tu(null, "Sentence " + (i * 2) + ".", "Phrase (bis) " + i + "."));
        ImportReport r = tm.importTmx(tmx(repeats.toString()), OnDuplicate.REPLACE, "t");
        assertThat(r.added()).isEqualTo(100);
        assertThat(r.replaced()).isEqualTo(40);
        assertThat(tm.unit(3).variant("fr").text()).isEqualTo("Phrase (bis) 1.");
        assertThat(variantsWithoutUnit()).isZero();

        try (var s = db.connection().createStatement()) {
            s.executeUpdate("DELETE FROM tm_unit WHERE id = 4");
            try (var rs = s.executeQuery("SELECT count(*) FROM tm_variant WHERE unit_id = 4")) {
                rs.next();
                assertThat(rs.getInt(1)).as("variants of a deleted unit").isZero();
            }
        }
    }

    /** The indexes a bulk import drops are all there again, and the searches find units through the postings'. */
    private static void assertIndexesBuilt(Database db) throws java.sql.SQLException {
        assertThat(org.concord.testing.DbProbe.indexes(db, "tm_unit")).containsExactly("tm_unit_changed", "tm_unit_doc", "tm_unit_key");
        assertThat(org.concord.testing.DbProbe.indexes(db, "tm_posting")).containsExactly("tm_posting_term");
        assertThat(org.concord.testing.DbProbe.indexes(db, "tm_pair_group")).containsExactly("tm_pair_group_key");
    }

    private int variantsWithoutUnit() throws java.sql.SQLException {
        try (var s = db.connection().createStatement(); var rs = s.executeQuery(
                "SELECT count(*) FROM tm_variant v WHERE NOT EXISTS (SELECT 1 FROM tm_unit u WHERE u.id = v.unit_id)")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Variants are written in the table's key order (by language), not the unit's (source first), and plain rows
     * through a statement of their own: a source that is not first by language, and a unit with inline codes and a
     * prop among plain ones in the same statement, keep their texts, codes and props, and the words of each language.
     */
    @Test
    void variantsWrittenInKeyOrderKeepTheirTextsCodesAndWords() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            String fr = i == 33 ? "Voir <ph x=\"1\">&lt;br/&gt;</ph> la note " + i + "." : "Note " + i + " en français.";
            String prop = i == 40 ? "<prop type=\"x-reviewer\">Ana</prop>" : "";
            b.append("<tu tuid=\"n").append(i).append("\"><tuv xml:lang=\"ru\"><seg>Примечание ").append(i)
                .append(".</seg></tuv><tuv xml:lang=\"fr\"><seg>").append(fr).append("</seg></tuv><tuv xml:lang=\"es\">")
                .append(prop).append("<seg>Nota ").append(i).append(".</seg></tuv></tu>\n");
        }
        ImportReport r = tm.importTmx(tmx("1.4", "ru", b.toString()), OnDuplicate.SKIP, "t");
        assertThat(r.added()).isEqualTo(70);
        Unit u = tm.unit(34);
        assertThat(u.srcLang()).isEqualTo("ru");
        assertThat(u.variants()).extracting(Variant::lang).containsExactly("ru", "es", "fr");
        assertThat(u.variant("fr").text()).isEqualTo("Voir  la note 33.");
        assertThat(u.variant("fr").codes()).isEqualTo("Voir <ph x=\"1\">&lt;br/&gt;</ph> la note 33.");
        assertThat(u.variant("ru").text()).isEqualTo("Примечание 33.");
        assertThat(tm.unit(41).variant("es").props()).containsExactly(new Prop("x-reviewer", "Ana"));
        assertThat(tm.unit(42).variant("es").props()).isEmpty();
        assertThat(tm.unit(70).variant("es").text()).isEqualTo("Nota 69.");
        assertThat(tm.fuzzy("Примечание 57.", "ru", "es", 100, 5)).extracting(FuzzyMatch::target).containsExactly("Nota 57.");
        assertThat(tm.fuzzy("Note 12 en français.", "fr", "ru", 100, 5)).extracting(FuzzyMatch::target).containsExactly("Примечание 12.");
        assertThat(UnitInserter.inKeyOrder(u.variants())).containsExactly(1, 2, 0);
    }

    /** A database two connections share. */
    DbLocation sharedLocation() {
        return DbLocation.of(dir.resolve("shared.db"));
    }

    @Test
    void twoWritersAtOnceLoseNothing() throws Exception {
        DbLocation file = sharedLocation();
        try (Database first = Database.open(file)) {
            TranslationMemory.open(first);
        }
        List<Path> inputs = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 2000; i++) b.append(tu("w" + w + "-" + i, "Sentence " + i + " of writer " + w + ".", "Phrase " + i + "."));
            inputs.add(tmx(b.toString()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ImportReport>> done = new ArrayList<>();
            for (Path in : inputs) {
                done.add(pool.submit(() -> {
                    try (Database own = Database.open(file)) {
                        return TranslationMemory.open(own).importTmx(in, OnDuplicate.SKIP, "t");
                    }
                }));
            }
            for (Future<ImportReport> f : done) assertThat(f.get().added()).isEqualTo(2000);
        } finally {
            pool.shutdown();
        }
        try (Database after = Database.open(file)) {
            TranslationMemory memory = TranslationMemory.open(after);
            assertThat(memory.size()).isEqualTo(4000);
            assertThat(memory.fuzzy("Sentence 1999 of writer 1.", "en", "fr", 100, 1)).extracting(FuzzyMatch::target).containsExactly("Phrase 1999.");
            assertThat(memory.fuzzy("Sentence 7 of writer 0.", "en", "fr", 100, 1)).extracting(FuzzyMatch::target).containsExactly("Phrase 7.");
        }
    }
}
