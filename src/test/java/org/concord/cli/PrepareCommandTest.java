package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.prepare.PrepareFixture;
import org.concord.store.Database;
import org.concord.tm.FuzzyMatch;
import org.concord.tm.TranslationMemory;
import org.concord.tm.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareCommandTest {
    @TempDir Path dir;

    /** The translator's rendering of s3, with a deprecated form (UN French writes "États Membres") that check must report. */
    static final String FR3 = "Le Comité fera rapport aux États membres sur ses travaux.";
    static final String FR4 = "La photosynthèse a besoin de lumière et d'eau.";
    /** The translator's own version of s2. */
    static final String FR2_EDITED = "Nous condamnons la prolifération des armes de destruction massive à destination d'acteurs non étatiques.";

    /** What a translator does in the CAT tool: fills the empty segments, edits one pre-filled, marks them translated. */
    static String fill(String xliff) {
        return xliff
            .replace("<segment id=\"s3\" state=\"initial\">", "<segment id=\"s3\" state=\"translated\">")
            .replace("<segment id=\"s4\" state=\"initial\">", "<segment id=\"s4\" state=\"translated\">")
            .replace(PrepareFixture.S3 + "</source>\n    </segment>", PrepareFixture.S3 + "</source>\n      <target>" + FR3 + "</target>\n    </segment>")
            .replace(PrepareFixture.S4 + "</source>\n    </segment>", PrepareFixture.S4 + "</source>\n      <target>" + FR4.replace("'", "&apos;") + "</target>\n    </segment>")
            .replace("<target>" + PrepareFixture.FR2 + "</target>\n    </segment>", "<target>" + FR2_EDITED + "</target>\n    </segment>");
    }

    @Test
    void prepareFillCheckImportAndPrepareAgainGivesExactMatches() throws Exception {
        String db = PrepareFixture.database(dir).toString();
        Path doc = PrepareFixture.document(dir);
        Path xlf = dir.resolve("statement.fr.xlf");
        MainTest.Run prepared = MainTest.run("prepare", doc.toString(), "--to", "fr", "--db", db, "-o", xlf.toString());
        assertThat(prepared.exit()).as(prepared.err()).isZero();
        assertThat(prepared.out()).contains("statement.txt  fr           4      2           1      1           3", "Wrote " + xlf.toAbsolutePath());

        String filled = fill(Files.readString(xlf));
        assertThat(filled).contains(FR3, FR2_EDITED).doesNotContain("state=\"initial\"");
        Path done = dir.resolve("statement.fr.done.xlf");
        Files.writeString(done, filled);

        MainTest.Run check = MainTest.run("check", done.toString(), "--termbase", db);
        assertThat(check.exit()).as("a deprecated rendering is a problem found").isEqualTo(1);
        assertThat(check.out()).contains("term-deprecated", "'États membres' is deprecated");

        MainTest.Run imported = MainTest.run("tm", "import", done.toString(), "--db", db, "--user", "anna");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("4 segments read, 4 added, 0 replaced, 0 unchanged, 0 left out");
        assertThat(MainTest.run("tm", "import", done.toString(), "--db", db, "--user", "anna").out())
            .as("importing the same file again changes nothing").contains("4 segments read, 0 added, 0 replaced, 4 unchanged");

        Path again = dir.resolve("again.fr.xlf");
        MainTest.Run second = MainTest.run("prepare", doc.toString(), "--to", "fr", "--db", db, "-o", again.toString(), "--json");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("\"segments\" : 4", "\"exact\" : 4", "\"inContext\" : 4");
        String x = Files.readString(again);
        assertThat(x).contains("<target>" + FR3 + "</target>", "<target>" + FR2_EDITED + "</target>",
            "origin=\"S/PV.9999, confirmed by anna\"", "<mda:meta type=\"confirmed-by\">anna</mda:meta>")
            .doesNotContain("state=\"initial\"");

        try (Database d = Database.open(Path.of(db))) {
            TranslationMemory tm = TranslationMemory.open(d);
            FuzzyMatch m = tm.fuzzy(PrepareFixture.S4, "en", "fr", 100, 1).get(0);
            Unit u = tm.unit(m.unitId());
            assertThat(u.docSymbol()).isEqualTo(PrepareFixture.SYMBOL);
            assertThat(u.createdBy()).isEqualTo("anna");
            assertThat(u.variant("fr").text()).isEqualTo(FR4);
        }
    }

    @Test
    void severalLanguagesGoToAFolderAndXliff12IsWritten() throws Exception {
        String db = PrepareFixture.database(dir).toString();
        Path doc = PrepareFixture.document(dir);
        Path out = dir.resolve("out");
        MainTest.Run r = MainTest.run("prepare", doc.toString(), "--to", "fr,es", "--xliff", "1.2", "--min", "95", "--db", db, "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("statement.fr.xlf"))).contains("version=\"1.2\"", "target-language=\"fr\"")
            .doesNotContain("match-quality=\"9");
        assertThat(Files.readString(out.resolve("statement.es.xlf"))).contains("target-language=\"es\"").doesNotContain("<target ");
    }

    @Test
    void badInputIsOneLineExitTwoAndNothingWritten() throws Exception {
        String db = PrepareFixture.database(dir).toString();
        Path doc = PrepareFixture.document(dir);
        Path out = dir.resolve("out");
        MainTest.Run lang = MainTest.run("prepare", doc.toString(), "--to", "fr,xx", "--db", db, "-o", out.toString());
        assertThat(lang.exit()).isEqualTo(2);
        assertThat(lang.err()).contains("unknown language code 'xx'").hasLineCount(1);
        assertThat(out).doesNotExist();

        Path fresh = dir.resolve("fresh.db");
        MainTest.Run missing = MainTest.run("prepare", dir.resolve("nope.txt").toString(), "--to", "fr", "--db", fresh.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.txt: no such file").hasLineCount(1);
        assertThat(MainTest.run("prepare", doc.toString(), "--to", "xx", "--db", fresh.toString()).exit()).isEqualTo(2);
        assertThat(fresh).as("bad options leave no database behind").doesNotExist();

        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        assertThat(MainTest.run("prepare", empty.toString(), "--to", "fr", "--db", db).exit()).isEqualTo(2);

        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where the output folder should be");
        MainTest.Run unwritable = MainTest.run("prepare", doc.toString(), "--to", "fr,es", "--db", db, "-o", blocker.resolve("sub").toString());
        assertThat(unwritable.exit()).isEqualTo(2);
        assertThat(unwritable.err()).contains("cannot write").hasLineCount(1);

        MainTest.Run version = MainTest.run("prepare", doc.toString(), "--to", "fr", "--xliff", "1.1", "--db", db);
        assertThat(version.exit()).isEqualTo(2);
        assertThat(version.err()).contains("--xliff must be 2.0 or 1.2");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".xlf") || n.endsWith(".part"));
        }
    }

    private long units(String db) {
        try (Database d = Database.open(Path.of(db))) {
            return TranslationMemory.open(d).size();
        }
    }

    private Path xliff20(String name, String srcLang, String body) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\""
            + srcLang + "\" trgLang=\"fr\">\n<file id=\"f1\">\n" + body + "\n</file>\n</xliff>\n");
        return f;
    }

    private static String unit(String id, String state, String source, String target) {
        return "<unit id=\"" + id + "\"><segment state=\"" + state + "\"><source>" + source + "</source><target>" + target + "</target></segment></unit>";
    }

    @Test
    void aBadTranslatedFileImportsNothingAndNamesFileLineAndUnit() throws Exception {
        String db = PrepareFixture.database(dir).toString();
        long before = units(db);

        Path dtd = dir.resolve("dtd.xlf");
        Files.writeString(dtd, "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"><unit id=\"u1\"><segment state=\"translated\">"
            + "<source>a</source><target>&x;</target></segment></unit></file></xliff>");
        MainTest.Run r = MainTest.run("tm", "import", dtd.toString(), "--db", db, "--doc", "S/PV.9999");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("concord: " + dtd + ":2:").contains("DTD").hasLineCount(1);

        Path v11 = dir.resolve("v11.xlf");
        Files.writeString(v11, "<xliff version=\"1.1\"><file source-language=\"en\" target-language=\"fr\"><body/></file></xliff>");
        assertThat(MainTest.run("tm", "import", v11.toString(), "--db", db, "--doc", "S/PV.9999").err())
            .contains(v11 + ":1:", "XLIFF version 1.1 is not supported (1.2 or 2.x)");

        Path french = xliff20("fr-source.xlf", "es", unit("u1", "translated", "Hola.", "Bonjour."));
        MainTest.Run wrongLang = MainTest.run("tm", "import", french.toString(), "--db", db, "--doc", "S/PV.9999");
        assertThat(wrongLang.exit()).isEqualTo(2);
        assertThat(wrongLang.err()).contains("source language es does not match document S/PV.9999 in the memory (en)");

        Path codes = xliff20("codes.xlf", "en", unit("u1", "translated", "Fine.", "Bien.") + "\n"
            + unit("u7", "translated", "See <ph id=\"1\"/> here.", "Voir <ph id=\"1\"/> ici."));
        MainTest.Run inline = MainTest.run("tm", "import", codes.toString(), "--db", db, "--doc", "S/PV.9999");
        assertThat(inline.exit()).isEqualTo(2);
        assertThat(inline.err()).startsWith("concord: " + codes + ":5:").contains("unit 'u7'", "inline code <ph>").hasLineCount(1);

        Path noSymbol = xliff20("nosymbol.xlf", "en", unit("u1", "translated", "Fine.", "Bien."));
        assertThat(MainTest.run("tm", "import", noSymbol.toString(), "--db", db).err()).contains("names no document symbol: give one with --doc");

        assertThat(units(db)).as("nothing imported").isEqualTo(before);
    }

    @Test
    void statesChooseWhatIsImportedAndXliff12NamesItsTranslator() throws Exception {
        String db = PrepareFixture.database(dir).toString();
        Path f = xliff20("states.xlf", "en", unit("u1", "final", "Fine.", "Bien.") + "\n" + unit("u2", "translated", "Good.", "Bon.")
            + "\n" + unit("u3", "initial", "Bad.", "Mauvais."));
        assertThat(MainTest.run("tm", "import", f.toString(), "--db", db, "--doc", "S/PV.9999", "--states", "final").out())
            .contains("3 segments read, 1 added, 0 replaced, 0 unchanged, 2 left out");

        Path x12 = dir.resolve("t12.xlf");
        Files.writeString(x12, "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
            + "<file original=\"a.txt\" source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\">"
            + "<header><phase-group><phase phase-name=\"tr\" process-name=\"translation\" contact-name=\"Marie Dupont\" date=\"2026-11-30T10:00:00Z\"/></phase-group>"
            + "<note from=\"concord\">document-symbol: S/PV.9999</note></header><body>"
            + "<trans-unit id=\"1\"><source>The meeting rose at noon.</source><target state=\"translated\" phase-name=\"tr\">La séance est levée à midi.</target>"
            + "<alt-trans match-quality=\"80\"><target>Autre.</target></alt-trans></trans-unit>"
            + "<trans-unit id=\"2\"><source>Untouched.</source><target state=\"needs-review-translation\">Intact.</target></trans-unit>"
            + "</body></file></xliff>");
        assertThat(MainTest.run("tm", "import", x12.toString(), "--db", db).out()).contains("2 segments read, 1 added, 0 replaced, 0 unchanged, 1 left out");
        try (Database d = Database.open(Path.of(db))) {
            TranslationMemory tm = TranslationMemory.open(d);
            Unit u = tm.unit(tm.fuzzy("The meeting rose at noon.", "en", "fr", 100, 1).get(0).unitId());
            assertThat(u.variant("fr").text()).isEqualTo("La séance est levée à midi.");
            assertThat(u.changedBy()).isEqualTo("Marie Dupont");
            assertThat(u.changed()).hasToString("2026-11-30T10:00:00Z");
            assertThat(u.docSymbol()).isEqualTo("S/PV.9999");
        }
    }
}
