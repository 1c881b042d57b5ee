package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberCheckTest {

    private static final String EN = "On 11 and 12 March 2014, Astana hosted a seminar on resolution 1540 (2004).";

    private static List<Finding> check(String src, String tgtLang, String tgt) {
        SegmentPair p = new SegmentPair("1", "en", src, tgtLang, tgt, null);
        return new NumberCheck().check(List.of(new AnalysedPair(p, List.of(), List.of())));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"1,000|1000", "1 000|1000", "2.5|25", "2,5|25", "09|9", "13.00|13", "13,0|13", "100|100",
        "1.000|1000", "2.50|250", "000|0", "0|0"})
    void aNumberIsKeyedByItsDigitsWithoutLeadingZerosOrAZeroFraction(String number, String key) {
        assertThat(NumberCheck.key(number)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fr|Les 11 et 12 mars 2014, Astana a accueilli un séminaire sur la résolution 1540 (2004).",
        "es|Los días 11 y 12 de marzo de 2014, Astaná acogió un seminario sobre la resolución 1540 (2004).",
        "ru|11 и 12 марта 2014 года в Астане прошел семинар по резолюции 1540 (2004).",
        "zh|2014年3月11日和12日，阿斯塔纳举办了关于第1540（2004）号决议的研讨会。",
        "ar|في 11 و 12 آذار/مارس 2014، استضافت أستانا حلقة دراسية بشأن القرار 1540 (2004).",
        "ar|في ١١ و ١٢ آذار/مارس ٢٠١٤، استضافت أستانا حلقة دراسية بشأن القرار ١٥٤٠ (٢٠٠٤).",
    })
    void theSameDateInEveryScriptAndDateStyleIsClean(String lang, String target) {
        assertThat(check(EN, lang, target)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fr|Les 11 et 13 mars 2014, Astana a accueilli un séminaire sur la résolution 1540 (2004).|12|13",
        "ru|11 и 12 апреля 2014 года в Астане прошел семинар по резолюции 1540 (2004).|March|апреля",
        "zh|2014年3月11日和12日，阿斯塔纳举办了关于第1450（2004）号决议的研讨会。|1540|1450",
        "ar|في ١١ و ١٢ آذار/مارس ٢٠١٥، استضافت أستانا حلقة دراسية بشأن القرار ١٥٤٠ (٢٠٠٤).|2014|٢٠١٥",
    })
    void aChangedNumberOrMonthIsReportedOnBothSides(String lang, String target, String lost, String added) {
        List<Finding> f = check(EN, lang, target);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).checkId()).isEqualTo("number-mismatch");
        assertThat(f.get(0).sourceSpans()).extracting(s -> EN.substring(s.start(), s.end())).containsExactly(lost);
        assertThat(f.get(0).targetSpans()).extracting(s -> target.substring(s.start(), s.end())).containsExactly(added);
    }

    @Test
    void groupingAndDecimalStylesAreTheSameNumber() {
        assertThat(check("Some 1,500 delegates and 2.5 per cent.", "fr", "Quelque 1 500 délégués et 2,5 %.")).isEmpty();
        assertThat(check("Some 1,500 delegates and 2.5 per cent.", "ar", "نحو ١٬٥٠٠ مندوب و ٢٫٥ في المائة.")).isEmpty();
        assertThat(check("Some 1,500 delegates.", "es", "Unos 1.500 delegados.")).isEmpty();
    }

    @Test
    void aNumberSpeltOutOnTheOtherSideIsNotAnError() {
        assertThat(check("over the past five years", "zh", "在过去5年中")).isEmpty();
        assertThat(check("over the past 5 years", "zh", "在过去五年中")).isEmpty();
        assertThat(check("among the 77 Member States", "zh", "在七十七个会员国中")).isEmpty();
        assertThat(check("for 5 years", "ru", "в течение пяти лет")).isEmpty();
        assertThat(check("the 25 members", "fr", "les vingt-cinq membres")).isEmpty();
        assertThat(check("the 3 members", "ar", "الأعضاء الثلاثة")).isEmpty();
    }

    @Test
    void twelveHourTimesMatchTheTwentyFourHourClock() {
        String en = "The meeting rose at 1 p.m.";
        assertThat(check(en, "fr", "La séance est levée à 13 heures.")).isEmpty();
        assertThat(check(en, "es", "Se levanta la sesión a las 13.00 horas.")).isEmpty();
        assertThat(check(en, "ru", "Заседание закрывается в 13 ч. 00 м.")).isEmpty();
        assertThat(check(en, "ar", "رُفعت الجلسة الساعة 13:00.")).isEmpty();
        assertThat(check(en, "zh", "下午1时散会。")).isEmpty();
        assertThat(check("The meeting was called to order at 10.15 a.m.", "fr", "La séance est ouverte à 10 h 15.")).isEmpty();
        assertThat(check(en, "fr", "La séance est levée à 12 heures.")).hasSize(1);
    }

    @Test
    void aDeletedNumberIsReported() {
        List<Finding> f = check("among the 77 Member States", "fr", "parmi les États Membres");
        assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).isEqualTo("Not in the target: 77."));
    }

    @Test
    void aParagraphNumberOpeningTheSegmentIsLayout() {
        assertThat(check("51. The working group met 3 times.", "fr", "Le groupe de travail s'est réuni 3 fois.")).isEmpty();
        assertThat(check("12 - The working group met 3 times.", "ar", "اجتمع الفريق العامل 3 مرات.")).isEmpty();
        assertThat(check("The working group met 51 times.", "fr", "Le groupe de travail s'est réuni.")).hasSize(1);
    }

    @Test
    void mayAsAVerbIsNotAMonth() {
        assertThat(check("States May wish to report in 2016.", "fr", "Les États voudront peut-être faire rapport en 2016."))
            .isEmpty();
    }

    @Test
    void numbersInsideSymbolsAreLeftToTheSymbolCheck() {
        assertThat(check("See S/2017/126.", "fr", "Voir S/2017/162.")).isEmpty();
    }
}
