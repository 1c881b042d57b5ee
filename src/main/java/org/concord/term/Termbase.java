package org.concord.term;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.concord.InputException;
import org.concord.store.Database;
import org.concord.store.DbLocation;

/**
 * The termbase: concepts with their terms in the six official languages, stored in SQLite (schema "term"), with
 * TBX and CSV exchange, lookup and in-text recognition. The front door of org.concord.term.
 *
 * <pre>{@code
 * Termbase tb = Termbase.open(Database.open(Path.of("concord.db")));
 * tb.importFile(Path.of("termbase/un-terms.tbx"), OnConflict.MERGE);
 * tb.lookup().lookup("non-state actor", null, 5);
 * tb.recognizer().find("…weapons of mass destruction…", "en");
 * }</pre>
 */
public final class Termbase implements AutoCloseable {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\u0000".getBytes(StandardCharsets.US_ASCII);

    private final TermStore store;
    private final boolean ownsDatabase;
    private volatile Loaded loaded;

    /** Concepts and the index built over them, replaced together after every import. */
    private record Loaded(List<Concept> concepts, TermIndex index, Map<String, Map<String, List<String>>> links) {}

    private Termbase(Database db, boolean ownsDatabase) {
        this.store = new TermStore(db);
        this.ownsDatabase = ownsDatabase;
    }

    /** The termbase in {@code db}, its schema migrated to the newest version. */
    public static Termbase open(Database db) {
        return new Termbase(db, false);
    }

    /**
     * A termbase read from a file: a SQLite database is opened as it is; TBX-Basic, TBX 2008 or multilingual CSV is
     * imported into an in-memory database. Closing the termbase closes what this method opened.
     */
    public static Termbase load(Path file) {
        if (isSqlite(file)) return new Termbase(Database.open(file), true);
        Termbase tb = new Termbase(Database.inMemory(), true);
        try {
            tb.importFile(file, OnConflict.REPLACE);
        } catch (RuntimeException e) {
            tb.close();
            throw e;
        }
        return tb;
    }

    /** The termbase at {@code location}: as {@link #load(Path)} for a file; a PostgreSQL database is opened as it is. */
    public static Termbase load(DbLocation location) {
        if (location.isFile()) return load(location.file());
        return new Termbase(Database.open(location), true);
    }

    public Database database() {
        return store.database();
    }

    public List<Concept> concepts() {
        return loaded().concepts();
    }

    public int size() {
        try {
            return store.count();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inflection-aware, longest match first, non-overlapping, ordered by start; offsets into the given text. */
    public TermRecognizer recognizer() {
        return loaded().index();
    }

    /** Exact, normalised, stemmed, prefix and typo-tolerant lookup, ranked in that order. */
    public TermLookup lookup() {
        return loaded().index();
    }

    /** The full forms an abbreviation or acronym stands for (WMD → weapons of mass destruction); empty otherwise. */
    public List<String> fullForms(Concept concept, Term shortForm) {
        return loaded().links().getOrDefault(concept.id(), Map.of())
            .getOrDefault(shortForm.lang() + "\u0000" + shortForm.text(), List.of());
    }

    /** Imports a TBX or multilingual CSV file in one transaction (nothing is written when anything is wrong). */
    public ImportReport importFile(Path file, OnConflict onConflict) {
        return importFile(file, onConflict, null, null);
    }

    /**
     * Imports a file in one transaction. {@code sourceLang} and {@code targetLang} name the languages of an OmegaT
     * glossary (source, target, comment), which does not name them itself; they are ignored for other formats.
     */
    public ImportReport importFile(Path file, OnConflict onConflict, String sourceLang, String targetLang) {
        return importFile(file, onConflict, sourceLang, targetLang, (done, total) -> { });
    }

    /** As {@link #importFile(Path, OnConflict, String, String)}, telling {@code progress} (done, total) as concepts are stored. */
    public ImportReport importFile(Path file, OnConflict onConflict, String sourceLang, String targetLang,
                                   BiConsumer<Integer, Integer> progress) {
        return importFile(file, onConflict, sourceLang, targetLang, progress, ImportObserver.NONE);
    }

    /** As above, telling {@code observer} which concepts the import changes, inside its transaction. */
    public ImportReport importFile(Path file, OnConflict onConflict, String sourceLang, String targetLang,
                                   BiConsumer<Integer, Integer> progress, ImportObserver observer) {
        if (!Files.isReadable(file)) throw new InputException(file + ": cannot read file");
        TermbaseData data = isXml(file) ? TbxReader.read(file) : CsvFormat.read(file, sourceLang, targetLang);
        return store(data, onConflict, progress, observer);
    }

    private ImportReport store(TermbaseData data, OnConflict onConflict, BiConsumer<Integer, Integer> progress,
                               ImportObserver observer) {
        try {
            try (TermStore.BulkSettings bulk = store.bulkSettings(true)) {
                ImportReport report = storeAll(data, onConflict, progress, observer, bulk.firstImport());
                if (report != null) return report;
            }
            // Another process stored concepts between the check and the transaction: import with every check on.
            try (TermStore.BulkSettings bulk = store.bulkSettings(false)) {
                return storeAll(data, onConflict, progress, observer, false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(store.database() + ": " + e.getMessage(), e);
        }
    }

    private ImportReport storeAll(TermbaseData data, OnConflict onConflict, BiConsumer<Integer, Integer> progress,
                                  ImportObserver observer, boolean firstImport) {
        String today = LocalDate.now().toString();
        ImportReport report = store.database().inTransaction(() -> {
            if (firstImport && !store.isEmpty()) return null; // nothing written yet: the caller starts again
            int added = 0, replaced = 0, merged = 0, skipped = 0, unchanged = 0;
            List<String> changed = new ArrayList<>();
            try (TermStore.Writer w = store.writer()) {
                java.util.Set<String> present = store.ids();
                int total = data.entries().size();
                int done = 0;
                for (Entry e : data.entries()) {
                    if (++done % 1000 == 0 || done == total) progress.accept(done, total);
                    if (!present.contains(e.id())) {
                        w.insert(e);
                        changed.add(e.id());
                        added++;
                        continue;
                    }
                    switch (onConflict) {
                        case SKIP -> skipped++;
                        case REPLACE -> {
                            w.flush();
                            Entry old = store.find(e.id()).orElseThrow();
                            if (old.sameContentAs(e)) {
                                unchanged++;
                                continue;
                            }
                            observer.replacing(e.id());
                            store.delete(e.id());
                            w.insert(new Entry(e.id(), old.created(), today, e.info(), e.sections()));
                            changed.add(e.id());
                            replaced++;
                        }
                        case MERGE -> {
                            w.flush();
                            Entry old = store.find(e.id()).orElseThrow();
                            observer.replacing(e.id());
                            store.delete(e.id());
                            w.insert(Merging.merge(old, e, today));
                            changed.add(e.id());
                            merged++;
                        }
                    }
                }
                w.flush();
            }
            store.insertBack(data.back());
            observer.stored(changed);
            return new ImportReport(added, replaced, merged, skipped, unchanged);
        });
        loaded = null;
        return report;
    }

    /** Writes the whole termbase; TBX-Basic output is valid against TBX-Basic.rng. */
    public void export(Path file, ExportFormat format) {
        TermbaseData data;
        try {
            data = new TermbaseData(store.readAll(), store.readBack());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // Through a temporary file: a full disk or a kill never leaves half a TBX where the user looks.
        org.concord.AtomicFile.write(file, tmp -> {
            switch (format) {
                case TBX -> TbxWriter.write(data, tmp, true);
                case TBX2008 -> TbxWriter.write(data, tmp, false);
                case CSV -> CsvFormat.write(data, tmp);
            }
        });
    }

    TermStore store() {
        return store;
    }

    /** Forgets the loaded concepts and index after an edit: the next lookup reads the termbase again. */
    void reload() {
        loaded = null;
    }

    /**
     * Builds the concepts and index again now, after a committed edit: lookups go on with the old ones until the new
     * ones replace them, instead of all waiting for the rebuild.
     */
    synchronized void refresh() {
        loaded = build();
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                if ((l = loaded) == null) l = loaded = build();
            }
        }
        return l;
    }

    private Loaded build() {
        try {
            List<Concept> concepts = store.readAll().stream().map(Entry::toConcept).toList();
            return new Loaded(concepts, new TermIndex(concepts), store.links());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (ownsDatabase) store.database().close();
    }

    private static boolean isSqlite(Path file) {
        return Arrays.equals(head(file, SQLITE_MAGIC.length), SQLITE_MAGIC);
    }

    private static boolean isXml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tbx") || name.endsWith(".xml")) return true;
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt") || name.endsWith(".tab")) return false;
        byte[] h = head(file, 64);
        String s = new String(h, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return s.startsWith("<");
    }

    private static byte[] head(Path file, int n) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read file: " + e.getMessage(), e);
        }
    }
}
