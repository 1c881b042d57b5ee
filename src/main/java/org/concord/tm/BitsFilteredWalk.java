package org.concord.tm;

import java.util.List;

/**
 * A concordance's walk when its driver is a posting held in memory and every other word of the phrase filters as the
 * word arena's bits: the driver's ids are decoded a block at a time and each filter keeps those whose bit is set, so
 * the walk costs a few nanoseconds an id, not a call per filter and id (a dense driver beside frequent words,
 * "facilities, since the", walks 100,000 ids).
 */
final class BitsFilteredWalk {
    private static final int BLOCK = 256;
    private final PostingCursor driver;
    private final PostingCursor[] filters;
    private final int[] block = new int[BLOCK];
    private int size, at;
    /** Driver ids decoded so far, kept or not. */
    long walked;

    private BitsFilteredWalk(PostingCursor driver, PostingCursor[] filters) {
        this.driver = driver;
        this.filters = filters;
    }

    /** The walk of {@code driver} filtered by {@code filters}, or null when the driver is not in memory or a filter is not bits. */
    static BitsFilteredWalk of(PostingCursor driver, List<PostingCursor> filters) {
        if (!driver.isEncoded()) return null;
        for (PostingCursor f : filters) if (!f.isBits()) return null;
        return new BitsFilteredWalk(driver, filters.toArray(PostingCursor[]::new));
    }

    /** The next driver id every filter holds, ascending, or {@link PostingCursor#END}. */
    int next() throws PostingCursor.Unordered {
        while (at == size) {
            int n = driver.nextIds(block);
            if (n == 0) return PostingCursor.END;
            walked += n;
            for (PostingCursor f : filters) n = f.keepHolding(block, n);
            size = n;
            at = 0;
        }
        return block[at++];
    }
}
