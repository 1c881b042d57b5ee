package org.concord.tm;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.concord.store.Database;

/**
 * A whole SQLite memory's units read for export by two threads, each on a read-only connection of its own, taking
 * turns over ranges of {@link #RANGE} ids: reading (SQLite's walk and the driver's copies) was the export's limit, on
 * one core. Both connections read one snapshot: they begin reading while the store's connection holds the write lock,
 * so no write can commit between the two, and each keeps its read transaction until it is done; a write committed
 * during the export is not seen by either. The writer takes the ranges back in id order.
 */
final class SplitReadAhead implements TmxExport.Batches {
    private static final int READERS = 2;
    /** Ids a reader reads at a time: each range is one query a table, a seek where the last ended. */
    static final long RANGE = 1024;
    private static final int BATCH = 256;
    /** Batches each reader reads ahead at most: 2 MB or so of UN units. */
    private static final int QUEUED = 4;
    /** How long the snapshot waits for a writer's lock before the export reads on one connection instead. */
    private static final int LOCK_WAIT_MILLIS = 200;

    /** Some units of one range, the last of it when {@code endsRange}; with {@code failure}, what stopped its reader. */
    private record Batch(List<TmxExport.StoredUnit> units, boolean endsRange, Throwable failure) {}

    private final List<Reader> readers = new ArrayList<>();
    private final long firstId;
    private final long ranges;
    private long range; // the next range the writer takes
    private volatile boolean closed;

    private SplitReadAhead(List<Connection> connections, List<String> langs, long firstId, long lastId) {
        this.firstId = firstId;
        this.ranges = lastId < firstId ? 0 : (lastId - firstId) / RANGE + 1;
        for (int k = 0; k < connections.size(); k++) readers.add(new Reader(k, connections.get(k), langs));
        for (Reader r : readers) r.thread.start();
    }

    /**
     * Readers over one snapshot of {@code db}'s memory, or null where the memory cannot be read that way (not a SQLite
     * file, the store's connection inside a transaction, a writer holding the lock, a read-only file): the caller then
     * reads on one connection.
     */
    static SplitReadAhead open(Database db, Connection store, List<String> langs) {
        if (!db.isSqliteFile()) return null;
        List<Connection> connections = new ArrayList<>();
        try {
            if (!store.getAutoCommit()) return null;
            for (int k = 0; k < READERS; k++) connections.add(db.openReadOnly());
            long[] ids = null;
            org.sqlite.SQLiteConnection lock = store.unwrap(org.sqlite.SQLiteConnection.class);
            int busyTimeout = lock.getBusyTimeout();
            lock.setBusyTimeout(LOCK_WAIT_MILLIS);
            try {
                begin(store); // BEGIN IMMEDIATE: the write lock, so nothing commits until it ends
                try {
                    for (Connection c : connections) {
                        c.setAutoCommit(false);
                        ids = idRange(c); // a connection's first read starts its snapshot
                    }
                } finally {
                    store.setAutoCommit(true); // nothing was written: the transaction only held the lock
                }
            } finally {
                lock.setBusyTimeout(busyTimeout);
            }
            return new SplitReadAhead(connections, langs, ids[0], ids[1]);
        } catch (SQLException e) {
            for (Connection c : connections) closeQuietly(c);
            return null;
        }
    }

    /**
     * Begins a transaction on the store's connection, or leaves it in auto-commit as it was: the driver marks it as in
     * a transaction before it asks SQLite to begin one, and leaves that mark when SQLite refuses (busy).
     */
    private static void begin(Connection store) throws SQLException {
        try {
            store.setAutoCommit(false);
        } catch (SQLException busy) {
            try {
                store.setAutoCommit(true);
            } catch (SQLException noTransaction) {
                busy.addSuppressed(noTransaction); // the mark is cleared before the driver's COMMIT fails
            }
            throw busy;
        }
    }

    /** The lowest and highest unit id (1 and 0 for an empty memory). */
    private static long[] idRange(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(min(id), 1), coalesce(max(id), 0) FROM tm_unit")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // a read-only connection: nothing to lose
        }
    }

    @Override
    public List<TmxExport.StoredUnit> next() throws IOException {
        while (range < ranges) {
            Reader r = readers.get((int) (range % READERS));
            Batch b = Handover.take(r.queue);
            if (b.failure() != null) Handover.rethrow(b.failure());
            if (b.endsRange()) range++;
            if (!b.units().isEmpty()) return b.units();
        }
        return null;
    }

    /** Stops the readers (when the writer failed) and waits for them, so their connections are closed. */
    @Override
    public void close() {
        closed = true;
        Handover.joinAll(readers.stream().map(r -> r.thread).toList());
    }

    /** One reading thread: ranges k, k + READERS, k + 2 READERS... on its own connection. */
    private final class Reader {
        final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
        final Thread thread;

        Reader(int k, Connection c, List<String> langs) {
            thread = new Thread(() -> read(k, c, langs), "tmx-export-reader-" + k);
            thread.setDaemon(true);
        }

        private void read(int k, Connection c, List<String> langs) {
            try (c; MergedUnitReader reader = new MergedUnitReader(c, langs)) {
                var batch = new Object() {
                    List<TmxExport.StoredUnit> units = new ArrayList<>(BATCH);
                };
                for (long r = k; r < ranges; r += READERS) {
                    long from = firstId + r * RANGE;
                    reader.read(from, from + RANGE - 1, (unit, variants) -> {
                        batch.units.add(new TmxExport.StoredUnit(unit, variants));
                        if (batch.units.size() == BATCH) {
                            hand(new Batch(batch.units, false, null));
                            batch.units = new ArrayList<>(BATCH);
                        }
                    });
                    hand(new Batch(batch.units, true, null));
                    batch.units = new ArrayList<>(BATCH);
                }
            } catch (Handover.Stopped e) {
                // the writer gave up: nobody takes more
            } catch (Throwable e) {
                try {
                    hand(new Batch(List.of(), true, e));
                } catch (Handover.Stopped stopped) {
                    // closed meanwhile
                }
            }
        }

        private void hand(Batch b) {
            Handover.hand(queue, b, () -> closed);
        }
    }
}
