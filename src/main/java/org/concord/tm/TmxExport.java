package org.concord.tm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** Reading units out in id order: TMX export (streamed, so memory does not grow with the file) and unit lists. */
final class TmxExport {
    private final UnitStore store;

    TmxExport(UnitStore store) {
        this.store = store;
    }

    /**
     * Writes the selected units as TMX 1.4b, in unit id order, variants source language first, then by code. The file
     * appears only when complete.
     */
    long exportTmx(Path file, ExportOptions options, String toolVersion) {
        long[] written = new long[1];
        org.concord.AtomicFile.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                written[0] = exportTmx(out, options, toolVersion, UnitStore.now());
            }
        });
        return written[0];
    }

    /** As {@link #exportTmx(Path, ExportOptions, String)}, to a character stream. */
    long exportTmx(Writer out, ExportOptions options, String toolVersion, Instant now) throws IOException {
        // The TMX writer hands over whole units (whole characters) at a time, so each chunk decodes on its own.
        OutputStream chars = new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException("TmxWriter writes whole units");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        };
        return exportTmx(chars, options, toolVersion, now);
    }

    private long exportTmx(OutputStream out, ExportOptions options, String toolVersion, Instant now) throws IOException {
        List<String> langs = languages(options);
        String headerSrc;
        try {
            headerSrc = langs.isEmpty() ? commonSourceLanguage() : langs.get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(store.db + ": " + e.getMessage(), e);
        }
        TmxWriter tmx = new TmxWriter(out);
        tmx.start(headerSrc, toolVersion, now);
        long count = 0;
        // Reading the rows (SQLite's work and the driver's copies) and writing the TMX (escaping and the file) each took
        // about half of an export: each on a core of its own, a million UN units went from 45,000-48,000 to 64,000-73,000
        // units a second (side by side at load 2-4); reading is now the limit.
        try (Batches units = batches(options)) {
            for (List<StoredUnit> batch; (batch = units.next()) != null; ) {
                for (StoredUnit u : batch) if (writeUnit(tmx, u.unit(), u.variants(), langs)) count++;
            }
        }
        tmx.end();
        return count;
    }

    /** A unit as read for export, its variants as stored. */
    record StoredUnit(Unit unit, List<TmxWriter.StoredVariant> variants) {}

    /** The units to write, a batch at a time, read ahead on other threads. */
    interface Batches extends AutoCloseable {
        /** The next batch of units, or null after the last. */
        List<StoredUnit> next() throws IOException;

        /** Stops the reading (when the writer failed) and waits for it, so the connections are free again. */
        @Override
        void close();
    }

    /**
     * A whole SQLite file's units read on two threads in one snapshot ({@link SplitReadAhead}); else (a selection,
     * PostgreSQL, a memory in memory, a writer holding the lock) on one.
     */
    private Batches batches(ExportOptions options) {
        if (options.docSymbol() == null && options.since() == null) {
            SplitReadAhead split = SplitReadAhead.open(store.db, store.c, languages(options));
            if (split != null) return split;
        }
        return new ReadAhead(options);
    }

    /**
     * The selected units, read on a thread of their own and handed over in batches through a short queue, so the
     * export holds a few thousand units at most, whatever the memory's size. The connection is used by that thread
     * only until {@link #close} returns.
     */
    private final class ReadAhead implements Batches {
        private static final int BATCH = 256;
        /** Batches read ahead at most: 2 MB or so of UN units. */
        private static final int QUEUED = 4;
        private static final List<StoredUnit> END = List.of();

        private final BlockingQueue<List<StoredUnit>> queue = new ArrayBlockingQueue<>(QUEUED);
        private final Thread reader;
        private volatile boolean closed;
        private volatile Throwable failure;
        private boolean ended;

        ReadAhead(ExportOptions options) {
            reader = new Thread(() -> read(options), "tmx-export-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read(ExportOptions options) {
            try {
                var batch = new Object() {
                    List<StoredUnit> units = new ArrayList<>(BATCH);
                };
                forEachUnit(options, (unit, variants) -> {
                    batch.units.add(new StoredUnit(unit, variants));
                    if (batch.units.size() == BATCH) {
                        hand(batch.units);
                        batch.units = new ArrayList<>(BATCH);
                    }
                });
                if (!batch.units.isEmpty()) hand(batch.units);
            } catch (Handover.Stopped e) {
                return; // the writer gave up: nobody takes more
            } catch (Throwable e) {
                failure = e;
            }
            try {
                hand(END);
            } catch (Handover.Stopped e) {
                // closed meanwhile
            }
        }

        private void hand(List<StoredUnit> batch) {
            Handover.hand(queue, batch, () -> closed);
        }

        @Override
        public List<StoredUnit> next() throws IOException {
            if (ended) return null;
            List<StoredUnit> batch = Handover.take(queue);
            if (batch != END) return batch;
            ended = true;
            if (failure != null) Handover.rethrow(failure);
            return null;
        }

        /** Stops the reader (when the writer failed) and waits for it, so the connection is free again. */
        @Override
        public void close() {
            closed = true;
            Handover.joinAll(List.of(reader));
        }
    }

    /** The units an export with {@code options} would write, with their variants in those languages, in id order. */
    List<Unit> units(ExportOptions options) {
        List<Unit> out = new ArrayList<>();
        try {
            forEachUnit(options, (u, variants) -> out.add(new Unit(u.id(), u.tuid(), u.origin(), u.docSymbol(), u.confidence(),
                u.srcLang(), u.created(), u.createdBy(), u.changed(), u.changedBy(), u.props(), u.notes(),
                variants.stream().map(TmxWriter.StoredVariant::variant).toList())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // only the TMX writer does I/O
        }
        return out;
    }

    @FunctionalInterface
    interface UnitSink {
        void accept(Unit unit, List<TmxWriter.StoredVariant> variants) throws IOException;
    }

    private List<String> languages(ExportOptions options) {
        List<String> langs = new ArrayList<>();
        for (String l : options.langs()) langs.add(LangCodes.normalize(l));
        return langs;
    }

    /** Streams the selected units with their selected variants, in id order, in one query. */
    private void forEachUnit(ExportOptions options, UnitSink sink) throws IOException {
        List<String> langs = languages(options);
        if (options.docSymbol() == null && options.since() == null && store.db.dialect() == org.concord.store.Database.Dialect.SQLITE) {
            forEachUnitMerged(langs, sink);
            return;
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<String> params = new ArrayList<>();
        if (options.docSymbol() != null) {
            where.append(" AND u.doc_symbol = ?");
            params.add(options.docSymbol());
        }
        if (options.since() != null) {
            where.append(" AND u.changed_at >= ?");
            params.add(options.since().toString());
        }
        if (!langs.isEmpty()) {
            where.append(" AND v.lang").append(UnitStore.inList(langs.size()));
            params.addAll(langs);
        }
        // PostgreSQL's driver reads a whole result into memory unless it may fetch it in parts, which it does only
        // inside a transaction: a whole memory's export would otherwise need the heap to hold every text.
        boolean cursor = store.db.dialect() == org.concord.store.Database.Dialect.POSTGRESQL && autoCommit();
        try (PreparedStatement ps = store.c.prepareStatement("SELECT " + UnitStore.UNIT_COLUMNS + ", v.lang, v.text, v.codes, v.props, v.notes"
                + " FROM tm_unit u JOIN tm_variant v ON v.unit_id = u.id" + where + " ORDER BY u.id, v.lang")) {
            for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
            if (cursor) {
                store.c.setAutoCommit(false);
                ps.setFetchSize(FETCHED_ROWS);
            }
            try (ResultSet rs = ps.executeQuery()) {
                Unit current = null;
                List<TmxWriter.StoredVariant> variants = new ArrayList<>();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (current != null && current.id() != id) {
                        sink.accept(current, variants);
                        variants = new ArrayList<>();
                    }
                    if (current == null || current.id() != id) current = UnitStore.unit(rs, List.of());
                    // Texts as the UTF-8 bytes SQLite stores: the TMX writer escapes them without decoding them.
                    variants.add(new TmxWriter.StoredVariant(rs.getString(13), textBytes(rs, 14), 0, rs.getBytes(15),
                        UnitStore.readProps(rs.getString(16)), UnitStore.readNotes(rs.getString(17))));
                }
                if (current != null) sink.accept(current, variants);
            } finally {
                if (cursor) {
                    store.c.rollback(); // nothing was written: the transaction only held the cursor
                    store.c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(store.db + ": " + e.getMessage(), e);
        }
    }

    /** Rows a PostgreSQL export fetches at a time: about 150 KB of UN sentences. */
    private static final int FETCHED_ROWS = 500;

    private boolean autoCommit() {
        try {
            return store.c.getAutoCommit();
        } catch (SQLException e) {
            throw new IllegalStateException(store.db + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #forEachUnit} for every unit of an SQLite memory, read from its two tables merged ({@link MergedUnitReader}). */
    private void forEachUnitMerged(List<String> langs, UnitSink sink) throws IOException {
        try (MergedUnitReader reader = new MergedUnitReader(store.c, langs)) {
            reader.read(Long.MIN_VALUE, Long.MAX_VALUE, sink);
        } catch (SQLException e) {
            throw new IllegalStateException(store.db + ": " + e.getMessage(), e);
        }
    }

    /** A NOT NULL text column's bytes: SQLite has no bytes to give for an empty text. */
    static byte[] textBytes(ResultSet rs, int column) throws SQLException {
        byte[] b = rs.getBytes(column);
        return b != null ? b : new byte[0];
    }

    /** Writes a unit unless a language selection leaves it with fewer than two of the chosen languages. */
    private static boolean writeUnit(TmxWriter tmx, Unit u, List<TmxWriter.StoredVariant> variants, List<String> langs) throws IOException {
        if (langs.size() > 1 && variants.size() < 2) return false;
        String s = has(variants, u.srcLang()) ? u.srcLang() : langs.stream().filter(l -> has(variants, l)).findFirst().orElseThrow();
        sortSourceFirst(variants, s);
        tmx.unit(u, s, variants);
        return true;
    }

    private static boolean has(List<TmxWriter.StoredVariant> variants, String lang) {
        for (TmxWriter.StoredVariant v : variants) if (v.lang().equals(lang)) return true;
        return false;
    }

    /**
     * The source language's variant first, then the others by code: an insertion sort, as a unit has a handful of
     * variants, mostly in order already (a comparator and TimSort were 8% of an export).
     */
    private static void sortSourceFirst(List<TmxWriter.StoredVariant> variants, String src) {
        for (int i = 1; i < variants.size(); i++) {
            TmxWriter.StoredVariant v = variants.get(i);
            int j = i;
            while (j > 0 && before(v, variants.get(j - 1), src)) {
                variants.set(j, variants.get(j - 1));
                j--;
            }
            variants.set(j, v);
        }
    }

    private static boolean before(TmxWriter.StoredVariant a, TmxWriter.StoredVariant b, String src) {
        boolean aSrc = a.lang().equals(src);
        boolean bSrc = b.lang().equals(src);
        if (aSrc != bSrc) return aSrc;
        return a.lang().compareTo(b.lang()) < 0;
    }

    private String commonSourceLanguage() throws SQLException {
        try (Statement s = store.c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT src_lang FROM tm_unit LIMIT 2")) {
            List<String> found = new ArrayList<>();
            while (rs.next()) found.add(rs.getString(1));
            return found.size() == 1 ? found.get(0) : "*all*";
        }
    }
}
