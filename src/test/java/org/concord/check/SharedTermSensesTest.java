package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concord.term.LookupHit;
import org.junit.jupiter.api.Test;

/**
 * Two concepts sharing an English term: "mandate" as the tasks and term of a body (zh 任务, 任期) and as the authority
 * conferred (zh 授权), both mandat, mandato, мандат in the other languages. Official sentences from unpc-dev (line
 * numbers given) with the real termbase.
 */
class SharedTermSensesTest extends ProjectTermbase {

    private static SegmentPair zh(String id, String en, String target) {
        return new SegmentPair(id, "en", en, "zh", target, "S/2015/3");
    }

    @Test
    void theRecogniserGivesEverySenseOfASharedTermWithOneSpan() {
        var senses = termbase.recognizer().findSenses(EN_125, "en");
        assertThat(senses).extracting(o -> o.concept().id()).containsExactly("mandate", "mandate-authorization");
        assertThat(senses).extracting(o -> EN_125.substring(o.start(), o.end())).containsOnly("mandate");
        assertThat(termbase.recognizer().find(EN_125, "en")).extracting(o -> o.concept().id()).containsExactly("mandate");
    }

    @Test
    void aRenderingOfEitherSenseRendersTheTerm() {
        assertThat(termFindings(zh("125", EN_125, ZH_125))).isEmpty();           // 授权: the authority
        assertThat(termFindings(zh("1169", EN_1169, ZH_1169))).isEmpty();        // 安全理事会授权 for "a United Nations mandate"
        assertThat(termFindings(zh("238", EN_238, ZH_238))).isEmpty();           // 任务: the tasks
        assertThat(termFindings(new SegmentPair("125", "en", EN_125, "fr", FR_125, null))).isEmpty();  // mandat in French
    }

    @Test
    void aTermWithNoRenderingOfAnySenseIsReportedOnceWithEverySensesRenderings() {
        assertThat(termFindings(zh("125", EN_125, ZH_125.replace("这一授权", "这一点"))))
            .containsExactly("125 term-missing: 'mandate' is not rendered: the target has no approved equivalent (任务, 任期, 授权).");
        assertThat(termFindings(new SegmentPair("1", "en", "The Council extended the mandate.", "fr", "Le Conseil a prorogé la mission.", null)))
            .containsExactly("1 term-missing: 'mandate' is not rendered: the target has no approved equivalent (mandat, activité prescrite).");
    }

    @Test
    void theOtherSensesRenderingIsNoRivalRendering() {
        // lines 1169 and 1170, one document: 授权 (the authority) and 任务 (the mandate to be formulated)
        assertThat(termFindings(zh("1169", EN_1169, ZH_1169), zh("1170", EN_1170, ZH_1170))).isEmpty();
    }

    @Test
    void lookupListsBothConcepts() {
        assertThat(termbase.lookup().lookup("mandate", "en", 10)).extracting(h -> h.concept().id())
            .contains("mandate", "mandate-authorization");
    }

    private static final String EN_125 = "This mandate has been reiterated since then by several regional and biregional forums.";
    private static final String ZH_125 = "自那时以来，若干区域和双边区域论坛也重申了这一授权。";
    private static final String EN_1169 = "The Security Council has repeatedly emphasized, including most recently in resolution 2167 (2014), the need to enhance the predictability, sustainability and flexibility of financing for regional organizations when they undertake peacekeeping operations under a United Nations mandate.";
    private static final String ZH_1169 = "安全理事会一再强调，包括最近在第2167(2014)号决议中强调，有必要在区域组织根据安全理事会授权开展维和行动时加强它们筹供经费的可预测性、可持续性和灵活性。";
    private static final String EN_1170 = "The subsequent assessment missions led by my Assistant Secretary-General for Peacekeeping Operations in November 2013 and February 2014, with the participation of African Union and ECCAS representatives, contributed to the provision of harmonized recommendations and informed the mandate formulation process that led to the transfer of authority from MISCA to MINUSCA.";
    private static final String ZH_1170 = "2013年11月和 2014年2月，主管维持和平行动助理秘书长牵头进行的，由非洲联盟和中非经共体代表参加的后续评估团，促进了提供协调一致的建议，并向制订任务进程提供了信息，该任务进程促成中非支助团向中非稳定团进行权力移交。";
    private static final String EN_238 = "The view was expressed that, in the light of the mandate of the Special Committee, it was incumbent on it to consider the question of an appropriate commemoration of the anniversary of the Charter.";
    private static final String ZH_238 = "与会者认为，鉴于特别委员会的任务规定，它有责任审议适当纪念《宪章》周年的问题。";
    private static final String FR_125 = "Ce mandat a depuis été réaffirmé par plusieurs instances régionales et birégionales.";
}
