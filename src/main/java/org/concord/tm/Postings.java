package org.concord.tm;

import java.util.Arrays;

/**
 * The unit ids of one word, as stored in a blob: a sequence of chunks, each a varint count, a first id and
 * zig-zag varint deltas. A write appends one chunk, so adding units never rewrites what is stored; a replaced unit
 * may leave its id twice or out of order, which {@link Decoder#ids} repairs.
 */
final class Postings {
    private Postings() {}

    static byte[] encodeChunk(int[] ids, int count) {
        Bytes out = new Bytes(count * 2 + 8);
        appendChunk(out, ids, count);
        return out.toArray();
    }

    private static void appendChunk(Bytes out, int[] ids, int count) {
        out.varint(count);
        long previous = 0;
        for (int i = 0; i < count; i++) {
            long delta = (long) ids[i] - previous;
            out.varint((delta << 1) ^ (delta >> 63));
            previous = ids[i];
        }
    }

    /**
     * The chunks of several keys in one blob (the word-pair buckets of a group): per key with ids, a varint member
     * number (the key within the group), the varint byte length of its chunk, and the chunk. Writing a few thousand
     * such rows per flush instead of a row per bucket is what keeps pair postings cheap to store.
     */
    static final class Group {
        private final Bytes out = new Bytes(4096);
        private final Bytes chunk = new Bytes(1024);

        /** Adds the chunk of {@code member}; members come in ascending order. */
        void add(int member, int[] ids, int count) {
            chunk.n = 0;
            appendChunk(chunk, ids, count);
            append(member, chunk.b, chunk.n);
        }

        /** Adds the chunk of {@code member} as already encoded ({@link #encodeChunk}). */
        void addEncoded(int member, byte[] encoded) {
            append(member, encoded, encoded.length);
        }

        private void append(int member, byte[] encoded, int length) {
            out.varint(member);
            out.varint(length);
            out.append(encoded, length);
        }

        boolean isEmpty() {
            return out.n == 0;
        }

        /** The blob of the members added since the last call; the group is then empty. */
        byte[] take() {
            byte[] b = out.toArray();
            out.n = 0;
            return b;
        }
    }

    /**
     * Where the chunk of {@code member} lies in a {@link Group} blob: its offset in the high 32 bits, its length in the
     * low ones; -1 when it has none. A search decodes the chunk in place, not from a copy.
     */
    static long memberAt(byte[] group, int member) {
        int[] pos = {0};
        while (pos[0] < group.length) {
            int m = (int) readVarint(group, pos);
            int length = (int) readVarint(group, pos);
            if (m == member) return (long) pos[0] << 32 | length;
            if (m > member) break;
            pos[0] += length;
        }
        return -1;
    }

    /**
     * How many ids {@code member} holds in a {@link Group} blob, read from its chunk's count without decoding it (a
     * group row holds one chunk a member: {@link Group#add} and {@link Group#addEncoded} each write one).
     */
    static int memberCount(byte[] group, int member) {
        long at = memberAt(group, member);
        if (at < 0 || (int) at == 0) return 0;
        return (int) readVarint(group, new int[] {(int) (at >>> 32)});
    }

    /**
     * Decodes the chunks of one posting, row by row, into a buffer kept from one posting to the next, so that a decode
     * allocates its result only: a fresh buffer sized by the blob (four bytes of heap an encoded byte, then copied to
     * the exact size) and the rows joined into one blob first were most of what decoding a new word allocated.
     * Not thread-safe: one per store.
     */
    static final class Decoder {
        /** A buffer grown past this many ids by a frequent word is not kept (4 MB). */
        private static final int KEPT_CAPACITY = 1 << 20;
        private int[] buffer = new int[1024];
        private int size;
        private boolean sorted = true;
        /** The read position, kept for {@link #readVarint} from one call to the next. */
        private final int[] pos = {0};

        /** Starts a new posting. */
        void reset() {
            size = 0;
            sorted = true;
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** How many ids were added since {@link #reset}. */
        int size() {
            return size;
        }

        /** Adds the ids of the chunks in {@code blob[from, from + length)}. */
        void add(byte[] blob, int from, int length) {
            pos[0] = from;
            int end = from + length;
            while (pos[0] < end) {
                int count = (int) readVarint(blob, pos);
                if (size + count > buffer.length) buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + count));
                long value = 0;
                for (int i = 0; i < count; i++) {
                    long z = readVarint(blob, pos);
                    value += (z >>> 1) ^ -(z & 1);
                    if (size > 0 && value <= buffer[size - 1]) sorted = false;
                    buffer[size++] = (int) value;
                }
            }
        }

        /** The ids added since {@link #reset}, ascending, each once (a replaced unit may have left one twice or out of order). */
        int[] ids() {
            int[] ids = Arrays.copyOf(buffer, size);
            if (!sorted) ids = Arrays.stream(ids).sorted().distinct().toArray();
            if (buffer.length > KEPT_CAPACITY) buffer = new int[1024];
            return ids;
        }
    }

    /** A chunk of word counts: a varint count, then per unit its zig-zag varint id delta and its varint word count. */
    static byte[] encodeLengths(int[] ids, int[] words, int count) {
        Bytes out = new Bytes(count * 3 + 8);
        out.varint(count);
        long previous = 0;
        for (int i = 0; i < count; i++) {
            long delta = (long) ids[i] - previous;
            out.varint((delta << 1) ^ (delta >> 63));
            out.varint(words[i]);
            previous = ids[i];
        }
        return out.toArray();
    }

    /** Writes the word counts of a chunk into {@code lengths} (indexed by unit id), skipping ids beyond it. */
    static void decodeLengths(byte[] blob, int[] lengths) {
        forEachLength(blob, (id, words) -> {
            if (id >= 0 && id < lengths.length) lengths[(int) id] = words;
            return true;
        });
    }

    /**
     * The last id of a chunk of word counts when its ids ascend, each above {@code after}; else {@link Long#MAX_VALUE}.
     * An empty chunk returns {@code after}.
     */
    static long lastIfAscending(byte[] blob, long after) {
        long[] last = {after};
        boolean ascends = forEachLength(blob, (id, words) -> {
            if (id <= last[0]) return false;
            last[0] = id;
            return true;
        });
        return ascends ? last[0] : Long.MAX_VALUE;
    }

    /** A unit of a chunk of word counts: its id and word count; false stops the walk. */
    @FunctionalInterface
    private interface LengthVisitor {
        boolean unit(long id, int words);
    }

    /** Walks a chunk of word counts (as {@link #encodeLengths} writes it) while {@code visitor} goes on; whether it saw all. */
    private static boolean forEachLength(byte[] blob, LengthVisitor visitor) {
        int[] pos = {0};
        int count = (int) readVarint(blob, pos);
        long id = 0;
        for (int i = 0; i < count; i++) {
            long z = readVarint(blob, pos);
            id += (z >>> 1) ^ -(z & 1);
            if (!visitor.unit(id, (int) readVarint(blob, pos))) return false;
        }
        return true;
    }

    /** A growable byte buffer (ByteArrayOutputStream locks on every byte, and an index writes hundreds of millions). */
    private static final class Bytes {
        private byte[] b;
        private int n;

        Bytes(int capacity) {
            b = new byte[capacity];
        }

        void varint(long v) {
            if (n + 10 > b.length) b = Arrays.copyOf(b, Math.max(b.length * 2, n + 10));
            n = putVarint(b, n, v);
        }

        void append(byte[] bytes, int length) {
            if (n + length > b.length) b = Arrays.copyOf(b, Math.max(b.length * 2, n + length));
            System.arraycopy(bytes, 0, b, n, length);
            n += length;
        }

        byte[] toArray() {
            return Arrays.copyOf(b, n);
        }
    }

    /** Writes {@code v} as a varint at {@code b[p]}, which has room for it; returns the position after it. */
    static int putVarint(byte[] b, int p, long v) {
        while ((v & ~0x7FL) != 0) {
            b[p++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        b[p++] = (byte) v;
        return p;
    }

    static long readVarint(byte[] b, int[] pos) {
        long v = 0;
        int shift = 0;
        while (true) {
            int x = b[pos[0]++];
            v |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) return v;
            shift += 7;
        }
    }
}
