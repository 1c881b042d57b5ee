package org.concord.tm;

/**
 * How many of the query's words each unit holds, counted for {@link ArenaLookup} a block of unit ids at a time. The
 * postings are ascending, so each is walked once, block after block, into a counter table of one block: at ten million
 * units, counting into a table indexed by unit id (40 MB) was a cache miss an id and over a third of a slow lookup's
 * time. A block's units come out in id order, so the units kept (survivors) stay sorted and later postings are merged
 * with them instead of being looked up.
 */
final class BlockWordCount {
    /** Units a block: its counts (4 bytes each) and met bits stay in the core's own cache. */
    private static final int BLOCK = 1 << 15;
    /** Lengths whose need is tabulated for a pass; longer units (rare) are worked out one by one. */
    private static final int MAX_TABULATED = 1024;

    private final int[] counts = new int[BLOCK];
    private final long[] met = new long[BLOCK >>> 6];
    /** A block's units in the order met (offsets in the block): a sparse block is harvested from these, sorted. */
    private final int[] touched = new int[BLOCK + 1]; // one past: written before it is known to be new
    private int n;

    /** The units kept, in ascending id order, with the query words each holds (counted so far) and its length. */
    int[] ids = new int[256];
    int[] held = new int[256];
    int[] lengths = new int[256];
    int size;
    /** Units met by the last {@link #count} (benchmarks). */
    int unitsMet;

    /**
     * Counts {@code postings} (word {@code i} held {@code times[i]} times by the query) and keeps the units that could
     * reach {@code t} for a query of {@code n} words: those whose length lies in [{@code shortest}, {@code longestAllowed}] (or is unknown, -1) and
     * whose count plus the {@code uncounted} query words reaches what their length needs (see {@link #needed}). Only
     * the first {@code meeting} postings meet units: the caller knows that a unit none of them holds cannot reach t,
     * so the others add to the units met and no unit is looked at for them alone.
     */
    void count(int n, int[][] postings, int[] times, int meeting, UnitLengths unitLengths, int uncounted, int need, int t, int shortest,
               int longestAllowed) {
        this.n = n;
        size = 0;
        unitsMet = 0;
        // What a unit must hold by its length, looked up rather than divided out for each unit met; a length out of
        // [shortest, longestAllowed] needs more than any unit holds.
        int[] needs = new int[Math.min(longestAllowed, MAX_TABULATED) + 2];
        for (int m = 0; m < needs.length; m++) needs[m] = m < shortest || m > longestAllowed ? Integer.MAX_VALUE : needed(m, need, t);
        needs[needs.length - 1] = Integer.MIN_VALUE; // past the table: looked at one by one
        int k = postings.length;
        int[] at = new int[k];
        int[] counts = this.counts;
        long[] met = this.met;
        while (true) {
            int first = Integer.MAX_VALUE;
            for (int i = 0; i < meeting; i++) if (at[i] < postings[i].length) first = Math.min(first, postings[i][at[i]]);
            if (first == Integer.MAX_VALUE) return;
            int base = first & -BLOCK, end = base + BLOCK;
            int lo = met.length, hi = -1; // the words of `met` the block's units were met in
            int metHere = 0; // units met in the block
            for (int i = 0; i < k; i++) {
                int[] p = postings[i];
                int c = times[i], j = at[i];
                if (i < meeting) {
                    int from = j;
                    for (; j < p.length; j++) {
                        int id = p[j];
                        if (id >= end) break;
                        int o = id - base;
                        counts[o] += c;
                        // Without a branch: whether a unit was met before is a coin toss the processor mispredicted.
                        long was = met[o >>> 6];
                        met[o >>> 6] = was | 1L << o;
                        touched[metHere] = o;
                        metHere += (int) (~was >>> o) & 1;
                    }
                    if (j > from) {
                        lo = Math.min(lo, (p[from] - base) >>> 6);
                        hi = Math.max(hi, (p[j - 1] - base) >>> 6);
                    }
                } else {
                    while (j < p.length && p[j] < base) j++; // in blocks no unit was met in
                    for (; j < p.length; j++) {
                        int id = p[j];
                        if (id >= end) break;
                        int o = id - base;
                        if ((met[o >>> 6] & 1L << o) != 0) counts[o] += c;
                    }
                }
                at[i] = j;
            }
            // At ten million units a query's rarest words hold a few dozen units a block: scanning the block's bits
            // cost more than counting them (3 passes × 305 blocks × 512 words a lookup), so a sparse block's units
            // are taken from the list of those met, sorted.
            unitsMet += metHere;
            if (metHere < hi - lo + 1) {
                java.util.Arrays.sort(touched, 0, metHere);
                for (int x = 0; x < metHere; x++) {
                    int o = touched[x];
                    met[o >>> 6] = 0;
                    harvest(o, base, unitLengths, needs, uncounted, need, t, longestAllowed);
                }
            } else {
                for (int w = lo; w <= hi; w++) {
                    long bits = met[w];
                    if (bits == 0) continue;
                    met[w] = 0;
                    do {
                        harvest(w << 6 | Long.numberOfTrailingZeros(bits), base, unitLengths, needs, uncounted, need, t, longestAllowed);
                        bits &= bits - 1;
                    } while (bits != 0);
                }
            }
        }
    }

    /** Keeps the unit at offset {@code o} of the block from {@code base} if it could reach t; its count goes back to 0. */
    private void harvest(int o, int base, UnitLengths unitLengths, int[] needs, int uncounted, int need, int t, int longestAllowed) {
        int h = counts[o];
        counts[o] = 0;
        // Most units met hold too few words whatever their length: their length (a cache miss each in a table of
        // every unit) is not read.
        if (h + uncounted < need) return;
        int id = base + o;
        int m = unitLengths.of(id);
        int needHere = m < 0 ? need : needs[Math.min(m, needs.length - 1)];
        if (needHere == Integer.MIN_VALUE) needHere = m > longestAllowed ? Integer.MAX_VALUE : needed(m, need, t);
        if (h + uncounted >= needHere) add(id, h, m);
    }

    /** Adds {@code c} to the kept units that the ascending {@code posting} holds, by merging the two. */
    void countKept(int[] posting, int c) {
        int j = 0;
        for (int k = 0; k < size && j < posting.length; k++) {
            int id = ids[k];
            while (j < posting.length && posting[j] < id) j++;
            if (j < posting.length && posting[j] == id) held[k] += c;
        }
    }

    /**
     * Adds {@code c} to the kept units that {@code bits} (by unit id) holds; a unit past its end (added since the bits
     * were made) is counted as holding it, so that its bound stays an upper bound.
     */
    void countKept(long[] bits, int c) {
        int last = bits.length << 6;
        for (int k = 0; k < size; k++) {
            int id = ids[k];
            if (id >= last || (bits[id >>> 6] & 1L << id) != 0) held[k] += c;
        }
    }

    /** Keeps the units whose count plus the {@code uncounted} words could still reach {@code t}; returns how many. */
    int keepReachable(int uncounted, int need, int t) {
        int kept = 0;
        for (int k = 0; k < size; k++) {
            if (held[k] + uncounted < needed(lengths[k], need, t)) continue;
            ids[kept] = ids[k];
            held[kept] = held[k];
            lengths[kept++] = lengths[k];
        }
        size = kept;
        return kept;
    }

    /** Query words a unit of length {@code m} (-1: unknown) must hold to score {@code t}. */
    private int needed(int m, int need, int t) {
        return SharedWordCount.needAtLength(n, m, need, t);
    }

    private void add(int id, int h, int m) {
        if (size == ids.length) {
            ids = java.util.Arrays.copyOf(ids, 2 * size);
            held = java.util.Arrays.copyOf(held, 2 * size);
            lengths = java.util.Arrays.copyOf(lengths, 2 * size);
        }
        ids[size] = id;
        held[size] = h;
        lengths[size++] = m;
    }
}
