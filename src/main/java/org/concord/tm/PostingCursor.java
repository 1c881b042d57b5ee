package org.concord.tm;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A posting walked in ascending id order and read row by row only as far as the walk goes: a concordance wants the
 * first hits, oldest first, so at ten million units it needs the first of a posting's hundred-odd chunks, not all of
 * them decoded. Only valid where {@link Index#ascendingChunks} vouches that the chunks, taken in order, ascend;
 * a row of another chunk, or an id not above the one before, throws {@link Unordered} and the search decodes whole.
 * Or a posting already decoded in memory, or held in memory in the stored encoding (the word arena's own), walked
 * where it lies.
 */
final class PostingCursor implements AutoCloseable {
    /** What {@link #next} returns past the last id. */
    static final int END = Integer.MAX_VALUE;

    /** The stored rows break the ascending order this cursor relies on: decode the posting whole instead. */
    static final class Unordered extends Exception {
        Unordered(String why) {
            super(why, null, false, false);
        }
    }

    private final Index.Posting decoded;
    /** The walk's statement and its rows: (chunk, rowid), or (chunk, blob) once {@link #rest} has taken over. */
    private PreparedStatement statement;
    private ResultSet rows;
    /**
     * Fetches a row's blob by the rowid the walk's second column holds; null where that column is the blob itself
     * (PostgreSQL, whose driver holds the rows read anyway). SQLite loads every column a statement selects when it
     * steps onto a row, overflow pages and all, so a walk that selected the blobs paid for each row it passed over.
     */
    private PreparedStatement blobByRowid;
    /** Takes the statement back when the cursor is closed (to run again for another posting). */
    private java.util.function.Consumer<PreparedStatement> release;
    /** Reads the rest of the posting's rows with their blobs, once the walk enters row after row (null: never). */
    private final Rest rest;
    /** Rows entered one after another since the walk last passed over one (or started). */
    private int enteredInARow;

    /**
     * The rows of a posting after a chunk, as (chunk, blob) in chunk order: where a walk enters every row (the driver of
     * a phrase with few hits reads all of a posting's hundreds of rows at ten million units), a statement a row to
     * fetch each blob by rowid cost more than SQLite loading the blobs of the few rows that might yet be passed over.
     */
    interface Rest {
        /** The statement, bound and not yet run, selecting (chunk, blob) of the rows from {@code chunk} on. */
        PreparedStatement from(int chunk) throws SQLException;

        /** Takes a statement of {@link #from} back once its rows are read or the cursor closed. */
        void release(PreparedStatement statement);
    }

    /** Rows entered in a row (their blobs fetched by rowid) after which {@link #rest} reads the others with their blobs. */
    static final int ENTERED_BEFORE_REST = 4;
    /** The member of a pair group row to read (-1: word rows, read whole). */
    private final int member;
    /** The chunks whose rows ascend, and each one's last id. */
    private final Index.Chunks chunks;
    /** No id of the row being read is above this (its chunk's last). */
    private int rowLast;
    private final Index.Reads reads;
    /** The estimated df: exact for a word; for a pair, its first row's count times the chunks. */
    private int df;
    private byte[] blob;
    /** The read position in {@code blob}, as {@link Postings#readVarint} advances it. */
    private final int[] pos = {0};
    private int end, left;
    private long value;
    private int current = -1;
    /** Position in {@code decoded.ids()}. */
    private int at;
    /** Ids this cursor decoded from stored rows. */
    private long decodedIds;

    /** The units holding the word as bits by id, up to {@link #bitsCover} (a frequent word of the word arena), or null. */
    private final long[] bits;
    private final int bitsCover;

    private PostingCursor(Index.Posting decoded, PreparedStatement statement, ResultSet rows, PreparedStatement blobByRowid,
                          java.util.function.Consumer<PreparedStatement> release, Rest rest, int member, Index.Chunks chunks, Index.Reads reads, int df,
                          long[] bits, int bitsCover) {
        this.bits = bits;
        this.bitsCover = bitsCover;
        this.decoded = decoded;
        this.statement = statement;
        this.rows = rows;
        this.blobByRowid = blobByRowid;
        this.release = release;
        this.rest = rest;
        this.member = member;
        this.chunks = chunks;
        this.reads = reads;
        this.df = df;
    }

    /** A posting already in memory. */
    static PostingCursor of(Index.Posting decoded) {
        return new PostingCursor(decoded, null, null, null, null, null, -1, null, null, decoded.df(), null, -1);
    }

    /**
     * A filter on a word the word arena keeps as bits by unit id, for the units up to {@code cover}: asked about a unit it
     * tests a bit, where its stored posting (hundreds of rows at ten million units) is read up to that unit. It cannot
     * rule out a unit after {@code cover} (added since the arena was read): those it takes as holding the word, and their
     * texts decide. Only a filter: it never drives a walk.
     */
    static PostingCursor ofBits(long[] bits, int cover, int df) {
        return new PostingCursor(null, null, null, null, null, null, -1, null, null, df, bits, cover);
    }

    /**
     * A posting held in memory in a stored row's encoding, {@code bytes[from, to)} one chunk (its count, then the deltas),
     * walked where it lies: as far as the walk goes, not decoded whole.
     */
    static PostingCursor ofEncoded(byte[] bytes, int from, int to, int df) {
        PostingCursor c = new PostingCursor(null, null, null, null, null, null, -1, null, new Index.Reads(), df, null, -1);
        c.blob = bytes;
        c.pos[0] = from;
        c.end = to;
        c.rowLast = Integer.MAX_VALUE; // no row to pass over: its ids are decoded up to the target
        return c;
    }

    /**
     * The rows {@code statement} selects in chunk order, (chunk, rowid) with {@code blobByRowid} to fetch a row's blob
     * when the walk enters it, or (chunk, blob) when that is null; the cursor owns the statement, not blobByRowid (it
     * runs to its end at each fetch, so cursors may share it). {@code member}: the chunk of that member in each group
     * row, -1 for word rows. A pair's first row is read here to estimate its df. {@code release} takes the statement
     * back once the cursor is closed. {@code rest}: where the walk goes on with its blobs once it enters
     * {@link #ENTERED_BEFORE_REST} rows in a row (null: it fetches each blob by rowid to the end).
     */
    static PostingCursor open(PreparedStatement statement, PreparedStatement blobByRowid, Rest rest, int member, Index.Chunks chunks, Index.Reads reads, int df,
                              java.util.function.Consumer<PreparedStatement> release) throws SQLException, Unordered {
        try {
            reads.statements++;
            PostingCursor c = new PostingCursor(null, statement, statement.executeQuery(), blobByRowid, release, blobByRowid == null ? null : rest,
                member, chunks, reads, df, null, -1);
            if (member < 0) return c;
            // The first chunk's count stands for each chunk's: close enough to choose which posting drives.
            c.df = c.nextRow(Integer.MIN_VALUE) ? (int) Math.min(Integer.MAX_VALUE, (c.peekCount() + 1L) * chunks.numbers().length) : 0;
            return c;
        } catch (SQLException | Unordered | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    int df() {
        return df;
    }

    /** Ids this cursor decoded from stored rows so far (none when {@link #inMemory}). */
    long decodedIds() {
        return decodedIds;
    }

    /** The next id, ascending, or {@link #END}. */
    int next() throws SQLException, Unordered {
        if (bits != null) throw new IllegalStateException("a word's bits filter a walk, they do not drive one");
        if (decoded != null) return current = at < decoded.ids().length ? decoded.ids()[at++] : END;
        while (left == 0) {
            if (pos[0] < end) {
                left = (int) readVarint();
                value = 0;
            } else if (!nextRow(Integer.MIN_VALUE)) {
                return current = END;
            }
        }
        long z = readVarint();
        value += (z >>> 1) ^ -(z & 1);
        left--;
        reads.ids++;
        decodedIds++;
        if (value <= current) throw new Unordered("id " + value + " after " + current);
        return current = (int) value;
    }

    /** Whether the posting holds {@code id}; ids asked must ascend (a stored posting is read up to them). */
    boolean contains(int id) throws SQLException, Unordered {
        return advance(id) == id;
    }

    /**
     * The first id at or above {@code target}, or {@link #END}; targets asked must not descend. A stored row whose chunk
     * ended below the target is passed over without fetching its blob, so a filter's next id lets the driver skip whole
     * rows; in memory, the ids are galloped over from where the last call stopped.
     */
    int advance(int target) throws SQLException, Unordered {
        if (current >= target) return current;
        if (bits != null) return current = nextBit(target);
        if (decoded != null) {
            int[] ids = decoded.ids();
            int bound = 1;
            while (at + bound < ids.length && ids[at + bound] < target) bound <<= 1;
            int i = Arrays.binarySearch(ids, at, Math.min(at + bound + 1, ids.length), target);
            if (i < 0) i = -i - 1;
            at = i + 1;
            return current = i < ids.length ? ids[i] : END;
        }
        while (true) {
            // Before the first row, past a row's end, or in a row whose chunk ended below the target: on to the next
            // row that may hold it.
            if ((blob == null || rowLast < target || left == 0 && pos[0] >= end) && !nextRow(target)) return END;
            if (scanTo(target)) return current;
        }
    }

    /** The first unit at or above {@code from} whose bit is set; {@code from} itself past the units the bits cover. */
    private int nextBit(int from) {
        if (from > bitsCover) return from;
        int word = from >>> 6;
        long w = bits[word] & -1L << from;
        while (w == 0) {
            if (++word >= bits.length) return bitsCover + 1;
            w = bits[word];
        }
        return Math.min((word << 6) + Long.numberOfTrailingZeros(w), bitsCover + 1);
    }

    /**
     * Decodes the row's ids from the read position up to the first at or above {@code target}, which becomes
     * {@link #current}; false when the row ends below it. One loop on locals, the varints read inline: a filter of a
     * frequent word decodes most of a phrase's ids (hundreds of thousands at ten million units) to reach the driver's.
     */
    private boolean scanTo(int target) throws Unordered {
        byte[] b = blob;
        int p = pos[0], e = end, l = left;
        long v = value, last = current, n = 0;
        try {
            while (true) {
                if (l == 0) {
                    if (p >= e) return false;
                    pos[0] = p;
                    l = (int) readVarint(); // a chunk's count; its first delta is from 0
                    p = pos[0];
                    v = 0;
                    continue;
                }
                int x = b[p++];
                long z = x & 0x7F;
                for (int shift = 7; x < 0; shift += 7) {
                    x = b[p++];
                    z |= (long) (x & 0x7F) << shift;
                }
                v += (z >>> 1) ^ -(z & 1);
                l--;
                n++;
                if (v <= last) throw new Unordered("id " + v + " after " + last);
                last = v;
                if (v >= target) return true;
            }
        } finally {
            pos[0] = p;
            left = l;
            value = v;
            current = (int) last;
            reads.ids += n;
            decodedIds += n;
        }
    }

    /**
     * Moves to the next row holding ids, passing over those whose chunk ended below {@code atLeast} without fetching
     * their blobs (see {@link #blobByRowid}); false at the end.
     */
    private boolean nextRow(int atLeast) throws SQLException, Unordered {
        while (rows != null && rows.next()) {
            reads.stepped++;
            int chunk = rows.getInt(1);
            int at = Arrays.binarySearch(chunks.numbers(), chunk);
            if (at < 0) throw new Unordered("chunk " + chunk + " is not among those known to ascend");
            rowLast = chunks.lastIds()[at];
            if (rowLast < atLeast) {
                enteredInARow = 0;
                continue;
            }
            if (blobByRowid != null && rest != null && enteredInARow >= ENTERED_BEFORE_REST) {
                readRestWithBlobs(chunk); // this row again, with its blob, and the rows after it
                reads.stepped--;
                continue;
            }
            enteredInARow++;
            byte[] row = blobByRowid == null ? rows.getBytes(2) : blob(rows.getLong(2));
            reads.rows++;
            if (row == null) continue;
            reads.bytes += row.length;
            if (member < 0) {
                blob = row;
                pos[0] = 0;
                end = row.length;
            } else {
                long where = Postings.memberAt(row, member);
                if (where < 0) continue;
                blob = row;
                pos[0] = (int) (where >>> 32);
                end = pos[0] + (int) where;
            }
            left = 0;
            if (pos[0] < end) return true;
        }
        blob = null;
        pos[0] = end = 0;
        left = 0;
        current = END;
        return false;
    }

    /**
     * Goes on from the row of {@code chunk} with the blobs: the walk's statement goes back, and that row and those after
     * it come with their blobs, with no statement a row.
     */
    private void readRestWithBlobs(int chunk) throws SQLException {
        PreparedStatement next = rest.from(chunk);
        ResultSet nextRows;
        try {
            reads.statements++;
            nextRows = next.executeQuery();
        } catch (SQLException | RuntimeException e) {
            rest.release(next);
            throw e;
        }
        rows.close();
        release.accept(statement);
        statement = next;
        rows = nextRows;
        release = rest::release;
        blobByRowid = null;
    }

    /** The blob of the row with this rowid (null if gone: only within a read transaction is it sure to be there). */
    private byte[] blob(long rowid) throws SQLException {
        blobByRowid.setLong(1, rowid);
        reads.statements++;
        try (ResultSet rs = blobByRowid.executeQuery()) {
            return rs.next() ? rs.getBytes(1) : null;
        }
    }

    /** The count of the chunk at the read position, not consumed. */
    private int peekCount() {
        int p = pos[0];
        int count = (int) readVarint();
        pos[0] = p;
        return count;
    }

    private long readVarint() {
        return Postings.readVarint(blob, pos);
    }

    @Override
    public void close() throws SQLException {
        if (statement == null) return;
        rows.close();
        release.accept(statement);
    }
}
