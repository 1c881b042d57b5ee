package org.concord.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.analysis.LanguageData;
import org.concord.analysis.Token;

/**
 * How English words are translated in official UN text: t(target word | English word), learned by IBM Model 1 from
 * the even (tuning) lines of unpc-dev ({@code word-translations.txt}); words are keyed by their first stem, as the
 * language's analyser gives it. Only the strong translations of the termbase's English words are kept.
 */
final class WordTranslations {
    static final String RESOURCE = "word-translations.txt";
    private static volatile WordTranslations shipped;

    /** Target language → "english TAB target" → probability. */
    private final Map<String, Map<String, Double>> byLang;

    WordTranslations(Map<String, Map<String, Double>> byLang) {
        this.byLang = byLang;
    }

    /** The shipped table. */
    static WordTranslations shipped() {
        WordTranslations t = shipped;
        if (t == null) shipped = t = load(WordTranslations.class, RESOURCE);
        return t;
    }

    /** The table in {@code resource}: "target language TAB English word TAB target word TAB probability" per line. */
    static WordTranslations load(Class<?> owner, String resource) {
        Map<String, Map<String, Double>> out = new HashMap<>();
        for (LanguageData.Row row : LanguageData.rows(owner, resource, 4)) {
            String[] f = row.fields();
            double p;
            try {
                p = Double.parseDouble(f[3].strip());
            } catch (NumberFormatException e) {
                throw row.error("not a probability: '" + f[3].strip() + "'");
            }
            if (!(p > 0 && p <= 1)) throw row.error("a probability is above 0 and at most 1, found " + f[3].strip());
            if (f[1].isBlank() || f[2].isBlank()) throw row.error("a word is empty");
            out.computeIfAbsent(f[0].strip(), k -> new HashMap<>()).put(f[1].strip() + "\t" + f[2].strip(), p);
        }
        return new WordTranslations(out);
    }

    /** t(target | english) for target language {@code lang}; 0 when the table does not have it. */
    double p(String lang, String english, String target) {
        Map<String, Double> m = byLang.get(lang);
        return m == null ? 0 : m.getOrDefault(english + "\t" + target, 0.0);
    }

    /** Per word of {@code tokens}, its key when it is a content word, else null. */
    static String[] keys(List<Token> tokens, String text, String lang) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            String surface = text.substring(tok.start(), tok.end());
            if (LooseRendering.functionWord(surface, tok.norm(), lang)) continue;
            out[i] = key(tok);
        }
        return out;
    }

    static String key(Token tok) {
        return tok.stems().isEmpty() ? tok.norm() : tok.stems().get(0);
    }
}
