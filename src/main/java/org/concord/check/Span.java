package org.concord.check;

/** A character span [start, end) of a segment's text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
}
