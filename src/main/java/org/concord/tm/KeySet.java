package org.concord.tm;

/** A set of 64-bit values (digests, so already uniform) in one open-addressing array: 16 bytes a value at most. */
final class KeySet {
    private long[] slots = new long[1 << 12];
    private boolean hasZero;
    private int size;

    int size() {
        return size;
    }

    /** Adds {@code v}; false when it was there already. */
    boolean add(long v) {
        if (v == 0) {
            if (hasZero) return false;
            hasZero = true;
            size++;
            return true;
        }
        int mask = slots.length - 1;
        for (int s = (int) (v ^ (v >>> 32)) & mask; ; s = (s + 1) & mask) {
            if (slots[s] == v) return false;
            if (slots[s] == 0) {
                slots[s] = v;
                if (++size * 2 > slots.length) grow();
                return true;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long v : old) {
            if (v == 0) continue;
            int s = (int) (v ^ (v >>> 32)) & mask;
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = v;
        }
    }
}
