package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmCommandsTest {
    @TempDir Path dir;

    Path sample() throws Exception {
        return Path.of(getClass().getResource("/org/concord/tm/sample-14.tmx").toURI());
    }

    @Test
    void importExportLookupAndSearchEndToEnd() throws Exception {
        String db = dir.resolve("c.db").toString();
        MainTest.Run imp = MainTest.run("tm", "import", sample().toString(), "--db", db);
        assertThat(imp.exit()).isZero();
        assertThat(imp.out()).contains("3 units read, 3 added, 0 replaced, 0 skipped");
        assertThat(MainTest.run("tm", "import", sample().toString(), "--db", db).out()).contains("3 units read, 0 added, 0 replaced, 3 skipped");

        Path out = dir.resolve("out.tmx");
        MainTest.Run exp = MainTest.run("tm", "export", "-o", out.toString(), "--langs", "en,fr", "--db", db);
        assertThat(exp.exit()).isZero();
        assertThat(exp.out()).contains("3 units written");
        assertThat(Files.readString(out)).contains("<tuv xml:lang=\"fr\">").doesNotContain("xml:lang=\"es\"");

        MainTest.Run look = MainTest.run("tm", "lookup", "The Security Council met on 15 March 2019 to discuss non-State actors.",
            "--src", "en", "--tgt", "fr", "--db", db);
        assertThat(look.exit()).isZero();
        assertThat(look.out()).contains(" 92%  unit 1  S/PV.9000", "en  The Security Council met on [14] March 2019",
            "fr  Le Conseil de sécurité", "differs: numbers 14 (query: 15)");

        MainTest.Run json = MainTest.run("tm", "lookup", "The Security Council met on 15 March 2019 to discuss non-State actors.",
            "--src", "en", "--tgt", "fr", "--json", "--db", db);
        assertThat(json.out()).contains("\"percent\" : 92", "\"numbersOnlyInMatch\" : [ \"14\" ]");

        MainTest.Run search = MainTest.run("tm", "search", "mass destruction", "--lang", "en", "--db", db);
        assertThat(search.out()).contains("unit 3", "en  Weapons of [mass destruction] &", "fr  Les armes de destruction massive");
        assertThat(MainTest.run("tm", "search", "mass destruction", "--lang", "en", "--json", "--db", db).out())
            .contains("\"spans\" : [ {", "\"start\" : 11");

        MainTest.Run none = MainTest.run("tm", "lookup", "Photosynthesis needs light.", "--src", "en", "--tgt", "fr", "--db", db);
        assertThat(none.exit()).as("nothing found is exit 1, as for term lookup").isEqualTo(1);
        assertThat(none.out()).contains("no match of 70% or more");
        assertThat(MainTest.run("tm", "search", "photosynthesis", "--lang", "en", "--db", db).exit()).isEqualTo(1);
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        String db = dir.resolve("c.db").toString();
        Path bad = dir.resolve("bad.tmx");
        Files.writeString(bad, "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>a</tuv></tu></body></tmx>");
        MainTest.Run r = MainTest.run("tm", "import", bad.toString(), "--db", db);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("concord: " + bad + ":1:").hasLineCount(1);
        assertThat(MainTest.run("tm", "import", bad.toString(), "--on-duplicate", "merge", "--db", db).err())
            .contains("--on-duplicate must be skip, keep or replace");
        assertThat(MainTest.run("tm", "lookup", "x", "--src", "en", "--tgt", "zz", "--db", db).exit()).isEqualTo(2);
        assertThat(MainTest.run("tm", "export", "-o", dir.resolve("x.tmx").toString(), "--since", "yesterday", "--db", db).err())
            .contains("--since: 'yesterday' is not a date");
    }

    @Test
    void skippedUnitsAreWarningsAndExitOne() throws Exception {
        Path f = dir.resolve("w.tmx");
        Files.writeString(f, "<tmx version=\"1.4\"><header srclang=\"en\" creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\""
            + " o-tmf=\"t\" adminlang=\"en\" datatype=\"plaintext\"/><body><tu><tuv xml:lang=\"fr\"><seg>Un.</seg></tuv></tu></body></tmx>");
        MainTest.Run r = MainTest.run("tm", "import", f.toString(), "--db", dir.resolve("c.db").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("concord: warning: " + f + ":1:").contains("has no variant in its source language en; skipped");
    }
}
