package org.concord.check;

import org.concord.analysis.LanguageData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Words a rendering may have or drop and stay the same rendering (Chinese 的: 秘书长的报告 = 秘书长报告), per language from
 * {@code optional-words.txt}. {@link #key} gives the form two such renderings share.
 */
final class OptionalWords {
    private static final Map<String, List<Pattern>> BY_LANGUAGE = load();

    private OptionalWords() {}

    /** {@code rendering} without its optional words (the rendering itself when it has none, or is nothing but them). */
    static String key(String rendering, String lang) {
        List<Pattern> optional = BY_LANGUAGE.get(lang);
        if (optional == null) return rendering;
        String key = rendering;
        for (Pattern p : optional) key = p.matcher(key).replaceAll("");
        key = SPACES.matcher(key.strip()).replaceAll(" ");
        return key.isEmpty() ? rendering : key;
    }

    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private static Map<String, List<Pattern>> load() {
        Map<String, List<Pattern>> out = new HashMap<>();
        for (String line : LanguageData.lines(OptionalWords.class, "optional-words.txt")) {
            String[] f = line.split("\t", 2);
            out.put(f[0], List.of(f[1].trim().split("\\s+")).stream().map(OptionalWords::pattern).toList());
        }
        return Map.copyOf(out);
    }

    /** A Han word wherever it stands; any other as a whole word. */
    private static Pattern pattern(String word) {
        boolean han = HanNearMiss.han(word.codePointAt(0));
        return Pattern.compile(han ? Pattern.quote(word) : "(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})");
    }
}
