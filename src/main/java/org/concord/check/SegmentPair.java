package org.concord.check;

/**
 * A source segment and its translation: {@code id} is unique within one check run (e.g. "tu-12/fr"),
 * {@code document} names where it came from (a file or a document symbol) and may be null.
 */
public record SegmentPair(String id, String srcLang, String source, String tgtLang, String target, String document) {
    public SegmentPair {
        source = source == null ? "" : source;
        target = target == null ? "" : target;
    }
}
