package org.concord.term;

/** What an import did: concepts added, replaced, merged into, and skipped because they were already present. */
public record ImportReport(int added, int replaced, int merged, int skipped) {

    public int total() {
        return added + replaced + merged + skipped;
    }
}
