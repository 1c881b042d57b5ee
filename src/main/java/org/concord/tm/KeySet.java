package org.concord.tm;

/**
 * A set of 64-bit values (digests, so already uniform) in {@value #TABLES} open-addressing tables chosen by a value's
 * top bits, each grown by a quarter when four fifths full: 10 to 12.5 bytes a value. One table grown by doubling at
 * half full held 16 to 32 bytes a value and copied itself whole to grow (a million values: 16 MB more at once), which
 * capped a bulk import at 4M units in 64 MB; here 10M take at most 125 MB, and growing copies one small table.
 */
final class KeySet {
    private static final int TABLE_BITS = 10;
    private static final int TABLES = 1 << TABLE_BITS;

    private final long[][] tables = new long[TABLES][];
    private final int[] sizes = new int[TABLES];
    private boolean hasZero;
    private int size;

    KeySet() {
        for (int t = 0; t < TABLES; t++) tables[t] = new long[16];
    }

    int size() {
        return size;
    }

    /** Adds {@code v}; false when it was there already. */
    boolean add(long v) {
        if (v == 0) { // 0 marks a free slot
            if (hasZero) return false;
            hasZero = true;
            size++;
            return true;
        }
        int t = (int) (v >>> (64 - TABLE_BITS));
        long[] slots = tables[t];
        int s = home(v, slots.length);
        for (long x; (x = slots[s]) != 0; ) {
            if (x == v) return false;
            if (++s == slots.length) s = 0;
        }
        slots[s] = v;
        size++;
        if (++sizes[t] * 5L > slots.length * 4L) tables[t] = grown(slots);
        return true;
    }

    /** The slot a value starts looking from: its low 32 bits scaled to the table's length (which need not be a power of 2). */
    private static int home(long v, int length) {
        return (int) (((v & 0xFFFFFFFFL) * length) >>> 32);
    }

    private static long[] grown(long[] old) {
        long[] slots = new long[old.length + (old.length >> 2)];
        for (long v : old) {
            if (v == 0) continue;
            int s = home(v, slots.length);
            while (slots[s] != 0) if (++s == slots.length) s = 0;
            slots[s] = v;
        }
        return slots;
    }
}
