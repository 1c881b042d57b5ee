package org.concord.tm;

/**
 * Each unit's length in words, as {@link Index#lengths} gives it, packed a byte a unit for the fuzzy counting: it looks
 * up the length of every unit that holds enough of the query's words, in id order, and at ten million units the int
 * table (40 MB) cost a cache miss a unit where the bytes (10 MB) share a line among four times as many units.
 */
final class UnitLengths {
    /** A packed byte for a length the byte cannot hold: read from the int table. */
    private static final int WIDE = 255;

    private final int[] words;
    private final byte[] packed; // length + 1 (0: unknown), WIDE from 254 words up

    private UnitLengths(int[] words) {
        this.words = words;
        packed = new byte[words.length];
        for (int id = 0; id < words.length; id++) packed[id] = (byte) Math.min(WIDE, words[id] + 1);
    }

    /** The lengths of {@code words} (unit id → word count, -1 unknown), which must not change afterwards. */
    static UnitLengths of(int[] words) {
        return new UnitLengths(words);
    }

    /** Words of unit {@code id}'s variant, -1 when unknown (or the unit came after the table was read). */
    int of(int id) {
        if (id >= packed.length) return -1;
        int b = packed[id] & 0xFF;
        return b == WIDE ? words[id] : b - 1;
    }
}
