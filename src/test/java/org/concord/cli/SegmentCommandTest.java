package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
    @TempDir Path dir;

    @Test
    void statementAsText() throws IOException {
        Run r = MainTest.run("segment", "--lang", "en", "segments/en.txt");
        assertThat(r.exit()).isZero();
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/org/concord/segment/statement-en.sentences.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(r.out()).isEqualTo(expected);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonGivesParagraphSentenceOffsetsAndMetadata() throws IOException {
        String file = "---\nstatus: working translation, not the official United Nations text\nlang: fr\n---\n"
            + "M. Umarov (Kazakhstan)\u00A0: Je félicite le Président.\nMerci.\n\nLe Président\u00A0: Je remercie M. Umarov.\n";
        Path fr = Files.writeString(dir.resolve("fr.txt"), file);
        Run r = MainTest.run("segment", "--lang", "fr", "--format", "json", fr.toString());
        assertThat(r.exit()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out()).get(0);
        assertThat(doc.get("metadata").get("status").asText()).isEqualTo("working translation, not the official United Nations text");
        JsonNode sentences = doc.get("sentences");
        assertThat(sentences).hasSize(3);
        JsonNode last = sentences.get(2);
        assertThat(last.get("paragraph").asInt()).isEqualTo(1);
        assertThat(last.get("sentence").asInt()).isZero();
        assertThat(file.substring(last.get("start").asInt(), last.get("end").asInt())).isEqualTo(last.get("text").asText())
            .isEqualTo("Le Président\u00A0: Je remercie M. Umarov.");
        assertThat(sentences.get(1).get("text").asText()).isEqualTo("Merci.");
    }

    @Test
    void dashReadsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("乌马罗夫先生（哈萨克斯坦）（以英语发言）：我祝贺主席。我祝他成功。".getBytes(StandardCharsets.UTF_8)));
            Run r = MainTest.run("segment", "--lang", "zh", "-");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).isEqualTo("乌马罗夫先生（哈萨克斯坦）（以英语发言）：我祝贺主席。\n我祝他成功。\n");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void windows1252IsReadWithAWarningOnStderr() throws IOException {
        Path cp = Files.write(dir.resolve("cp.txt"), "Sr. Umarov (Kazajstán): Felicito al Presidente.".getBytes("windows-1252"));
        Run r = MainTest.run("segment", "--lang", "es", cp.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("Sr. Umarov (Kazajstán): Felicito al Presidente.\n");
        assertThat(r.err().strip()).isEqualTo("concord: warning: " + cp + ": not valid UTF-8 (line 1, column 20); read as Windows-1252");
    }

    @Test
    void badInputIsOneLineExitTwoAndNothingOnStdout() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "A sentence.");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run r = MainTest.run("segment", "--lang", "en", good.toString(), empty.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("concord: " + empty + ": empty file: no text to segment\n");

        Run missing = MainTest.run("segment", "--lang", "en", dir.resolve("missing.txt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().lines()).singleElement().asString().endsWith("missing.txt: no such file");

        Run srx = MainTest.run("segment", "--lang", "en", "--srx", dir.resolve("none.srx").toString(), good.toString());
        assertThat(srx.exit()).isEqualTo(2);
        assertThat(srx.err().lines()).singleElement().asString().endsWith("none.srx: cannot read SRX rules file");

        Run format = MainTest.run("segment", "--lang", "en", "--format", "xml", good.toString());
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format");
    }

    @Test
    void srxRulesThatAreNotWellFormedOrCarryADtdAreOneLineNamingLineAndColumn() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "A sentence. Another one.");
        Path broken = Files.writeString(dir.resolve("broken.srx"), "<?xml version=\"1.0\"?>\n<srx><header");
        Path dtd = Files.writeString(dir.resolve("dtd.srx"), "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE srx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<srx version=\"2.0\"><header/><body/></srx>\n");
        // The JDK's DOM parser, which Okapi reads SRX with, prints "[Fatal Error] …" on System.err by itself.
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream direct = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(direct, true, java.nio.charset.StandardCharsets.UTF_8));
        Run notWellFormed;
        Run withDtd;
        try {
            notWellFormed = MainTest.run("segment", "--lang", "en", "--srx", broken.toString(), good.toString());
            withDtd = MainTest.run("segment", "--lang", "en", "--srx", dtd.toString(), good.toString());
        } finally {
            System.setErr(stderr);
        }
        assertThat(direct.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        assertThat(notWellFormed.exit()).isEqualTo(2);
        assertThat(notWellFormed.err().lines()).singleElement().asString().startsWith("concord: " + broken + ":2:13: ");
        assertThat(withDtd.exit()).isEqualTo(2);
        assertThat(withDtd.err().lines()).singleElement().asString().contains("dtd.srx:2:").endsWith("(DTD) is not accepted in SRX rules");
        assertThat(notWellFormed.out()).isEmpty();
    }
}
