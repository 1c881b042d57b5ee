package org.concord.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a check run found: the pairs checked, the findings (in pair order, then by check), how many source term
 * occurrences were checked, and the checks that ran. Serialises to JSON as is (Jackson reads record components).
 */
public record Report(List<SegmentPair> pairs, List<Finding> findings, int termOccurrences, List<CheckInfo> checks) {

    /** A check's id, severity and description, for legends and JSON consumers. */
    public record CheckInfo(String id, Severity severity, String description) {
        static CheckInfo of(Check c) {
            return new CheckInfo(c.id(), c.severity(), c.description());
        }
    }

    public Report {
        pairs = List.copyOf(pairs);
        findings = List.copyOf(findings);
        checks = List.copyOf(checks);
    }

    /** Number of findings per severity, every severity present. */
    public Map<Severity, Long> countBySeverity() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) counts.put(s, 0L);
        findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
        return counts;
    }

    /** True when some finding is at least {@code threshold}: the CLI then exits 1. */
    public boolean failsAt(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    public Map<String, SegmentPair> pairsById() {
        return pairs.stream().collect(Collectors.toMap(SegmentPair::id, Function.identity(), (a, b) -> a));
    }
}
