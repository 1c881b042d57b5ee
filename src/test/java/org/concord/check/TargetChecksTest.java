package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetChecksTest {

    private static AnalysedPair pair(String id, String src, String tgtLang, String tgt) {
        return new AnalysedPair(new SegmentPair(id, "en", src, tgtLang, tgt, null), List.of(), List.of());
    }

    @Test
    void emptyTargetIsAnError() {
        assertThat(new EmptyTargetCheck().check(List.of(pair("1", "We appreciate his briefing.", "fr", "  "))))
            .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(new EmptyTargetCheck().check(List.of(pair("1", "", "fr", "")))).isEmpty();
    }

    @Test
    void copiedSourceAndLatinTextInACyrillicTargetAreUntranslated() {
        UntranslatedCheck c = new UntranslatedCheck();
        assertThat(c.check(List.of(pair("1", "We appreciate his briefing.", "fr", "We appreciate his briefing."))))
            .extracting(Finding::message).containsExactly("The target is identical to the source.");
        assertThat(c.check(List.of(pair("1", "We appreciate his briefing.", "ru", "We appreciate his informative briefing."))))
            .extracting(Finding::message).containsExactly("The target is mostly in Latin letters, not in the script of 'ru'.");
        assertThat(c.check(List.of(pair("1", "Kazakhstan", "fr", "Kazakhstan")))).isEmpty();
        assertThat(c.check(List.of(pair("1", "We appreciate the UNDP/GEF work.", "ru", "Мы ценим работу ПРООН/ГЭФ.")))).isEmpty();
    }

    @Test
    void theSameSourceTranslatedTwoWaysIsReportedAgainstTheMajority() {
        List<AnalysedPair> pairs = List.of(
            pair("1", "The meeting rose at 1 p.m.", "fr", "La séance est levée à 13 heures."),
            pair("2", "The meeting rose at 1 p.m.", "fr", "La séance est levée à 13 heures."),
            pair("3", "The meeting rose at  1 p.m. ", "fr", "La séance se termine à 13 heures."),
            pair("4", "The meeting rose at 1 p.m.", "ru", "Заседание закрывается в 13 ч. 00 м."));
        assertThat(SegmentConsistencyCheck.sameSource().check(pairs)).singleElement().satisfies(f -> {
            assertThat(f.pairId()).isEqualTo("3");
            assertThat(f.checkId()).isEqualTo("segment-inconsistent-target");
            assertThat(f.suggestions()).containsExactly("La séance est levée à 13 heures.");
        });
    }

    @Test
    void theSameTargetForDifferentSourcesIsReported() {
        List<AnalysedPair> pairs = List.of(
            pair("1", "The meeting rose at 1 p.m.", "fr", "La séance est levée à 13 heures."),
            pair("2", "The meeting rose at 3 p.m.", "fr", "La séance est levée à 13 heures."));
        assertThat(SegmentConsistencyCheck.sameTarget().check(pairs)).singleElement()
            .satisfies(f -> assertThat(f.checkId()).isEqualTo("segment-inconsistent-source"));
    }
}
