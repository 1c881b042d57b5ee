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
    private static final int MAX_PAIRS = 1500;

    private Model1() {}

    /** Word pairs (source word, target word) that translate each other in the sentence pairs given. */
    static List<String[]> learn(List<List<String>> src, List<List<String>> tgt) {
        if (src.size() > MAX_PAIRS) {
            // An evenly spread sample: enough to learn the document's vocabulary, bounded time on long documents.
            List<List<String>> s = new ArrayList<>(), t = new ArrayList<>();
            for (int k = 0; k < MAX_PAIRS; k++) {
                int at = (int) ((long) k * src.size() / MAX_PAIRS);
                s.add(src.get(at));
                t.add(tgt.get(at));
            }
            src = s;
            tgt = t;
        }
        Map<String, Integer> srcIds = new HashMap<>();
        Map<String, Integer> tgtIds = new HashMap<>();
        int[][] s = ids(src, srcIds);
        int[][] t = ids(tgt, tgtIds);
        int[] srcCount = counts(s, srcIds.size());
        int[] tgtCount = counts(t, tgtIds.size());
        Map<Long, Double> forward = train(s, t, tgtIds.size());
        Map<Long, Double> backward = train(t, s, srcIds.size());
        String[] srcWords = names(srcIds);
        String[] tgtWords = names(tgtIds);
        List<String[]> out = new ArrayList<>();
        forward.forEach((key, p) -> {
            int e = (int) (key / tgtIds.size()) - 1, f = (int) (key % tgtIds.size());
            if (e < 0 || p < MIN_PROBABILITY || srcCount[e] < MIN_COUNT || tgtCount[f] < MIN_COUNT) return;
            Double q = backward.get((long) (f + 1) * srcIds.size() + e);
            if (q != null && q >= MIN_PROBABILITY) out.add(new String[] {srcWords[e], tgtWords[f]});
        });
        return out;
    }

    /** t(f | e) ≥ MIN_PROBABILITY by EM, with e = -1 the empty word; keys are (e + 1) × |F| + f. */
    private static Map<Long, Double> train(int[][] es, int[][] fs, int fSize) {
        LongIntMap slotOf = new LongIntMap(1 << 16);
        int[] eOfSlot = new int[1 << 16];
        int size = 0;
        int[][] slots = new int[es.length][];
        for (int k = 0; k < es.length; k++) {
            int[] e = es[k], f = fs[k];
            slots[k] = new int[(e.length + 1) * f.length];
            for (int x = 0; x <= e.length; x++) {
                int word = x == 0 ? -1 : e[x - 1];
                for (int q = 0; q < f.length; q++) {
                    long key = (long) (word + 1) * fSize + f[q];
                    int slot = slotOf.get(key);
                    if (slot < 0) {
                        slot = size++;
                        slotOf.put(key, slot);
                        if (slot == eOfSlot.length) eOfSlot = java.util.Arrays.copyOf(eOfSlot, slot * 2);
                        eOfSlot[slot] = word + 1;
                    }
                    slots[k][x * f.length + q] = slot;
                }
            }
        }
        int[] owner = java.util.Arrays.copyOf(eOfSlot, size);
        int owners = size == 0 ? 0 : java.util.Arrays.stream(owner).max().getAsInt() + 1;
        double[] prob = new double[size];
        java.util.Arrays.fill(prob, 1.0);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] count = new double[size];
            double[] total = new double[owners];
            for (int k = 0; k < es.length; k++) {
                int rows = es[k].length + 1, cols = fs[k].length;
                int[] sl = slots[k];
                for (int q = 0; q < cols; q++) {
                    double norm = 0;
                    for (int x = 0; x < rows; x++) norm += prob[sl[x * cols + q]];
                    for (int x = 0; x < rows; x++) {
                        int slot = sl[x * cols + q];
                        double share = prob[slot] / norm;
                        count[slot] += share;
                        total[owner[slot]] += share;
                    }
                }
            }
            for (int slot = 0; slot < size; slot++) prob[slot] = count[slot] / total[owner[slot]];
        }
        Map<Long, Double> likely = new HashMap<>();
        slotOf.forEach((key, slot) -> {
            if (prob[slot] >= MIN_PROBABILITY) likely.put(key, prob[slot]);
        });
        return likely;
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

    /** Open-addressing map from long keys to non-negative ints, to keep millions of word-pair slots unboxed. */
    private static final class LongIntMap {
        private long[] keys;
        private int[] values;
        private int count;

        LongIntMap(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
            java.util.Arrays.fill(values, -1);
        }

        int get(long key) {
            int mask = keys.length - 1;
            for (int h = hash(key) & mask; values[h] >= 0; h = (h + 1) & mask) if (keys[h] == key) return values[h];
            return -1;
        }

        void put(long key, int value) {
            if (2 * (count + 1) > keys.length) grow();
            int mask = keys.length - 1;
            int h = hash(key) & mask;
            while (values[h] >= 0 && keys[h] != key) h = (h + 1) & mask;
            if (values[h] < 0) count++;
            keys[h] = key;
            values[h] = value;
        }

        void forEach(java.util.function.BiConsumer<Long, Integer> action) {
            for (int h = 0; h < keys.length; h++) if (values[h] >= 0) action.accept(keys[h], values[h]);
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            java.util.Arrays.fill(values, -1);
            count = 0;
            for (int h = 0; h < oldKeys.length; h++) if (oldValues[h] >= 0) put(oldKeys[h], oldValues[h]);
        }

        private static int hash(long key) {
            long x = key * 0x9E3779B97F4A7C15L;
            return (int) (x ^ (x >>> 29));
        }
    }
}
