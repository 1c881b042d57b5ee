package org.concord.term;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A trie over stem sequences kept in flat arrays: stems are numbered once, and every edge (parent node, stem) → child
 * node lives in one open-addressing table of longs. A walk step is then one or two probes into contiguous memory,
 * which keeps recognition as fast with 100,000 concepts as with 100.
 */
final class StemTrie {
    static final int ROOT = 0;
    static final int NONE = -1;

    private final Map<String, Integer> stems = new HashMap<>();
    private long[] keys = new long[1 << 10];
    private int[] children = new int[1 << 10];
    /** Children of the root by stem number: the first step of every walk is an array read, not a probe. */
    private int[] rootChildren = new int[0];
    private int edges;
    private int nodes = 1;

    StemTrie() {
        Arrays.fill(keys, -1L);
    }

    /** The number of a stem, or NONE when no term has it (then no walk can pass through it). */
    int stem(String stem) {
        Integer id = stems.get(stem);
        return id == null ? NONE : id;
    }

    int nodeCount() {
        return nodes;
    }

    /** The child of {@code node} along {@code stem}, or NONE. */
    int child(int node, int stem) {
        if (node == NONE || stem == NONE) return NONE;
        if (node == ROOT) return stem < rootChildren.length ? rootChildren[stem] : NONE;
        long key = key(node, stem);
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return children[i];
            if (k == -1L) return NONE;
        }
    }

    /** The child of {@code node} along {@code stem}, created when missing. */
    int childOrNew(int node, String stem) {
        int sid = stems.computeIfAbsent(stem, s -> stems.size());
        int existing = child(node, sid);
        if (existing != NONE) return existing;
        int child = nodes++;
        if (node == ROOT) {
            if (sid >= rootChildren.length) {
                int old = rootChildren.length;
                rootChildren = Arrays.copyOf(rootChildren, Math.max(16, 2 * (sid + 1)));
                Arrays.fill(rootChildren, old, rootChildren.length, NONE);
            }
            rootChildren[sid] = child;
            return child;
        }
        if (2 * (edges + 1) > keys.length) grow();
        put(key(node, sid), child);
        edges++;
        return child;
    }

    private void put(long key, int child) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != -1L) i = (i + 1) & mask;
        keys[i] = key;
        children[i] = child;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldChildren = children;
        keys = new long[oldKeys.length * 2];
        children = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1L);
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != -1L) put(oldKeys[i], oldChildren[i]);
    }

    private static long key(int node, int stem) {
        return ((long) node << 32) | stem;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
