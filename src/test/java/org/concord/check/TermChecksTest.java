package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concord.term.Concept;
import org.concord.term.Term;
import org.concord.term.TermStatus;
import org.junit.jupiter.api.Test;

/** The terminology checks' logic, with literal term matching (see ExactRecognizer). */
class TermChecksTest {

    static final Concept WMD = new Concept("wmd", "disarmament", null, null, null, List.of(
        new Term("en", "weapons of mass destruction", TermStatus.PREFERRED, "noun", "fullForm"),
        new Term("en", "WMD", TermStatus.ADMITTED, "noun", "acronym"),
        new Term("fr", "armes de destruction massive", TermStatus.PREFERRED, "noun", "fullForm"),
        new Term("es", "armas de destrucción en masa", TermStatus.PREFERRED, "noun", "fullForm"),
        new Term("es", "armas de destrucción masiva", TermStatus.DEPRECATED, "noun", "fullForm")));
    static final Concept NSA = new Concept("nsa", "disarmament", null, null, null, List.of(
        new Term("en", "non-State actors", TermStatus.PREFERRED, "noun", "fullForm"),
        new Term("en", "non-governmental actors", TermStatus.DEPRECATED, "noun", "fullForm"),
        new Term("fr", "acteurs non étatiques", TermStatus.PREFERRED, "noun", "fullForm"),
        new Term("fr", "entités non étatiques", TermStatus.ADMITTED, "noun", "fullForm")));

    private static final Checker CHECKER = Checker.standard(new ExactRecognizer(List.of(WMD, NSA)));

    private static SegmentPair pair(String id, String src, String lang, String tgt) {
        return new SegmentPair(id, "en", src, lang, tgt, "S/PV.7837");
    }

    private static List<Finding> findings(String checkId, SegmentPair... pairs) {
        return CHECKER.check(List.of(pairs)).findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
    }

    @Test
    void aTermWithoutItsRenderingIsMissingAndTheRenderingIsSuggested() {
        String src = "We must keep weapons of mass destruction away from terrorists.";
        List<Finding> f = findings("term-missing", pair("1", src, "fr", "Nous devons tenir les armes à l'écart des terroristes."));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.sourceSpans()).extracting(s -> src.substring(s.start(), s.end()))
                .containsExactly("weapons of mass destruction");
            assertThat(x.suggestions()).containsExactly("armes de destruction massive");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(findings("term-missing",
            pair("1", src, "fr", "Nous devons tenir les armes de destruction massive à l'écart des terroristes."))).isEmpty();
    }

    @Test
    void aDeprecatedRenderingIsReportedOnceWithThePreferredOneAndNotAsMissing() {
        String tgt = "Debemos mantener las armas de destrucción masiva lejos de los terroristas.";
        SegmentPair p = pair("1", "We must keep weapons of mass destruction away from terrorists.", "es", tgt);
        assertThat(findings("term-missing", p)).isEmpty();
        assertThat(findings("term-deprecated", p)).singleElement().satisfies(x -> {
            assertThat(x.targetSpans()).extracting(s -> tgt.substring(s.start(), s.end()))
                .containsExactly("armas de destrucción masiva");
            assertThat(x.suggestions()).containsExactly("armas de destrucción en masa");
            assertThat(x.message()).isEqualTo("'armas de destrucción masiva' is deprecated. Use 'armas de destrucción en masa'.");
        });
    }

    @Test
    void anOrganNamedByItsHeadIsRenderedWhenEveryCouncilOfTheSourceHasItsConseil() {
        Concept sc = new Concept("security-council", "UN", null, null, null, List.of(
            new Term("en", "Security Council", TermStatus.PREFERRED, "noun", "fullForm"),
            new Term("fr", "Conseil de sécurité", TermStatus.PREFERRED, "noun", "fullForm")));
        // lines of a sample, which does not show what their documents said before (in a document read in order, the
        // head alone wants the full name before it: ShortFormsTest)
        Checker checker = Checker.standard(new ExactRecognizer(List.of(sc))).documents(Checker.Documents.SAMPLED);
        java.util.function.Function<SegmentPair, List<Finding>> missing = p -> checker.check(List.of(p)).findings().stream()
            .filter(f -> f.checkId().equals("term-missing")).toList();
        assertThat(missing.apply(pair("1", "The present addendum lists the items on which the Security Council took action.", "fr",
            "Le présent additif donne la liste des questions examinées par le Conseil."))).isEmpty();
        // "conseil" in lower case is advice, not the Council
        assertThat(missing.apply(pair("2", "The Security Council took action.", "fr", "Sur le conseil du Président, il a agi.")))
            .hasSize(1);
        // a body opening the source as its subject may be a pronoun opening the target, not an impersonal "il" elsewhere
        assertThat(missing.apply(pair("4", "The Security Council stresses that such operations must respect the law.", "fr",
            "Il souligne que ces opérations doivent respecter le droit."))).isEmpty();
        assertThat(missing.apply(pair("5", "Such operations, the Security Council stresses, must respect the law.", "fr",
            "Il souligne que ces opérations doivent respecter le droit."))).hasSize(1);
        // two councils in the source, one "Conseil" in the target: the Security Council is missing
        assertThat(missing.apply(pair("3", "The Security Council and the Economic and Social Council met.", "fr",
            "Le Conseil économique et social s'est réuni."))).hasSize(1);
    }

    @Test
    void anAcronymOfTheSourceMayBeTheDefiniteHeadInArabic() {
        Concept unodc = new Concept("unodc", "UN", null, null, null, List.of(
            new Term("en", "United Nations Office on Drugs and Crime", TermStatus.PREFERRED, "noun", "fullForm"),
            new Term("en", "UNODC", TermStatus.ADMITTED, "noun", "acronym"),
            new Term("ar", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", TermStatus.PREFERRED, "noun", "fullForm")));
        Checker checker = Checker.standard(new ExactRecognizer(List.of(unodc))).documents(Checker.Documents.SAMPLED); // lines of a sample
        java.util.function.Function<SegmentPair, List<Finding>> missing = p -> checker.check(List.of(p)).findings().stream()
            .filter(f -> f.checkId().equals("term-missing")).toList();
        assertThat(missing.apply(pair("1", "UNODC also organized a training course.", "ar", "كما نظم المكتب دورة تدريب."))).isEmpty();
        assertThat(missing.apply(pair("2", "UNODC also organized a training course.", "ar", "كما نظم مكتب دورة تدريب."))).hasSize(1);
        // UNODC and the Office of the High Commissioner: two offices, one "المكتب"
        assertThat(missing.apply(pair("3", "UNODC and the Office of the High Commissioner organized a course.", "ar",
            "نظم المكتب والمفوضية دورة."))).hasSize(1);
    }

    @Test
    void aChineseRenderingMayHaveTheModifiersBetweenItsWordsButStaysInOneClause() {
        Concept report = new Concept("sg-report", "UN", null, null, null, List.of(
            new Term("en", "report of the Secretary-General", TermStatus.PREFERRED, "noun", "fullForm"),
            new Term("zh", "秘书长的报告", TermStatus.PREFERRED, "noun", "fullForm")));
        Checker checker = Checker.standard(new ExactRecognizer(List.of(report)));
        java.util.function.Function<SegmentPair, List<Finding>> missing = p -> checker.check(List.of(p)).findings().stream()
            .filter(f -> f.checkId().equals("term-missing")).toList();
        String src = "Report of the Secretary-General on the credentials of the representative";
        assertThat(missing.apply(pair("1", src, "zh", "秘书长关于代表的全权证书的报告"))).isEmpty();
        assertThat(missing.apply(pair("2", src, "zh", "秘书长指出，代表的全权证书的报告"))).hasSize(1);
    }

    @Test
    void aRenderingCountsForConsistencyOnlyWhereTheSourceHasTheTerm() {
        List<Finding> f = findings("term-inconsistent",
            pair("1", "Non-State actors are a threat.", "fr", "Les acteurs non étatiques sont une menace."),
            pair("2", "We discussed non-State actors.", "fr", "Nous avons parlé des acteurs non étatiques."),
            pair("3", "Support to militias is banned.", "fr", "Le soutien aux entités non étatiques est interdit."));
        assertThat(f).isEmpty();
    }

    @Test
    void twoApprovedRenderingsOfOneTermAcrossTheDocumentAreInconsistent() {
        List<Finding> f = findings("term-inconsistent",
            pair("1", "Non-State actors are a threat.", "fr", "Les acteurs non étatiques sont une menace."),
            pair("2", "We discussed non-State actors.", "fr", "Nous avons parlé des acteurs non étatiques."),
            pair("3", "Support to non-State actors is banned.", "fr", "Le soutien aux entités non étatiques est interdit."));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.pairId()).isEqualTo("3");
            assertThat(x.message()).isEqualTo("Rendered 'entités non étatiques' here but 'acteurs non étatiques' in 2 other places.");
        });
    }

    @Test
    void sourceVariantsAreReportedButSentenceInitialCapitalsAreNot() {
        List<Finding> f = findings("source-variant",
            pair("1", "Non-State actors are a threat.", "fr", "Les acteurs non étatiques sont une menace."),
            pair("2", "We discussed non-state actors.", "fr", "Nous avons parlé des acteurs non étatiques."),
            pair("3", "We discussed non-governmental actors.", "fr", "Nous avons parlé des acteurs non étatiques."));
        assertThat(f).extracting(Finding::pairId, Finding::message).containsExactly(
            org.assertj.core.groups.Tuple.tuple("2", "The source writes 'non-state actors'; the termbase writes 'non-State actors'."),
            org.assertj.core.groups.Tuple.tuple("3",
                "The source uses 'non-governmental actors', which the termbase marks deprecated; the standard term is 'non-State actors'."));
    }

    @Test
    void anAbbreviationBeforeItsFullFormIsReportedOncePerDocumentAndLanguage() {
        List<Finding> f = findings("abbreviation-before-full-form",
            pair("1", "WMD are a threat.", "fr", "Les ADM sont une menace."),
            pair("2", "Weapons of mass destruction (WMD) must go.", "fr", "Les armes de destruction massive doivent disparaître."),
            pair("1r", "WMD are a threat.", "ru", "ОМУ представляет угрозу."));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.pairId()).isEqualTo("1");
            assertThat(x.suggestions()).containsExactly("weapons of mass destruction");
        });
        assertThat(findings("abbreviation-before-full-form",
            pair("2", "Weapons of mass destruction (WMD) must go.", "fr", "Les armes de destruction massive (ADM) doivent disparaître."),
            pair("3", "WMD are a threat.", "fr", "Les ADM sont une menace."))).isEmpty();
    }

    @Test
    void reportCountsSourceTermOccurrencesAndFailsAtTheThreshold() {
        // ("Les ADM" would render WMD: the initials of "armes de destruction massive", acronym-of-rendering)
        Report r = CHECKER.check(List.of(pair("1", "WMD and non-State actors.", "fr", "Les armes et les acteurs non étatiques.")));
        assertThat(r.termOccurrences()).isEqualTo(2);
        assertThat(r.failsAt(Severity.ERROR)).isTrue();
        assertThat(r.findings()).extracting(Finding::checkId).containsExactly("term-missing", "abbreviation-before-full-form");
    }
}
