package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concord.term.TermOccurrence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Arabic renderings with the real termbase, on sentences of the official UN translations (unpc-dev line numbers). */
class ArabicTermsTest extends ProjectTermbase {

    private static Checker checker;

    @BeforeAll
    static void load() {
        checker = checks("term-missing", "term-deprecated");
    }

    private static List<String> findings(String en, String ar) {
        return checker.check(List.of(new SegmentPair("1", "en", en, "ar", ar, null))).findings().stream()
            .map(f -> f.checkId() + ": " + f.message()).toList();
    }

    private static List<String> concepts(String ar) {
        return termbase.recognizer().find(ar, "ar").stream().map(TermOccurrence::concept).map(c -> c.id()).toList();
    }

    // line 856
    private static final String SWING_EN = "The Secretary-General indicates that construction of internal swing space in the "
        + "Secretariat Building would be necessary.";
    private static final String SWING_AR = "ويشير الأمين العام إلى أن تشييد أماكن داخلية للإيواء المؤقت في مبنى الأمانة العامة سيكون ضرورياً.";

    @Test
    void theSecretaryGeneralAndTheSecretariatDoNotStandForEachOther() {
        assertThat(findings(SWING_EN, SWING_AR)).isEmpty();
        assertThat(findings(SWING_EN, SWING_AR.replace("الأمين العام ", ""))).singleElement().asString()
            .startsWith("term-missing: 'Secretary-General' is not rendered");
        assertThat(findings(SWING_EN, SWING_AR.replace(" الأمانة العامة", ""))).singleElement().asString()
            .startsWith("term-missing: 'Secretariat' is not rendered");
    }

    @Test
    void theUnitedNationsDoNotStandForTheSecretariat() {
        // line 104, "الأمانة العامة" deleted: "الأمم" shares its first letters with "الأمانة" only through the article
        String en = "The Permanent Mission of Argentina to the United Nations informed the Secretariat of the following:";
        String ar = "أبلغت البعثة الدائمة للأرجنتين لدى الأمم المتحدة الأمانة العامة بما يلي:";
        assertThat(findings(en, ar)).isEmpty();
        assertThat(findings(en, ar.replace("الأمانة العامة ", ""))).singleElement().asString()
            .startsWith("term-missing: 'Secretariat' is not rendered");
    }

    /** The official pair has no finding; with {@code official} changed to {@code changed}, one finding, on {@code term}. */
    private static void officialCleanAndChangeReported(String en, String ar, String official, String changed, String term) {
        assertThat(findings(en, ar)).isEmpty();
        assertThat(findings(en, ar.replace(official, changed))).singleElement().asString().contains("'" + term + "'");
    }

    @Test
    void aRelativeAdjectiveIsNotTheNounItComesFrom() {
        // line 340: "الدول" (the States) replaced; "دولية" (international) before it has the same light stem, but it is
        // another word, and "غير الحائزة للأسلحة النووية" alone does not say who does not possess them
        String en = "Ireland agrees that the Conference should immediately begin to discuss effective international arrangements to"
            + " assure non-nuclear-weapon States against the use or threat of use of nuclear weapons.";
        String ar = "وتوافق أيرلندا على ضرورة شروع المؤتمر على الفور في مناقشة عقد ترتيبات دولية فعالة كفيلة بإعطاء الدول غير الحائزة"
            + " للأسلحة النووية ضمانات بعدم استعمال الأسلحة النووية أو التهديد باستعمالها.";
        officialCleanAndChangeReported(en, ar, "بإعطاء الدول", "بإعطاء ادول", "non-nuclear-weapon States");
    }

    @Test
    void aSplitRenderingKeepsItsWordOrder() {
        // line 1894 (abridged), "الجمعية العامة" deleted: "العامة" of "الأمانة العامة" (the Secretariat) before the later
        // "الجمعية" is no General Assembly, since an Arabic adjective never comes before its noun
        String en = "In paragraph 5 of the same resolution, the General Assembly requested the Secretary-General to submit an update"
            + " on the provisions of the Assembly resolutions on revitalization addressed to the Secretariat for implementation.";
        String ar = "وفي الفقرة 5 من القرار نفسه، طلبت الجمعية العامة إلى الأمين العام أن يقدم معلومات محدّثة عما لم يُنفّذ بعد من"
            + " الأحكام التي طُلب إلى الأمانة العامة تنفيذها في القرارات التي اتخذتها الجمعية بشأن تنشيط أعمالها.";
        officialCleanAndChangeReported(en, ar, "طلبت الجمعية العامة", "طلبت", "General Assembly");
    }

    @Test
    void anAdjectiveOfTheRenderingWithItsHamzaSeatedRendersTheTerm() {
        // line 1502: "the sanctions measures" → "بالتدابير الجزائية"; the termbase's "الجزاءات" writes the hamza bare
        String en = "They ensure the application of standards appropriate for a procedure related to the sanctions measures of the Security Council.";
        String ar = "مع كفالة تطبيق المعايير المناسبة للإجراءات المتعلقة بالتدابير الجزائية التي يتخذها مجلس الأمن.";
        assertThat(findings(en, ar)).isEmpty();
        assertThat(findings(en, ar.replace(" الجزائية", ""))).singleElement().asString()
            .startsWith("term-missing: 'sanctions' is not rendered");
    }

    @Test
    void cliticisedAndInflectedFormsAreTheirOwnTerms() {
        assertThat(concepts("وللأمين العام")).containsExactly("secretary-general");
        assertThat(concepts("بالأمانة العامة")).containsExactly("secretariat");
        assertThat(concepts("وللأمانة العامة للأمم المتحدة")).containsExactly("secretariat");
        // the termbase has the singular "جهة من غير الدول"; the UN writes the plural
        assertThat(concepts("والجهات من غير الدول")).containsExactly("non-state-actor");
        assertThat(concepts("الجهات الفاعلة من غير الدول")).containsExactly("non-state-actor");
    }

    @Test
    void accusativesPronounsAndBrokenPluralsRenderTheTerm() {
        // line 458
        assertThat(findings("This review of national reports from 131 Member States examines the extent to which Governments did so.",
            "ويبحث هذا الاستعراض للتقارير الوطنية المقدمة من 131 دولة عضوا مدى قيام الحكومات بذلك.")).isEmpty();
        // line 832
        assertThat(findings("At its 2nd plenary meeting, on 19 September 2014, the General Assembly decided to include the item.",
            "قررت الجمعية العامة، في جلستها العامة الثانية المعقودة في 19 أيلول/سبتمبر 2014، أن تدرج البند.")).isEmpty();
        // line 1936
        assertThat(findings("At the 9th plenary meeting, the Chairs of the high-level interactive dialogues presented their reports.",
            "في الجلسة العامة التاسعة، عرض رؤساء الجلسات الحوارية الرفيعة المستوى تقاريرهم.")).isEmpty();
    }

    @Test
    void singularAndPluralOfOneRenderingAreConsistent() {
        Checker consistency = Checker.standard(termbase.recognizer()).only(List.of("term-inconsistent"));
        // line 1752 and a sentence of the same document with the plural
        List<SegmentPair> pairs = List.of(
            new SegmentPair("1", "en", "The States parties shall cooperate.", "ar", "تتعاون الدول الأطراف.", "doc"),
            new SegmentPair("2", "en", "information relating to criminal matters to a competent authority in another State party",
                "ar", "معلومات متعلقة بمسائل جنائية إلى سلطة مختصة في دولة طرف أخرى", "doc"));
        assertThat(consistency.check(pairs).findings()).isEmpty();
        // two renderings that are not inflections of one another still are
        List<SegmentPair> practices = List.of(
            new SegmentPair("1", "en", "best practices", "ar", "أفضل الممارسات", "doc"),
            new SegmentPair("2", "en", "best practices", "ar", "أفضل الممارسات", "doc"),
            new SegmentPair("3", "en", "best practices", "ar", "الممارسات الجيدة", "doc"));
        assertThat(consistency.check(practices).findings()).extracting(Finding::message)
            .containsExactly("Rendered 'الممارسات الجيدة' here but 'أفضل الممارسات' in 2 other places.");
    }
}
