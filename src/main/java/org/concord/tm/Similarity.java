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
     * The score of {@code a} against {@code b} when it is at least {@code min}; otherwise some score below min. The
     * distance is computed in a band of the diagonal as wide as the largest distance that still scores min (Ukkonen):
     * O(n·k) instead of O(n·m), and it stops as soon as every cell of a row is beyond it.
     */
    static int percentAtLeast(int[] a, int[] b, int min) {
        return percentAtLeast(a, b, b.length, min);
    }

    /** As {@link #percentAtLeast(int[], int[], int)} with the first {@code m} numbers of {@code b} as the candidate. */
    static int percentAtLeast(int[] a, int[] b, int m, int min) {
        int longest = Math.max(a.length, m);
        if (longest == 0) return 100;
        // percent = floor(100 (L − d) / L) ≥ min  ⇔  d ≤ L − ceil(min L / 100)
        int k = longest - (min * longest + 99) / 100;
        if (k < 0) return -1;
        if (Math.abs(a.length - m) > k) return -1;
        int d = boundedDistance(a, b, m, k);
        return d > k ? -1 : 100 * (longest - d) / longest;
    }

    /** The Levenshtein distance when it is at most k, else some value above k. */
    static int boundedDistance(int[] a, int[] b, int k) {
        return boundedDistance(a, b, b.length, k);
    }

    /** As {@link #boundedDistance(int[], int[], int)} over the first {@code m} numbers of {@code b}. */
    static int boundedDistance(int[] a, int[] b, int m, int k) {
        int n = a.length;
        if (n == 0) return m;
        if (m == 0) return n;
        int big = k + 1;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j <= k ? j : big;
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - k), to = Math.min(m, i + k);
            cur[0] = i <= k ? i : big;
            if (from > 1) cur[from - 1] = big;
            int rowMin = cur[0];
            int ai = a[i - 1];
            for (int j = from; j <= to; j++) {
                int v = prev[j - 1] + (ai == b[j - 1] ? 0 : 1);
                int up = prev[j] + 1;
                if (up < v) v = up;
                int left = cur[j - 1] + 1;
                if (left < v) v = left;
                if (v > big) v = big;
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (to < m) cur[to + 1] = big;
            if (rowMin > k) return big;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
