package org.concord.tm;

import java.util.List;
import java.util.Map;

/**
 * A memory unit whose text in {@code lang} contains the searched words: the spans [start, end) of the matches in that
 * text, and the unit's variants in every language.
 */
public record ConcordanceHit(long unitId, String lang, String text, List<Span> spans, String docSymbol, Map<String, String> variants) {
    public record Span(int start, int end) {}
}
