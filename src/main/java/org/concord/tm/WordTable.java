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

    /**
     * Open addressing, two longs a slot: the word's String.hashCode (high half) and its number + 1 (low half; 0 where
     * free), then where it starts in pool (high half) and its length (low half). A look-up that finds its word reads
     * one slot and the word's characters: with the hash, start and length kept by number, it read four places in
     * arrays of megabytes, and those cache misses were a third of an import's CPU (JFR, a million UN units).
     */
    private long[] table = new long[2 << 15];
    private int[] starts = new int[(1 << 12) + 1]; // word number → where it starts in pool; starts[size] = pool length
    private char[] pool = new char[1 << 16];
    private int size;
    private int drained;
    private char[] word = new char[64];
    /** The hash of the word {@link #id(char[], int, int)} last looked up: the pair buckets are made of them. */
    private int lastHash;

    int size() {
        return size;
    }

    /** The words of {@code text} as numbers, and the pair buckets (see {@link Index#pairBucket}) of neighbouring words. */
    PostingsWriter.Words words(String text) {
        int[][] out = {new int[Math.max(4, text.length() / 5)], new int[Math.max(4, text.length() / 5)]}; // numbers, hashes
        int[] n = {0};
        Tokens.scanSpans(text, (t, start, end, kind) -> {
            int id = kind == Tokens.ASCII ? asciiId(t, start, end) : lowerId(t, start, end, kind);
            if (n[0] == out[0].length) {
                out[0] = Arrays.copyOf(out[0], n[0] * 2);
                out[1] = Arrays.copyOf(out[1], n[0] * 2);
            }
            out[0][n[0]] = id;
            out[1][n[0]++] = lastHash;
        });
        int[] ids = Arrays.copyOf(out[0], n[0]);
        int[] hashes = out[1];
        int[] pairs = new int[Math.max(0, ids.length - 1)];
        for (int i = 1; i < ids.length; i++) pairs[i - 1] = Index.pairBucket(hashes[i - 1], hashes[i]);
        return new PostingsWriter.Words(ids, pairs);
    }

    /** The number of a word as {@link Tokens#scan} reports it (term null: ASCII, lower-cased here), numbered if new. */
    int number(String text, int start, int end, String term) {
        return term != null ? id(term) : asciiId(text, start, end);
    }

    /** The number of {@code term} (a word as {@link Tokens} normalises it), or -1 when the table has not numbered it. */
    int find(String term) {
        int h = term.hashCode(), len = term.length();
        int mask = (table.length >> 1) - 1;
        for (int s = mix(h) & mask; ; s = (s + 1) & mask) {
            long head = table[2 * s];
            if (head == 0) return -1;
            if ((int) (head >>> 32) != h) continue;
            long extent = table[2 * s + 1];
            if ((int) extent == len && equal((int) (extent >>> 32), term)) return (int) head - 1;
        }
    }

    private boolean equal(int from, String term) {
        for (int i = 0, len = term.length(); i < len; i++) if (pool[from + i] != term.charAt(i)) return false;
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

    /**
     * The number of a word that is not plain ASCII, lower-cased here char by char: a String (and its lower-cased copy)
     * per such word was most of what the preparing thread allocated. Char by char is what String.toLowerCase(ROOT)
     * does except for a dotted capital I, a capital sigma (final or not by its context) and surrogate pairs: a word
     * holding one is lower-cased as a String.
     */
    private int lowerId(String text, int start, int end, int kind) {
        int len = end - start;
        if (word.length < len) word = new char[Math.max(len, word.length * 2)];
        int h = 0;
        for (int i = 0; i < len; i++) {
            char ch = text.charAt(start + i);
            if (kind == Tokens.OTHER) {
                if (ch == '\u0130' || ch == '\u03A3' || Character.isSurrogate(ch)) {
                    return id(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
                }
                ch = Tokens.lower(ch);
            }
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
        lastHash = h;
        int mask = (table.length >> 1) - 1;
        for (int s = mix(h) & mask; ; s = (s + 1) & mask) {
            long head = table[2 * s];
            if (head == 0) {
                int id = add(w, len);
                table[2 * s] = (long) h << 32 | (id + 1);
                table[2 * s + 1] = (long) starts[id] << 32 | len;
                if (size * 2 > mask + 1) grow();
                return id;
            }
            if ((int) (head >>> 32) == h) {
                long extent = table[2 * s + 1];
                if ((int) extent == len && equal((int) (extent >>> 32), w, len)) return (int) head - 1;
            }
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private boolean equal(int from, char[] w, int len) {
        for (int i = 0; i < len; i++) if (pool[from + i] != w[i]) return false;
        return true;
    }

    private int add(char[] w, int len) {
        if (size + 1 >= starts.length) starts = Arrays.copyOf(starts, starts.length * 2);
        int from = starts[size];
        if (from + len > pool.length) pool = Arrays.copyOf(pool, Math.max(pool.length * 2, from + len));
        System.arraycopy(w, 0, pool, from, len);
        starts[size + 1] = from + len;
        return size++;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = (table.length >> 1) - 1;
        for (int o = 0; o < old.length; o += 2) {
            long head = old[o];
            if (head == 0) continue;
            int s = mix((int) (head >>> 32)) & mask;
            while (table[2 * s] != 0) s = (s + 1) & mask;
            table[2 * s] = head;
            table[2 * s + 1] = old[o + 1];
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
        Arrays.fill(table, 0);
        size = 0;
        drained = 0;
    }
}
