package org.concord.tm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a TMX file and hands its units, already prepared for the store (words cut and numbered), to the thread that
 * writes them, in two stages of one thread each: one parses the XML, the other prepares the units it parsed. With
 * the writer, three threads keep two cores busy: parsing and preparing on one thread took longer than the writing
 * (a million six-language units: about 80 s of CPU for reading, 40 s for SQLite). Memory stays bounded: at most
 * {@link #BATCHES} batches of {@link #BATCH} units wait between two stages, and the preparer's {@link WordTable}
 * starts over past {@link WordTable#MAX_WORDS} words.
 */
final class UnitStream<T> implements AutoCloseable {
    private static final int BATCH = 256;
    private static final int BATCHES = 8;

    /** Turns a unit as read into what the writer needs, numbering its words in the preparer's table. */
    interface Preparer<T> {
        T prepare(TmxReader.ReadUnit unit, WordTable words);
    }

    /**
     * Units in file order, with the words their numbers introduced. {@code restart}: the numbering started over
     * before these units, so numbers learned earlier no longer hold.
     */
    record Batch<T>(List<T> units, List<String> newWords, boolean restart) {}

    /** A batch, the end of the file (null batch, no error), or what stopped a stage. */
    private record Message<B>(B batch, Throwable error) {}

    private final BlockingQueue<Message<List<TmxReader.ReadUnit>>> parsed = new ArrayBlockingQueue<>(BATCHES);
    private final BlockingQueue<Message<Batch<T>>> prepared = new ArrayBlockingQueue<>(BATCHES);
    private final Thread parser;
    private final Thread preparer;
    private volatile boolean closed;
    private boolean ended;

    UnitStream(Path file, List<String> warnings, Preparer<T> preparer) {
        parser = new Thread(() -> parse(file, warnings), "concord-tmx-parser");
        this.preparer = new Thread(() -> prepare(preparer), "concord-tmx-preparer");
        parser.setDaemon(true);
        this.preparer.setDaemon(true);
        parser.start();
        this.preparer.start();
    }

    private void parse(Path file, List<String> warnings) {
        var state = new Object() {
            List<TmxReader.ReadUnit> units = new ArrayList<>(BATCH);
        };
        Throwable error = null;
        try {
            new TmxReader(file, warnings).read(u -> {
                state.units.add(u);
                if (state.units.size() == BATCH) {
                    put(parsed, new Message<>(state.units, null));
                    state.units = new ArrayList<>(BATCH);
                }
            });
            if (!state.units.isEmpty()) put(parsed, new Message<>(state.units, null));
        } catch (Closed e) {
            return;
        } catch (RuntimeException | Error | java.sql.SQLException e) {
            error = e;
        }
        try {
            put(parsed, new Message<>(null, error));
        } catch (Closed e) {
            // the writer has stopped: nobody waits for the end
        }
    }

    private void prepare(Preparer<T> preparer) {
        WordTable table = new WordTable();
        boolean restart = false;
        Throwable error = null;
        try {
            while (true) {
                Message<List<TmxReader.ReadUnit>> m = take(parsed);
                if (m.batch() == null) {
                    error = m.error();
                    break;
                }
                List<T> units = new ArrayList<>(m.batch().size());
                for (TmxReader.ReadUnit u : m.batch()) units.add(preparer.prepare(u, table));
                put(prepared, new Message<>(new Batch<>(units, table.drainNew(), restart), null));
                restart = false;
                if (table.size() >= WordTable.MAX_WORDS) {
                    table.clear();
                    restart = true;
                }
            }
        } catch (Closed e) {
            return;
        } catch (RuntimeException | Error e) {
            error = e;
        }
        try {
            put(prepared, new Message<>(null, error));
        } catch (Closed e) {
            // the writer has stopped: nobody waits for the end
        }
    }

    /** Thrown on a stage's thread when the writer has gone: it stops. */
    private static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }

    private <M> void put(BlockingQueue<M> queue, M m) {
        try {
            while (!queue.offer(m, 100, TimeUnit.MILLISECONDS)) {
                if (closed) throw new Closed();
            }
        } catch (InterruptedException e) {
            throw new Closed();
        }
    }

    private <M> M take(BlockingQueue<M> queue) {
        try {
            while (true) {
                M m = queue.poll(100, TimeUnit.MILLISECONDS);
                if (m != null) return m;
                if (closed) throw new Closed();
            }
        } catch (InterruptedException e) {
            throw new Closed();
        }
    }

    /** The next units in file order, or null at the end of the file; rethrows what stopped a stage. */
    Batch<T> next() {
        if (ended) return null;
        Message<Batch<T>> m;
        try {
            m = prepared.take();
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

    /** Stops both stages (when the writer failed) and waits for them, so no thread outlives the import. */
    @Override
    public void close() {
        closed = true;
        parser.interrupt();
        preparer.interrupt();
        parsed.clear();
        prepared.clear();
        try {
            parser.join();
            preparer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
