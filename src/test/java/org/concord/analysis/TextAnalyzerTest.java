package org.concord.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private static String stems(String lang, String text) {
        return TextAnalyzer.forLanguage(lang).stemKey(text);
    }

    @Test
    void caseHyphensAndPluralsFoldInEnglish() {
        assertThat(stems("en", "non-State actors")).isEqualTo(stems("en", "non-state actor")).isEqualTo("non state actor");
        assertThat(TextAnalyzer.forLanguage("en").normalise("Weapons of Mass-Destruction")).isEqualTo("weapons of mass destruction");
    }

    @Test
    void accentsAndInflectionFoldInFrenchAndSpanish() {
        assertThat(stems("fr", "acteurs non étatiques")).isEqualTo(stems("fr", "acteur non-etatique"));
        assertThat(stems("es", "agentes no estatales")).isEqualTo(stems("es", "agente no estatal"));
    }

    @Test
    void russianCasesShareAStem() {
        assertThat(stems("ru", "оружия массового уничтожения")).isEqualTo(stems("ru", "оружие массового уничтожения"));
        assertThat(stems("ru", "Совета Безопасности")).isEqualTo(stems("ru", "Совет Безопасности"));
        assertThat(stems("ru", "Генеральной Ассамблеи")).isEqualTo(stems("ru", "Генеральная Ассамблея"))
            .isEqualTo(stems("ru", "Генеральной Ассамблее")).isEqualTo(stems("ru", "Генеральной Ассамблеей"));
        // a Latin c typed into a Cyrillic word, as in the official corpus; a Latin word stays Latin
        assertThat(stems("ru", "\u0063екретариат")).isEqualTo(stems("ru", "секретариат"));
        assertThat(TextAnalyzer.forLanguage("ru").normalise("OPEC")).isEqualTo("opec");
    }

    @Test
    void arabicArticleAndProcliticsAreRead() {
        TextAnalyzer ar = TextAnalyzer.forLanguage("ar");
        String weapons = ar.tokens("أسلحة").get(0).stem();
        assertThat(ar.tokens("بأسلحة").get(0).stems()).contains(weapons);
        assertThat(ar.tokens("وبأسلحة").get(0).stems()).contains(weapons);
        assertThat(ar.tokens("والجهات").get(0).stems()).contains(ar.tokens("الجهات").get(0).stem());
    }

    @Test
    void chineseIsCutIntoCharactersWithOffsets() {
        List<Token> t = TextAnalyzer.forLanguage("zh").tokens("防止WMD扩散");
        assertThat(t).extracting(Token::norm).containsExactly("防", "止", "wmd", "扩", "散");
        assertThat(t.get(2).start()).isEqualTo(2);
        assertThat(t.get(2).end()).isEqualTo(5);
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "The «non‑State» actors";
        List<Token> t = TextAnalyzer.forLanguage("en").tokens(text);
        assertThat(t).extracting(tok -> text.substring(tok.start(), tok.end())).containsExactly("The", "non", "State", "actors");
    }

    @Test
    void normaliseGivesTheNormsOfTheTokens() {
        // normalise skips stemming; it must still give exactly the tokens' normalised forms, which lookup matches against
        List<String[]> samples = List.of(new String[] {"en", "Non-State  actors' (WMD)"},
            new String[] {"fr", "Acteurs non-étatiques"}, new String[] {"ru", "Оружия cекретариата"},
            new String[] {"ar", "أسلحة الدمار الشامل"}, new String[] {"zh", "大规模毁灭性武器 WMD"}, new String[] {"es", " — "});
        for (String[] s : samples) {
            TextAnalyzer a = TextAnalyzer.forLanguage(s[0]);
            assertThat(a.normalise(s[1])).isEqualTo(String.join(" ", a.tokens(s[1]).stream().map(Token::norm).toList()));
        }
    }
}
