package org.concord.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dynamic programming over beads inside a band around a guide path: Viterbi for the best alignment, forward-backward
 * for each bead's posterior probability. Time and memory grow with (n + m) × band width; the band doubles whenever
 * the best path runs along its edge.
 */
final class BeadSearch {

    /**
     * Bead shapes (source sentences, target sentences), up to a sentence cut into five. A run of 2 or 4 untranslated
     * sentences (a caption block, a passage left out) is one bead, cheaper than as many single deletions.
     */
    static final int[][] TYPES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {1, 3}, {3, 1}, {2, 3}, {3, 2}, {1, 4}, {4, 1},
        {0, 2}, {2, 0}, {0, 4}, {4, 0}, {3, 3}, {1, 5}, {5, 1}};
    /**
     * Gale and Church's priors (1-1 .89, 1-0/0-1 .0099, 2-1/1-2 .089, 2-2 .011), extended with small ones for rarer shapes;
     * a run of untranslated sentences has the prior of a single one and pays {@link #RUN_COST} for each further sentence.
     * Literary and parliamentary translators cut long sentences into many (Text+Berg dev: 1-5 and 3-3 are 1% of beads),
     * but a merged bead always collects at least the anchors of its parts, so 3-3 and 1-5/5-1 get priors far below their
     * frequency: they win only when anchors crossing between their parts outweigh a split (Text+Berg dev with FreeDict
     * deu-fra, strict F1: 0.931 without them, 0.941 at .0001-.0003 and .00002-.00005; 1-5 at .0001 pulled a short
     * sentence into its neighbour's bead, 0.936). 2-5, 5-2, 3-4 and 4-3 at .0001 or .00005 lost more than they found.
     */
    private static final double[] PRIOR = {0.89, 0.005, 0.005, 0.0445, 0.0445, 0.011, 0.004, 0.004, 0.0015, 0.0015, 0.001, 0.001,
        0.005, 0.005, 0.005, 0.005, 0.0003, 0.00005, 0.00005};
    private static final double[] PRIOR_COST = Arrays.stream(PRIOR).map(p -> -Math.log(p)).toArray();
    /**
     * Cost of each untranslated sentence after the first of a run: untranslated text comes in blocks (captions, a passage
     * left out), so the sentence beside a deletion is more likely to be one too. Tuned on Text+Berg dev (1.5 and 3 gave
     * the same beads; runs of 3 as a bead of their own made stray deletions too cheap, strict F1 0.923 against 0.931).
     */
    private static final double RUN_COST = 1.5;

    /** Lexical agreement between source sentences [i0, i1) and target sentences [j0, j1) (≥ 0). */
    interface LexicalScore {
        double score(int i0, int i1, int j0, int j1);

        /** A cheap bound: score(i0, i1, j0, j1) never exceeds it. */
        double upperBound(int i0, int i1, int j0, int j1);
    }

    /** Beads costing this much more than the best way into a cell are not scored: their probability is below e^-30. */
    private static final double PRUNE = 30;

    /** A bead as sentence ranges [i0, i1) × [j0, j1) with its posterior probability. */
    record Step(int i0, int i1, int j0, int j1, double posterior) {}

    private final int n;
    private final int m;
    private final int[] srcPrefix;
    private final int[] tgtPrefix;
    private final boolean[] srcParaEnd;
    private final boolean[] tgtParaEnd;
    private final double paraCross;
    private final double paraMismatch;
    private final LexicalScore lexical;
    private final double ratio;
    private final double variance;

    private int[] lo;
    private int[] hi;
    private int[] rowOffset;
    private float[] costCache;

    BeadSearch(int[] srcLen, int[] tgtLen, boolean[] srcParaEnd, boolean[] tgtParaEnd, double paraCross,
               double paraMismatch, LexicalScore lexical, double ratio, double variance) {
        this.n = srcLen.length;
        this.m = tgtLen.length;
        this.srcPrefix = prefix(srcLen);
        this.tgtPrefix = prefix(tgtLen);
        this.srcParaEnd = srcParaEnd;
        this.tgtParaEnd = tgtParaEnd;
        this.paraCross = paraCross;
        this.paraMismatch = paraMismatch;
        this.lexical = lexical;
        this.ratio = ratio;
        this.variance = variance;
    }

    private static int[] prefix(int[] len) {
        int[] p = new int[len.length + 1];
        for (int k = 0; k < len.length; k++) p[k + 1] = p[k] + len[k];
        return p;
    }

    /**
     * Cells the band may hold, so that their cached bead costs (one float per shape) stay near 250 MB: beyond, the search
     * stays in its band.
     */
    private static final long MAX_CELLS = 64_000_000 / TYPES.length;

    private boolean bandLimited;

    /** True when the last search wanted a wider band than {@link #MAX_CELLS} allows. */
    boolean bandLimited() {
        return bandLimited;
    }

    /** Best beads, searching around {@code guide} (target position for each source position 0..n). */
    List<Step> search(double[] guide, int bandWidth) {
        int w = Math.max(4, bandWidth);
        bandLimited = false;
        while (true) {
            makeBand(guide, w);
            float[] viterbi = new float[rowOffset[n + 1]];
            byte[] back = new byte[viterbi.length];
            forward(viterbi, back, true);
            List<int[]> path = trace(back);
            boolean full = w >= Math.max(n, m);
            boolean capped = (long) (n + 1) * (4L * w + 1) > MAX_CELLS;
            boolean edge = !full && touchesEdge(path);
            if (!edge || capped) {
                bandLimited = edge;
                float[] alpha = new float[viterbi.length];
                forward(alpha, null, false);
                float[] beta = backward();
                double z = alpha[cell(n, m)];
                List<Step> steps = new ArrayList<>(path.size());
                for (int[] b : path) {
                    double cost = cost(b[1], b[3], typeIndex(b[1] - b[0], b[3] - b[2]));
                    double logPost = -(alpha[cell(b[0], b[2])] + cost + beta[cell(b[1], b[3])] - z);
                    steps.add(new Step(b[0], b[1], b[2], b[3], Math.min(1.0, Math.exp(logPost))));
                }
                return steps;
            }
            w *= 2;
        }
    }

    private void makeBand(double[] guide, int w) {
        lo = new int[n + 1];
        hi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            lo[i] = clamp((int) Math.floor(guide[i]) - w);
            hi[i] = clamp((int) Math.ceil(guide[i]) + w);
        }
        lo[0] = 0;
        hi[n] = m;
        for (int i = 1; i <= n; i++) lo[i] = Math.max(lo[i], lo[i - 1]);
        for (int i = n - 1; i >= 0; i--) hi[i] = Math.min(Math.max(hi[i], lo[i + 1]), hi[i + 1]);
        for (int i = 1; i <= n; i++) hi[i] = Math.max(hi[i], hi[i - 1]);
        rowOffset = new int[n + 2];
        for (int i = 0; i <= n; i++) rowOffset[i + 1] = rowOffset[i] + hi[i] - lo[i] + 1;
        costCache = new float[rowOffset[n + 1] * TYPES.length];
        Arrays.fill(costCache, Float.NaN);
    }

    private int clamp(int j) {
        return Math.max(0, Math.min(m, j));
    }

    private int cell(int i, int j) {
        if (i < 0 || i > n || j < lo[i] || j > hi[i]) return -1;
        return rowOffset[i] + j - lo[i];
    }

    private void forward(float[] score, byte[] back, boolean viterbi) {
        double[] terms = new double[TYPES.length];
        for (int i = 0; i <= n; i++) {
            for (int j = lo[i]; j <= hi[i]; j++) {
                int here = cell(i, j);
                if (i == 0 && j == 0) {
                    score[here] = 0;
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                int bestType = -1;
                for (int t = 0; t < TYPES.length; t++) {
                    int k = TYPES[t][0], l = TYPES[t][1];
                    int from = cell(i - k, j - l);
                    double total = Double.POSITIVE_INFINITY;
                    if (from >= 0 && score[from] < Float.POSITIVE_INFINITY) {
                        total = score[from] + (viterbi ? prunedCost(here, i, j, t, best - score[from]) : cachedCost(here, i, j, t));
                    }
                    if (!viterbi) terms[t] = total;
                    if (total < best) {
                        best = total;
                        bestType = t;
                    }
                }
                if (viterbi) {
                    score[here] = (float) best;
                    back[here] = (byte) bestType;
                } else {
                    score[here] = (float) logSumNeg(terms, best);
                }
            }
        }
    }

    private float[] backward() {
        float[] score = new float[rowOffset[n + 1]];
        double[] terms = new double[TYPES.length];
        for (int i = n; i >= 0; i--) {
            for (int j = hi[i]; j >= lo[i]; j--) {
                int here = cell(i, j);
                if (i == n && j == m) {
                    score[here] = 0;
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                for (int t = 0; t < TYPES.length; t++) {
                    int k = TYPES[t][0], l = TYPES[t][1];
                    int to = cell(i + k, j + l);
                    double total = Double.POSITIVE_INFINITY;
                    if (to >= 0 && score[to] < Float.POSITIVE_INFINITY) total = score[to] + cachedCost(to, i + k, j + l, t);
                    terms[t] = total;
                    best = Math.min(best, total);
                }
                score[here] = (float) logSumNeg(terms, best);
            }
        }
        return score;
    }

    /** -log Σ exp(-x) over {@code costs}, given their minimum. */
    private static double logSumNeg(double[] costs, double min) {
        if (min == Double.POSITIVE_INFINITY) return min;
        double sum = 0;
        for (double c : costs) if (c < Double.POSITIVE_INFINITY) sum += Math.exp(min - c);
        return min - Math.log(sum);
    }

    private List<int[]> trace(byte[] back) {
        List<int[]> path = new ArrayList<>();
        int i = n, j = m;
        while (i > 0 || j > 0) {
            int t = back[cell(i, j)];
            int i0 = i - TYPES[t][0], j0 = j - TYPES[t][1];
            path.add(new int[] {i0, i, j0, j});
            i = i0;
            j = j0;
        }
        java.util.Collections.reverse(path);
        return path;
    }

    private boolean touchesEdge(List<int[]> path) {
        for (int[] b : path) {
            int i = b[1], j = b[3];
            if ((j == lo[i] && lo[i] > 0) || (j == hi[i] && hi[i] < m)) return true;
        }
        return false;
    }

    /** The bead's cost, or infinity (cached as such) when it cannot come within PRUNE of {@code budget}. */
    private double prunedCost(int cellIndex, int i, int j, int t, double budget) {
        int at = cellIndex * TYPES.length + t;
        int k = TYPES[t][0], l = TYPES[t][1];
        if (budget < Double.POSITIVE_INFINITY && k > 0 && l > 0) {
            double lower = PRIOR_COST[t] + lengthCost(srcPrefix[i] - srcPrefix[i - k], tgtPrefix[j] - tgtPrefix[j - l])
                - lexical.upperBound(i - k, i, j - l, j);
            if (lower > budget + PRUNE) {
                costCache[at] = Float.POSITIVE_INFINITY;
                return Double.POSITIVE_INFINITY;
            }
        }
        return cachedCost(cellIndex, i, j, t);
    }

    private double cachedCost(int cellIndex, int i, int j, int t) {
        int at = cellIndex * TYPES.length + t;
        float c = costCache[at];
        if (Float.isNaN(c)) {
            c = (float) cost(i, j, t);
            costCache[at] = c;
        }
        return c;
    }

    /** Cost (negative log score) of the bead of shape TYPES[t] ending at (i, j). */
    double cost(int i, int j, int t) {
        int k = TYPES[t][0], l = TYPES[t][1];
        int i0 = i - k, j0 = j - l;
        // Deletions and insertions pay their prior (and their run's length) only: how long an untranslated caption is says nothing.
        double c = PRIOR_COST[t] + (k > 0 && l > 0 ? lengthCost(srcPrefix[i] - srcPrefix[i0], tgtPrefix[j] - tgtPrefix[j0]) : RUN_COST * (k + l - 1));
        if (k > 0 && l > 0) c -= lexical.score(i0, i, j0, j);
        if (paraCross > 0 || paraMismatch > 0) {
            int crossings = 0;
            for (int s = i0; s < i - 1; s++) if (srcParaEnd[s]) crossings++;
            for (int u = j0; u < j - 1; u++) if (tgtParaEnd[u]) crossings++;
            c += paraCross * crossings;
            if (k > 0 && l > 0 && srcBoundary(i) != tgtBoundary(j)) c += paraMismatch;
        }
        return c;
    }

    private boolean srcBoundary(int i) {
        return i == n || srcParaEnd[i - 1];
    }

    private boolean tgtBoundary(int j) {
        return j == m || tgtParaEnd[j - 1];
    }

    private static int typeIndex(int k, int l) {
        for (int t = 0; t < TYPES.length; t++) if (TYPES[t][0] == k && TYPES[t][1] == l) return t;
        throw new IllegalArgumentException(k + "-" + l);
    }

    /** Gale and Church's length cost: -log P(|δ|) for the observed length difference. */
    double lengthCost(int srcChars, int tgtChars) {
        if (srcChars == 0 && tgtChars == 0) return 0;
        double mean = (srcChars + tgtChars / ratio) / 2;
        double delta = (tgtChars - ratio * srcChars) / Math.sqrt(variance * mean);
        return -logErfc(Math.abs(delta) / Math.sqrt(2));
    }

    /** log erfc(z) for z ≥ 0 (Numerical Recipes' Chebyshev fit, computed in log space so it never underflows). */
    static double logErfc(double z) {
        double t = 1.0 / (1.0 + 0.5 * z);
        return Math.log(t) - z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
            + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
            + t * (-0.82215223 + t * 0.17087277))))))));
    }
}
