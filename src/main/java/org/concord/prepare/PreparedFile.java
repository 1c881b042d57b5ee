package org.concord.prepare;

import java.util.List;

/** A document pre-translated into one language: its file name, its symbol, the languages and the segments. */
public record PreparedFile(String original, String docSymbol, String srcLang, String tgtLang, String tool,
                           List<PreparedSegment> segments) {
    public PreparedFile {
        segments = List.copyOf(segments);
    }

    public int exactCount() {
        return (int) segments.stream().filter(s -> s.exact() != null).count();
    }

    public int fuzzyCount() {
        return (int) segments.stream().filter(s -> s.exact() == null && !s.fuzzy().isEmpty()).count();
    }
}
