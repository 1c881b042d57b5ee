package org.concord.tm;

import java.util.Arrays;

/**
 * The word arena turned around: for each word, the units holding it, ascending, in one byte array in the stored rows'
 * encoding (a chunk: the count, then zigzag varint deltas; see {@link Postings}), built from the arena in two passes
 * over its words. Each stored posting is a word's ~150 rows at ten million
 * units (one a flush), some fifty megabytes apart in a file larger than the machine's memory: a lookup's rare words and
 * a concordance's driver read them from disk, and that was a third of the slowest concordances and the first read of
 * a fuzzy lookup's rare words. Words whose units the arena keeps as bits ({@link WordArena#frequentBits}) have no
 * posting here, only their counts.
 */
final class ArenaPostings {
    /** Word number → how many units hold it (frequent words included). */
    private final int[] df;
    /** Word number → where its posting starts in {@link #bytes}; the next word's start is where it ends. */
    private final int[] start;
    private final byte[] bytes;

    private ArenaPostings(int[] df, int[] start, byte[] bytes) {
        this.df = df;
        this.start = start;
        this.bytes = bytes;
    }

    /**
     * The postings of {@code arena}'s words, those with bits in {@code frequent} left out; null when they would take more
     * than {@code budgetBytes}, or when the thread is interrupted (the memory changed under a background pass).
     */
    static ArenaPostings build(WordArena arena, boolean[] frequent, long budgetBytes) {
        int vocabulary = arena.vocabulary();
        int[] df = new int[vocabulary];
        long[] size = new long[vocabulary];
        // First pass: each word's count and the bytes of its deltas.
        if (!pass(arena, frequent, df, size, null, null)) return null;
        int[] start = new int[vocabulary + 1];
        long total = 0;
        for (int w = 0; w < vocabulary; w++) {
            start[w] = (int) Math.min(Integer.MAX_VALUE, total);
            if (size[w] > 0) total += size[w] + varintLength(df[w]);
        }
        long heap = total + 12L * vocabulary;
        if (total > Integer.MAX_VALUE - 16 || heap > budgetBytes) return null;
        start[vocabulary] = (int) total;
        byte[] bytes = new byte[(int) total];
        int[] at = Arrays.copyOf(start, vocabulary);
        for (int w = 0; w < vocabulary; w++) if (size[w] > 0) at[w] = Postings.putVarint(bytes, at[w], df[w]);
        // Second pass: the deltas, after each word's count.
        return pass(arena, frequent, null, null, bytes, at) ? new ArenaPostings(df, start, bytes) : null;
    }

    /**
     * One pass over the arena's units in id order and each word once a unit: counting into {@code df} and {@code size}
     * (the bytes of a word's deltas), or, when {@code bytes} is given, writing the deltas at {@code at} (each word's
     * place, moved on). Words kept as bits are counted, not written. False when the thread was interrupted.
     */
    private static boolean pass(WordArena arena, boolean[] frequent, int[] df, long[] size, byte[] bytes, int[] at) {
        int[] last = new int[arena.vocabulary()];
        Arrays.fill(last, -1);
        int[] words = new int[64];
        for (int u = 0, maxId = arena.maxId(); u <= maxId; u++) {
            if ((u & 0xFFFF) == 0 && Thread.currentThread().isInterrupted()) return false;
            int n = arena.length(u);
            if (n <= 0) continue;
            words = arena.words(u, n, words);
            for (int i = 0; i < n; i++) {
                int w = words[i];
                if (last[w] == u) continue;
                long delta = 2L * (u - Math.max(0, last[w])); // zigzag of a positive delta; the first is from 0
                last[w] = u;
                if (bytes != null) {
                    if (!frequent[w]) at[w] = Postings.putVarint(bytes, at[w], delta);
                } else {
                    df[w]++;
                    if (!frequent[w]) size[w] += varintLength(delta);
                }
            }
        }
        return true;
    }

    /** How many units hold word {@code number} (0 for a number the arena did not give). */
    int df(int number) {
        return number >= 0 && number < df.length ? df[number] : 0;
    }

    /**
     * Adds the units holding word {@code number} to {@code decoder} (a word no unit holds adds none); false, adding
     * nothing, when the word is one kept as bits (its posting is not here).
     */
    boolean addTo(Postings.Decoder decoder, int number) {
        if (number < 0 || number >= df.length) return true;
        int from = start[number], to = start[number + 1];
        if (from == to) return df[number] == 0;
        decoder.add(bytes, from, to - from);
        return true;
    }

    /**
     * The units holding word {@code number}, walked where they lie as far as the walk goes (a concordance wants the first
     * hits; a filter is walked up to the driver's candidates); null when the word is one kept as bits.
     */
    PostingCursor cursor(int number) {
        if (number < 0 || number >= df.length) return PostingCursor.of(Index.Posting.EMPTY);
        int from = start[number], to = start[number + 1];
        if (from == to) return df[number] > 0 ? null : PostingCursor.of(Index.Posting.EMPTY);
        return PostingCursor.ofEncoded(bytes, from, to, df[number]);
    }

    /** Heap taken, in bytes. */
    long bytes() {
        return bytes.length + 4L * start.length + 4L * df.length;
    }

    private static int varintLength(long v) {
        int n = 1;
        while ((v >>>= 7) != 0) n++;
        return n;
    }
}
