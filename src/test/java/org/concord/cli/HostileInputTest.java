package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.concord.cli.MainTest.Run;
import org.concord.read.Document;
import org.concord.read.Documents;
import org.concord.testing.Bombs;
import org.concord.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archive and size limits (issue 17): compressed input that inflates far beyond its size, or past the limit in all,
 * and a line or text run too long to hold, are refused in one line with exit 2 before they take the heap, and nothing
 * is written; a 50 MB line of real text still reads.
 */
class HostileInputTest {
    @TempDir Path dir;

    @Test
    void aDocxWhoseOneRunInflatesTo1point5GbIsRefusedAsAZipBomb() throws IOException {
        Path bomb = dir.resolve("bomb.docx");
        Bombs.docx(bomb, "a".repeat(1 << 20), 1536);
        assertThat(Files.size(bomb)).isBetween(1_000_000L, 2_000_000L);
        Run r = MainTest.run("segment", "--lang", "en", bomb.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).matches("concord: " + java.util.regex.Pattern.quote(bomb.toString())
            + ": refused: decompresses to more than 1\\d\\d\\.\\d MB, over 100 times its 1\\.\\d MB \\(zip bomb\\?\\)\n");
    }

    @Test
    void aDocxPastTheTotalLimitIsRefusedAndAlignWritesNothing() throws IOException {
        Path big = dir.resolve("big.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(big))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            StringBuilder body = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            for (int i = 0; body.length() < 3 << 20; i++) body.append("<w:p><w:r><w:t>Paragraph ").append(i).append(" of the report.</w:t></w:r></w:p>");
            zip.write(body.append("</w:body></w:document>").toString().getBytes(StandardCharsets.UTF_8));
        }
        Path fr = Files.writeString(dir.resolve("fr.txt"), "Paragraphe 0 du rapport.\n");
        Path out = dir.resolve("pairs.tsv");
        Run r = withProperty("concord.maxUnpacked", "2M",
            () -> MainTest.run("align", big.toString(), fr.toString(), "--src", "en", "--tgt", "fr", "-o", out.toString()));
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("concord: " + big + ": refused: decompresses to more than the limit of 2 MB (zip bomb?)\n");
        assertThat(out).doesNotExist();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("big.docx", "fr.txt");
    }

    @Test
    void aGzippedDictdBodyThatInflatesFarBeyondItsSizeIsRefusedAndNothingIsStored() throws IOException {
        byte[] entry = "house /haʊs/ <n>\nmaison\n".getBytes(StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("eng-fra.index"), "house\tA\tB\n".replace("B", String.valueOf("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".charAt(entry.length))));
        Bombs.gzip(dir.resolve("eng-fra.dict.dz"), new byte[1 << 20], 200);
        Path db = dir.resolve("concord.db");
        Run r = MainTest.run("dictionary", "import", dir.resolve("eng-fra.index").toString(), "--db", db.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).matches("concord: .*eng-fra\\.dict\\.dz: refused: decompresses to more than \\d+\\.\\d MB, over 100 times its \\d+ KB \\(zip bomb\\?\\)\n");
        assertThat(db).doesNotExist();
    }

    @Test
    void aLineOverTheCapIsRefusedWithItsPosition() throws IOException {
        Path text = Files.writeString(dir.resolve("long.txt"), "A first line.\n" + "Word ".repeat(300) + "\n");
        Run r = withProperty("concord.maxLine", "1K", () -> MainTest.run("segment", "--lang", "en", text.toString()));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("concord: " + text + ":2:1025: refused: line 2 is longer than 1024 characters, "
            + "the limit for one line (-Dconcord.maxLine)\n");
    }

    @Test
    void aDocxTextRunOverTheCapIsRefused() throws IOException {
        Path docx = dir.resolve("run.docx");
        Bombs.docx(docx, "Word ", 400);
        Run r = withProperty("concord.maxLine", "1K", () -> MainTest.run("segment", "--lang", "en", docx.toString()));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("concord: " + docx + ": refused: a text run of 1999 characters, more than the limit of 1024 "
            + "(-Dconcord.maxLine)\n");
    }

    @Test
    void aBadLimitIsBadUsage() {
        Run r = withProperty("concord.maxLine", "lots", () -> MainTest.run("segment", "--lang", "en", "segments/en.txt"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("concord: -Dconcord.maxLine=lots: not a positive size (a number, optionally with K, M or G)\n");
    }

    @Test
    void aBadByteFarIntoATmxFileFoundWhileParsingIsOneLineAndNothingIsImported() throws IOException {
        // Units before the bad byte (over a megabyte of them) are parsed and written before it is met: the import, one
        // transaction, must still end with the one-line refusal at the byte's place and an empty memory.
        Path tmx = dir.resolve("late.tmx");
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n");
        for (int i = 0; i < 7000; i++) {
            x.append("<tu><tuv xml:lang=\"en\"><seg>Unit number ").append(i).append(" of the general s\u00e9curit\u00e9 report.</seg></tuv>")
                .append("<tuv xml:lang=\"fr\"><seg>Unit\u00e9 num\u00e9ro ").append(i).append(" du rapport.</seg></tuv></tu>\n");
        }
        int badLine = 7003;
        x.append("<tu><tuv xml:lang=\"en\"><seg>caf\u00e9 X</seg></tuv></tu>\n</body></tmx>\n");
        byte[] bytes = x.toString().getBytes(StandardCharsets.UTF_8);
        int e9 = bytes.length - " X</seg></tuv></tu>\n</body></tmx>\n".length() - 1; // the second byte of é
        bytes[e9] = 'X';
        Files.write(tmx, bytes);
        assertThat(bytes.length).isGreaterThan(1 << 20);
        Path db = dir.resolve("late.db");
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
        Run imported;
        System.setErr(new java.io.PrintStream(stray, true, StandardCharsets.UTF_8));
        try {
            imported = MainTest.run("tm", "import", tmx.toString(), "--db", db.toString());
        } finally {
            System.setErr(saved);
        }
        assertThat(stray.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(imported.exit()).isEqualTo(2);
        assertThat(imported.err()).isEqualTo("concord: " + tmx + ":" + badLine + ":32: bytes that are not valid UTF-8 (the file's encoding); "
            + "save the file as UTF-8\n");
        Run export = MainTest.run("tm", "export", "-o", dir.resolve("out.tmx").toString(), "--db", db.toString());
        assertThat(export.out()).contains("0 units written");
    }

    @Test
    void aBadByteInAnXmlFileIsOneLineWithoutTheParsersOwnReportOnStandardError() throws IOException {
        Path xlf = dir.resolve("bad.xlf");
        byte[] good = Files.readAllBytes(Path.of("src/test/resources/org/concord/check/statement-12.xlf"));
        String text = new String(good, StandardCharsets.UTF_8).replace("seminar", "semin\u00e4r");
        byte[] bad = text.getBytes(StandardCharsets.UTF_8);
        int at = text.indexOf("semin\u00e4r") + 5;
        bad[new String(text.substring(0, at)).getBytes(StandardCharsets.UTF_8).length + 1] = '(';
        Files.write(xlf, bad);
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
        Run check, imported;
        System.setErr(new java.io.PrintStream(stray, true, StandardCharsets.UTF_8));
        try {
            check = MainTest.run("check", xlf.toString());
            imported = MainTest.run("tm", "import", xlf.toString(), "--db", dir.resolve("tm.db").toString());
        } finally {
            System.setErr(saved);
        }
        assertThat(stray.toString(StandardCharsets.UTF_8)).isEmpty();
        for (Run r : List.of(check, imported)) {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("concord: " + xlf + ":11:63: bytes that are not valid UTF-8 (the file's encoding); "
                + "save the file as UTF-8\n");
        }
    }

    @Test
    void a50MbLineOfRealTextStillReads() throws IOException {
        List<String> sentences = Files.readAllLines(Shared.require("corpora/unpc-dev/unpc-dev.en"));
        Path file = dir.resolve("one-line.txt");
        long written = 0;
        try (var out = Files.newBufferedWriter(file)) {
            for (int i = 0; written < 50L << 20; i++) {
                String s = sentences.get(i % sentences.size()).strip() + " ";
                out.write(s);
                written += s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        Document doc = Documents.read(file, "en");
        long chars = 0, breaks = 0;
        try (Reader in = doc.body().open()) {
            char[] buf = new char[1 << 16];
            for (int n; (n = in.read(buf)) > 0; chars += n) {
                for (int i = 0; i < n; i++) if (buf[i] == '\n') breaks++;
            }
        }
        assertThat(doc.warnings()).isEmpty();
        assertThat(breaks).isZero();
        assertThat(chars).isGreaterThan(45L << 20);
    }

    private static Run withProperty(String name, String value, java.util.function.Supplier<Run> run) {
        String saved = System.getProperty(name);
        System.setProperty(name, value);
        try {
            return run.get();
        } finally {
            if (saved == null) System.clearProperty(name);
            else System.setProperty(name, saved);
        }
    }
}
