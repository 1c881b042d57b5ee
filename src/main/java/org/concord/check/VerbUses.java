package org.concord.check;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.concord.analysis.LanguageData;

/**
 * Whether a noun term is matched where the source uses its word as a verb ("to safeguard future generations", "may
 * sanction those who"): the infinitive marker or a modal right before the base form, and an object after it. Such a
 * match is no use of the concept, whatever the noun: the words come from {@code verb-uses-LANG.txt} (homographs,
 * the words before a verb, the words after which the match is a noun after all). Languages without a file have none.
 */
final class VerbUses {
    private static final Map<String, VerbUses> CACHE = new ConcurrentHashMap<>();
    private static final VerbUses NONE = new VerbUses(Map.of());

    private final Set<String> homographs;
    private final Set<String> before;
    private final Set<String> nounAfter;

    private VerbUses(Map<String, Set<String>> kinds) {
        this.homographs = kinds.getOrDefault("homograph", Set.of());
        this.before = kinds.getOrDefault("before", Set.of());
        this.nounAfter = kinds.getOrDefault("noun-after", Set.of());
    }

    /** The verb uses of {@code resource} beside {@code owner}; a line of an unknown kind is bad input naming file and line. */
    static VerbUses load(Class<?> owner, String resource) {
        List<LanguageData.Row> rows = LanguageData.rowsIfAny(owner, resource, 2);
        if (rows == null) return NONE;
        Map<String, Set<String>> kinds = new HashMap<>();
        for (LanguageData.Row row : rows) {
            String kind = row.fields()[0];
            if (!Set.of("homograph", "before", "noun-after").contains(kind)) {
                throw row.error("unknown kind '" + kind + "' (homograph, before or noun-after)");
            }
            kinds.put(kind, Set.of(row.fields()[1].trim().toLowerCase(Locale.ROOT).split("\\s+")));
        }
        return new VerbUses(kinds);
    }

    static VerbUses of(String lang) {
        VerbUses cached = CACHE.get(lang);
        return cached != null ? cached : CACHE.computeIfAbsent(lang, l -> load(VerbUses.class, "verb-uses-" + l + ".txt"));
    }

    /** True when [start, end) of {@code text} is a homograph's base form used as a verb. */
    boolean isVerb(String text, int start, int end) {
        if (homographs.isEmpty() || !homographs.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) return false;
        String previous = wordBefore(text, start);
        if (previous == null || !before.contains(previous.toLowerCase(Locale.ROOT))) return false;
        // An object follows a verb: a word, not a number, a punctuation mark or a preposition that makes it a noun.
        int i = end;
        if (i < text.length() && !Character.isWhitespace(text.charAt(i))) return false;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) j++;
        return j > i && !nounAfter.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
    }

    /** The word right before {@code start} with only spaces between, or null. */
    private static String wordBefore(String text, int start) {
        int e = start;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        if (e == start) return null;
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        return s == e ? null : text.substring(s, e);
    }
}
