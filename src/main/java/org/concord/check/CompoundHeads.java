package org.concord.check;

import java.util.List;
import org.concord.analysis.LanguageData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Heads a language shortens inside compounds (Chinese 国家 → 国: 核武器国家 and 缔约国 make 核武器缔约国), read from
 * {@code compound-heads-LANG.txt}: one "long head TAB short head" per line. Languages without a file have none.
 */
final class CompoundHeads {
    private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private CompoundHeads() {}

    /** {@code rendering} with its long head replaced by the short one, or null when it ends in no listed head. */
    static String shortened(String rendering, String lang) {
        Map<String, String> heads = CACHE.computeIfAbsent(lang, CompoundHeads::load);
        for (var e : heads.entrySet()) {
            String r = rendering.strip();
            if (r.endsWith(e.getKey()) && r.length() > e.getKey().length()) {
                return r.substring(0, r.length() - e.getKey().length()) + e.getValue();
            }
        }
        return null;
    }

    private static Map<String, String> load(String lang) {
        Map<String, String> out = new LinkedHashMap<>();
        List<LanguageData.Row> rows = LanguageData.rowsIfAny(CompoundHeads.class, "compound-heads-" + lang + ".txt", 2);
        if (rows == null) return out;
        for (LanguageData.Row row : rows) {
            String[] f = row.fields();
            out.put(f[0].strip(), f[1].strip());
        }
        return out;
    }
}
