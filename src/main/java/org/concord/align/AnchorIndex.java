package org.concord.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The anchor keys of both documents as numbered features, each weighted by its kind and its rarity in the document
 * pair (IDF): a number found once on each side says much, a comma nothing. Gives the lexical agreement of any
 * sentence pair and a guide path through the hapax anchors for the search band.
 */
final class AnchorIndex implements BeadSearch.LexicalScore {

    private final int[][] src;
    private final int[][] tgt;
    private final double[] weight;
    private final int[] srcDf;
    private final int[] tgtDf;
    private final FeatureClass[] kind;
    private final int[] scratch;
    private final double[] srcMass;
    private final double[] tgtMass;

    AnchorIndex(List<List<String>> srcKeys, List<List<String>> tgtKeys, AlignerSettings settings) {
        Map<String, Integer> ids = new HashMap<>();
        List<FeatureClass> kinds = new ArrayList<>();
        int[][] s = number(srcKeys, ids, kinds);
        int[][] t = number(tgtKeys, ids, kinds);
        int size = ids.size();
        kind = kinds.toArray(FeatureClass[]::new);
        srcDf = df(s, size);
        tgtDf = df(t, size);
        weight = new double[size];
        scratch = new int[size];
        double docs = s.length + t.length;
        for (int f = 0; f < size; f++) {
            if (srcDf[f] == 0 || tgtDf[f] == 0) continue;
            double idf = Math.log(docs / (srcDf[f] + tgtDf[f]));
            weight[f] = Math.max(0, idf) * settings.weight(kind[f]);
        }
        src = keepWeighted(s);
        tgt = keepWeighted(t);
        srcMass = mass(src);
        tgtMass = mass(tgt);
    }

    /** Prefix sums of each sentence's total feature weight. */
    private double[] mass(int[][] sentences) {
        double[] prefix = new double[sentences.length + 1];
        for (int k = 0; k < sentences.length; k++) {
            double sum = 0;
            for (int f : sentences[k]) sum += weight[f];
            prefix[k + 1] = prefix[k] + sum;
        }
        return prefix;
    }

    /** No bead can share more weight than either side holds. */
    @Override
    public double upperBound(int i0, int i1, int j0, int j1) {
        return Math.min(srcMass[i1] - srcMass[i0], tgtMass[j1] - tgtMass[j0]);
    }

    private static int[][] number(List<List<String>> keys, Map<String, Integer> ids, List<FeatureClass> kinds) {
        int[][] out = new int[keys.size()][];
        for (int k = 0; k < out.length; k++) {
            out[k] = keys.get(k).stream().mapToInt(key -> ids.computeIfAbsent(key, x -> {
                kinds.add(FeatureClass.ofKey(x));
                return kinds.size() - 1;
            })).distinct().sorted().toArray();
        }
        return out;
    }

    private static int[] df(int[][] sentences, int size) {
        int[] df = new int[size];
        for (int[] s : sentences) for (int f : s) df[f]++;
        return df;
    }

    private int[][] keepWeighted(int[][] sentences) {
        int[][] out = new int[sentences.length][];
        for (int k = 0; k < out.length; k++) out[k] = Arrays.stream(sentences[k]).filter(f -> weight[f] > 0).toArray();
        return out;
    }

    /**
     * Summed weight of the features source sentences [i0, i1) and target sentences [j0, j1) share, each occurrence
     * matched at most once, so that merging beads gains only from anchors that cross between them.
     */
    @Override
    public double score(int i0, int i1, int j0, int j1) {
        if (i1 - i0 == 1 && j1 - j0 == 1) return score(i0, j0);
        for (int s = i0; s < i1; s++) for (int f : src[s]) scratch[f]++;
        double sum = 0;
        for (int t = j0; t < j1; t++) {
            for (int f : tgt[t]) {
                if (scratch[f] > 0) {
                    sum += weight[f];
                    scratch[f]--;
                }
            }
        }
        for (int s = i0; s < i1; s++) for (int f : src[s]) scratch[f] = 0;
        return sum;
    }

    private double score(int s, int t) {
        int[] a = src[s], b = tgt[t];
        double sum = 0;
        int x = 0, y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] < b[y]) x++;
            else if (a[x] > b[y]) y++;
            else {
                sum += weight[a[x]];
                x++;
                y++;
            }
        }
        return sum;
    }

    /**
     * Expected target position for each source position 0..n: a line through the longest monotone chain of anchors
     * that occur exactly once on each side.
     */
    double[] guide() {
        int n = src.length, m = tgt.length;
        List<int[]> chain = longestChain(hapaxPairs());
        double[] guide = new double[n + 1];
        double pi = 0, pj = 0;
        int next = 0;
        for (int i = 0; i <= n; i++) {
            while (next < chain.size() && chain.get(next)[0] + 0.5 < i) {
                pi = chain.get(next)[0] + 0.5;
                pj = chain.get(next)[1] + 0.5;
                next++;
            }
            double ni = next < chain.size() ? chain.get(next)[0] + 0.5 : n;
            double nj = next < chain.size() ? chain.get(next)[1] + 0.5 : m;
            guide[i] = ni == pi ? nj : pj + (nj - pj) * (i - pi) / (ni - pi);
        }
        return guide;
    }

    /**
     * Target characters per source character: over the sentence pairs of the anchor chain when it is long enough (so an
     * untranslated half does not skew it), else over the whole documents.
     */
    double lengthRatio(int[] srcLen, int[] tgtLen) {
        List<int[]> chain = longestChain(hapaxPairs());
        long s = 0, t = 0;
        if (chain.size() >= 10) {
            for (int[] p : chain) {
                s += srcLen[p[0]];
                t += tgtLen[p[1]];
            }
        } else {
            for (int l : srcLen) s += l;
            for (int l : tgtLen) t += l;
        }
        return (double) Math.max(1, t) / Math.max(1, s);
    }

    /** (source sentence, target sentence) for every anchor found exactly once on each side. */
    private List<int[]> hapaxPairs() {
        Map<Integer, Integer> srcOnly = new HashMap<>();
        for (int i = 0; i < src.length; i++) for (int f : src[i]) if (isHapax(f)) srcOnly.put(f, i);
        List<int[]> points = new ArrayList<>();
        for (int j = 0; j < tgt.length; j++) {
            for (int f : tgt[j]) {
                Integer i = isHapax(f) ? srcOnly.get(f) : null;
                if (i != null) points.add(new int[] {i, j});
            }
        }
        return points;
    }

    private boolean isHapax(int f) {
        return srcDf[f] == 1 && tgtDf[f] == 1 && kind[f] != FeatureClass.PUNCTUATION;
    }

    /** Longest chain of points increasing strictly in both coordinates (patience sorting). */
    private static List<int[]> longestChain(List<int[]> points) {
        points.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        int[] tailIdx = new int[points.size()];
        int[] prev = new int[points.size()];
        int len = 0;
        for (int p = 0; p < points.size(); p++) {
            int j = points.get(p)[1];
            int loB = 0, hiB = len;
            while (loB < hiB) {
                int mid = (loB + hiB) >>> 1;
                if (points.get(tailIdx[mid])[1] < j) loB = mid + 1;
                else hiB = mid;
            }
            prev[p] = loB > 0 ? tailIdx[loB - 1] : -1;
            tailIdx[loB] = p;
            if (loB == len) len++;
        }
        List<int[]> chain = new ArrayList<>();
        for (int p = len > 0 ? tailIdx[len - 1] : -1; p >= 0; p = prev[p]) chain.add(points.get(p));
        java.util.Collections.reverse(chain);
        // Strictly increasing in i too: points sharing a source sentence were ordered so at most one is kept.
        return chain;
    }
}
