package org.concord.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Arabic stems on phrases of the official UN translations (unpc-dev). */
class ArabicStemmingTest {
    private static final TextAnalyzer AR = TextAnalyzer.forLanguage("ar");

    private static String key(String text) {
        return AR.stemKey(text);
    }

    private static List<String> stems(String word) {
        return AR.tokens(word).get(0).stems();
    }

    @Test
    void theSecretaryGeneralAndTheSecretariatHaveStemsOfTheirOwn() {
        assertThat(key("الأمين العام")).isNotEqualTo(key("الأمانة العامة"));
        // a light stemmer cut "الأمين" to "ام", the stem of "أم" (or); three letters are kept
        assertThat(stems("الأمين")).doesNotContain(AR.tokens("أم").get(0).stem());
        assertThat(stems("الأمين")).doesNotContainAnyElementsOf(stems("الأمانة")).doesNotContainAnyElementsOf(stems("الأمم"));
    }

    @Test
    void cliticisedFormsKeepTheirTermsStem() {
        assertThat(stems("وللأمين")).contains(AR.tokens("الأمين").get(0).stem());
        assertThat(stems("بالأمانة")).contains(AR.tokens("الأمانة").get(0).stem());
        assertThat(stems("وللأمانة")).contains(AR.tokens("الأمانة").get(0).stem());
    }

    @Test
    void taMarbutaAndTheSoundFemininePluralMeetWithoutATwoLetterStem() {
        // "non-State actors" is written "الجهات من غير الدول"; the termbase has the singular "جهة من غير الدول"
        assertThat(key("الجهات من غير الدول")).isEqualTo(key("جهة من غير الدول"));
        assertThat(stems("والجهات")).contains(key("جهة"));
        assertThat(key("جهة").length()).isGreaterThanOrEqualTo(3);
        assertThat(key("هيئات")).isEqualTo(key("هيئة"));
    }

    @Test
    void anAttachedPronounComesOffAFeminineNoun() {
        // "في جلستها العامة الثانية" (at its 2nd plenary meeting), "هيئاته الفرعية" (its subsidiary bodies)
        assertThat(key("جلستها العامة")).isEqualTo(key("جلسة عامة"));
        assertThat(key("هيئاته الفرعية")).isEqualTo(key("هيئة فرعية"));
        assertThat(key("ولايتها")).isEqualTo(key("الولاية"));
        // a three-letter word ending in ت keeps it: "بيتها" is "بيت" + "ها", no ta marbuta
        assertThat(key("بيتها")).isEqualTo(key("بيت"));
    }

    @Test
    void brokenPluralsOfTermbaseNounsReadAsTheirSingular() {
        assertThat(key("الأسلحة النووية")).isEqualTo(key("السلاح النووي"));
        assertThat(key("الدول الأعضاء")).isEqualTo(key("دولة عضو"));
        assertThat(key("رؤساء")).isEqualTo(key("الرئيس"));
        assertThat(key("صناديق")).isEqualTo(key("الصندوق"));
        assertThat(key("نوابهم")).isEqualTo(key("نائب"));
    }

    @Test
    void aWordBeginningWithWawKeepsIt() {
        assertThat(key("الوكالة")).isEqualTo(key("وكالة")).startsWith("و");
        assertThat(stems("ووسائل")).contains(key("وسائل"));
    }

    @Test
    void theIndefiniteAccusativeAlifIsASecondReading() {
        // "131 دولة عضوا" (131 Member States)
        assertThat(stems("عضوا")).contains(key("عضو"));
        assertThat(stems("جلستها")).containsExactly(key("جلسة"));
    }

    @Test
    void aHamzaSeatedBeforeASuffixReadsAsTheBareHamza() {
        // unpc-dev L1502: "sanctions measures" → "التدابير الجزائية"; the termbase renders sanctions "الجزاءات"
        assertThat(stems("الجزائية")).contains(key("الجزاءات"));
        assertThat(stems("أعضائها")).contains(key("الأعضاء"));
        assertThat(stems("أعضاؤه")).contains(key("الأعضاء"));
        // the seat is a second reading: the word's own stem stays first
        assertThat(stems("الجزائية").get(0)).isNotEqualTo(key("الجزاءات"));
    }
}
