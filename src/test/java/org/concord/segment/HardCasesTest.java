package org.concord.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** UN-style sentences that Okapi's default rules get wrong or that are easy to break, per language (hard-cases.txt). */
class HardCasesTest {

    static Stream<Arguments> cases() throws IOException {
        return cases("hard-cases.txt");
    }

    /** Cases of a resource in this package: LANG, a tab, the expected sentences separated by "||". */
    static Stream<Arguments> cases(String resource) throws IOException {
        try (InputStream in = HardCasesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", 2))
                .map(f -> Arguments.of(f[0], Arrays.stream(f[1].split("\\|\\|")).map(String::strip).toList()))
                .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void cutsAsAUnTranslatorWould(String lang, List<String> expected) {
        String text = String.join(lang.equals("zh") ? "" : " ", expected);
        List<String> sentences = Segmenter.forLanguage(lang).segment(text).stream().map(Sentence::text).toList();
        assertThat(sentences).containsExactlyElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void atLeastTwentyCasesPerLanguage() throws IOException {
        var perLanguage = cases().collect(java.util.stream.Collectors.groupingBy(a -> (String) a.get()[0],
            java.util.stream.Collectors.counting()));
        for (String lang : org.concord.Languages.OFFICIAL) assertThat(perLanguage.get(lang)).as(lang).isGreaterThanOrEqualTo(20L);
    }
}
