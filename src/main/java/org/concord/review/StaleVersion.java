package org.concord.review;

/** A write based on a version of a concept that is no longer current (HTTP 412). */
public final class StaleVersion extends RuntimeException {
    private final long current;

    public StaleVersion(String conceptId, long expected, long current) {
        super("concept '" + conceptId + "' is at version " + current + ", not " + expected + ": reload it and try again");
        this.current = current;
    }

    public long current() {
        return current;
    }
}
