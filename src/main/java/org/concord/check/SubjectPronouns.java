package org.concord.check;

import org.concord.analysis.LanguageData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name that opens the source sentence as its subject ("The Security Council stresses…") may be a subject pronoun
 * opening the target ("Il souligne…"): UN translations name a body once and then refer to it so, where the English
 * repeats the name. Pronouns per language from {@code subject-pronouns.txt}.
 */
final class SubjectPronouns {
    /** Loaded on first use: a line that does not parse is then bad input (exit 2), not an error in a class initialiser. */
    private static volatile Map<String, Set<String>> byLanguage;
    /** List numbering and an opening article before the first word: "13. ", "(a) ", "The ". */
    private static final Pattern SOURCE_OPENING = Pattern.compile("^\\s*(\\(?[0-9a-z]{1,3}[.)]\\s+)?(The\\s+)?");
    private static final Pattern TARGET_FIRST_WORD = Pattern.compile("^\\s*(\\(?[0-9a-z]{1,3}[.)]\\s+)?(\\p{L}+)");

    private SubjectPronouns() {}

    /** True when the term at {@code termStart} opens the source and a subject pronoun opens the target. */
    static boolean standsFor(String source, int termStart, String target, String tgtLang) {
        Set<String> pronouns = byLanguage().get(tgtLang);
        if (pronouns == null) return false;
        Matcher s = SOURCE_OPENING.matcher(source);
        if (!s.find() || s.end() != termStart) return false;
        Matcher t = TARGET_FIRST_WORD.matcher(target);
        return t.find() && pronouns.contains(t.group(2));
    }

    private static Map<String, Set<String>> byLanguage() {
        Map<String, Set<String>> b = byLanguage;
        if (b == null) byLanguage = b = load();
        return b;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (LanguageData.Row row : LanguageData.rows(SubjectPronouns.class, "subject-pronouns.txt", 2)) {
            String[] f = row.fields();
            out.put(f[0], Set.copyOf(List.of(f[1].trim().split("\\s+"))));
        }
        return Map.copyOf(out);
    }
}
