package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignCommandTest {

    static final String EN = "Mr. President, I thank you for convening this meeting on resolution 1540 (2004).\n\n"
        + "The Committee has met 12 times this year. It adopted its programme of work on 3 March.\n"
        + "We remain concerned about the proliferation of weapons of mass destruction to non-State actors.\n\n"
        + "Kazakhstan supports the work of the Group of Experts. What more can be done?\n";
    static final String FR = "Monsieur le Président, je vous remercie d'avoir organisé cette séance consacrée à la résolution 1540 (2004).\n\n"
        + "Le Comité s'est réuni 12 fois cette année et il a adopté son programme de travail le 3 mars.\n"
        + "Nous restons préoccupés par la prolifération des armes de destruction massive au profit d'acteurs non étatiques.\n\n"
        + "Le Kazakhstan appuie les travaux du Groupe d'experts. Que peut-on faire de plus ?\n";
    static final String ES = "Señor Presidente, le agradezco que haya convocado esta sesión sobre la resolución 1540 (2004).\n\n"
        + "El Comité se ha reunido 12 veces este año. Aprobó su programa de trabajo el 3 de marzo.\n"
        + "Seguimos preocupados por la proliferación de las armas de destrucción en masa a agentes no estatales.\n\n"
        + "Kazajstán apoya la labor del Grupo de Expertos. ¿Qué más se puede hacer?\n";

    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void alignsTwoFilesAsGoldStyleBeads() throws IOException {
        Path en = write("statement.en.txt", EN), fr = write("statement.fr.txt", FR);
        MainTest.Run r = MainTest.run("align", en.toString(), fr.toString(), "--src", "en", "--tgt", "fr", "--format", "beads");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).containsExactly("[0]:[0]", "[1, 2]:[1]", "[3]:[2]", "[4]:[3]", "[5]:[4]");
    }

    @Test
    void tsvShowsConfidenceAndBothTexts() throws IOException {
        Path en = write("a.en", EN), fr = write("a.fr", FR);
        MainTest.Run r = MainTest.run("align", en.toString(), fr.toString(), "--src", "en", "--tgt", "fr");
        assertThat(r.out().lines().findFirst()).contains("src\ttgt\tconfidence\tflag\tsource\ttarget");
        assertThat(r.out()).contains("1,2\t1\t").contains("It adopted its programme of work on 3 March.\tLe Comité s'est réuni 12 fois");
    }

    @Test
    void tmxOutputIsValidTmx14() throws IOException, InterruptedException {
        Path dtd = Shared.require("specs/tmx14.dtd");
        Path en = write("a.en", EN), fr = write("a.fr", FR), out = dir.resolve("out.tmx");
        MainTest.Run r = MainTest.run("align", en.toString(), fr.toString(), "--src", "en", "--tgt", "fr", "--format", "tmx", "-o", out.toString());
        assertThat(r.exit()).isZero();
        String tmx = Files.readString(out);
        assertThat(tmx).contains("<tuv xml:lang=\"fr\"><seg>Le Kazakhstan appuie les travaux du Groupe d&apos;experts.</seg>");
        Process p = new ProcessBuilder("xmllint", "--noout", "--dtdvalid", dtd.toString(), out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
    }

    @Test
    void folderGivesMultilingualUnits() throws IOException {
        write("en.txt", EN);
        write("fr.txt", FR);
        write("es.txt", ES);
        write("notes.md", "not a translation");
        MainTest.Run r = MainTest.run("align", dir.toString());
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("confidence\tflag\ten\tfr\tes");
        // fr joins two sentences that es keeps apart: one row holds both with the French, one row each with the Spanish.
        assertThat(lines).hasSize(8);
        assertThat(lines.get(2)).contains("The Committee has met 12 times this year. It adopted its programme of work on 3 March.")
            .contains("Le Comité s'est réuni 12 fois").doesNotContain("El Comité");
        assertThat(lines.get(3)).contains("The Committee has met 12 times this year.\t\tEl Comité se ha reunido 12 veces este año.");
        assertThat(lines.get(4)).contains("It adopted its programme of work on 3 March.\t\tAprobó su programa");
    }

    @Test
    void termbaseIsReadAsADictionary() throws IOException {
        Path en = write("a.en", EN), es = write("a.es", ES);
        Path tbx = Path.of("src/test/resources/org/concord/term/sample.tbx");
        MainTest.Run r = MainTest.run("align", en.toString(), es.toString(), "--src", "en", "--tgt", "es", "--termbase", tbx.toString(),
            "--format", "beads");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).contains("[3]:[3]");
        MainTest.Run missing = MainTest.run("align", en.toString(), es.toString(), "--src", "en", "--tgt", "es", "--termbase", "no/such.tbx");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("concord: no/such.tbx: cannot read termbase");
    }

    @Test
    void evalAlignPrintsStrictAndLaxScores() throws IOException {
        Path gold = write("gold", "[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[3]\n");
        Path pred = write("pred", "[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[3]\n");
        MainTest.Run r = MainTest.run("eval-align", "--gold", gold.toString(), pred.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("strict      0.667   0.667   0.667").contains("lax         1.000   1.000   1.000");
    }

    @Test
    void legacyEncodingIsReadAsWindows1252WithAWarning() throws IOException {
        Path en = write("a.en", EN);
        Path fr = dir.resolve("a.fr");
        Files.write(fr, "Ligne un.\nDeuxi\u00e8me ligne en Latin-1.\n".getBytes(StandardCharsets.ISO_8859_1));
        MainTest.Run r = MainTest.run("align", en.toString(), fr.toString(), "--src", "en", "--tgt", "fr", "--lines");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("concord: warning: " + fr + ": not valid UTF-8 (line 2, column 6); read as Windows-1252");
        assertThat(r.out()).contains("Deuxi\u00e8me ligne en Latin-1.");
    }

    @Test
    void undecodableBytesAreRefusedWithThePositionAndWriteNothing() throws IOException {
        Path en = write("a.en", EN);
        Path fr = dir.resolve("a.fr");
        Files.write(fr, new byte[] {'O', 'k', '.', '\n', 'a', (byte) 0x81, 'b', '\n'}); // 0x81 is unassigned in Windows-1252
        Path out = dir.resolve("out.tsv");
        MainTest.Run r = MainTest.run("align", en.toString(), fr.toString(), "--src", "en", "--tgt", "fr", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("concord: " + fr + ":2:2:");
        assertThat(out).doesNotExist();
    }

    @Test
    void pairNeedsBothLanguages() throws IOException {
        Path en = write("a.en", EN), fr = write("a.fr", FR);
        MainTest.Run r = MainTest.run("align", en.toString(), fr.toString(), "--src", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("concord: align SRC TGT needs --src and --tgt");
    }

    @Test
    void emptyTranslationWarnsOnStderr() throws IOException {
        Path en = write("a.en", EN), fr = write("a.fr", "");
        MainTest.Run r = MainTest.run("align", en.toString(), fr.toString(), "--src", "en", "--tgt", "fr", "--format", "beads");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("concord: warning: " + fr + ": empty file");
        assertThat(r.out().lines()).hasSize(6).allSatisfy(l -> assertThat(l).endsWith(":[]"));
    }
}
