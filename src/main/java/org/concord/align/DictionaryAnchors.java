package org.concord.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.analysis.TextAnalyzer;
import org.concord.analysis.Token;

/**
 * Tags sentences with the entries of general bilingual dictionaries: a source sentence gets one key per dictionary
 * headword it contains, a target sentence the keys of every headword one of its words or phrases translates, so that
 * a sentence pair shares a key when a word and its translation meet. Words match by stem (Snowball), so inflected forms
 * find their lemma; Chinese, cut one character per token, matches phrases character by character.
 */
final class DictionaryAnchors {

    /** Longest phrase looked up, in tokens (a four-character Chinese idiom, a short English phrase). */
    private static final int MAX_TOKENS = 6;
    /**
     * Only renderings that translate a single headword anchor: with Text+Berg dev and FreeDict deu-fra, letting a
     * rendering stand for up to 3 or 12 headwords gave chance matches that pulled unpartnered sentences into their
     * neighbours' beads (strict F1 0.890 and 0.867 against 0.915 at the same weight).
     */
    private static final int MAX_SENSES = 1;

    private final TextAnalyzer srcText;
    private final TextAnalyzer tgtText;
    private final Map<String, Integer> headwords = new HashMap<>();
    private final Map<String, int[]> renderings = new HashMap<>();

    DictionaryAnchors(List<Lexicon.Entry> entries, String srcLang, String tgtLang) {
        srcText = TextAnalyzer.forLanguage(srcLang);
        tgtText = TextAnalyzer.forLanguage(tgtLang);
        Map<String, Set<Integer>> byTarget = new HashMap<>();
        for (Lexicon.Entry e : entries) {
            String s = key(srcText.tokens(e.source())), t = key(tgtText.tokens(e.target()));
            if (s == null || t == null) continue;
            int id = headwords.computeIfAbsent(s, k -> headwords.size());
            byTarget.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(id);
        }
        byTarget.forEach((t, ids) -> {
            if (ids.size() <= MAX_SENSES) renderings.put(t, ids.stream().mapToInt(Integer::intValue).toArray());
        });
    }

    boolean isEmpty() {
        return headwords.isEmpty();
    }

    /** Adds key {@code prefix + headword} to each sentence for each headword it holds or translates. */
    void tag(List<String> src, List<String> tgt, List<List<String>> srcKeys, List<List<String>> tgtKeys, String prefix) {
        for (int i = 0; i < src.size(); i++) {
            for (String phrase : phrases(srcText.tokens(src.get(i)))) {
                Integer id = headwords.get(phrase);
                if (id != null) srcKeys.get(i).add(prefix + id);
            }
        }
        for (int j = 0; j < tgt.size(); j++) {
            for (String phrase : phrases(tgtText.tokens(tgt.get(j)))) {
                int[] ids = renderings.get(phrase);
                if (ids != null) for (int id : ids) tgtKeys.get(j).add(prefix + id);
            }
        }
    }

    /** Every run of up to MAX_TOKENS consecutive stems, joined by spaces. */
    private static List<String> phrases(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            StringBuilder sb = new StringBuilder();
            for (int len = 1; len <= MAX_TOKENS && k + len <= tokens.size(); len++) {
                if (len > 1) sb.append(' ');
                sb.append(tokens.get(k + len - 1).stem());
                out.add(sb.toString());
            }
        }
        return out;
    }

    /** The stems of a dictionary phrase joined by spaces; null when it has no word or is too long to be looked up. */
    private static String key(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) return null;
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(t.stem());
        }
        return sb.toString();
    }
}
