package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryCommandTest {

    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void importStoresADictionaryAndListShowsIt() throws IOException {
        Path dic = write("de-fr.dic", "enfant @ Kind\njardin @ Garten\n");
        Path db = dir.resolve("c.db");
        MainTest.Run r = MainTest.run("dictionary", "import", dic.toString(), "--src", "de", "--tgt", "fr", "--db", db.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(dic + ": 2 de-fr entries stored as 'de-fr.dic'\n");
        write("de-fr.dic", "enfant @ Kind\njardin @ Garten\nmère @ Mutter\n");
        r = MainTest.run("dictionary", "import", dic.toString(), "--src", "de", "--tgt", "fr", "--db", db.toString());
        assertThat(r.out()).contains("3 de-fr entries replaced the dictionary stored as 'de-fr.dic'");
        r = MainTest.run("dictionary", "list", "--db", db.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().skip(2).findFirst().orElseThrow()).startsWith("de-fr.dic").contains("de-fr").contains("3");
    }

    @Test
    void aBadDictionaryIsOneLineExit2AndNothingIsWritten() throws IOException {
        Path db = dir.resolve("c.db");
        Path bad = dir.resolve("bad.dic");
        Files.write(bad, "enfant @ Kind\n\u00ff\u00fe @ x\n".getBytes(StandardCharsets.ISO_8859_1));
        MainTest.Run r = MainTest.run("dictionary", "import", bad.toString(), "--src", "de", "--tgt", "fr", "--db", db.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains(bad + ":2: bad bytes, not UTF-8");
        assertThat(db).doesNotExist();
    }

    @Test
    void alignTakesDictionariesAndRefusesOneForAnotherPair() throws IOException {
        Path de = write("a.de", "Die Kinder spielen im Garten.\n"), fr = write("a.fr", "Les enfants jouent au jardin.\n");
        Path good = write("de-fr.dic", "enfant @ Kind\njardin @ Garten\n");
        MainTest.Run ok = MainTest.run("align", de.toString(), fr.toString(), "--src", "de", "--tgt", "fr", "--lines", "--format", "beads",
            "--dictionary", good.toString(), "--dictionary", good.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).isEqualTo("[0]:[0]\n");
        Path cedict = write("cedict_ts.u8", "# sample\n孩子 孩子 [hai2 zi5] /child/\n");
        MainTest.Run r = MainTest.run("align", de.toString(), fr.toString(), "--src", "de", "--tgt", "fr", "--dictionary", cedict.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("concord: " + cedict + ":1: a zh-en dictionary, not for de-fr");
        Path unknown = write("notes.txt", "Kind = enfant\n");
        r = MainTest.run("align", de.toString(), fr.toString(), "--src", "de", "--tgt", "fr", "--dictionary", unknown.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(unknown + ":1: unknown dictionary format");
    }

    @Test
    void alignOfAFolderReadsTheDictionariesImportedIntoTheDatabase() throws IOException {
        Path db = dir.resolve("c.db");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("en.txt"), "The children play in the garden.\n");
        Files.writeString(docs.resolve("fr.txt"), "Les enfants jouent au jardin.\n");
        Path dic = write("en-fr.dic", "enfant @ child\njardin @ garden\n");
        assertThat(MainTest.run("dictionary", "import", dic.toString(), "--src", "en", "--tgt", "fr", "--db", db.toString()).exit()).isZero();
        MainTest.Run r = MainTest.run("align", docs.toString(), "--db", db.toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Les enfants jouent au jardin.");
    }
}
