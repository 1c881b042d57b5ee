package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The terminology checks with the real termbase (termbase/un-terms.tbx) and the term engine's recogniser. */
class InflectedTermsTest extends ProjectTermbase {

    private static Checker checker;

    @BeforeAll
    static void load() {
        checker = checks("term-missing", "term-deprecated");
    }

    private static List<String> findings(String en, String lang, String target) {
        return checker.check(List.of(new SegmentPair("1", "en", en, lang, target, null))).findings().stream()
            .map(f -> f.checkId() + ": " + f.message()).toList();
    }

    private static final String WMD = "States must prevent non-State actors from acquiring weapons of mass destruction.";

    @Test
    void inflectedRenderingsAreRecognisedInEveryLanguage() {
        assertThat(findings(WMD, "ru", "Государства должны не допускать приобретения негосударственными субъектами оружия массового уничтожения.")).isEmpty();
        assertThat(findings(WMD, "fr", "Les États doivent empêcher les acteurs non étatiques d'acquérir des armes de destruction massive.")).isEmpty();
        assertThat(findings(WMD, "es", "Los Estados deben impedir que los agentes no estatales adquieran armas de destrucción en masa.")).isEmpty();
        assertThat(findings(WMD, "ar", "يجب على الدول منع الجهات من غير الدول من حيازة أسلحة الدمار الشامل.")).isEmpty();
        assertThat(findings(WMD, "zh", "各国必须防止非国家行为者获取大规模毁灭性武器。")).isEmpty();
    }

    @Test
    void aRenderingSplitByANumberOrInflectedBeyondTheStemmerIsStillRendered() {
        assertThat(findings("Agenda item 42", "fr", "Point 42 de l'ordre du jour")).isEmpty();
        assertThat(findings("a contribution to the United Nations Trust Fund for Global and Regional Disarmament Activities", "es",
            "una contribución al Fondo Fiduciario de las Naciones Unidas para las Actividades Mundiales y Regionales de Desarme"))
            .isEmpty();
        assertThat(findings("as a document of the General Assembly, under agenda item 42", "ru",
            "в качестве документа Генеральной Ассамблеи по пункту 42 повестки дня")).isEmpty();
    }

    @Test
    void aMissingRenderingIsFoundInInflectedText() {
        assertThat(findings(WMD, "ru", "Государства должны не допускать приобретения негосударственными субъектами такого оружия."))
            .containsExactly("term-missing: 'weapons of mass destruction' is not rendered: the target has no approved equivalent "
                + "(оружие массового уничтожения, ОМУ).");
    }

    @Test
    void aDeprecatedSpellingThatDiffersOnlyInCaseOrDiacriticsIsReported() {
        String en = "All Member States must act against Al-Qaida.";
        assertThat(findings(en, "fr", "Tous les États membres doivent agir contre Al-Qaida.")).singleElement().asString()
            .startsWith("term-deprecated: 'États membres' is deprecated. Use 'État Membre'");
        assertThat(findings(en, "fr", "Tous les États Membres doivent agir contre Al-Qaïda.")).singleElement().asString()
            .startsWith("term-deprecated: 'Al-Qaïda' is deprecated. Use 'Al-Qaida'");
        assertThat(findings(en, "fr", "Tous les États Membres doivent agir contre Al-Qaida.")).isEmpty();
    }

    @Test
    void aDeprecatedRenderingIsReportedEvenInflected() {
        assertThat(findings(WMD, "es", "Los Estados deben impedir que los agentes no estatales adquieran armas de destrucción masiva."))
            .containsExactly("term-deprecated: 'armas de destrucción masiva' is deprecated. Use 'armas de destrucción en masa'.");
        assertThat(findings(WMD, "ru", "Государства должны не допускать приобретения негосударственными субъектами оружия массового поражения."))
            .singleElement().asString().startsWith("term-deprecated: 'оружия массового поражения' is");
    }
}
