package org.concord.prepare;

/**
 * Where a preparation spent its time, in nanoseconds of wall time: reading and segmenting the documents, memory
 * lookups, termbase recognition, and writing the XLIFF.
 */
public final class PhaseTimes {
    long segmenting;
    long memory;
    long termbase;
    long writing;

    public long segmentingNanos() {
        return segmenting;
    }

    public long memoryNanos() {
        return memory;
    }

    public long termbaseNanos() {
        return termbase;
    }

    public long writingNanos() {
        return writing;
    }
}
