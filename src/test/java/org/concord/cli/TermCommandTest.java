package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.cli.MainTest.Run;
import org.concord.term.TermTesting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermCommandTest {
    @TempDir Path dir;
    private String db;

    @BeforeEach
    void importSample() {
        db = dir.resolve("t.db").toString();
        Run r = MainTest.run("term", "import", TermTesting.sample().toString(), "--db", db);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("4 concepts added");
    }

    @Test
    void lookupPrintsEveryLanguageWithStatusAndThePreferredForm() {
        Run r = MainTest.run("term", "lookup", "non-state actor", "--db", db);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("nsa  stemmed match on \"non-State actors\" (en, preferred)")
            .contains("  es  agentes no estatales (preferred); actores no estatales (deprecated → use agentes no estatales)")
            .contains("  zh  非国家行为者 (preferred)");
        Run wmd = MainTest.run("term", "lookup", "WMD", "--to", "en", "--db", db);
        assertThat(wmd.out()).contains("WMD (admitted, acronym of weapons of mass destruction)").doesNotContain("  fr  ");
    }

    @Test
    void lookupJsonAndExitOneWhenNothingIsFound() throws Exception {
        Run r = MainTest.run("term", "lookup", "大规模杀伤性武器", "--json", "--to", "zh,en", "--db", db);
        assertThat(r.exit()).isZero();
        JsonNode hit = new ObjectMapper().readTree(r.out()).get(0);
        assertThat(hit.get("match").asText()).isEqualTo("exact");
        assertThat(hit.at("/matched/status").asText()).isEqualTo("deprecated");
        assertThat(hit.at("/matched/use").asText()).isEqualTo("大规模毁灭性武器");
        assertThat(hit.at("/concept/languages/en/0/text").asText()).isEqualTo("weapons of mass destruction");
        assertThat(MainTest.run("term", "lookup", "photosynthesis", "--db", db).exit()).isEqualTo(1);
    }

    @Test
    void findListsTermsSentenceBySentence() throws Exception {
        Path text = dir.resolve("ru.txt");
        Files.writeString(text, "Совет Безопасности обеспокоен. Распространение оружия массового уничтожения продолжается.\n");
        Run r = MainTest.run("term", "find", text.toString(), "--lang", "ru", "--to", "en,fr", "--db", db);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1  Совет Безопасности обеспокоен.", "   · Совет Безопасности", "       fr  Conseil de sécurité",
            "2  Распространение оружия массового уничтожения продолжается.",
            "   · оружия массового уничтожения [оружие массового уничтожения]", "       en  weapons of mass destruction");
        Run json = MainTest.run("term", "find", text.toString(), "--lang", "ru", "--json", "--db", db);
        JsonNode second = new ObjectMapper().readTree(json.out()).get(1);
        assertThat(second.at("/terms/0/found").asText()).isEqualTo("оружия массового уничтожения");
        assertThat(second.at("/terms/0/renderings/es").asText()).isEqualTo("armas de destrucción en masa");
    }

    @Test
    void exportWritesEachFormat() throws Exception {
        Path tbx = dir.resolve("out.tbx");
        assertThat(MainTest.run("term", "export", "--format", "tbx", "-o", tbx.toString(), "--db", db).exit()).isZero();
        TermTesting.assertValidTbxBasic(tbx);
        Path csv = dir.resolve("out.csv");
        assertThat(MainTest.run("term", "export", "--format", "CSV", "-o", csv.toString(), "--db", db).exit()).isZero();
        assertThat(Files.readString(csv)).contains("wmd,weapons of mass destruction,armes de destruction massive");
        Run bad = MainTest.run("term", "export", "--format", "pdf", "-o", csv.toString(), "--db", db);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("expected tbx, tbx2008 or csv");
    }

    @Test
    void onConflictSkipsReplacesOrMerges() throws Exception {
        Path changed = dir.resolve("changed.tbx");
        Files.writeString(changed, Files.readString(TermTesting.sample())
            .replace("Nuclear, chemical and biological weapons.", "Weapons able to kill many people.")
            .replace("<term>weapon</term>", "<term>arm</term>"));
        MainTest.run("term", "import", changed.toString(), "--db", db);
        assertThat(MainTest.run("term", "lookup", "WMD", "--db", db).out()).contains("Nuclear, chemical");
        assertThat(MainTest.run("term", "import", changed.toString(), "--db", db, "--on-conflict", "merge").out())
            .contains("0 concepts added, 0 replaced, 4 merged");
        Run merged = MainTest.run("term", "lookup", "arm", "--lang", "en", "--db", db);
        assertThat(merged.out()).contains("weapon (preferred); arm (preferred)");
        MainTest.run("term", "import", changed.toString(), "--db", db, "--on-conflict", "replace");
        assertThat(MainTest.run("term", "lookup", "WMD", "--db", db).out()).contains("Weapons able to kill many people.");
        assertThat(MainTest.run("term", "lookup", "weapon", "--lang", "en", "--to", "en", "--db", db).out()).doesNotContain("weapon (preferred)");
    }

    @Test
    void badInputExitsTwoAndLeavesTheDatabaseUnchanged() throws Exception {
        Path half = dir.resolve("half.tbx");
        // A good concept followed by a broken one: the import is one transaction, so neither is written.
        Files.writeString(half, Files.readString(TermTesting.sample())
            .replace("id=\"wmd\"", "id=\"wmd2\"").replace("id=\"nsa\"", "id=\"nsa2\"")
            .replace("<langSec xml:lang=\"zh\">", "<langSec xml:lang=\"xx\">"));
        Run r = MainTest.run("term", "import", half.toString(), "--db", db);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("concord: " + half + ":").contains("unknown language code 'xx'");
        Path broken = dir.resolve("broken.tbx");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>\n<conceptEntry id=\"x\">\n</body>");
        Run m = MainTest.run("term", "import", broken.toString(), "--db", db);
        assertThat(m.exit()).isEqualTo(2);
        assertThat(m.err()).startsWith("concord: " + broken + ":4:").contains("malformed XML");
        Run again = MainTest.run("term", "import", TermTesting.sample().toString(), "--db", db);
        assertThat(again.out()).contains("0 concepts added").contains(": 4 concepts");
        assertThat(MainTest.run("term", "import", broken.toString(), "--db", db, "--on-conflict", "overwrite").exit()).isEqualTo(2);
    }

    @Test
    void readingAMissingTermbaseIsBadInput() {
        Run r = MainTest.run("term", "lookup", "WMD", "--db", dir.resolve("none.db").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no termbase here");
    }
}
