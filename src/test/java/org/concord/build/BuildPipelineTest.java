package org.concord.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concord.segment.Segmenter;
import org.concord.segment.Sentence;
import org.concord.read.Documents;
import org.concord.testing.Tmx14;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The main job on the project's own statement and termbase, end to end. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildPipelineTest {

    @TempDir static Path dir;
    BuildSummary first;
    BuildSummary second;
    String firstTmx;

    @BeforeAll
    void runTwice() throws Exception {
        BuildOptions options = new BuildOptions(Path.of("segments"), Path.of("termbase"), dir.resolve("concord.db"),
            dir.resolve("out"), null, "tester");
        first = new BuildPipeline(options, Progress.NONE).run();
        firstTmx = Files.readString(first.tmx());
        second = new BuildPipeline(options, Progress.NONE).run();
    }

    @Test
    void filesUnitsUnderTheOfficialRecordsSymbolAndCountsEverySentence() {
        assertThat(first.docSymbol()).isEqualTo("S/PV.7900");
        assertThat(first.sourceSentences()).isEqualTo(28);
        assertThat(first.languages()).extracting(LanguageSummary::lang).containsExactly("fr", "es", "ru", "zh", "ar");
        // Sentence counts of the working translations, cut by hand (src/test/resources/org/concord/build/statement-alignment.md).
        assertThat(first.languages()).extracting(LanguageSummary::sentences).containsExactly(27, 27, 29, 27, 27);
        assertThat(first.concepts()).isGreaterThanOrEqualTo(60);
        assertThat(first.tmx().getFileName()).hasToString("S-PV.7900.tmx");
    }

    @Test
    void tmxIsValidAndEverySourceSentenceIsInAUnitWithAllSixLanguages() throws Exception {
        Document tmx = Tmx14.assertValid(firstTmx);
        NodeList tus = tmx.getElementsByTagName("tu");
        assertThat(tus.getLength()).isEqualTo(first.units());
        StringBuilder english = new StringBuilder();
        for (int i = 0; i < tus.getLength(); i++) {
            Map<String, String> segs = segs((Element) tus.item(i));
            assertThat(segs.keySet()).as("languages of unit %d", i + 1).containsExactlyInAnyOrder("en", "fr", "es", "ru", "zh", "ar");
            assertThat(segs.values()).allSatisfy(text -> assertThat(text).isNotBlank());
            english.append(segs.get("en")).append(' ');
        }
        List<String> sentences = Segmenter.forLanguage("en").segment(Documents.read(Path.of("segments/en.txt"), "en"))
            .stream().map(Sentence::text).toList();
        assertThat(english.toString().strip()).isEqualTo(String.join(" ", sentences));
    }

    @Test
    void aSecondRunChangesNothingAndDuplicatesNothing() throws Exception {
        assertThat(first.unitsAdded()).isEqualTo(first.units());
        assertThat(second.unitsAdded()).isZero();
        assertThat(second.unitsChanged()).isZero();
        assertThat(second.units()).isEqualTo(first.units());
        assertThat(second.conceptsChanged()).isZero();
        String again = Files.readString(second.tmx());
        assertThat(withoutHeaderDate(again)).isEqualTo(withoutHeaderDate(firstTmx));
    }

    @Test
    void reportsTheFindingsARevisorWouldConfirm() throws Exception {
        JsonNode report = new ObjectMapper().readTree(first.jsonReport().toFile());
        List<String> findings = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            findings.add(f.get("checkId").asText() + " " + f.get("pairId").asText() + " " + f.get("message").asText());
        }
        assertThat(findings).containsExactlyInAnyOrderElementsOf(PINNED);
        assertThat(Files.readString(first.htmlReport())).contains("<html").contains("outreach").contains("自愿捐助");
    }

    /**
     * Checked by hand against segments/: each is a real departure of the working translation from the termbase.
     * ru: "outreach activities" became "информационно-просветительских мероприятий" (events), not the standard
     * "информационно-просветительская деятельность"; zh: 自愿捐助 where the termbase's rendering is 自愿捐款.
     */
    static final List<String> PINNED = List.of(
        "term-missing ru:13 'outreach' is not rendered: the target has no approved equivalent"
            + " (информационно-просветительская деятельность, информационно-пропагандистская работа).",
        "term-missing zh:19 'voluntary contribution' is not rendered: the target has no approved equivalent (自愿捐款).");

    private static Map<String, String> segs(Element tu) {
        NodeList tuvs = tu.getElementsByTagName("tuv");
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < tuvs.getLength(); i++) {
            Element tuv = (Element) tuvs.item(i);
            out.put(tuv.getAttribute("xml:lang"), tuv.getElementsByTagName("seg").item(0).getTextContent());
        }
        return out;
    }

    private static String withoutHeaderDate(String tmx) {
        return tmx.lines().map(l -> l.contains("<header") ? l.replaceAll("creationdate=\"[^\"]*\"", "") : l)
            .collect(Collectors.joining("\n"));
    }
}
