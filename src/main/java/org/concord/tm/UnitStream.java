package org.concord.tm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a TMX file on a thread of its own and hands its units, already prepared for the store (words cut and
 * numbered), to the thread that writes them: parsing and tokenising then run beside SQLite instead of before it.
 * Memory stays bounded: at most {@link #BATCHES} batches of {@link #BATCH} units wait between the two threads, and
 * the reader's {@link WordTable} starts over past {@link WordTable#MAX_WORDS} words.
 */
final class UnitStream<T> implements AutoCloseable {
    private static final int BATCH = 256;
    private static final int BATCHES = 8;

    /** Turns a unit as read into what the writer needs, numbering its words in the reader's table. */
    interface Preparer<T> {
        T prepare(TmxReader.ReadUnit unit, WordTable words);
    }

    /**
     * Units in file order, with the words their numbers introduced. {@code restart}: the numbering started over
     * before these units, so numbers learned earlier no longer hold.
     */
    record Batch<T>(List<T> units, List<String> newWords, boolean restart) {}

    /** A batch, the end of the file (null batch, no error), or what stopped the reader. */
    private record Message<T>(Batch<T> batch, Throwable error) {}

    private final BlockingQueue<Message<T>> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private volatile boolean closed;
    private boolean ended;

    UnitStream(Path file, List<String> warnings, Preparer<T> preparer) {
        reader = new Thread(() -> read(file, warnings, preparer), "concord-tmx-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Path file, List<String> warnings, Preparer<T> preparer) {
        WordTable table = new WordTable();
        var state = new Object() {
            List<T> units = new ArrayList<>(BATCH);
            boolean restart;

            void send() {
                put(new Message<>(new Batch<>(units, table.drainNew(), restart), null));
                units = new ArrayList<>(BATCH);
                restart = false;
                if (table.size() >= WordTable.MAX_WORDS) {
                    table.clear();
                    restart = true;
                }
            }
        };
        Throwable error = null;
        try {
            new TmxReader(file, warnings).read(u -> {
                state.units.add(preparer.prepare(u, table));
                if (state.units.size() == BATCH) state.send();
            });
            if (!state.units.isEmpty()) state.send();
        } catch (Closed e) {
            return;
        } catch (RuntimeException | Error | java.sql.SQLException e) {
            error = e;
        }
        try {
            put(new Message<>(null, error));
        } catch (Closed e) {
            // the writer has stopped: nobody waits for the end
        }
    }

    /** Thrown on the reader's thread when the writer has gone: it stops reading. */
    private static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }

    private void put(Message<T> m) {
        try {
            while (!queue.offer(m, 100, TimeUnit.MILLISECONDS)) {
                if (closed) throw new Closed();
            }
        } catch (InterruptedException e) {
            throw new Closed();
        }
    }

    /** The next units in file order, or null at the end of the file; rethrows what stopped the reader. */
    Batch<T> next() {
        if (ended) return null;
        Message<T> m;
        try {
            m = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading units", e);
        }
        if (m.batch() != null) return m.batch();
        ended = true;
        if (m.error() == null) return null;
        if (m.error() instanceof RuntimeException r) throw r;
        if (m.error() instanceof Error r) throw r;
        throw new IllegalStateException(m.error());
    }

    /** Stops the reader (when the writer failed) and waits for it, so no thread outlives the import. */
    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        queue.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
