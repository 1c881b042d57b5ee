package org.concord.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dictionary phrases in sentences, allowing for inflection: each word of a phrase matches any word that starts
 * with its stem (the word less its last two letters, at least four). Chinese phrases match as substrings.
 */
final class PhraseMatcher {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private final List<String[]> stems = new ArrayList<>();
    private final Map<String, List<Integer>> byPrefix = new HashMap<>();
    private final Map<Integer, String> unspaced = new HashMap<>();

    PhraseMatcher(List<String> phrases) {
        for (int p = 0; p < phrases.size(); p++) {
            String norm = norm(phrases.get(p));
            List<String> words = words(norm);
            String[] st = words.stream().map(PhraseMatcher::stem).toArray(String[]::new);
            stems.add(st);
            if (st.length == 0) continue;
            if (norm.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                unspaced.put(p, norm.replaceAll("\\s+", ""));
            } else {
                byPrefix.computeIfAbsent(st[0].substring(0, Math.min(4, st[0].length())), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** Numbers of the phrases occurring in {@code sentence}, each once. */
    List<Integer> find(String sentence) {
        String norm = norm(sentence);
        Set<Integer> found = new LinkedHashSet<>();
        List<String> words = words(norm);
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            for (int len = 1; len <= Math.min(4, w.length()); len++) {
                for (int p : byPrefix.getOrDefault(w.substring(0, len), List.of())) {
                    if (matchesAt(stems.get(p), words, k)) found.add(p);
                }
            }
        }
        if (!unspaced.isEmpty()) {
            String compact = norm.replaceAll("\\s+", "");
            unspaced.forEach((p, phrase) -> {
                if (compact.contains(phrase)) found.add(p);
            });
        }
        return new ArrayList<>(found);
    }

    private static boolean matchesAt(String[] st, List<String> words, int at) {
        if (at + st.length > words.size()) return false;
        for (int q = 0; q < st.length; q++) if (!words.get(at + q).startsWith(st[q])) return false;
        return true;
    }

    private static String norm(String s) {
        return FeatureExtractor.stripAccents(FeatureExtractor.normalize(s).toLowerCase(Locale.ROOT));
    }

    private static List<String> words(String norm) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(norm);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static String stem(String word) {
        return word.length() <= 4 ? word : word.substring(0, Math.max(4, word.length() - 2));
    }
}
