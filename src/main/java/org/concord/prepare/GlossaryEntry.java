package org.concord.prepare;

import java.util.List;

/**
 * A termbase term found in a segment: the words as the segment writes them ({@code [start, end)}), the source term
 * they are a form of, its concept, the approved renderings in the target language (preferred first), the deprecated
 * or superseded ones a translator must not use, and the concept's definition (may be null).
 */
public record GlossaryEntry(String text, int start, int end, String sourceTerm, String conceptId, List<String> renderings,
                            List<String> deprecated, String definition) {
    public GlossaryEntry {
        renderings = List.copyOf(renderings);
        deprecated = List.copyOf(deprecated);
    }
}
