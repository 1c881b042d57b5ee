package org.concord.term;

/**
 * What an import did: concepts added, replaced, merged into, skipped because they were already present, and left
 * alone because the incoming concept carried exactly what was stored (a replace that would change nothing).
 */
public record ImportReport(int added, int replaced, int merged, int skipped, int unchanged) {

    public int total() {
        return added + replaced + merged + skipped + unchanged;
    }
}
