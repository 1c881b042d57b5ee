package org.concord.prepare;

import java.util.List;

/**
 * One sentence of a prepared document ({@code number} from 1): its text, the exact match that fills its target
 * (null when none), whether that match is in context (its neighbours match from the same document too), the other
 * matches best first, and the termbase hits.
 */
public record PreparedSegment(int number, String source, MemoryMatch exact, boolean inContext, List<MemoryMatch> fuzzy,
                              List<GlossaryEntry> terms) {
    public PreparedSegment {
        fuzzy = List.copyOf(fuzzy);
        terms = List.copyOf(terms);
    }
}
