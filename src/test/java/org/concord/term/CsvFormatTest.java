package org.concord.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.InputException;
import org.concord.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFormatTest {
    @TempDir Path dir;

    @Test
    void multilingualCsvNamesItsLanguagesInTheHeader() throws Exception {
        Path csv = dir.resolve("terms.csv");
        Files.writeString(csv, """
            en,fr,es,subjectField
            non-State actors,acteurs non étatiques,agentes no estatales,counter-terrorism
            "weapons of mass destruction",armes de destruction massive,,disarmament
            """);
        try (Termbase tb = Termbase.load(csv)) {
            assertThat(tb.concepts()).hasSize(2);
            Concept wmd = tb.lookup().lookup("weapon of mass destruction", "en", 1).get(0).concept();
            assertThat(wmd.subjectField()).isEqualTo("disarmament");
            assertThat(wmd.terms("es")).isEmpty();
            assertThat(wmd.preferred("fr").orElseThrow().text()).isEqualTo("armes de destruction massive");
        }
    }

    @Test
    void csvExportReadsBack() throws Exception {
        Path out = dir.resolve("out.csv");
        try (Termbase tb = TermTesting.sampleTermbase()) {
            tb.export(out, ExportFormat.CSV);
        }
        assertThat(Files.readAllLines(out).get(0)).isEqualTo("id,en,fr,es,ru,zh,ar,subjectField,definition");
        try (Termbase back = Termbase.load(out)) {
            Concept wmd = back.concepts().stream().filter(c -> c.id().equals("wmd")).findFirst().orElseThrow();
            assertThat(wmd.preferred("ru").orElseThrow().text()).isEqualTo("оружие массового уничтожения");
            assertThat(wmd.definition()).isEqualTo("Nuclear, chemical and biological weapons.");
        }
    }

    @Test
    void omegatGlossaryNeedsItsLanguagesNamed() throws Exception {
        Path glossary = dir.resolve("glossary.txt");
        Files.writeString(glossary, "# OmegaT glossary\nSecurity Council\tConseil de sécurité\tUN body\nnon-State actors\tacteurs non étatiques\n");
        try (Termbase tb = Termbase.open(Database.inMemory())) {
            assertThatThrownBy(() -> tb.importFile(glossary, OnConflict.SKIP))
                .isInstanceOf(InputException.class).hasMessageContaining("--source-lang and --target-lang");
            assertThat(tb.importFile(glossary, OnConflict.SKIP, "en", "fr").added()).isEqualTo(2);
            Concept sc = tb.lookup().lookup("security council", "en", 1).get(0).concept();
            assertThat(sc.preferred("fr").orElseThrow().text()).isEqualTo("Conseil de sécurité");
            assertThat(sc.note()).isEqualTo("UN body");
        }
    }

    @Test
    void emptyTermsAndBadBytesAreNamedWithTheirPosition() throws Exception {
        Path glossary = dir.resolve("g.tsv");
        Files.writeString(glossary, "Security Council\tConseil de sécurité\nnon-State actors\t\n");
        Path latin1 = dir.resolve("l.csv");
        Files.write(latin1, "en,fr\nSecurity Council,Conseil de sécurité\n".getBytes(StandardCharsets.ISO_8859_1));
        try (Termbase tb = Termbase.open(Database.inMemory())) {
            assertThatThrownBy(() -> tb.importFile(glossary, OnConflict.SKIP, "en", "fr"))
                .hasMessage(glossary + ":2:18: empty target term");
            assertThatThrownBy(() -> tb.importFile(latin1, OnConflict.SKIP))
                .hasMessageStartingWith(latin1 + ":2:30: not valid UTF-8");
            assertThat(tb.size()).isZero();
        }
    }
}
