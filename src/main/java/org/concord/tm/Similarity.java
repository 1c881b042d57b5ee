package org.concord.tm;

/**
 * Fuzzy score as OmegaT computes it: word-level Levenshtein distance d between the query's words and a candidate's,
 * similarity = 100 × (max(n, m) − d) / max(n, m), rounded down.
 */
final class Similarity {
    private Similarity() {}

    static int percent(int[] a, int[] b) {
        int longest = Math.max(a.length, b.length);
        if (longest == 0) return 100;
        return 100 * (longest - distance(a, b)) / longest;
    }

    /** Levenshtein distance over token ids (two rows, O(n·m) time). */
    static int distance(int[] a, int[] b) {
        if (a.length == 0) return b.length;
        if (b.length == 0) return a.length;
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) prev[j] = j;
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            int ai = a[i - 1];
            for (int j = 1; j <= b.length; j++) {
                int cost = ai == b[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    /**
     * The score of {@code a} against the first {@code m} numbers of {@code b} when it is at least {@code min}; otherwise
     * some score below min. {@code a} comes prepared as {@code pattern} for the bit-parallel distance (null when it has
     * no word); a candidate whose length alone keeps it below min is not compared.
     */
    static int percentAtLeast(BitPattern pattern, int[] a, int[] b, int m, int min) {
        int longest = Math.max(a.length, m);
        if (longest == 0) return 100;
        // percent = floor(100 (L − d) / L) ≥ min  ⇔  d ≤ L − ceil(min L / 100)
        int k = longest - (min * longest + 99) / 100;
        if (k < 0) return -1;
        if (Math.abs(a.length - m) > k) return -1;
        int d = pattern != null ? pattern.distance(b, m) : m;
        return d > k ? -1 : 100 * (longest - d) / longest;
    }

    /**
     * A sequence of word numbers prepared for the bit-parallel Levenshtein distance (Myers 1999, as Hyyrö 2001 states it
     * for the distance between whole sequences): a column of the distance table is one long per 64 words, so a
     * candidate costs a table probe and a dozen word operations a word and block instead of a band of cells. At a
     * million UN units the banded table was a third of the slowest lookups' time once candidates were no longer read
     * from the database; past 64 words it still was (queries of 65–120 words scoring a thousand candidates), so longer
     * sequences take several blocks, each passing its bottom row's change to the next (Myers' block form).
     */
    static final class BitPattern {
        private static final int EMPTY = Integer.MIN_VALUE;
        private final int n;
        private final int blocks;
        private final int[] keys; // open addressing: word number, EMPTY where free
        private final long[] masks; // per slot, `blocks` longs: the positions of that word in the sequence, as bits
        private final int slotMask;
        private final long[] pv, mv; // the blocks' vertical deltas, reused by each distance

        private BitPattern(int[] a) {
            n = a.length;
            blocks = (n + 63) >>> 6;
            int size = 16;
            while (size < 2 * n) size *= 2;
            keys = new int[size];
            masks = new long[size * blocks];
            slotMask = size - 1;
            pv = new long[blocks];
            mv = new long[blocks];
            java.util.Arrays.fill(keys, EMPTY);
            for (int i = 0; i < n; i++) {
                if (a[i] == EMPTY) continue;
                int s = slot(a[i]);
                keys[s] = a[i];
                masks[s * blocks + (i >>> 6)] |= 1L << i;
            }
        }

        /** The pattern of {@code a}, or null when it has no word. */
        static BitPattern of(int[] a) {
            return a.length == 0 ? null : new BitPattern(a);
        }

        private int slot(int word) {
            int s = (word * 0x9E3779B9) >>> 16 & slotMask;
            while (keys[s] != EMPTY && keys[s] != word) s = (s + 1) & slotMask;
            return s;
        }

        /** The slot holding {@code word}, or -1 when the sequence does not hold it. */
        private int find(int word) {
            int s = (word * 0x9E3779B9) >>> 16 & slotMask;
            while (true) {
                int k = keys[s];
                if (k == word) return s;
                if (k == EMPTY) return -1;
                s = (s + 1) & slotMask;
            }
        }

        /** The Levenshtein distance between the sequence and the first {@code m} numbers of {@code b}. */
        int distance(int[] b, int m) {
            long[] pv = this.pv, mv = this.mv;
            java.util.Arrays.fill(pv, -1L);
            java.util.Arrays.fill(mv, 0);
            long last = 1L << ((n - 1) & 63); // the sequence's last word, in the last block
            int d = n;
            for (int j = 0; j < m; j++) {
                int s = find(b[j]);
                int hin = 1; // the first row grows by one a column (whole sequences)
                for (int k = 0; k < blocks; k++) {
                    long eq = s < 0 ? 0 : masks[s * blocks + k];
                    long p = pv[k], v = mv[k];
                    long xv = eq | v;
                    if (hin < 0) eq |= 1; // a fall carried in acts as a match in the block's first row
                    long xh = (((eq & p) + p) ^ p) | eq;
                    long ph = v | ~(xh | p);
                    long mh = p & xh;
                    long top = k == blocks - 1 ? last : 1L << 63;
                    int hout = (ph & top) != 0 ? 1 : (mh & top) != 0 ? -1 : 0;
                    ph <<= 1;
                    mh <<= 1;
                    if (hin < 0) mh |= 1;
                    else if (hin > 0) ph |= 1;
                    pv[k] = mh | ~(xv | ph);
                    mv[k] = ph & xv;
                    hin = hout;
                }
                d += hin;
            }
            return d;
        }
    }
}
