package org.concord.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Paragraph numbers, sub-paragraph letters, roman numerals, lettered headings, agenda-item labels and footnote markers
 * stay with their paragraph in all six languages, at a paragraph's start and after a previous sentence
 * (label-cases.txt): a label cut off on one side becomes a lone bead when the document is aligned.
 */
class LabelCutsTest {

    static Stream<Arguments> cases() throws IOException {
        return HardCasesTest.cases("label-cases.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void labelStaysWithItsParagraph(String lang, List<String> expected) {
        String text = String.join(lang.equals("zh") ? "" : " ", expected);
        List<String> sentences = Segmenter.forLanguage(lang).segment(text).stream().map(Sentence::text).toList();
        assertThat(sentences).containsExactlyElementsOf(expected);
    }
}
