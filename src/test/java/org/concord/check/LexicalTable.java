package org.concord.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.analysis.TextAnalyzer;
import org.concord.analysis.Token;

/**
 * Lexical translation probabilities t(target word | English word) learned by IBM Model 1 (EM over sentence pairs, a
 * NULL word on the English side) from official pairs; words are content words keyed by their first stem. For the
 * leave-one-out harness: trained on one quarter of the tuning lines, asked about the other.
 */
final class LexicalTable {
    static final String NULL = "\u0000";
    private final Map<String, Map<String, Double>> t;

    private LexicalTable(Map<String, Map<String, Double>> t) {
        this.t = t;
    }

    /**
     * The entries at least {@code min} whose English word is one of {@code english} (all when null), as the checker's
     * table for target language {@code lang}: one "lang TAB english TAB target TAB probability" line each, sorted.
     */
    List<String> lines(String lang, java.util.Set<String> english, double min) {
        List<String> out = new ArrayList<>();
        for (var e : t.entrySet()) {
            if (e.getKey().equals(NULL) || english != null && !english.contains(e.getKey())) continue;
            for (var f : e.getValue().entrySet()) {
                if (f.getValue() >= min) out.add(lang + "\t" + e.getKey() + "\t" + f.getKey() + "\t" + String.format(java.util.Locale.ROOT, "%.3f", f.getValue()));
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    /** The entries at least {@code min} as the checker's table. */
    WordTranslations table(String lang, double min) {
        Map<String, Map<String, Double>> byLang = new HashMap<>();
        Map<String, Double> m = byLang.computeIfAbsent(lang, k -> new HashMap<>());
        for (var e : t.entrySet()) for (var f : e.getValue().entrySet()) if (f.getValue() >= min) m.put(e.getKey() + "\t" + f.getKey(), f.getValue());
        return new WordTranslations(byLang);
    }

    double p(String english, String target) {
        Map<String, Double> m = t.get(english);
        if (m == null) return 0;
        return m.getOrDefault(target, 0.0);
    }

    /** The content words of {@code text} as keys, as the shipped table keys them (null for a function word). */
    static String[] keys(List<Token> tokens, String text, String lang) {
        return WordTranslations.keys(tokens, text, lang);
    }

    static LexicalTable train(List<SegmentPair> pairs, int iterations) {
        List<String[]> src = new ArrayList<>();
        List<String[]> tgt = new ArrayList<>();
        for (SegmentPair p : pairs) {
            src.add(content(p.source(), p.srcLang()));
            tgt.add(content(p.target(), p.tgtLang()));
        }
        Map<String, Map<String, Double>> t = new HashMap<>();
        // uniform start over co-occurring words
        for (int s = 0; s < src.size(); s++) {
            for (String e : withNull(src.get(s))) {
                Map<String, Double> m = t.computeIfAbsent(e, k -> new HashMap<>());
                for (String f : tgt.get(s)) m.put(f, 1.0);
            }
        }
        for (int it = 0; it < iterations; it++) {
            Map<String, Map<String, Double>> count = new HashMap<>();
            Map<String, Double> total = new HashMap<>();
            for (int s = 0; s < src.size(); s++) {
                String[] es = withNull(src.get(s));
                for (String f : tgt.get(s)) {
                    double z = 0;
                    for (String e : es) z += t.get(e).get(f);
                    for (String e : es) {
                        double c = t.get(e).get(f) / z;
                        count.computeIfAbsent(e, k -> new HashMap<>()).merge(f, c, Double::sum);
                        total.merge(e, c, Double::sum);
                    }
                }
            }
            for (var e : count.entrySet()) {
                double sum = total.get(e.getKey());
                Map<String, Double> m = t.get(e.getKey());
                for (var f : e.getValue().entrySet()) m.put(f.getKey(), f.getValue() / sum);
            }
        }
        return new LexicalTable(t);
    }

    private static String[] withNull(String[] words) {
        String[] out = new String[words.length + 1];
        out[0] = NULL;
        System.arraycopy(words, 0, out, 1, words.length);
        return out;
    }

    private static String[] content(String text, String lang) {
        List<Token> tokens = TextAnalyzer.forLanguage(lang).tokens(text);
        List<String> out = new ArrayList<>();
        for (String k : keys(tokens, text, lang)) if (k != null) out.add(k);
        return out.toArray(String[]::new);
    }
}
