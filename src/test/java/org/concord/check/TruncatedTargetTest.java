package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * target-truncated: the even-line fragments of unpc-dev are reported once, instead of a term-missing finding for each
 * term of the part they cut off; a translation that only leaves a term out, and a term inside the part a fragment
 * translates, are still term-missing.
 */
class TruncatedTargetTest extends ProjectTermbase {

    private static SegmentPair pair(String id, String en, String lang, String target) {
        return new SegmentPair(id, "en", en, lang, target, "doc");
    }

    /** check id → how many findings, over the term checks and target-truncated. */
    private static Map<String, Long> findings(SegmentPair p) {
        return checks("term-missing", "term-wrong-word", "target-truncated").documents(Checker.Documents.SAMPLED).check(List.of(p))
            .findings().stream().collect(Collectors.groupingBy(Finding::checkId, Collectors.counting()));
    }

    private static Map<String, String> decided(SegmentPair p) {
        return checks("term-missing", "term-wrong-word").documents(Checker.Documents.SAMPLED).explain(List.of(p)).stream()
            .collect(Collectors.toMap(TermExplanation::term, e -> e.finding() ? e.outcome() : e.rule(), (a, b) -> a));
    }

    // line 1256: only the end of the title made it into the French line
    private static final SegmentPair FR_1256 = pair("L1256", "Annotated provisional agenda for the substantive session of 2015", "fr",
        "de fond de 2015");

    @Test
    void aFragmentIsReportedOnceInsteadOfItsTermsOneByOne() {
        assertThat(findings(FR_1256)).containsEntry("target-truncated", 1L).doesNotContainKey("term-missing");
        assertThat(decided(FR_1256)).containsEntry("provisional agenda", "target-truncated");
        String message = checks("target-truncated").check(List.of(FR_1256)).findings().get(0).message();
        assertThat(message).contains("15 characters where about 71 are expected");
    }

    @Test
    void theOtherEvenLineFragmentsAreReported() {
        List<SegmentPair> fragments = List.of(
            pair("L1434", "Potential non-notified transfer from Belarus to Ghadames", "fr", "entre le Bélarus et Ghadames"),
            pair("L734", "National Aerospace Development Administration of the Democratic People's Republic of Korea", "es",
                "Administración Nacional de Desarrollo Aeroespacial"),
            pair("L602", "Libya, whether exempted by the Committee or not, have contributed to the consolidation of militias.", "ar",
                "لا، أن أسهمت في توطيد الميليشيات."));
        assertThat(checks("target-truncated").check(fragments).findings()).extracting(Finding::pairId)
            .containsExactly("L1434", "L734", "L602");
    }

    @Test
    void aWholeTranslationThatLeavesATermOutIsNoFragment() {
        // line 378: the official French drops "on the list of matters of which the Security Council is seized"; it is
        // short, but not a fragment once the missing rendering is counted, so the term is reported
        SegmentPair p = pair("L378", "I have the honour to inform you that, upon instructions of my Government, the United Kingdom requests"
            + " the retention of the following item, listed in paragraph 3 of the above-mentioned document, on the list of matters of"
            + " which the Security Council is seized:", "fr", "D'ordre de mon gouvernement, je vous informe que le Royaume-Uni demande"
            + " le maintien de la question suivante, citée au paragraphe 3 du document susmentionné :");
        assertThat(findings(p)).containsEntry("term-missing", 1L).doesNotContainKey("target-truncated");
        // a rendering deleted from a short title leaves a short target, but not a fragment either
        SegmentPair deleted = pair("L2", "Annotated provisional agenda for the substantive session of 2015", "fr",
            "annoté de la session de fond de 2015");
        assertThat(findings(deleted)).containsEntry("term-missing", 1L).doesNotContainKey("target-truncated");
    }

    @Test
    void aTermInsideThePartAFragmentTranslatesIsStillReported() {
        // the fragment translates "In 2015 ... 12 times": the Security Council lies between the two numbers
        SegmentPair p = pair("L4", "In 2015 the Security Council met 12 times on the situation in the Middle East and adopted many"
            + " statements, resolutions and letters.", "fr", "En 2015, l'organe s'est réuni 12 fois");
        assertThat(findings(p)).containsEntry("target-truncated", 1L).containsEntry("term-missing", 1L);
        assertThat(decided(p)).containsEntry("Security Council", "term-missing");
    }

    @Test
    void aPairOfLanguagesWithoutAMeasuredRatioHasNoFragments() {
        assertThat(TargetLength.ratio("en", "de")).isNull();
        assertThat(checks("target-truncated").check(List.of(new SegmentPair("L1256", "en", FR_1256.source(), "de", "von 2015", "doc")))
            .findings()).isEmpty();
    }
}
