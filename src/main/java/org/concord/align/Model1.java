package org.concord.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IBM Model 1 trained both ways on sentence pairs the first pass was sure of; word pairs that each direction picks as
 * the other's likely translation become dictionary anchors for the second pass.
 */
final class Model1 {

    private static final int ITERATIONS = 5;
    private static final double MIN_PROBABILITY = 0.3;
    private static final int MIN_COUNT = 2;

    private Model1() {}

    /** Word pairs (source word, target word) that translate each other in {@code pairs}. */
    static List<String[]> learn(List<List<String>> src, List<List<String>> tgt) {
        Map<String, Integer> srcIds = new HashMap<>();
        Map<String, Integer> tgtIds = new HashMap<>();
        int[][] s = ids(src, srcIds);
        int[][] t = ids(tgt, tgtIds);
        int[] srcCount = counts(s, srcIds.size());
        int[] tgtCount = counts(t, tgtIds.size());
        Map<Long, Double> forward = train(s, t);
        Map<Long, Double> backward = train(t, s);
        String[] srcWords = names(srcIds);
        String[] tgtWords = names(tgtIds);
        List<String[]> out = new ArrayList<>();
        forward.forEach((key, p) -> {
            int e = (int) (key >>> 32), f = (int) (long) key;
            if (e < 0 || p < MIN_PROBABILITY || srcCount[e] < MIN_COUNT || tgtCount[f] < MIN_COUNT) return;
            Double q = backward.get(((long) f << 32) | e);
            if (q != null && q >= MIN_PROBABILITY) out.add(new String[] {srcWords[e], tgtWords[f]});
        });
        return out;
    }

    /** t(f | e) with e = -1 the empty word; keys pack e (high) and f (low). */
    private static Map<Long, Double> train(int[][] es, int[][] fs) {
        Map<Long, Double> prob = new HashMap<>();
        for (int k = 0; k < es.length; k++) {
            for (int f : fs[k]) {
                prob.put(key(-1, f), 1.0);
                for (int e : es[k]) prob.put(key(e, f), 1.0);
            }
        }
        for (int it = 0; it < ITERATIONS; it++) {
            Map<Long, Double> count = new HashMap<>(prob.size() * 2);
            Map<Integer, Double> total = new HashMap<>();
            for (int k = 0; k < es.length; k++) {
                int[] e = es[k];
                for (int f : fs[k]) {
                    double norm = prob.get(key(-1, f));
                    for (int x : e) norm += prob.get(key(x, f));
                    addShare(count, total, -1, f, prob.get(key(-1, f)) / norm);
                    for (int x : e) addShare(count, total, x, f, prob.get(key(x, f)) / norm);
                }
            }
            for (Map.Entry<Long, Double> c : count.entrySet()) {
                int e = (int) (c.getKey() >> 32);
                prob.put(c.getKey(), c.getValue() / total.get(e));
            }
        }
        return prob;
    }

    private static void addShare(Map<Long, Double> count, Map<Integer, Double> total, int e, int f, double share) {
        count.merge(key(e, f), share, Double::sum);
        total.merge(e, share, Double::sum);
    }

    private static long key(int e, int f) {
        return ((long) e << 32) | (f & 0xffffffffL);
    }

    private static int[][] ids(List<List<String>> sentences, Map<String, Integer> ids) {
        int[][] out = new int[sentences.size()][];
        for (int k = 0; k < out.length; k++) {
            out[k] = sentences.get(k).stream().mapToInt(w -> ids.computeIfAbsent(w, x -> ids.size())).toArray();
        }
        return out;
    }

    private static int[] counts(int[][] sentences, int size) {
        int[] c = new int[size];
        for (int[] s : sentences) for (int w : s) c[w]++;
        return c;
    }

    private static String[] names(Map<String, Integer> ids) {
        String[] out = new String[ids.size()];
        ids.forEach((w, id) -> out[id] = w);
        return out;
    }
}
