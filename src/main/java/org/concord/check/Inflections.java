package org.concord.check;

import org.concord.analysis.LanguageData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a word form found in text is an inflection of a termbase word, from a language's ending pairs
 * ({@code inflections-en.txt}). Languages without a file accept every form the recogniser matched.
 */
final class Inflections {
    private static final Map<String, Inflections> CACHE = new ConcurrentHashMap<>();
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-\u2010\u2011]+");

    private final List<String[]> endings = new ArrayList<>();
    private final boolean known;

    private Inflections(String resource) {
        List<String> lines = LanguageData.linesIfAny(Inflections.class, resource);
        known = lines != null;
        if (lines == null) return;
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            endings.add(new String[] {f[0], f[1]});
        }
    }

    static Inflections of(String lang) {
        Inflections cached = CACHE.get(lang);
        return cached != null ? cached : CACHE.computeIfAbsent(lang, l -> new Inflections("inflections-" + l + ".txt"));
    }

    /** True when every word of {@code surface} is the matching word of {@code term} or an inflection of it. */
    boolean inflects(String surface, String term) {
        if (!known || surface.equalsIgnoreCase(term)) return true; // the same words (most matches): nothing to split
        String[] a = words(surface);
        String[] b = words(term);
        if (a.length != b.length) return true; // the recogniser matched across a different word split: trust it
        for (int i = 0; i < a.length; i++) if (!sameWord(a[i], b[i])) return false;
        return true;
    }

    private boolean sameWord(String a, String b) {
        if (a.equals(b)) return true;
        for (String[] e : endings) {
            if (pair(a, b, e[0], e[1]) || pair(b, a, e[0], e[1])) return true;
        }
        return false;
    }

    private static boolean pair(String x, String y, String xEnd, String yEnd) {
        return x.endsWith(xEnd) && y.endsWith(yEnd)
            && x.substring(0, x.length() - xEnd.length()).equals(y.substring(0, y.length() - yEnd.length()));
    }

    private static String[] words(String s) {
        return WORD_BREAK.split(s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip());
    }
}
