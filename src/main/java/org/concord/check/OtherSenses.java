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

    private OtherSenses(String resource) {
        List<String> lines = LanguageData.linesIfAny(OtherSenses.class, resource);
        if (lines == null) return;
        for (String line : lines) {
            String[] f = line.split("\t", 2);
            byConcept.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Pattern.compile(f[1]));
        }
    }

    static OtherSenses of(String lang) {
        OtherSenses cached = CACHE.get(lang);
        return cached != null ? cached : CACHE.computeIfAbsent(lang, l -> new OtherSenses("other-senses-" + l + ".txt"));
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
