package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolCheckTest {

    private static List<Finding> check(String src, String tgtLang, String tgt) {
        SegmentPair p = new SegmentPair("1", "en", src, tgtLang, tgt, null);
        return new SymbolCheck().check(List.of(new AnalysedPair(p, List.of(), List.of())));
    }

    @Test
    void findsUnSymbolsAndTrimsTheFullStop() {
        assertThat(SymbolCheck.find("See S/2017/126, A/RES/69/1, S/PV.7837 and A/C.1/69/L.1/Rev.1.").keySet())
            .containsExactly("S/2017/126", "A/RES/69/1", "S/PV.7837", "A/C.1/69/L.1/Rev.1");
        assertThat(SymbolCheck.find("and/or the UNDP/GEF project")).isEmpty();
    }

    @Test
    void theSameSymbolInAnyScriptIsClean() {
        assertThat(check("as set out in document S/2017/126.", "zh", "如文件S/2017/126所述。")).isEmpty();
        assertThat(check("as set out in document S/2017/126.", "zh", "如文件Ｓ／２０１７／１２６所述。")).isEmpty();
        assertThat(check("as set out in document S/2017/126.", "ru", "как указано в документе S/2017/126.")).isEmpty();
    }

    @Test
    void aChangedSymbolIsReportedWithTheSourceSymbolSuggested() {
        List<Finding> f = check("as set out in document S/2017/126.", "fr", "comme indiqué dans le document S/2017/162.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.message()).isEqualTo("The target does not have S/2017/126; it has S/2017/162 instead.");
            assertThat(x.suggestions()).containsExactly("S/2017/126");
            assertThat(x.sourceSpans()).containsExactly(new Span(23, 33));
            assertThat(x.targetSpans()).containsExactly(new Span(31, 41));
        });
    }
}
