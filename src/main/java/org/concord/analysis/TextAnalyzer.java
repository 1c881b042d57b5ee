package org.concord.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.concord.InputException;
import org.concord.Languages;

/**
 * The text pipeline of one language: words are cut at anything that is not a letter, digit or combining mark (so
 * hyphens and apostrophes separate words), each Han character is a word of its own, and each word is folded and
 * stemmed by the language's rules. Offsets always refer to the original text. Thread-safe.
 */
public final class TextAnalyzer {
    private static final Set<String> ISO_639 = Set.of(Locale.getISOLanguages());
    private static final Map<String, TextAnalyzer> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** Words analysed so far are looked up, not folded and stemmed again; bounded so that memory stays small. */
    private static final int CACHE_LIMIT = 200_000;

    private final String lang;
    private final Stemming stemming;
    private final Map<String, Analysed> cache = new ConcurrentHashMap<>();

    /** A word's normalised form and stems. */
    private record Analysed(String norm, List<String> stems) {}

    private TextAnalyzer(String lang) {
        this.lang = lang;
        this.stemming = Stemming.forLanguage(lang);
    }

    /** The analyzer for {@code lang}; languages Concord has no stemmer for get case and diacritic folding only. */
    public static TextAnalyzer forLanguage(String lang) {
        return BY_LANGUAGE.computeIfAbsent(language(lang), TextAnalyzer::new);
    }

    /**
     * A language code a termbase may hold: Concord's languages (see {@link Languages#require}), or any other ISO 639
     * language ("zu", "pt-BR" → "pt"), which termbases exchanged with other tools carry. Throws on anything else.
     */
    public static String language(String code) {
        if (code != null && BY_LANGUAGE.containsKey(code)) return code; // already a normalised code
        try {
            return Languages.require(code);
        } catch (InputException e) {
            String base = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
            if (ISO_639.contains(base)) return base;
            throw new InputException("unknown language code '" + code + "' (not an ISO 639 language; Concord's are "
                + String.join(", ", Languages.OFFICIAL) + ")");
        }
    }

    public String language() {
        return lang;
    }

    /** The words of {@code text} with their spans, normalised forms and stems. */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        words(text, (start, end) -> out.add(token(text, start, end)));
        return out;
    }

    /**
     * The spans of the words of {@code text}, in order: word k is [bounds[2k], bounds[2k + 1]). For callers that look
     * words up by themselves (term recognition): no token objects, which a large run makes by the million.
     */
    public int[] bounds(String text) {
        int[][] out = {new int[32]};
        int[] n = {0};
        words(text, (start, end) -> {
            if (n[0] + 2 > out[0].length) out[0] = Arrays.copyOf(out[0], 2 * out[0].length);
            out[0][n[0]++] = start;
            out[0][n[0]++] = end;
        });
        return n[0] == out[0].length ? out[0] : Arrays.copyOf(out[0], n[0]);
    }

    /** The stems of {@code word} (one word as written, as {@link #bounds} cuts them), best first: those of its token. */
    public List<String> stems(String word) {
        return analysed(word).stems();
    }

    /** Calls {@code word} with the span of each word of {@code text}, in order. */
    private static void words(String text, Span word) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isHan(cp)) {
                word.accept(i, i + len);
                i += len;
            } else if (isWordPart(cp)) {
                int start = i;
                while (i < n) {
                    int c = text.codePointAt(i);
                    if (!isWordPart(c) || isHan(c)) break;
                    i += Character.charCount(c);
                }
                word.accept(start, i);
            } else {
                i += len;
            }
        }
    }

    @FunctionalInterface
    private interface Span {
        void accept(int start, int end);
    }

    /** The normalised words joined by single spaces: "non-State actors" → "non state actors". */
    public String normalise(String text) {
        // The same forms as tokens(text)'s norms, without stemming each word (imports normalise every term).
        StringBuilder out = new StringBuilder(text.length());
        int[] count = {0};
        words(text, (start, end) -> {
            if (count[0]++ > 0) out.append(' ');
            out.append(stemming.normalise(Folding.lower(text.substring(start, end))));
        });
        return out.toString();
    }

    /** The first stems joined by single spaces: "non-State actors" → "non state actor". */
    public String stemKey(String text) {
        return tokens(text).stream().map(Token::stem).collect(Collectors.joining(" "));
    }

    private Token token(String text, int start, int end) {
        Analysed a = analysed(text.substring(start, end));
        return new Token(start, end, a.norm(), a.stems());
    }

    private Analysed analysed(String word) {
        Analysed a = cache.get(word);
        if (a == null) {
            String lower = Folding.lower(word);
            a = new Analysed(stemming.normalise(lower), List.copyOf(stemming.stems(lower)));
            if (cache.size() < CACHE_LIMIT) cache.put(word, a);
        }
        return a;
    }

    private static boolean isWordPart(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isHan(int cp) {
        if (cp < 0x2E80) return false; // below the CJK radicals: no Han character (saves the script lookup)
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
