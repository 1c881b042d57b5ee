package org.concord.check;

import java.util.List;

/**
 * One problem in one segment pair: which check found it, how serious it is, the spans it concerns on each side
 * (may be empty), a message a translator understands, and suggested replacements (may be empty).
 */
public record Finding(String checkId, Severity severity, String pairId, List<Span> sourceSpans, List<Span> targetSpans,
                      String message, List<String> suggestions) {
    public Finding {
        sourceSpans = List.copyOf(sourceSpans);
        targetSpans = List.copyOf(targetSpans);
        suggestions = List.copyOf(suggestions);
    }
}
