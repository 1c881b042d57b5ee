package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.testing.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --db and $CONCORD_DB on the command line: a postgresql:// URL is a database, any other URL is refused. */
class PostgresCommandsTest {
    @TempDir Path dir;

    private static String sample() throws Exception {
        return Path.of(PostgresCommandsTest.class.getResource("/org/concord/tm/sample-14.tmx").toURI()).toString();
    }

    @Test
    void anotherUrlSchemeIsRefusedWithoutCreatingAFolderOrShowingThePassword() throws Exception {
        MainTest.Run r = MainTest.run("tm", "import", sample(), "--db", "mysql://root:hunter2@db.example.org/concord");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("mysql://db.example.org/concord").doesNotContain("hunter2");
        assertThat(Path.of("mysql:")).doesNotExist();
        assertThat(MainTest.run("term", "lookup", "WMD", "--db", "http://example.org/concord.db").exit()).isEqualTo(2);
    }

    @Test
    void importSearchAndExportThroughAPostgresUrl() throws Exception {
        String url = Postgres.freshDatabase("cli");
        MainTest.Run imp = MainTest.run("tm", "import", sample(), "--db", url);
        assertThat(imp.exit()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("3 units read, 3 added").doesNotContain("concord-test");
        MainTest.Run search = MainTest.run("tm", "search", "mass destruction", "--lang", "en", "--db", url);
        assertThat(search.out()).contains("unit 3", "en  Weapons of [mass destruction] &");
        String tbx = Path.of(PostgresCommandsTest.class.getResource("/org/concord/term/sample.tbx").toURI()).toString();
        assertThat(MainTest.run("term", "import", tbx, "--db", url).exit()).isZero();
        assertThat(MainTest.run("term", "lookup", "weapons of mass destruction", "--db", url).out()).contains("exact match");
    }

    @Test
    void aWrongPasswordIsOneLineNamingHostAndDatabase() {
        String url = Postgres.freshDatabase("wrongpw");
        String wrong = url.replaceFirst("://([^:@/]+):[^@]*@", "://$1:not-it-z3@");
        MainTest.Run r = MainTest.run("tm", "search", "anything", "--lang", "en", "--db", wrong);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).contains("cannot connect to PostgreSQL").doesNotContain("not-it-z3");
        MainTest.Run nobody = MainTest.run("tm", "search", "anything", "--lang", "en", "--db", "postgresql://u:not-it-z3@127.0.0.1:55449/x");
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(nobody.err()).hasLineCount(1).startsWith("concord: postgresql://u@127.0.0.1:55449/x: cannot connect to PostgreSQL:")
            .doesNotContain("not-it-z3");
    }

    @Test
    void concordDbNamesTheDatabaseWhenDbIsNotGiven() throws Exception {
        String url = Postgres.freshDatabase("envdb");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Main.class.getName(), "tm", "import", sample()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("CONCORD_DB", url);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("3 units read, 3 added");
        assertThat(dir.resolve("concord.db")).as("no SQLite file made").doesNotExist();
        assertThat(MainTest.run("tm", "search", "mass destruction", "--lang", "en", "--db", url).out()).contains("unit 3");
    }

    @Test
    void dictionariesAreStoredInPostgresAndKeepTheirEntriesOrder() throws Exception {
        String url = Postgres.freshDatabase("dict");
        Path dic = java.nio.file.Files.writeString(dir.resolve("de-fr.dic"), "jardin @ Garten\nenfant @ Kind\nmère @ Mutter\n");
        assertThat(MainTest.run("dictionary", "import", dic.toString(), "--src", "de", "--tgt", "fr", "--db", url).exit()).isZero();
        assertThat(MainTest.run("dictionary", "list", "--db", url).out()).contains("de-fr.dic");
        String file = dir.resolve("c.db").toString();
        assertThat(MainTest.run("dictionary", "import", dic.toString(), "--src", "de", "--tgt", "fr", "--db", file).exit()).isZero();
        var inPostgres = org.concord.dictionary.DictionaryStore.storedIn(org.concord.store.DbLocation.parse(url));
        var inSqlite = org.concord.dictionary.DictionaryStore.storedIn(Path.of(file));
        assertThat(inPostgres).singleElement().satisfies(d -> assertThat(d.entries()).hasSize(3)
            .isEqualTo(inSqlite.get(0).entries()));
    }

    /**
     * PostgreSQL's driver holds a whole result in memory unless it may fetch it in parts: a whole memory's export must
     * run in a heap far smaller than the memory's texts (here 48 MB of them in a 32 MB heap), as on SQLite.
     */
    @Test
    void aWholeMemoryExportsFromPostgresInAHeapSmallerThanItsTexts() throws Exception {
        String url = Postgres.freshDatabase("bigexport");
        int units = 12_000;
        Path tmx = dir.resolve("big.tmx");
        try (var out = java.nio.file.Files.newBufferedWriter(tmx)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"Test\""
                + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"none\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n");
            String filler = "x".repeat(99);
            for (int u = 0; u < units; u++) {
                out.write("<tu>");
                for (String lang : List.of("en", "fr")) {
                    out.write("<tuv xml:lang=\"" + lang + "\"><seg>" + lang + u);
                    for (int w = 0; w < 20; w++) out.write(" " + (char) ('a' + w) + filler);
                    out.write("</seg></tuv>");
                }
                out.write("</tu>\n");
            }
            out.write("</body></tmx>\n");
        }
        MainTest.Run imp = MainTest.run("tm", "import", tmx.toString(), "--db", url);
        assertThat(imp.exit()).as(imp.err()).isZero();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
            "-cp", System.getProperty("java.class.path"), Main.class.getName(), "tm", "export", "-o", "out.tmx", "--db", url);
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains(units + " units written");
        try (var lines = java.nio.file.Files.lines(dir.resolve("out.tmx"))) {
            assertThat(lines.filter(l -> l.contains("<tu ") || l.contains("<tu>")).count()).isEqualTo(units);
        }
    }
}
