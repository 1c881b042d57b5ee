package org.concord.tm;

/**
 * What concordance searches cost, summed since the store opened (benchmarks print it a search): postings decoded,
 * posting rows stepped over and those whose blobs were fetched (and their bytes), ids decoded, candidate ids walked,
 * candidates read from the units, and variant rows read for them, statements run, searches that decoded postings
 * whole as their rows were out of order, and candidates found to lack the phrase in the word arena (never read).
 */
record SearchWork(long postings, long rowsStepped, long postingRows, long postingBytes, long idsDecoded, long walked, long candidatesRead,
                  long variantRows, long statements, long decodedWhole, long rejectedInMemory) {
    SearchWork minus(SearchWork o) {
        return new SearchWork(postings - o.postings, rowsStepped - o.rowsStepped, postingRows - o.postingRows, postingBytes - o.postingBytes,
            idsDecoded - o.idsDecoded, walked - o.walked, candidatesRead - o.candidatesRead, variantRows - o.variantRows, statements - o.statements,
            decodedWhole - o.decodedWhole, rejectedInMemory - o.rejectedInMemory);
    }

    SearchWork plus(SearchWork o) {
        return new SearchWork(postings + o.postings, rowsStepped + o.rowsStepped, postingRows + o.postingRows, postingBytes + o.postingBytes,
            idsDecoded + o.idsDecoded, walked + o.walked, candidatesRead + o.candidatesRead, variantRows + o.variantRows, statements + o.statements,
            decodedWhole + o.decodedWhole, rejectedInMemory + o.rejectedInMemory);
    }

    /** Per search, over {@code searches}. */
    String perSearch(int searches) {
        double n = Math.max(1, searches);
        return String.format("a phrase: %.1f postings decoded, %.1f posting rows stepped, %.1f blobs (%,.0f bytes) read, %,.0f ids decoded, %,.0f candidate ids walked,"
            + " %.1f candidates read (%.1f variant rows, %.1f rejected in memory), %.1f statements; %.2f searches decoded whole (rows out of order)", postings / n,
            rowsStepped / n, postingRows / n, postingBytes / n, idsDecoded / n, walked / n, candidatesRead / n, variantRows / n, rejectedInMemory / n,
            statements / n, decodedWhole / n);
    }
}
