package org.concord.build;

import java.util.Map;

/**
 * What the job did for one translation: its sentences, the alignment's beads by type ("1-1", "2-1", …), the beads
 * flagged for review, and the check's findings by check id.
 */
public record LanguageSummary(String lang, int sentences, Map<String, Integer> beadsByType, long flagged,
                              Map<String, Long> findingsByCheck) {
    public LanguageSummary {
        beadsByType = Map.copyOf(beadsByType);
        findingsByCheck = Map.copyOf(findingsByCheck);
    }

    public long findings() {
        return findingsByCheck.values().stream().mapToLong(Long::longValue).sum();
    }
}
