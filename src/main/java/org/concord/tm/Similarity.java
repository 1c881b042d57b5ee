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
}
