package org.concord.check;

import org.concord.analysis.LanguageData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases in which a word of the termbase has another sense ("conflict resolution", "mutual legal assistance", "to
 * safeguard"), read from {@code other-senses-LANG.txt}: one "concept-id TAB regular expression" per line. A term
 * recognised inside such a phrase is not a use of the concept. Languages without a file have none.
 */
final class OtherSenses {
    private static final Map<String, OtherSenses> CACHE = new ConcurrentHashMap<>();

    private final Map<String, List<Pattern>> byConcept = new HashMap<>();

    /** The phrases of {@code resource} beside {@code owner}; a line that does not parse is bad input naming file and line. */
    OtherSenses(Class<?> owner, String resource) {
        List<LanguageData.Row> rows = LanguageData.rowsIfAny(owner, resource, 2);
        if (rows == null) return;
        for (LanguageData.Row row : rows) {
            String[] f = row.fields();
            Pattern p;
            try {
                p = Pattern.compile(f[1]);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw row.error("not a regular expression: " + e.getDescription() + " at column " + (e.getIndex() + 1) + " of the pattern");
            }
            byConcept.computeIfAbsent(f[0], k -> new ArrayList<>()).add(p);
        }
    }

    static OtherSenses of(String lang) {
        OtherSenses cached = CACHE.get(lang);
        return cached != null ? cached : CACHE.computeIfAbsent(lang, l -> new OtherSenses(OtherSenses.class, "other-senses-" + l + ".txt"));
    }

    /** True when [start, end) of {@code text}, recognised as {@code conceptId}, lies in a phrase of another sense. */
    boolean covers(String conceptId, String text, int start, int end) {
        for (Pattern p : byConcept.getOrDefault(conceptId, List.of())) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.start() <= start && end <= m.end()) return true;
                if (m.start() >= end) break;
            }
        }
        return false;
    }
}
