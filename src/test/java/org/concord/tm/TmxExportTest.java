package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.concord.store.Database;
import org.concord.testing.Tmx14;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmxExportTest {
    static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    @TempDir Path dir;
    Database db;
    TranslationMemory tm;

    /** The database a test's memory lives in (SQLite in memory; PostgreSQL in {@link TmxExportOnPostgresTest}). */
    Database newDatabase() {
        return Database.inMemory();
    }

    @BeforeEach
    void open() throws Exception {
        db = newDatabase();
        tm = TranslationMemory.open(db);
        tm.importTmx(TmxImportTest.resource("sample-14.tmx"), OnDuplicate.SKIP, "tester");
        tm.add(List.of(new AlignedUnit("S/PV.9001", 0, "en", Map.of("en", "We condemn terrorism.", "fr", "Nous condamnons le terrorisme.",
            "ru", "Мы осуждаем терроризм."), 0.97)), "aligner");
    }

    @AfterEach
    void close() {
        if (db != null) db.close(); // null when the test was skipped for want of a PostgreSQL server
    }

    String export(ExportOptions options) throws Exception {
        StringWriter w = new StringWriter();
        tm.exportTmx(w, options, "0.1.0", NOW);
        return w.toString();
    }

    static void validate(String tmx) throws Exception {
        Tmx14.assertValid(tmx);
    }

    @Test
    void exportIsValidTmx14WithCompleteHeaderAndProps() throws Exception {
        String tmx = export(ExportOptions.ALL);
        validate(tmx);
        assertThat(tmx).contains("<header creationtool=\"Concord\" creationtoolversion=\"0.1.0\" segtype=\"sentence\" o-tmf=\"Concord\""
            + " adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\" creationdate=\"20261129T120000Z\"/>");
        assertThat(tmx).contains("<prop type=\"x-concord-doc\">S/PV.9001</prop>", "<prop type=\"x-concord-origin\">aligned</prop>",
            "<prop type=\"x-concord-confidence\">0.97</prop>", "<prop type=\"x-concord-origin\">imported</prop>",
            "<note>Checked against the verbatim record.</note>", "<tuv xml:lang=\"ru\"><seg>Мы осуждаем терроризм.</seg></tuv>");
    }

    @Test
    void exportIsDeterministic() throws Exception {
        assertThat(export(ExportOptions.ALL)).isEqualTo(export(ExportOptions.ALL));
        assertThat(tuids(export(ExportOptions.ALL))).containsExactly("u1", "u2", "u3", "concord-4");
    }

    @Test
    void importThenExportKeepsEverySegmentsTextAndInlineCodes() throws Exception {
        Path out = dir.resolve("out.tmx");
        tm.exportTmx(out, ExportOptions.ALL, "0.1.0");
        try (Database other = Database.inMemory()) {
            TranslationMemory copy = TranslationMemory.open(other);
            assertThat(copy.importTmx(out, OnDuplicate.SKIP, "t").added()).isEqualTo(4);
            for (long id = 1; id <= 4; id++) {
                Unit a = tm.unit(id);
                Unit b = copy.unit(id);
                assertThat(b.variants()).extracting(Variant::lang, Variant::text, Variant::codes)
                    .containsExactlyElementsOf(a.variants().stream().map(v -> org.assertj.core.groups.Tuple.tuple(v.lang(), v.text(), v.codes())).toList());
                assertThat(b.docSymbol()).isEqualTo(a.docSymbol());
                assertThat(b.props()).isEqualTo(a.props());
                assertThat(b.notes()).isEqualTo(a.notes());
            }
        }
    }

    @Test
    void okapiTmxFilterReadsTheExportBack() throws Exception {
        Path out = dir.resolve("okapi.tmx");
        tm.exportTmx(out, ExportOptions.ALL, "0.1.0");
        List<ITextUnit> units = new ArrayList<>();
        try (TmxFilter filter = new TmxFilter()) {
            filter.open(new RawDocument(out.toUri(), "UTF-8", LocaleId.ENGLISH, LocaleId.FRENCH));
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit()) units.add(e.getTextUnit());
            }
        }
        assertThat(units).hasSize(4);
        assertThat(units.get(0).getSource().getFirstContent().getText()).isEqualTo("The Security Council met on 14 March 2019 to discuss non-State actors.");
        assertThat(units.get(0).getTarget(LocaleId.FRENCH).getFirstContent().getText()).startsWith("Le Conseil de sécurité s'est réuni");
        TextFragment coded = units.get(1).getSource().getFirstContent();
        assertThat(coded.getCodes()).extracting(c -> c.getData()).contains("<b>", "</b>", "<br/>", "<i>");
        assertThat(coded.toText()).isEqualTo("Press <b>Save</b> and see <br/> the <hi type=\"emphasis\">report</hi> <i>now.");
        assertThat(units.get(3).getTarget(LocaleId.FRENCH).getFirstContent().getText()).isEqualTo("Nous condamnons le terrorisme.");
    }

    @Test
    void languagesDocumentAndDateSelectUnits() throws Exception {
        String ru = export(new ExportOptions(List.of("en", "ru"), null, null));
        validate(ru);
        assertThat(tuids(ru)).containsExactly("concord-4");
        assertThat(ru).contains("srclang=\"en\"").doesNotContain("xml:lang=\"fr\"");
        assertThat(tuids(export(new ExportOptions(List.of(), "S/PV.9000", null)))).containsExactly("u1");
        assertThat(tuids(export(new ExportOptions(List.of(), null, Instant.parse("2025-01-01T00:00:00Z"))))).containsExactly("u2", "u3", "concord-4");
        String fr = export(new ExportOptions(List.of("fr", "en"), null, null));
        validate(fr);
        assertThat(fr).contains("srclang=\"fr\"");
    }

    @Test
    void segmentsAreEscapedByteByByteWithoutHarmToOtherScripts() throws Exception {
        // Texts are escaped as their stored UTF-8 bytes: markup characters beside accented, Cyrillic, Arabic and Han
        // characters, a character outside the BMP, and a control character XML 1.0 forbids.
        String en = "Tom & Jerry <say> \"R\u00e9solution 2/3\" \u0001done";
        String ru = "\u041f\u0440\u0438\u043c & <\u0431> \u0627\u0644\u0623\u0645\u0645 \u51b3\u8bae\ud83c\udf0d";
        tm.add(List.of(new AlignedUnit("A/RES/1", 0, "en", Map.of("en", en, "ru", ru), 0.9)), "aligner");
        String tmx = export(new ExportOptions(List.of("en", "ru"), "A/RES/1", null));
        validate(tmx);
        assertThat(tmx).contains("<seg>Tom &amp; Jerry &lt;say&gt; &quot;R\u00e9solution 2/3&quot; done</seg>",
            "<seg>\u041f\u0440\u0438\u043c &amp; &lt;\u0431&gt; \u0627\u0644\u0623\u0645\u0645 \u51b3\u8bae\ud83c\udf0d</seg>");
        Path out = dir.resolve("escaped.tmx");
        tm.exportTmx(out, new ExportOptions(List.of("en", "ru"), "A/RES/1", null), "0.1.0");
        // The header's date is the export's own (the second may turn between the export and this line).
        assertThat(Files.readString(out).replaceFirst("creationdate=\"\\d{8}T\\d{6}Z\"/>", "creationdate=\"20261129T120000Z\"/>"))
            .isEqualTo(tmx);
    }

    @Test
    void aWholeMemoryReadsEveryColumnAsASelectionDoes() throws Exception {
        // A whole SQLite memory is read with a unit's text columns packed into one value (lengths in bytes, "-" for
        // NULL): values that look like that packing, multi-byte ones, empty and missing ones must come out as a
        // document selection (read one column at a time) writes them.
        Path tricky = dir.resolve("tricky.tmx");
        Files.writeString(tricky, """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="T" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en"
              srclang="en" datatype="plaintext"/><body>
            <tu tuid="é 12 -" creationdate="20240105T101500Z" creationid="Łukasz 3 -" changedate="20240106T101500Z">
              <prop type="x-concord-doc">A/RES/77 1</prop><prop type="x-client">- 4 م</prop><note>12 -</note>
              <tuv xml:lang="en"><seg>- 3 abc &amp; 一</seg></tuv>
              <tuv xml:lang="fr"><prop type="x-reviewer">Luc</prop><note>vu</note><seg>deux 2</seg></tuv>
              <tuv xml:lang="ru"><seg>Текст <ph x="1">&lt;br/&gt;</ph> 5</seg></tuv>
              <tuv xml:lang="zh"><seg>决议</seg></tuv>
            </tu>
            <tu tuid="-" creationid="-" changeid="1 x"><prop type="x-concord-doc">A/RES/77 1</prop>
              <tuv xml:lang="en"><seg>-</seg></tuv><tuv xml:lang="fr"><seg>0 </seg></tuv>
            </tu>
            </body></tmx>
            """);
        tm.importTmx(tricky, OnDuplicate.SKIP, "tester");
        String whole = export(ExportOptions.ALL);
        validate(whole);
        // A date selection from the epoch selects every unit, read one column at a time.
        assertThat(whole).isEqualTo(export(new ExportOptions(List.of(), null, Instant.EPOCH)));
        List<String> units = units(whole);
        assertThat(units).hasSize(6);
        assertThat(units.get(4)).contains("tuid=\"\u00e9 12 -\"", "creationid=\"\u0141ukasz 3 -\"", "<note>12 -</note>",
            "<prop type=\"x-client\">- 4 \u0645</prop>", "<seg>- 3 abc &amp; \u4e00</seg>", "<note>vu</note><seg>deux 2</seg>",
            "<ph x=\"1\">&lt;br/&gt;</ph> 5</seg>", "<seg>\u51b3\u8bae</seg>");
        assertThat(units.get(5)).contains("tuid=\"-\"", "creationid=\"-\"", "changeid=\"1 x\"", "<seg>-</seg>", "<seg>0 </seg>");
        assertThat(units.get(3)).startsWith("<tu tuid=\"concord-4\"").doesNotContain("creationid=\"-\"", "x-concord-doc\">-");
        // Units listed from the packed rows are those read one by one (a variant's text taken from its "lang text" value).
        List<Unit> listed = tm.units(ExportOptions.ALL);
        assertThat(listed).hasSize(6);
        for (Unit u : listed) {
            Unit one = tm.unit(u.id());
            assertThat(u).usingRecursiveComparison().ignoringFields("variants").isEqualTo(one);
            assertThat(u.variants()).containsExactlyInAnyOrderElementsOf(one.variants());
        }
    }

    /** The {@code <tu>} elements of a TMX, whole. */
    static List<String> units(String tmx) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("<tu .*?</tu>", java.util.regex.Pattern.DOTALL).matcher(tmx);
        while (m.find()) out.add(m.group());
        return out;
    }

    static List<String> tuids(String tmx) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("<tu tuid=\"([^\"]+)\"").matcher(tmx);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void exportFileAppearsOnlyWhenComplete() throws Exception {
        Path out = dir.resolve("sub/dir/all.tmx");
        assertThat(tm.exportTmx(out, ExportOptions.ALL, "0.1.0")).isEqualTo(4);
        validate(Files.readString(out));
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("all.tmx");
        }
    }

    /** Enough units to fill the export's read-ahead queue several times over. */
    void addUnits(int count) {
        List<AlignedUnit> beads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            beads.add(new AlignedUnit("A/RES/" + i, 0, "en", Map.of("en", "Resolution " + i + " & annex.", "fr", "Résolution " + i + " et annexe."), 0.9));
        }
        tm.add(beads, "aligner");
    }

    @Test
    void aLargeExportWritesEveryUnitOnceInIdOrder() throws Exception {
        addUnits(3000);
        String tmx = export(ExportOptions.ALL);
        validate(tmx);
        List<String> docs = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<seg>Resolution (\\d+) &amp; annex.</seg>").matcher(tmx);
        while (m.find()) docs.add(m.group(1));
        assertThat(docs).hasSize(3000);
        for (int i = 0; i < docs.size(); i++) assertThat(docs.get(i)).isEqualTo(String.valueOf(i));
        assertThat(tmx.split("<tu ", -1)).hasSize(3000 + 4 + 1);
    }

    @Test
    void aFailedWriteStopsTheExportAndLeavesTheMemoryUsable() throws Exception {
        addUnits(3000);
        java.io.Writer failing = new java.io.Writer() {
            private long written;

            @Override
            public void write(char[] cbuf, int off, int len) throws java.io.IOException {
                written += len;
                if (written > 100_000) throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tm.exportTmx(failing, ExportOptions.ALL, "0.1.0", NOW))
            .isInstanceOf(java.io.IOException.class).hasMessageContaining("No space left");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("tmx-export-reader"));
        assertThat(tm.size()).isEqualTo(3004);
        assertThat(tm.concordance("annex", "en", 5)).hasSize(5);
    }
}
