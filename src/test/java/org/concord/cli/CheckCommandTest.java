package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.check.JsonReport;
import org.concord.check.Report;
import org.concord.store.Database;
import org.concord.store.DbLocation;
import org.concord.tm.AlignedUnit;
import org.concord.tm.TranslationMemory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static String resource(String name) throws Exception {
        return Path.of(CheckCommandTest.class.getResource("/org/concord/check/" + name).toURI()).toString();
    }

    @Test
    void terminalReportGroupsFindingsAndMarksSpans() throws Exception {
        MainTest.Run r = MainTest.run("check", resource("statement.tmx"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("number-mismatch (error, 1)")
            .contains("ru: 11 и 12 марта [2015] года")
            .contains("target-empty (error, 1)")
            .contains("target-untranslated (warning, 1)")
            .contains("2 errors, 1 warning, 0 info in 6 segment pairs");
    }

    @Test
    void failOnDecidesTheExitCode(@TempDir Path dir) throws Exception {
        Path en = Files.writeString(dir.resolve("en.txt"), "We appreciate his briefing.\nThe meeting rose at 1 p.m.\n");
        Path fr = Files.writeString(dir.resolve("fr.txt"), "We appreciate his briefing.\nLa séance est levée à 13 heures.\n");
        String[] base = {"check", "--src", en.toString(), "--tgt", fr.toString(), "--src-lang", "en", "--tgt-lang", "fr", "--lines"};
        assertThat(MainTest.run(base).exit()).isEqualTo(1);
        assertThat(MainTest.run(concat(base, "--fail-on", "error")).exit()).isZero();
        assertThat(MainTest.run(concat(base, "--checks", "target-empty")).exit()).isZero();
    }

    @Test
    void jsonReportRoundTrips() throws Exception {
        MainTest.Run r = MainTest.run("check", "--format", "json", "--tgt-lang", "ru", resource("statement.tmx"));
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("findings")).hasSize(2);
        assertThat(json.get("findings").get(0).get("severity").asText()).isEqualTo("error");
        Report back = JsonReport.read(r.out());
        assertThat(back.findings()).extracting(f -> f.checkId()).containsExactly("number-mismatch", "target-untranslated");
    }

    @Test
    void htmlReportIsOneStandaloneFileWithArabicRightToLeft(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        MainTest.Run r = MainTest.run("check", "--format", "html", "-o", html.toString(), resource("statement-20.xlf"));
        assertThat(r.exit()).isEqualTo(1);
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").doesNotContain("src=\"http").doesNotContain("href=\"http")
            .contains("<td lang=\"ar\" dir=\"rtl\">ونحن من بين الدول الأعضاء الـ <mark>78</mark>.</td>")
            .contains("<td lang=\"en\" dir=\"ltr\">We are among the <mark>77</mark> Member States.</td>")
            .contains("addEventListener('click'");
    }

    @Test
    void explainNamesTheRuleThatAcceptedARenderingAndTheRulesTriedForAFinding(@TempDir Path dir) throws Exception {
        // the Charter by its short name in both languages; the Security Council with one word wrong
        Path en = Files.writeString(dir.resolve("en.txt"), "The Charter must be respected.\nThe Security Council adopted resolution 1540 (2004).\n");
        Path es = Files.writeString(dir.resolve("es.txt"), "Se debe respetar la Carta.\nEl Consejo General aprobó la resolución 1540 (2004).\n");
        String[] base = {"check", "--src", en.toString(), "--tgt", es.toString(), "--src-lang", "en", "--tgt-lang", "es", "--lines",
            "--termbase", "termbase/un-terms.tbx", "--checks", "term-missing,term-wrong-word", "--explain"};
        MainTest.Run r = MainTest.run(base);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("Term decisions (--explain)");
        assertThat(r.out().lines().filter(l -> l.matches("\\s+1\\s+Charter\\s+accepted\\s+short-name\\s+the source uses a short name.*"))).hasSize(1);
        assertThat(r.out().lines().filter(l -> l.matches("\\s+2\\s+Security Council\\s+term-wrong-word\\s+near-miss\\s+'General' where.*"))).hasSize(1);
        assertThat(r.out()).contains("\u2717 recognised").contains("\u2717 short-name-beside-another-name");

        JsonNode json = new ObjectMapper().readTree(MainTest.run(concat(base, "--format", "json")).out());
        assertThat(json.get("findings")).hasSize(1);
        JsonNode wrong = json.get("explanations").get(1);
        assertThat(wrong.get("term").asText()).isEqualTo("Security Council");
        assertThat(wrong.get("outcome").asText()).isEqualTo("term-wrong-word");
        assertThat(wrong.get("tried").findValuesAsText("rule")).containsExactly("recognised", "short-name-beside-another-name");
        assertThat(json.get("explanations").get(0).get("rule").asText()).isEqualTo("short-name");
        assertThat(MainTest.run(concat(base, "--format", "html")).exit()).isEqualTo(2);
    }

    @Test
    void badInputExitsTwoWithOneLine() throws Exception {
        MainTest.Run r = MainTest.run("check", resource("broken.tmx"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().filter(l -> l.startsWith("concord: ") && l.contains("broken.tmx:5:"))).hasSize(1);
        assertThat(MainTest.run("check", "--fail-on", "fatal", resource("statement.tmx")).exit()).isEqualTo(2);
        assertThat(MainTest.run("check", "pom.xml").err()).contains("expected a TMX or XLIFF file, found root element <project>");
    }

    @Test
    void aDocumentOfTheMemoryIsChecked(@TempDir Path dir) {
        checksADocumentOfTheMemory(dir.resolve("concord.db").toString());
    }

    /** check --doc on the memory at {@code db} (also run against PostgreSQL, by {@link CheckDocOnPostgresTest}). */
    static void checksADocumentOfTheMemory(String db) {
        try (Database database = Database.open(DbLocation.parse(db))) {
            TranslationMemory.open(database).add(List.of(
                new AlignedUnit("S/PV.7837", 1, "en", Map.of("en", "We are among the 77 Member States.",
                    "fr", "Nous sommes parmi les 78 États Membres."), 0.9),
                new AlignedUnit("S/PV.9999", 1, "en", Map.of("en", "Another 12 documents.", "fr", "Treize autres documents."), 0.9)),
                "test");
        }
        MainTest.Run r = MainTest.run("check", "--db", db, "--doc", "S/PV.7837", "--termbase", "termbase/un-terms.tbx");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("Not in the target: 77. Not in the source: 78.").doesNotContain("Treize")
            .contains("1 error, 0 warnings, 0 info in 1 segment pair");
        MainTest.Run none = MainTest.run("check", "--db", db, "--doc", "S/PV.1");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("the memory has no units of document 'S/PV.1'");
    }

    @Test
    void parallelTextsAreSegmentedAndAligned(@TempDir Path dir) throws Exception {
        Path en = Files.writeString(dir.resolve("en.txt"), "On 11 and 12 March 2014, Astana hosted a seminar. "
            + "We appreciate his informative briefing.\n\nThe meeting rose at 1 p.m.\n");
        Path fr = Files.writeString(dir.resolve("fr.txt"), "Les 11 et 12 mars 2015, Astana a accueilli un séminaire. "
            + "Nous le remercions de son exposé très instructif.\n\nLa séance est levée à 13 heures.\n");
        MainTest.Run r = MainTest.run("check", "--src", en.toString(), "--tgt", fr.toString(), "--src-lang", "en", "--tgt-lang", "fr");
        assertThat(r.out()).contains("s1  Not in the target: 2014. Not in the source: 2015.")
            .contains("1 error, 0 warnings, 0 info in 3 segment pairs");
    }

    @Test
    void parallelTextsTellHowTheyWereRead(@TempDir Path dir) throws Exception {
        Path en = Files.writeString(dir.resolve("en.txt"), "The Committee met on 3 March.\n");
        Path fr = Files.write(dir.resolve("fr.txt"), "Le Comité s'est réuni le 3 mars.\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        MainTest.Run r = MainTest.run("check", "--src", en.toString(), "--tgt", fr.toString(), "--src-lang", "en", "--tgt-lang", "fr");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("concord: warning: " + fr + ": not valid UTF-8 (line 1, column 9); read as Windows-1252");
        assertThat(r.out()).contains("0 errors, 0 warnings, 0 info in 1 segment pair");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
