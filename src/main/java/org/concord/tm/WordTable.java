package org.concord.tm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers the words an import indexes, so that the index is built from ints: words are looked up straight from the
 * text's characters (no String per word), in an open-addressing table over one character pool. One thread owns a
 * table; the words it numbered since it was last asked are handed to the postings writer with the units using them.
 */
final class WordTable {
    /** Words kept before the table starts over (its owner then flushes the postings that use the old numbers). */
    static final int MAX_WORDS = 1 << 20;

    private int[] slots = new int[1 << 16];   // word number + 1, 0 where free
    private int[] hashes = new int[1 << 12];  // word number → String.hashCode of the word
    private int[] starts = new int[(1 << 12) + 1]; // word number → where it starts in pool; starts[size] = pool length
    private char[] pool = new char[1 << 16];
    private int size;
    private int drained;
    private char[] word = new char[64];

    int size() {
        return size;
    }

    /** The words of {@code text} as numbers, and the pair buckets (see {@link Index#pairBucket}) of neighbouring words. */
    PostingsWriter.Words words(String text) {
        int[][] out = {new int[Math.max(4, text.length() / 5)]};
        int[] n = {0};
        Tokens.scan(text, (t, start, end, term) -> {
            int id = term != null ? id(term) : asciiId(t, start, end);
            if (n[0] == out[0].length) out[0] = Arrays.copyOf(out[0], n[0] * 2);
            out[0][n[0]++] = id;
        });
        int[] ids = Arrays.copyOf(out[0], n[0]);
        int[] pairs = new int[Math.max(0, ids.length - 1)];
        for (int i = 1; i < ids.length; i++) pairs[i - 1] = Index.pairBucket(hashes[ids[i - 1]], hashes[ids[i]]);
        return new PostingsWriter.Words(ids, pairs);
    }

    /** The number of a word as {@link Tokens#scan} reports it (term null: ASCII, lower-cased here), numbered if new. */
    int number(String text, int start, int end, String term) {
        return term != null ? id(term) : asciiId(text, start, end);
    }

    /** The number of {@code term} (a word as {@link Tokens} normalises it), or -1 when the table has not numbered it. */
    int find(String term) {
        int h = term.hashCode(), len = term.length();
        int mask = slots.length - 1;
        for (int s = mix(h) & mask; ; s = (s + 1) & mask) {
            int slot = slots[s];
            if (slot == 0) return -1;
            int id = slot - 1;
            if (hashes[id] == h && equal(id, term)) return id;
        }
    }

    private boolean equal(int id, String term) {
        int from = starts[id], len = term.length();
        if (starts[id + 1] - from != len) return false;
        for (int i = 0; i < len; i++) if (pool[from + i] != term.charAt(i)) return false;
        return true;
    }

    private int asciiId(String text, int start, int end) {
        int len = end - start;
        if (word.length < len) word = new char[Math.max(len, word.length * 2)];
        int h = 0;
        for (int i = 0; i < len; i++) {
            char ch = text.charAt(start + i);
            if (ch >= 'A' && ch <= 'Z') ch += 'a' - 'A';
            word[i] = ch;
            h = 31 * h + ch;
        }
        return id(word, len, h);
    }

    private int id(String term) {
        int len = term.length();
        if (word.length < len) word = new char[Math.max(len, word.length * 2)];
        term.getChars(0, len, word, 0);
        return id(word, len, term.hashCode());
    }

    private int id(char[] w, int len, int h) {
        int mask = slots.length - 1;
        for (int s = mix(h) & mask; ; s = (s + 1) & mask) {
            int slot = slots[s];
            if (slot == 0) {
                slots[s] = add(w, len, h) + 1;
                if (size * 2 > slots.length) grow();
                return size - 1;
            }
            int id = slot - 1;
            if (hashes[id] == h && equal(id, w, len)) return id;
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private boolean equal(int id, char[] w, int len) {
        int from = starts[id];
        if (starts[id + 1] - from != len) return false;
        for (int i = 0; i < len; i++) if (pool[from + i] != w[i]) return false;
        return true;
    }

    private int add(char[] w, int len, int h) {
        if (size + 1 >= hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
            starts = Arrays.copyOf(starts, hashes.length + 1);
        }
        int from = starts[size];
        if (from + len > pool.length) pool = Arrays.copyOf(pool, Math.max(pool.length * 2, from + len));
        System.arraycopy(w, 0, pool, from, len);
        hashes[size] = h;
        starts[size + 1] = from + len;
        return size++;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int slot : old) {
            if (slot == 0) continue;
            int s = mix(hashes[slot - 1]) & mask;
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = slot;
        }
    }

    /** The words numbered since the last call, in number order. */
    List<String> drainNew() {
        List<String> out = new ArrayList<>(size - drained);
        for (int id = drained; id < size; id++) out.add(new String(pool, starts[id], starts[id + 1] - starts[id]));
        drained = size;
        return out;
    }

    /** Forgets every word: numbers start again from 0. */
    void clear() {
        Arrays.fill(slots, 0);
        size = 0;
        drained = 0;
    }
}
