package org.concord.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.term.Concept;
import org.concord.term.Termbase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's own statement (segments/en.txt) aligned with each working translation, through the library with the
 * project termbase, against the hand-made gold beads of statement-alignment.md. Uses only files in the repository.
 */
class StatementAlignmentTest {

    private static final String GOLD = "/org/concord/build/statement-alignment.md";
    private static final Pattern SECTION = Pattern.compile("^## en–([a-z]{2}) ");
    private static final Pattern ROW = Pattern.compile("^\\| `(\\[[0-9, ]*]:\\[[0-9, ]*])` \\|");

    private static Map<String, List<String>> gold;
    private static DocumentSetAlignment aligned;

    @BeforeAll
    static void alignStatement() throws IOException {
        gold = goldBeads();
        List<Concept> concepts;
        try (Termbase tb = Termbase.load(Path.of("termbase/un-terms.tbx"))) {
            concepts = tb.concepts();
        }
        aligned = DocumentSetAlignment.of(DocumentSet.read(Path.of("segments")),
            (s, t) -> Lexicon.fromConcepts(concepts, s, t), lang -> { });
    }

    /** Gold beads per language, in the `[en]:[xx]` format, from the tables of the gold file. */
    private static Map<String, List<String>> goldBeads() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = StatementAlignmentTest.class.getResourceAsStream(GOLD)) {
            assertThat(in).as(GOLD).isNotNull();
            String lang = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher section = SECTION.matcher(line);
                if (section.find()) {
                    lang = section.group(1);
                    out.put(lang, new ArrayList<>());
                }
                Matcher row = ROW.matcher(line);
                if (lang != null && row.find()) out.get(lang).add(row.group(1));
            }
        }
        return out;
    }

    @Test
    void goldFileHasATableForEveryTranslation() {
        assertThat(gold).containsOnlyKeys("fr", "es", "ru", "zh", "ar");
        assertThat(gold.get("fr")).hasSize(26).contains("[23]:[22]", "[24]:[23]");
        assertThat(gold.get("ru")).hasSize(27);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void everyGoldBeadIsPredicted(String lang) {
        List<String> predicted = aligned.alignments().get(lang).beads().stream().map(BeadFormat::format).toList();
        assertThat(predicted).containsExactlyElementsOf(gold.get(lang));
    }

    /**
     * "Paragraph 27 of resolution 2325 (2016) …" and "As the Chair of the Sanctions Committee on ISIL, Da'esh …" name
     * ISIL with different synonyms on each side; they used to come out as one confident 2-2 (2-3) bead.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void sentencesNamingOneConceptBySynonymsStaySeparate(String lang) {
        List<Bead> beads = aligned.alignments().get(lang).beads();
        Bead paragraph27 = beads.stream().filter(b -> b.src().contains(23)).findFirst().orElseThrow();
        Bead chair = beads.stream().filter(b -> b.src().contains(24)).findFirst().orElseThrow();
        assertThat(paragraph27.src()).containsExactly(23);
        assertThat(chair.src()).containsExactly(24);
        assertThat(chair.flagged()).isFalse();
    }
}
