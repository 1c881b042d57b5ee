package org.concord.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.build.Progress;
import org.concord.store.Database;
import org.concord.term.Termbase;
import org.concord.testing.Shared;
import org.concord.tm.TranslationMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareTest {
    @TempDir Path dir;
    private Path db;
    private Path doc;

    private void fixture() throws Exception {
        if (db != null) return;
        db = PrepareFixture.database(dir);
        doc = PrepareFixture.document(dir);
    }

    private Path prepare(XliffVersion version, String lang) throws Exception {
        fixture();
        Path out = dir.resolve("statement." + lang + "." + version.label() + ".xlf");
        try (Database d = Database.open(db)) {
            new PrepareJob(TranslationMemory.open(d), Termbase.open(d).recognizer(),
                new PrepareOptions("en", List.of(lang), version, 70, 5, null, "Concord test"))
                .run(List.of(doc), out, Progress.NONE);
        }
        return out;
    }

    private PreparedFile prepared() throws Exception {
        fixture();
        try (Database d = Database.open(db)) {
            Preparer p = new Preparer(TranslationMemory.open(d), Termbase.open(d).recognizer(),
                new PrepareOptions("en", List.of("fr"), XliffVersion.V2_0, 70, 5, null, "Concord test"));
            return p.prepare(p.read(doc), "fr");
        }
    }

    @Test
    void exactMatchesFromTheDocumentItselfWinAndAreInContextWhenTheirNeighboursMatchToo() throws Exception {
        PreparedFile f = prepared();
        assertThat(f.docSymbol()).isEqualTo(PrepareFixture.SYMBOL);
        assertThat(f.segments()).extracting(PreparedSegment::source)
            .containsExactly(PrepareFixture.S1, PrepareFixture.S2, PrepareFixture.S3, PrepareFixture.S4);
        PreparedSegment s1 = f.segments().get(0);
        assertThat(s1.exact().target()).as("this document's unit, not the older document's").isEqualTo(PrepareFixture.FR1);
        assertThat(s1.inContext()).as("its neighbour s2 is an exact match of the same document").isTrue();
        assertThat(s1.fuzzy()).extracting(MemoryMatch::target).containsExactly(PrepareFixture.FR1_OLD);
        PreparedSegment s2 = f.segments().get(1);
        assertThat(s2.exact().target()).isEqualTo(PrepareFixture.FR2);
        assertThat(s2.inContext()).as("its neighbour s3 has no exact match").isFalse();
        PreparedSegment s3 = f.segments().get(2);
        assertThat(s3.exact()).isNull();
        assertThat(s3.fuzzy()).extracting(MemoryMatch::target).containsExactly(PrepareFixture.FR3_SIMILAR, PrepareFixture.FR3_OTHER);
        assertThat(s3.fuzzy()).extracting(MemoryMatch::percent).allMatch(p -> p >= 70 && p < 100).isSortedAccordingTo((a, b) -> b - a);
        assertThat(f.segments().get(3).exact()).isNull();
        assertThat(f.segments().get(3).fuzzy()).isEmpty();
    }

    @Test
    void termsAreFoundThroughTheirInflectionsWithApprovedAndDeprecatedRenderings() throws Exception {
        PreparedSegment s2 = prepared().segments().get(1);
        GlossaryEntry actor = s2.terms().stream().filter(g -> g.conceptId().equals("non-state-actor")).findFirst().orElseThrow();
        assertThat(actor.text()).isEqualTo("non-state actors");
        assertThat(actor.renderings()).containsExactly("acteur non étatique");
        assertThat(actor.deprecated()).containsExactly("acteur non-étatique");
        assertThat(actor.definition()).contains("not acting under the lawful authority");
        assertThat(s2.terms()).extracting(GlossaryEntry::renderings).anySatisfy(r -> assertThat(r).contains("armes de destruction massive"));
    }

    @Test
    void xliff20CarriesTargetsMatchesGlossaryAndMetadata() throws Exception {
        String x = Files.readString(prepare(XliffVersion.V2_0, "fr"));
        assertThat(x).contains("srcLang=\"en\" trgLang=\"fr\"", "<mda:meta type=\"document-symbol\">S/PV.9999</mda:meta>",
            "<mda:meta type=\"source-file\">statement.txt</mda:meta>", "<mda:meta type=\"tool\">Concord test</mda:meta>",
            "<segment id=\"s1\" state=\"translated\">", "<target>" + PrepareFixture.FR1.replace("'", "'") + "</target>",
            "<mtc:match ref=\"#s1\" type=\"icm\" similarity=\"100.0\" origin=\"S/PV.9999, aligned\">",
            "<mtc:match ref=\"#s2\" type=\"tm\" similarity=\"100.0\"", "<segment id=\"s3\" state=\"initial\">",
            "<gls:translation>acteur non étatique</gls:translation>",
            "<note category=\"terminology\">'non-state actors': do not use 'acteur non-étatique' (use acteur non étatique)</note>");
        assertThat(x.split("<mtc:match ", -1)).as("two exact, one 100% from the other document, two fuzzy").hasSize(6);
    }

    @Test
    void xliff12CarriesTargetsAltTransAndTermNotes() throws Exception {
        String x = Files.readString(prepare(XliffVersion.V1_2, "fr"));
        assertThat(x).contains("source-language=\"en\" target-language=\"fr\"", "<note from=\"concord\">document-symbol: S/PV.9999</note>",
            "state=\"needs-review-translation\" state-qualifier=\"exact-match\"", "In-context exact match (100%) from S/PV.9999, aligned",
            "<alt-trans match-quality=\"100\" origin=\"S/PV.9999, aligned\"", "<alt-trans match-quality=\"9",
            "Term 'non-state actors' [non-State actor]: acteur non étatique. Deprecated: 'acteur non-étatique'");
    }

    @Test
    void bothVersionsValidateAgainstTheirSchemas() throws Exception {
        Path xsd20 = Shared.require("specs/xliff2/xliff2-with-modules.xsd");
        Path xsd12 = Shared.require("specs/xliff12/xliff-core-1.2-strict.xsd");
        assumeTrue(xmllintInstalled(), "skipped: xmllint is not installed (Debian package libxml2-utils)");
        for (String lang : List.of("fr", "zh", "ar")) {
            assertValid(xsd20, prepare(XliffVersion.V2_0, lang));
            assertValid(xsd12, prepare(XliffVersion.V1_2, lang));
        }
    }

    private static void assertValid(Path xsd, Path file) throws Exception {
        Process p = new ProcessBuilder("xmllint", "--noout", "--schema", xsd.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("validates");
    }

    static boolean xmllintInstalled() {
        try {
            return new ProcessBuilder("xmllint", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void okapisXliff2LibraryReadsEverySegmentMatchGlossEntryAndNote() throws Exception {
        Path file = prepare(XliffVersion.V2_0, "fr");
        List<net.sf.okapi.lib.xliff2.core.Unit> units = new ArrayList<>();
        try (var reader = new net.sf.okapi.lib.xliff2.reader.XLIFFReader(net.sf.okapi.lib.xliff2.reader.XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(file.toFile());
            while (reader.hasNext()) {
                var e = reader.next();
                if (e.isUnit()) units.add(e.getUnit());
            }
        }
        assertThat(units).hasSize(4);
        var u1 = units.get(0);
        assertThat(u1.getPart(0).getSource().getPlainText()).isEqualTo(PrepareFixture.S1);
        assertThat(u1.getPart(0).getTarget().getPlainText()).isEqualTo(PrepareFixture.FR1);
        assertThat(u1.getMatches().size()).isEqualTo(2);
        var best = u1.getMatches().get(0);
        assertThat(best.getSimilarity()).isEqualTo(100.0);
        assertThat(best.getType()).isEqualTo("icm");
        assertThat(best.getOrigin()).isEqualTo("S/PV.9999, aligned");
        assertThat(best.getTarget().getPlainText()).isEqualTo(PrepareFixture.FR1);
        assertThat(units.get(2).getMatches()).hasSize(2);
        assertThat(units.get(2).getPart(0).getTarget()).isNull();
        var u2 = units.get(1);
        assertThat(u2.getGlossary()).anySatisfy(g -> {
            assertThat(g.getTerm().getText()).isEqualTo("non-state actors");
            assertThat(g.getTranslations()).extracting(t -> t.getText()).containsExactly("acteur non étatique");
        });
        assertThat(u2.getNotes()).extracting(n -> n.getText()).anySatisfy(t -> assertThat(t).contains("do not use 'acteur non-étatique'"));
    }

    @Test
    void okapisXliffFilterReadsTheXliff12WithAltTransAndNotes() throws Exception {
        Path file = prepare(XliffVersion.V1_2, "fr");
        var fr = net.sf.okapi.common.LocaleId.fromString("fr");
        List<net.sf.okapi.common.resource.ITextUnit> units = new ArrayList<>();
        try (var filter = new net.sf.okapi.filters.xliff.XLIFFFilter();
             var raw = new net.sf.okapi.common.resource.RawDocument(file.toUri(), "UTF-8", net.sf.okapi.common.LocaleId.ENGLISH, fr)) {
            filter.open(raw);
            while (filter.hasNext()) {
                var e = filter.next();
                if (e.isTextUnit()) units.add(e.getTextUnit());
            }
        }
        assertThat(units).hasSize(4);
        assertThat(units).extracting(u -> u.getSource().toString())
            .containsExactly(PrepareFixture.S1, PrepareFixture.S2, PrepareFixture.S3, PrepareFixture.S4);
        assertThat(units.get(0).getTarget(fr).toString()).isEqualTo(PrepareFixture.FR1);
        var alt = units.get(2).getTarget(fr) != null ? units.get(2).getTarget(fr).getAnnotation(net.sf.okapi.common.annotation.AltTranslationsAnnotation.class)
            : units.get(2).getAnnotation(net.sf.okapi.common.annotation.AltTranslationsAnnotation.class);
        assertThat(alt).isNotNull();
        List<String> targets = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        alt.forEach(a -> {
            targets.add(a.getTarget().toString());
            scores.add(a.getCombinedScore());
        });
        assertThat(targets).as("two matches of equal score, in Okapi's order").containsExactlyInAnyOrder(PrepareFixture.FR3_SIMILAR, PrepareFixture.FR3_OTHER);
        assertThat(scores).allMatch(s -> s >= 70 && s < 100);
        // Notes that annotate the source are kept on the source, as the filter files them.
        var notes = units.get(1).getSource().getAnnotation(net.sf.okapi.common.annotation.NoteAnnotation.class);
        assertThat(notes).isNotNull();
        List<String> texts = new ArrayList<>();
        notes.forEach(n -> texts.add(n.getNoteText()));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Term 'non-state actors'"));
    }
}
