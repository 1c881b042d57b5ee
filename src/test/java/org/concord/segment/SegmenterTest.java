package org.concord.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.read.Document;
import org.concord.read.Documents;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    static List<String> texts(String lang, String text) {
        return Segmenter.forLanguage(lang).segment(text).stream().map(Sentence::text).toList();
    }

    @Test
    void statementComesOutAsAUnTranslatorWouldCutIt() throws IOException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("statement-en.sentences.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<List<String>> paragraphs = new ArrayList<>();
        for (String block : expected.strip().split("\n\n")) paragraphs.add(List.of(block.split("\n")));

        Document doc = Documents.read(Path.of("segments/en.txt"), "en");
        List<Sentence> got = new ArrayList<>();
        Segmenter.forLanguage("en").segment(doc, got::add);

        List<List<String>> gotParagraphs = new ArrayList<>();
        for (Sentence s : got) {
            if (s.paragraph() == gotParagraphs.size()) gotParagraphs.add(new ArrayList<>());
            assertThat(s.index()).isEqualTo(gotParagraphs.get(s.paragraph()).size());
            gotParagraphs.get(s.paragraph()).add(s.text());
        }
        assertThat(gotParagraphs).containsExactlyElementsOf(paragraphs);
        assertThat(got).extracting(Sentence::text).contains(
            "In the Committee's work programme, we also consider the tasks ofcontinuing to institute transparency "
                + "measures and to set up outreach activities to be of great importance.");
    }

    @Test
    void offsetsPointIntoTheOriginalFile() throws IOException {
        String file = Files.readString(Path.of("segments/en.txt"));
        for (Sentence s : Segmenter.forLanguage("en").segment(file)) {
            String original = file.substring(s.start(), s.end());
            assertThat(original.replaceAll("\\s+", " ")).isEqualTo(s.text());
        }
    }

    @Test
    void unwrapsLinesInsideParagraphsAndSeparatesParagraphsAtBlankLines() {
        String text = "The Council met\non 11 March.   It adopted\r\nresolution 1540\n(2004).\n \t\n\n  A new paragraph\nstarts here.\n";
        List<Sentence> s = Segmenter.forLanguage("en").segment(text);
        assertThat(s).extracting(Sentence::text).containsExactly(
            "The Council met on 11 March.", "It adopted resolution 1540 (2004).", "A new paragraph starts here.");
        assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
        assertThat(s).extracting(Sentence::index).containsExactly(0, 1, 0);
        assertThat(text.substring(s.get(2).start(), s.get(2).end())).isEqualTo("A new paragraph\nstarts here.");
    }

    @Test
    void keepsTheHyphenAtALineBreakUnlessTheDocumentWritesTheWordJoined() {
        String text = "Threats from non-\nState actors and counter-\nterrorism work. We dis-\ncussed it.\n\n"
            + "The discussed text is long.";
        assertThat(texts("en", text)).containsExactly(
            "Threats from non-State actors and counter-terrorism work.", "We discussed it.", "The discussed text is long.");
        assertThat(texts("en", "Threats from non-\nState actors. Nonstate is rare.")).first()
            .isEqualTo("Threats from nonState actors.");
    }

    @Test
    void dropsASoftHyphenAtALineBreak() {
        assertThat(texts("en", "The pro\u00AD\nliferation regime.")).containsExactly("The proliferation regime.");
    }

    @Test
    void keepsNoBreakSpacesAndCollapsesOthers() {
        String text = "M. Umarov (Kazakhstan)\u00A0: Je remercie   le Président.\nEst-ce possible\u202F? Oui.";
        assertThat(texts("fr", text)).containsExactly(
            "M. Umarov (Kazakhstan)\u00A0: Je remercie le Président.", "Est-ce possible\u202F?", "Oui.");
        assertThat(Segmenter.unwrap("a \u00A0 b\n\u00A0c")).isEqualTo("a\u00A0b\u00A0c");
    }

    @Test
    void aLongTextWithoutLineBreaksIsCutInWindowsWithTheSameSentences() throws IOException {
        String sentence = "We are also firmly committed to our obligations under resolution 2325 (2016) and "
            + "resolution 1540 (2004), as set out in document S/2017/126, para. 5.";
        StringBuilder text = new StringBuilder();
        int count = 0;
        while (text.length() < 400_000) {
            text.append(sentence).append(' ').append("Mr. Umarov (Kazakhstan): Sentence ").append(count++).append(" ends here. ");
        }
        List<Sentence> got = new ArrayList<>();
        Segmenter.forLanguage("en").segment(new Document("long", org.concord.read.Format.TEXT, "UTF-8",
            java.util.Map.of(), 0, List.of(), () -> new java.io.StringReader(text.toString())), got::add);
        assertThat(got).hasSize(2 * count);
        for (int i = 0; i < count; i++) {
            assertThat(got.get(2 * i).text()).isEqualTo(sentence);
            assertThat(got.get(2 * i + 1).text()).isEqualTo("Mr. Umarov (Kazakhstan): Sentence " + i + " ends here.");
        }
        for (Sentence s : got) {
            assertThat(s.paragraph()).isZero();
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(got).extracting(Sentence::index).containsExactlyElementsOf(
            java.util.stream.IntStream.range(0, got.size()).boxed().toList());
    }

    @Test
    void okapiDefaultSplitsSpeakerLabelsWhereConcordDoesNot() {
        String label = "Mr. Umarov (Kazakhstan): I congratulate the Chair.";
        assertThat(Segmenter.okapiDefault("en").segment(label)).hasSize(2);
        assertThat(Segmenter.forLanguage("en").segment(label)).hasSize(1);
    }
}
