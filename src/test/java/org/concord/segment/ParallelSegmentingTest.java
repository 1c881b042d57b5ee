package org.concord.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.read.Document;
import org.concord.read.Documents;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Segmenting a long document on several threads gives exactly the sentences one thread gives, in the same order. */
class ParallelSegmentingTest {
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ru", "zh", "ar"})
    void aLongStatementGivesTheSameSentencesOnThreeThreadsAsOnOne(String lang) throws Exception {
        // The statement and its translation, many times over with blank lines of spaces and CRLF between some copies,
        // so that runs of paragraphs start and end in every kind of place.
        String statement = Files.readString(Path.of("segments", lang + ".txt"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 300_000; i++) {
            text.append(statement.replace("2017", String.valueOf(1900 + i % 120)));
            text.append(i % 3 == 0 ? "\n  \n\n" : i % 3 == 1 ? "\r\n\r\n" : "\n\n");
        }
        Path file = Files.writeString(dir.resolve("long." + lang + ".txt"), text);
        Document doc = Documents.read(file, lang);
        Segmenter segmenter = Segmenter.forLanguage(lang);

        List<Sentence> one = segmenter.segment(doc);
        List<Sentence> three = segmenter.segment(doc, 3);

        assertThat(one).hasSizeGreaterThan(1000);
        assertThat(three).isEqualTo(one);
        assertThat(Segmenter.paragraphRuns(doc.bodyText(), 24)).hasSizeGreaterThan(10);
    }
}
