package org.concord.tm;

import org.concord.AtomicFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.concord.InputException;
import org.concord.store.Database;
import org.concord.store.Migration;

/**
 * A translation memory kept in a Concord database: multilingual units, TMX import and export, fuzzy match and
 * concordance through an inverted index stored beside the units. Several processes may share one file: writes take
 * the database's write lock for their whole transaction, readers see committed data only.
 */
public final class TranslationMemory implements MemorySearch {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final long WRITE_WAIT_MILLIS = 10 * 60 * 1000;
    private static final int BATCH = 64;
    /** Rows written by one INSERT during an import (32 × 13 parameters, well under SQLite's limit). */
    private static final int UNITS_PER_INSERT = 32;

    private final Database db;
    private final Connection c;
    private final Index index;
    private int[] acc = new int[0];
    private PreparedStatement textsStatement;
    private String textsLang;
    /** Read statements prepared once: a query runs several, and preparing costs about as much as a short lookup. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private TranslationMemory(Database db) {
        this.db = db;
        this.c = db.connection();
        this.index = new Index(c);
    }

    /** Opens the memory in {@code db}, creating or upgrading its tables. */
    public static TranslationMemory open(Database db) {
        db.migrate("tm", List.of(Migration.sqlResource(TranslationMemory.class, "schema-1.sql"), Migration.sqlResource(TranslationMemory.class, "schema-2.sql"),
            Migration.sqlResource(TranslationMemory.class, "schema-3.sql"), Migration.sqlResource(TranslationMemory.class, "schema-4.sql"),
            Migration.sqlThen(Migration.script(TranslationMemory.class, "schema-5.sql"), PostingsWriter::regroupPairs)));
        try (Statement s = db.connection().createStatement()) {
            // Imports touch the unique key index at random places: a page cache of 128 MB (outside the Java heap)
            // keeps them from spilling to the WAL unit after unit.
            s.execute("PRAGMA cache_size = -131072");
        } catch (SQLException e) {
            throw new IllegalStateException(db.path() + ": " + e.getMessage(), e);
        }
        return new TranslationMemory(db);
    }

    public long size() {
        return query(() -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM tm_unit")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    // ---------------------------------------------------------------- writing

    /**
     * Imports a TMX file in one transaction: on any error nothing is stored. Units lacking their source language are
     * skipped with a warning; a tuid seen twice in the file is an error.
     */
    public ImportReport importTmx(Path file, OnDuplicate onDuplicate, String user) {
        return importTmx(file, onDuplicate, user, read -> { });
    }

    /** As {@link #importTmx(Path, OnDuplicate, String)}, telling {@code progress} the units read every 10,000 units. */
    public ImportReport importTmx(Path file, OnDuplicate onDuplicate, String user, java.util.function.LongConsumer progress) {
        if (!Files.isReadable(file)) throw new InputException(file + ": cannot read file");
        List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
        Instant now = now();
        return write(() -> {
            Inserter in = new Inserter(user, warnings, now);
            if (isEmpty()) in.startBulk();
            long read = 0;
            // The file is parsed and its words cut on another thread while this one writes to SQLite.
            DateText dates = new DateText();
            try (UnitStream<Incoming> units = new UnitStream<>(file, warnings, (u, words) -> incoming(u, user, now, words, dates))) {
                for (UnitStream.Batch<Incoming> batch; (batch = units.next()) != null; ) {
                    if (batch.restart()) in.restartWords();
                    in.postings.learn(batch.newWords());
                    for (Incoming u : batch.units()) {
                        in.imported(u, onDuplicate, file.toString());
                        if (++read % 10_000 == 0) progress.accept(read);
                    }
                }
            }
            return in.finish();
        });
    }

    /** An index of tm_unit as the schema creates it: a bulk import drops it and builds it again. */
    private record UnitIndex(String name, String create) {}

    private static final List<UnitIndex> UNIT_INDEXES = List.of(
        new UnitIndex("tm_unit_key", "CREATE UNIQUE INDEX tm_unit_key ON tm_unit(dedup_key)"),
        new UnitIndex("tm_unit_doc", "CREATE INDEX tm_unit_doc ON tm_unit(doc_symbol)"),
        new UnitIndex("tm_unit_changed", "CREATE INDEX tm_unit_changed ON tm_unit(changed_at)"));

    /** Units a bulk import takes before it builds the indexes and goes on unit by unit: its key set stays within 64 MB. */
    private static final int BULK_UNITS = 4_000_000;

    private boolean isEmpty() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM tm_unit)")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /**
     * A unit read from TMX, prepared for the store without touching it (so on the reader's thread): its key, its
     * props and notes as stored, and the words of each variant. {@code unit} is null when it lacks its source language.
     */
    private record Incoming(TmxReader.ReadUnit read, Unit unit, String key, String created, String changed, String props, String notes,
                            List<PostingsWriter.Words> words) {}

    /** Dates as stored, formatting each only when it is not one of the last two (units of a file mostly share theirs). */
    private static final class DateText {
        private Instant last, previous;
        private String lastText, previousText;

        String of(Instant date) {
            if (date.equals(last)) return lastText;
            if (!date.equals(previous)) {
                previous = date;
                previousText = date.toString();
            }
            Instant d = last;
            String t = lastText;
            last = previous;
            lastText = previousText;
            previous = d;
            previousText = t;
            return lastText;
        }
    }

    private static Incoming incoming(TmxReader.ReadUnit u, String user, Instant now, WordTable table, DateText dates) {
        if (u.srcLang() == null) return new Incoming(u, null, null, null, null, null, null, List.of());
        String doc = null;
        Double confidence = null;
        List<Prop> props = new ArrayList<>();
        for (Prop p : u.props()) {
            switch (p.type() == null ? "" : p.type()) {
                case TmxWriter.DOC_PROP -> doc = p.value();
                case TmxWriter.ORIGIN_PROP -> { } // the unit is now an imported one
                case TmxWriter.CONFIDENCE_PROP -> confidence = parseConfidence(p.value());
                default -> props.add(p);
            }
        }
        Variant src = u.variants().stream().filter(v -> v.lang().equals(u.srcLang())).findFirst().orElseThrow();
        String key = u.tuid() != null ? key("tuid", u.tuid()) : key("src", u.srcLang(), src.markup());
        Instant created = u.created() != null ? u.created() : now;
        Instant changed = u.changed() != null ? u.changed() : created;
        String createdBy = u.createdBy() != null ? u.createdBy() : user;
        String changedBy = u.changedBy() != null ? u.changedBy() : createdBy;
        Unit unit = new Unit(0, u.tuid(), Origin.IMPORTED, doc, confidence, u.srcLang(), created, createdBy, changed,
            changedBy, props, u.notes(), u.variants());
        List<PostingsWriter.Words> words = new ArrayList<>(unit.variants().size());
        for (Variant v : unit.variants()) words.add(table.words(v.text()));
        return new Incoming(u, unit, key, dates.of(created), dates.of(changed), props(unit.props()), notes(unit.notes()), words);
    }

    private static Double parseConfidence(String value) {
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Adds aligned units from the build pipeline; running it again with the same alignment adds nothing, and a bead
     * whose translations changed is updated (unless a translator confirmed it).
     */
    public ImportReport add(List<AlignedUnit> units, String user) {
        return write(() -> {
            Inserter in = new Inserter(user, new ArrayList<>(), now());
            for (AlignedUnit u : units) in.aligned(u);
            return in.finish();
        });
    }

    /**
     * Files the aligned units of one document as this alignment made them: adds and updates like
     * {@link #add(List, String)}, and removes the document's aligned units that the alignment no longer has (its
     * sentences were edited, moved or cut differently), so the memory never keeps stale beads beside the new ones.
     * Units a translator confirmed and units imported from TMX stay. One transaction.
     */
    public DocumentFiling fileDocument(String docSymbol, List<AlignedUnit> units, String user) {
        for (AlignedUnit u : units) {
            if (!Objects.equals(u.docSymbol(), docSymbol)) {
                throw new IllegalArgumentException("unit of document " + u.docSymbol() + " filed under " + docSymbol);
            }
        }
        return write(() -> {
            Inserter in = new Inserter(user, new ArrayList<>(), now());
            for (AlignedUnit u : units) in.aligned(u);
            ImportReport r = in.finish();
            int removed = 0;
            List<Long> stale = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tm_unit WHERE doc_symbol = ? AND origin = ?")) {
                ps.setString(1, docSymbol);
                ps.setString(2, Origin.ALIGNED.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) if (!in.touched.contains(rs.getLong(1))) stale.add(rs.getLong(1));
                }
            }
            try (PreparedStatement variants = c.prepareStatement("DELETE FROM tm_variant WHERE unit_id = ?");
                 PreparedStatement unit = c.prepareStatement("DELETE FROM tm_unit WHERE id = ?")) {
                // Their ids stay in the postings until overwritten: searches read texts by id, so they find nothing there.
                for (long id : stale) {
                    variants.setLong(1, id);
                    variants.executeUpdate();
                    unit.setLong(1, id);
                    removed += unit.executeUpdate();
                }
            }
            return new DocumentFiling(r.added(), r.replaced(), r.unchanged(), removed);
        });
    }

    /**
     * Files sentences a translator sent back as confirmed units of their document, in one transaction: a segment
     * filed before with the same source text and languages is replaced when its translation changed, else left alone.
     */
    public ImportReport fileTranslations(List<TranslatedSegment> segments, String user) {
        return write(() -> {
            Inserter in = new Inserter(user, new ArrayList<>(), now());
            for (TranslatedSegment t : segments) in.translated(t);
            return in.finish();
        });
    }

    /** The source languages of the units filed under this document (empty when the memory has none of it). */
    public synchronized Set<String> documentSourceLanguages(String docSymbol) {
        return query(() -> {
            Set<String> out = new java.util.TreeSet<>();
            PreparedStatement ps = statement("SELECT DISTINCT src_lang FROM tm_unit WHERE doc_symbol = ?");
            ps.setString(1, docSymbol);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
    }

    /** Marks a unit as confirmed by a translator: later alignments leave it alone. */
    public void confirm(long unitId, String user) {
        write(() -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE tm_unit SET origin = 'confirmed', changed_at = ?, changed_by = ? WHERE id = ?")) {
                ps.setString(1, now().toString());
                ps.setString(2, user);
                ps.setLong(3, unitId);
                if (ps.executeUpdate() == 0) throw new InputException("no unit " + unitId + " in the memory");
            }
            return null;
        });
    }

    /**
     * A translator's correction of a unit's text in one language: the text is replaced and re-indexed, and the unit is
     * confirmed (by this user, now), so later alignments leave it alone.
     */
    public Unit correct(long unitId, String lang, String text, String user) {
        return write(() -> {
            Unit stored = unit(unitId);
            if (stored == null) throw new InputException("no unit " + unitId + " in the memory");
            if (stored.variant(lang) == null) throw new InputException("unit " + unitId + " has no " + lang + " text");
            Instant now = now();
            List<Variant> variants = stored.variants().stream().map(v -> v.lang().equals(lang) ? Variant.plain(lang, text) : v).toList();
            Unit changed = new Unit(unitId, stored.tuid(), Origin.CONFIRMED, stored.docSymbol(), stored.confidence(), stored.srcLang(),
                stored.created(), stored.createdBy(), now, user, stored.props(), stored.notes(), variants);
            Inserter in = new Inserter(user, new ArrayList<>(), now);
            in.replace(unitId, changed, in.words(variants));
            in.finish();
            return changed;
        });
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Writes units inside one write transaction: ids, duplicate keys, variants and index. Imported units are written
     * {@value #UNITS_PER_INSERT} to a statement: SQLite then opens its tables and indexes once for them all.
     */
    private final class Inserter {
        private final String user;
        private final List<String> warnings;
        private final Instant now;
        private final long firstId;
        private long nextId;
        private final PostingsWriter postings = new PostingsWriter(c);
        private final PreparedStatement insertUnit;
        private final PreparedStatement insertVariant;
        /** Multi-row inserts by their number of rows. */
        private final Map<Integer, PreparedStatement> insertUnits = new HashMap<>();
        private final Map<Integer, PreparedStatement> insertVariants = new HashMap<>();
        private final List<Incoming> pending = new ArrayList<>(UNITS_PER_INSERT);
        private OnDuplicate pendingMode;
        private String pendingFile;
        private int read, added, replaced, unchanged, skipped;
        /** The units that aligned units were filed as: inserted, updated or found unchanged. */
        final Set<Long> touched = new HashSet<>();
        /**
         * In a bulk import (into an empty memory) tm_unit has no indexes: they are built by sorting when it ends, far
         * cheaper than a million inserts at random places of the key index. The keys seen (64 bits of each) tell a
         * unit repeated in the file: the bulk import then ends before it, and the repeat is handled as asked.
         */
        private KeySet bulkKeys;

        Inserter(String user, List<String> warnings, Instant now) throws SQLException {
            this.user = user;
            this.warnings = warnings;
            this.now = now;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM tm_unit")) {
                rs.next();
                firstId = nextId = rs.getLong(1) + 1;
            }
            insertUnit = c.prepareStatement(unitInsert(1, false));
            insertVariant = c.prepareStatement(variantInsert(1));
        }

        private static String unitInsert(int rows, boolean bulk) {
            return "INSERT INTO tm_unit(id, dedup_key, tuid, origin, doc_symbol, confidence, src_lang, created_at, created_by,"
                + " changed_at, changed_by, props, notes) VALUES " + "(?,?,?,?,?,?,?,?,?,?,?,?,?),".repeat(rows - 1)
                + "(?,?,?,?,?,?,?,?,?,?,?,?,?)" + (bulk ? "" : " ON CONFLICT(dedup_key) DO NOTHING");
        }

        void startBulk() throws SQLException {
            try (Statement s = c.createStatement()) {
                for (UnitIndex index : UNIT_INDEXES) s.execute("DROP INDEX " + index.name());
            }
            bulkKeys = new KeySet();
        }

        /** Writes the units taken in bulk and builds tm_unit's indexes over them: from here on, units are checked. */
        private void endBulk() throws SQLException {
            insertPending();
            try (Statement s = c.createStatement()) {
                for (UnitIndex index : UNIT_INDEXES) s.execute(index.create());
            }
            bulkKeys = null;
            for (PreparedStatement ps : insertUnits.values()) ps.close();
            insertUnits.clear();
        }

        private static String variantInsert(int rows) {
            return "INSERT INTO tm_variant(unit_id, lang, text, codes, props, notes) VALUES " + "(?,?,?,?,?,?),".repeat(rows - 1) + "(?,?,?,?,?,?)";
        }

        void imported(Incoming u, OnDuplicate mode, String file) throws SQLException {
            read++;
            if (u.unit() == null) {
                skipped++;
                return;
            }
            if (bulkKeys != null && (!bulkKeys.add(keyBits(u.key())) || bulkKeys.size() > BULK_UNITS)) endBulk();
            pendingMode = mode;
            pendingFile = file;
            pending.add(u);
            if (pending.size() == UNITS_PER_INSERT) insertPending();
        }

        /**
         * Inserts the pending units in one statement. When one of them turns out to be a duplicate, the statement is
         * undone and they are taken one at a time: ids and outcomes are those of a unit-by-unit import.
         */
        private void insertPending() throws SQLException {
            int n = pending.size();
            if (n == 0) return;
            PreparedStatement ps = insertUnits.get(n);
            if (ps == null) insertUnits.put(n, ps = c.prepareStatement(unitInsert(n, bulkKeys != null)));
            int p = 1;
            for (int i = 0; i < n; i++) {
                Incoming u = pending.get(i);
                p = bindUnit(ps, p, nextId + i, u.unit(), u.key(), u.created(), u.changed(), u.props(), u.notes());
            }
            int done = ps.executeUpdate();
            if (done == n) {
                List<Long> ids = new ArrayList<>();
                List<Variant> variants = new ArrayList<>();
                List<PostingsWriter.Words> words = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Incoming u = pending.get(i);
                    for (int v = 0; v < u.unit().variants().size(); v++) {
                        ids.add(nextId + i);
                        variants.add(u.unit().variants().get(v));
                        words.add(u.words().get(v));
                    }
                }
                nextId += n;
                added += n;
                insertVariants(ids, variants, words);
            } else {
                try (PreparedStatement undo = c.prepareStatement("DELETE FROM tm_unit WHERE id >= ?")) {
                    undo.setLong(1, nextId);
                    undo.executeUpdate();
                }
                for (Incoming u : pending) one(u, pendingMode, pendingFile);
            }
            pending.clear();
        }

        private void one(Incoming in, OnDuplicate mode, String file) throws SQLException {
            TmxReader.ReadUnit u = in.read();
            Unit unit = in.unit();
            if (insert(unit, in.key(), in.words())) return;
            long existing = existingId(in.key());
            if (u.tuid() != null && existing >= firstId) {
                throw InputException.at(file, u.line(), u.column(), "duplicate tuid '" + u.tuid() + "' (an earlier unit of this file has it)");
            }
            switch (mode) {
                case SKIP -> skipped++;
                case KEEP -> insert(unit, null, in.words());
                case REPLACE -> {
                    replace(existing, unit, in.words());
                    replaced++;
                }
            }
        }

        /** The reader's word numbering starts over: what uses the old numbers is written first. */
        void restartWords() throws SQLException {
            insertPending();
            postings.flush();
            postings.forgetWords();
        }

        void aligned(AlignedUnit a) throws SQLException {
            read++;
            String src = LangCodes.normalize(a.srcLang());
            List<Variant> variants = new ArrayList<>();
            String srcText = null;
            for (var e : new TreeMap<>(a.texts()).entrySet()) {
                String lang = LangCodes.normalize(e.getKey());
                if (lang.equals(src)) srcText = e.getValue();
                variants.add(Variant.plain(lang, e.getValue()));
            }
            if (srcText == null) throw new IllegalArgumentException("aligned unit without its source text (" + src + ")");
            variants.sort(Comparator.comparing((Variant v) -> !v.lang().equals(src)).thenComparing(Variant::lang));
            String key = key("doc", String.valueOf(a.docSymbol()), String.valueOf(a.position()), src, srcText);
            Unit unit = new Unit(0, null, Origin.ALIGNED, a.docSymbol(), a.confidence(), src, now, user, now, user,
                List.of(), List.of(), variants);
            List<PostingsWriter.Words> words = words(variants);
            if (insert(unit, key, words)) {
                touched.add(nextId - 1);
                return;
            }
            long existing = existingId(key);
            touched.add(existing);
            Unit stored = TranslationMemory.this.unit(existing);
            if (stored.origin() == Origin.CONFIRMED || sameTexts(stored, unit) && Objects.equals(stored.confidence(), unit.confidence())) {
                unchanged++;
                return;
            }
            replace(existing, new Unit(0, null, Origin.ALIGNED, a.docSymbol(), a.confidence(), src, stored.created(),
                stored.createdBy(), now, user, List.of(), List.of(), variants), words);
            replaced++;
        }

        void translated(TranslatedSegment t) throws SQLException {
            read++;
            String src = LangCodes.normalize(t.srcLang());
            String tgt = LangCodes.normalize(t.tgtLang());
            Instant date = t.date() != null ? t.date().truncatedTo(ChronoUnit.SECONDS) : now;
            String by = t.translator() != null ? t.translator() : user;
            List<Variant> variants = List.of(Variant.plain(src, t.source()), Variant.plain(tgt, t.target()));
            String key = key("translated", String.valueOf(t.docSymbol()), src, tgt, t.source());
            Unit unit = new Unit(0, null, Origin.CONFIRMED, t.docSymbol(), null, src, date, by, date, by, List.of(), List.of(), variants);
            List<PostingsWriter.Words> words = words(variants);
            if (insert(unit, key, words)) return;
            long existing = existingId(key);
            Unit stored = TranslationMemory.this.unit(existing);
            if (sameTexts(stored, unit)) {
                unchanged++;
                return;
            }
            replace(existing, new Unit(0, null, Origin.CONFIRMED, t.docSymbol(), null, src, stored.created(), stored.createdBy(),
                date, by, List.of(), List.of(), variants), words);
            replaced++;
        }

        private boolean sameTexts(Unit a, Unit b) {
            Map<String, String> x = new HashMap<>();
            for (Variant v : a.variants()) x.put(v.lang(), v.text());
            Map<String, String> y = new HashMap<>();
            for (Variant v : b.variants()) y.put(v.lang(), v.text());
            return x.equals(y);
        }

        /** Inserts the unit unless one with the same key exists; true when inserted. */
        private boolean insert(Unit u, String key, List<PostingsWriter.Words> words) throws SQLException {
            long id = nextId;
            bindUnit(insertUnit, 1, id, u, key, u.created().toString(), u.changed().toString(), props(u.props()), notes(u.notes()));
            if (insertUnit.executeUpdate() == 0) return false;
            nextId++;
            added++;
            variants(id, u.variants(), words);
            return true;
        }

        /** Binds one unit's row from parameter {@code p} on; returns the next parameter's number. */
        private int bindUnit(PreparedStatement ps, int p, long id, Unit u, String key, String created, String changed, String props,
                             String notes) throws SQLException {
            ps.setLong(p++, id);
            ps.setString(p++, key);
            ps.setString(p++, u.tuid());
            ps.setString(p++, u.origin().code());
            ps.setString(p++, u.docSymbol());
            if (u.confidence() != null) ps.setDouble(p++, u.confidence());
            else ps.setNull(p++, java.sql.Types.REAL);
            ps.setString(p++, u.srcLang());
            ps.setString(p++, created);
            ps.setString(p++, u.createdBy());
            ps.setString(p++, changed);
            ps.setString(p++, u.changedBy());
            ps.setString(p++, props);
            ps.setString(p++, notes);
            return p;
        }

        private void replace(long id, Unit u, List<PostingsWriter.Words> words) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("UPDATE tm_unit SET tuid = ?, origin = ?, doc_symbol = ?,"
                    + " confidence = ?, src_lang = ?, created_at = ?, created_by = ?, changed_at = ?, changed_by = ?,"
                    + " props = ?, notes = ? WHERE id = ?");
                 PreparedStatement del = c.prepareStatement("DELETE FROM tm_variant WHERE unit_id = ?")) {
                ps.setString(1, u.tuid());
                ps.setString(2, u.origin().code());
                ps.setString(3, u.docSymbol());
                if (u.confidence() != null) ps.setDouble(4, u.confidence());
                else ps.setNull(4, java.sql.Types.REAL);
                ps.setString(5, u.srcLang());
                ps.setString(6, u.created().toString());
                ps.setString(7, u.createdBy());
                ps.setString(8, u.changed().toString());
                ps.setString(9, u.changedBy());
                ps.setString(10, props(u.props()));
                ps.setString(11, notes(u.notes()));
                ps.setLong(12, id);
                ps.executeUpdate();
                del.setLong(1, id);
                del.executeUpdate();
            }
            variants(id, u.variants(), words);
        }

        /** Inserts a unit's variants and indexes their words ({@code words} in the same order). */
        private void variants(long id, List<Variant> variants, List<PostingsWriter.Words> words) throws SQLException {
            for (int i = 0; i < variants.size(); i++) {
                Variant v = variants.get(i);
                bindVariant(insertVariant, 1, id, v);
                insertVariant.executeUpdate();
                postings.add(id, v.lang(), words.get(i));
            }
        }

        /** The words of these variants, numbered by the postings writer itself (units that do not come from a file). */
        private List<PostingsWriter.Words> words(List<Variant> variants) throws SQLException {
            List<PostingsWriter.Words> out = new ArrayList<>(variants.size());
            for (Variant v : variants) out.add(postings.words(v.text()));
            return out;
        }

        /** Inserts variants {@value #UNITS_PER_INSERT} rows to a statement, and indexes their words. */
        private void insertVariants(List<Long> ids, List<Variant> variants, List<PostingsWriter.Words> words) throws SQLException {
            for (int from = 0; from < ids.size(); from += UNITS_PER_INSERT) {
                int n = Math.min(UNITS_PER_INSERT, ids.size() - from);
                PreparedStatement ps = insertVariants.get(n);
                if (ps == null) insertVariants.put(n, ps = c.prepareStatement(variantInsert(n)));
                int p = 1;
                for (int i = from; i < from + n; i++) p = bindVariant(ps, p, ids.get(i), variants.get(i));
                ps.executeUpdate();
            }
            for (int i = 0; i < ids.size(); i++) postings.add(ids.get(i), variants.get(i).lang(), words.get(i));
        }

        private int bindVariant(PreparedStatement ps, int p, long id, Variant v) throws SQLException {
            ps.setLong(p++, id);
            ps.setString(p++, v.lang());
            ps.setString(p++, v.text());
            ps.setString(p++, v.codes());
            ps.setString(p++, props(v.props()));
            ps.setString(p++, notes(v.notes()));
            return p;
        }

        private long existingId(String key) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tm_unit WHERE dedup_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        ImportReport finish() throws SQLException {
            if (bulkKeys != null) endBulk();
            insertPending();
            postings.flush();
            insertUnit.close();
            insertVariant.close();
            for (PreparedStatement ps : insertUnits.values()) ps.close();
            for (PreparedStatement ps : insertVariants.values()) ps.close();
            return new ImportReport(read, added, replaced, unchanged, skipped, List.copyOf(warnings));
        }
    }

    /** A short digest of the parts that make units the same, so the unique index stays small. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** 64 bits of a key's digest (see {@link #key}). */
    private static long keyBits(String key) {
        int at = key.indexOf(':') + 1;
        return Long.parseUnsignedLong(key, at, at + 16, 16);
    }

    static String key(String... parts) {
        {
            MessageDigest md = SHA256.get();
            md.reset();
            for (String p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            byte[] d = md.digest();
            StringBuilder b = new StringBuilder(parts[0]).append(':');
            for (int i = 0; i < 16; i++) b.append(Character.forDigit((d[i] >> 4) & 15, 16)).append(Character.forDigit(d[i] & 15, 16));
            return b.toString();
        }
    }

    private static String props(List<Prop> props) {
        if (props.isEmpty()) return null;
        List<List<String>> pairs = new ArrayList<>();
        for (Prop p : props) pairs.add(java.util.Arrays.asList(p.type(), p.value()));
        return json(pairs);
    }

    private static String notes(List<String> notes) {
        return notes.isEmpty() ? null : json(notes);
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Prop> readProps(String json) {
        if (json == null) return List.of();
        try {
            List<Prop> out = new ArrayList<>();
            for (List<String> p : JSON.readValue(json, new TypeReference<List<List<String>>>() {})) out.add(new Prop(p.get(0), p.get(1)));
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> readNotes(String json) {
        if (json == null) return List.of();
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code work} holding the database's write lock from the start (BEGIN IMMEDIATE), so two writers queue
     * instead of failing half-way; waits for another writer up to ten minutes.
     */
    private <T> T write(Database.Work<T> work) {
        try {
            if (!c.getAutoCommit()) return work.run(); // the caller's transaction
            long deadline = System.currentTimeMillis() + WRITE_WAIT_MILLIS;
            try (Statement s = c.createStatement()) {
                while (true) {
                    try {
                        s.execute("BEGIN IMMEDIATE");
                        break;
                    } catch (SQLException e) {
                        if (!isBusy(e) || System.currentTimeMillis() > deadline) throw e;
                    }
                }
                try {
                    T result = work.run();
                    s.execute("COMMIT");
                    return result;
                } catch (SQLException | RuntimeException e) {
                    Database.rollbackAfter(s, e);
                    throw e;
                } finally {
                    index.invalidate();
                }
            }
        } catch (SQLException e) {
            if (isBusy(e)) throw new InputException(db.path() + ": database is busy: another process has been writing for too long");
            throw new IllegalStateException(db.path() + ": " + e.getMessage(), e);
        }
    }

    private static boolean isBusy(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_BUSY") || m.contains("database is locked");
    }

    private <T> T query(Database.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(db.path() + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- reading units

    /** The unit with this id, or null. */
    public synchronized Unit unit(long id) {
        return query(() -> {
            PreparedStatement ps = statement("SELECT " + UNIT_COLUMNS + " FROM tm_unit u WHERE id = ?");
            PreparedStatement vs = statement("SELECT lang, text, codes, props, notes FROM tm_variant WHERE unit_id = ?");
            {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return null;
                    vs.setLong(1, id);
                    List<Variant> variants = new ArrayList<>();
                    try (ResultSet v = vs.executeQuery()) {
                        while (v.next()) variants.add(new Variant(v.getString(1), v.getString(2), v.getString(3), readProps(v.getString(4)), readNotes(v.getString(5))));
                    }
                    String src = rs.getString(6);
                    variants.sort(Comparator.comparing((Variant v) -> !v.lang().equals(src)).thenComparing(Variant::lang));
                    return unit(rs, variants);
                }
            }
        });
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    private static final String UNIT_COLUMNS =
        "u.id, u.tuid, u.origin, u.doc_symbol, u.confidence, u.src_lang, u.created_at, u.created_by, u.changed_at, u.changed_by, u.props, u.notes";

    private static Unit unit(ResultSet rs, List<Variant> variants) throws SQLException {
        double conf = rs.getDouble(5);
        Double confidence = rs.wasNull() ? null : conf;
        return new Unit(rs.getLong(1), rs.getString(2), Origin.of(rs.getString(3)), rs.getString(4), confidence, rs.getString(6),
            instant(rs.getString(7)), rs.getString(8), instant(rs.getString(9)), rs.getString(10),
            readProps(rs.getString(11)), readNotes(rs.getString(12)), variants);
    }

    /** Reads a stored date; "2026-11-29T14:38:50Z" is parsed by hand, as exports read two per unit. */
    static Instant instant(String iso) {
        if (iso.length() == 20 && iso.charAt(10) == 'T' && iso.charAt(19) == 'Z') {
            return java.time.LocalDateTime.of(num(iso, 0, 4), num(iso, 5, 7), num(iso, 8, 10), num(iso, 11, 13), num(iso, 14, 16),
                num(iso, 17, 19)).toInstant(java.time.ZoneOffset.UTC);
        }
        return Instant.parse(iso);
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) v = v * 10 + (s.charAt(i) - '0');
        return v;
    }

    // ---------------------------------------------------------------- export

    /**
     * Writes the selected units as TMX 1.4b, in unit id order, variants source language first, then by code. The file
     * appears only when complete.
     */
    public long exportTmx(Path file, ExportOptions options, String toolVersion) {
        long[] written = new long[1];
        AtomicFile.write(file, tmp -> {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
                written[0] = exportTmx(w, options, toolVersion, now());
            }
        });
        return written[0];
    }

    public long exportTmx(Writer out, ExportOptions options, String toolVersion, Instant now) throws IOException {
        List<String> langs = languages(options);
        String headerSrc;
        try {
            headerSrc = langs.isEmpty() ? commonSourceLanguage() : langs.get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(db.path() + ": " + e.getMessage(), e);
        }
        TmxWriter tmx = new TmxWriter(out);
        tmx.start(headerSrc, toolVersion, now);
        long[] count = {0};
        forEachUnit(options, (unit, variants) -> {
            if (writeUnit(tmx, unit, variants, langs)) count[0]++;
        });
        tmx.end();
        return count[0];
    }

    /** The units an export with {@code options} would write, with their variants in those languages, in id order. */
    public List<Unit> units(ExportOptions options) {
        List<Unit> out = new ArrayList<>();
        try {
            forEachUnit(options, (u, variants) -> out.add(new Unit(u.id(), u.tuid(), u.origin(), u.docSymbol(), u.confidence(),
                u.srcLang(), u.created(), u.createdBy(), u.changed(), u.changedBy(), u.props(), u.notes(), variants)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // only the TMX writer does I/O
        }
        return out;
    }

    @FunctionalInterface
    private interface UnitSink {
        void accept(Unit unit, List<Variant> variants) throws IOException;
    }

    private List<String> languages(ExportOptions options) {
        List<String> langs = new ArrayList<>();
        for (String l : options.langs()) langs.add(LangCodes.normalize(l));
        return langs;
    }

    /** Streams the selected units with their selected variants, in id order, in one query. */
    private void forEachUnit(ExportOptions options, UnitSink sink) throws IOException {
        List<String> langs = languages(options);
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
            where.append(" AND v.lang IN (").append("?,".repeat(langs.size() - 1)).append("?)");
            params.addAll(langs);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + UNIT_COLUMNS + ", v.lang, v.text, v.codes, v.props, v.notes"
                + " FROM tm_unit u JOIN tm_variant v ON v.unit_id = u.id" + where + " ORDER BY u.id, v.lang")) {
            for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                Unit current = null;
                List<Variant> variants = new ArrayList<>();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (current != null && current.id() != id) {
                        sink.accept(current, variants);
                        variants = new ArrayList<>();
                    }
                    if (current == null || current.id() != id) current = unit(rs, List.of());
                    variants.add(new Variant(rs.getString(13), rs.getString(14), rs.getString(15), readProps(rs.getString(16)), readNotes(rs.getString(17))));
                }
                if (current != null) sink.accept(current, variants);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(db.path() + ": " + e.getMessage(), e);
        }
    }

    /** Writes a unit unless a language selection leaves it with fewer than two of the chosen languages. */
    private static boolean writeUnit(TmxWriter tmx, Unit u, List<Variant> variants, List<String> langs) throws IOException {
        if (langs.size() > 1 && variants.size() < 2) return false;
        String s = variants.stream().anyMatch(v -> v.lang().equals(u.srcLang())) ? u.srcLang()
            : langs.stream().filter(l -> variants.stream().anyMatch(v -> v.lang().equals(l))).findFirst().orElseThrow();
        variants.sort(Comparator.comparing((Variant v) -> !v.lang().equals(s)).thenComparing(Variant::lang));
        tmx.unit(u, s, variants);
        return true;
    }

    private String commonSourceLanguage() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT src_lang FROM tm_unit LIMIT 2")) {
            List<String> found = new ArrayList<>();
            while (rs.next()) found.add(rs.getString(1));
            return found.size() == 1 ? found.get(0) : "*all*";
        }
    }

    // ---------------------------------------------------------------- search

    @Override
    public List<FuzzyMatch> fuzzy(String text, String srcLang, String tgtLang, int minPercent, int max) {
        return lookup(text, srcLang, tgtLang, minPercent, max).stream().map(Lookup::match).toList();
    }

    /**
     * Fuzzy matches of {@code text} among the units that have both languages, best first (ties: older unit first),
     * with the numbers and tags that differ. Candidates come from the index; only those whose shared words could
     * reach {@code minPercent} are scored.
     */
    public synchronized List<Lookup> lookup(String text, String srcLang, String tgtLang, int minPercent, int max) {
        String src = LangCodes.normalize(srcLang);
        String tgt = LangCodes.normalize(tgtLang);
        if (src.equals(tgt)) throw new InputException("source and target language are both " + src);
        if (minPercent < 0 || minPercent > 100) throw new InputException("--min must be between 0 and 100, not " + minPercent);
        if (max < 1) return List.of();
        String plain = Differences.QUERY_TAG.matcher(text).replaceAll(" ");
        return query(() -> {
            index.refresh();
            List<Scored> best = new Fuzzy(src, tgt, Tokens.terms(plain), minPercent, max).run();
            List<Lookup> out = new ArrayList<>();
            for (Scored s : best) {
                Unit u = unit(s.id());
                Variant source = u.variant(src);
                FuzzyMatch m = new FuzzyMatch(u.id(), s.percent(), source.text(), u.variant(tgt).text(), u.docSymbol(), texts(u));
                out.add(Differences.of(text, m, source));
            }
            return out;
        });
    }

    private record Scored(int id, int percent) {}

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingInt(Scored::percent).reversed().thenComparingInt(Scored::id);

    /** One fuzzy query: prefix filter on rare words, bound refinement on frequent ones, exact score on survivors. */
    private final class Fuzzy {
        final String src, tgt;
        final int n, min, max;
        final int[] q;            // query words as local ids
        final String[] words;     // local id → word
        final int[] count;        // local id → occurrences in the query
        final Map<String, Integer> local = new HashMap<>();

        Fuzzy(String src, String tgt, String[] terms, int min, int max) {
            this.src = src;
            this.tgt = tgt;
            this.n = terms.length;
            this.min = min;
            this.max = max;
            q = new int[n];
            List<String> w = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Integer id = local.get(terms[i]);
                if (id == null) {
                    id = w.size();
                    local.put(terms[i], id);
                    w.add(terms[i]);
                }
                q[i] = id;
            }
            words = w.toArray(String[]::new);
            count = new int[words.length];
            for (int id : q) count[id]++;
        }

        List<Scored> run() throws SQLException {
            if (n == 0) return List.of();
            // A unit scoring ≥ min shares at least `need` words with the query (its score is at most shared / n).
            int need = Math.max(1, (min * n + 99) / 100);
            int k = words.length;
            int[] df = new int[k];
            Integer[] order = new Integer[k];
            for (int i = 0; i < k; i++) {
                df[i] = index.df(src, words[i]);
                order[i] = i;
            }
            java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> df[i]));
            // Count the rarest words until the rest could not reach `need` alone: every qualifying unit then holds
            // one of the counted words. Cheap (rare) words are counted anyway, for tighter bounds.
            int cap = Math.max(1000, index.maxId() / 1000);
            int uncounted = n;
            List<Integer> rest = new ArrayList<>();
            int[] accumulator = accumulator(index.maxId() + 1);
            // With the unit's length m known, the edit distance is at least max(n, m) − shared words, so the score is
            // at most 100 × min(shared, m) / max(n, m): most units sharing enough words are too long or too short, and
            // are set aside (-1) when first met. Lengths from shortest to longest that can reach min:
            int shortest = (min * n + 99) / 100;
            int longestAllowed = min == 0 ? Integer.MAX_VALUE : 100 * n / min;
            int[] lengths = index.lengths(src);
            IntList touched = new IntList();
            IntList setAside = new IntList();
            for (int i : order) {
                if (uncounted < need && df[i] > cap) {
                    rest.add(i);
                    continue;
                }
                uncounted -= count[i];
                for (int id : index.posting(src, words[i]).ids()) {
                    if (id >= accumulator.length) continue; // added by another process since refresh
                    int a = accumulator[id];
                    if (a > 0) {
                        accumulator[id] = a + count[i];
                    } else if (a == 0) {
                        int m = id < lengths.length ? lengths[id] : -1;
                        if (m >= 0 && (m < shortest || m > longestAllowed)) {
                            accumulator[id] = -1;
                            setAside.add(id);
                        } else {
                            accumulator[id] = count[i];
                            touched.add(id);
                        }
                    }
                }
            }
            for (int t = 0; t < setAside.size; t++) accumulator[setAside.a[t]] = 0;
            int kept = touched.size;
            // The other words: a list much shorter than the survivors times a binary search is walked once, adding to
            // the survivors' counts; the rest is probed per survivor.
            List<Index.Posting> probed = new ArrayList<>();
            List<Integer> probedCount = new ArrayList<>();
            for (int w : rest) {
                Index.Posting p = index.posting(src, words[w]);
                if (p.bits() != null || p.ids().length > 16L * kept) {
                    probed.add(p);
                    probedCount.add(count[w]);
                    continue;
                }
                uncounted -= count[w];
                for (int id : p.ids()) {
                    if (id < accumulator.length && accumulator[id] > 0) accumulator[id] += count[w];
                }
            }
            Index.Posting[] probe = probed.toArray(Index.Posting[]::new);
            int[] probeCount = probedCount.stream().mapToInt(Integer::intValue).toArray();
            List<Scored> bounds = new ArrayList<>();
            for (int t = 0; t < touched.size; t++) {
                int id = touched.a[t];
                int bound = accumulator[id] + uncounted;
                accumulator[id] = 0;
                int m = id < lengths.length ? lengths[id] : -1;
                int longest = Math.max(n, m);
                int needHere = m < 0 ? need : Math.max(need, (min * longest + 99) / 100);
                for (int j = 0; j < probe.length && bound >= needHere; j++) {
                    if (!probe[j].contains(id)) bound -= probeCount[j];
                }
                if (bound < needHere) continue;
                int percent = m < 0 ? 100 * Math.min(bound, n) / n : 100 * Math.min(Math.min(bound, n), m) / longest;
                if (percent >= min) bounds.add(new Scored(id, percent));
            }
            bounds.sort(BEST_FIRST);
            List<Scored> found = new ArrayList<>();
            for (int from = 0; from < bounds.size(); from += BATCH) {
                int kth = found.size() >= max ? found.get(max - 1).percent() : min;
                if (bounds.get(from).percent() < kth) break;
                List<Scored> batch = bounds.subList(from, Math.min(bounds.size(), from + BATCH));
                int[] ids = batch.stream().mapToInt(Scored::id).toArray();
                for (Candidate cand : candidates(src, tgt, ids)) {
                    int p = Similarity.percent(q, localIds(cand.text()));
                    if (p >= min) found.add(new Scored(cand.id(), p));
                }
                found.sort(BEST_FIRST);
                if (found.size() > max) found.subList(max, found.size()).clear();
            }
            return found;
        }

        private int[] localIds(String text) {
            String[] t = Tokens.terms(text);
            int[] ids = new int[t.length];
            for (int i = 0; i < t.length; i++) ids[i] = local.getOrDefault(t[i], -1);
            return ids;
        }
    }

    private int[] accumulator(int size) {
        if (acc.length < size) acc = new int[size + size / 8];
        return acc;
    }

    static final class IntList {
        int[] a = new int[256];
        int size;

        void add(int v) {
            if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
            a[size++] = v;
        }
    }

    private record Candidate(int id, String text) {}

    /** The source texts of these units, for those that also have the target language (null target: any unit). */
    private List<Candidate> candidates(String lang, String tgt, int[] ids) throws SQLException {
        if (textsStatement == null || !Objects.equals(textsLang, tgt)) {
            if (textsStatement != null) textsStatement.close();
            textsStatement = c.prepareStatement("SELECT v.unit_id, v.text FROM tm_variant v WHERE v.lang = ?"
                + (tgt != null ? " AND EXISTS (SELECT 1 FROM tm_variant t WHERE t.unit_id = v.unit_id AND t.lang = ?)" : "")
                + " AND v.unit_id IN (" + "?,".repeat(BATCH - 1) + "?)");
            textsLang = tgt;
        }
        PreparedStatement ps = textsStatement;
        int p = 1;
        ps.setString(p++, lang);
        if (tgt != null) ps.setString(p++, tgt);
        for (int i = 0; i < BATCH; i++) ps.setInt(p++, i < ids.length ? ids[i] : -1);
        List<Candidate> out = new ArrayList<>(ids.length);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new Candidate(rs.getInt(1), rs.getString(2)));
        }
        out.sort(Comparator.comparingInt(Candidate::id));
        return out;
    }

    private static Map<String, String> texts(Unit u) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Variant v : u.variants()) m.put(v.lang(), v.text());
        return m;
    }

    /**
     * Units whose text in {@code lang} contains {@code text} as a phrase (its words in a row, any case and
     * punctuation between them), oldest first, with the matches' spans and the unit's other languages.
     */
    @Override
    public synchronized List<ConcordanceHit> concordance(String text, String lang, int max) {
        String l = LangCodes.normalize(lang);
        String[] phrase = Tokens.terms(text);
        if (phrase.length == 0 || max < 1) return List.of();
        return query(() -> {
            index.refresh();
            // Every word of the phrase, and every pair of neighbouring words: a unit lacking one cannot hold the phrase.
            // Units older than the pair postings are checked on their words only.
            List<Index.Posting> postings = new ArrayList<>();
            for (String w : new java.util.LinkedHashSet<>(List.of(phrase))) postings.add(index.posting(l, w));
            List<Index.Posting> pairs = new ArrayList<>();
            for (int i = 1; i < phrase.length; i++) pairs.add(index.pairPosting(l, phrase[i - 1], phrase[i]));
            int pairsFrom = index.pairsFrom();
            postings.sort(Comparator.comparingInt(Index.Posting::df));
            pairs.sort(Comparator.comparingInt(Index.Posting::df));
            Index.Posting driver = postings.get(0);
            if (pairsFrom <= 1 && !pairs.isEmpty() && pairs.get(0).df() < driver.df()) {
                driver = pairs.get(0);
                postings.add(0, pairs.remove(0));
            }
            List<ConcordanceHit> hits = new ArrayList<>();
            int[] batch = new int[BATCH];
            int size = 0;
            int[] ids = driver.ids();
            for (int i = 0; i < ids.length && hits.size() < max; i++) {
                int id = ids[i];
                boolean all = true;
                for (int j = 1; j < postings.size() && all; j++) all = postings.get(j).contains(id);
                if (id >= pairsFrom) for (int j = 0; j < pairs.size() && all; j++) all = pairs.get(j).contains(id);
                if (all) batch[size++] = id;
                if (size == BATCH || (i == ids.length - 1 && size > 0)) {
                    List<Candidate> found = new ArrayList<>();
                    List<List<ConcordanceHit.Span>> spans = new ArrayList<>();
                    for (Candidate cand : candidates(l, null, java.util.Arrays.copyOf(batch, size))) {
                        List<ConcordanceHit.Span> s = phraseSpans(cand.text(), phrase);
                        if (s.isEmpty()) continue;
                        found.add(cand);
                        spans.add(s);
                        if (hits.size() + found.size() == max) break;
                    }
                    Map<Integer, Shown> shown = shown(found.stream().mapToInt(Candidate::id).toArray());
                    for (int k = 0; k < found.size(); k++) {
                        Candidate cand = found.get(k);
                        Shown u = shown.get(cand.id());
                        hits.add(new ConcordanceHit(cand.id(), l, cand.text(), spans.get(k), u.docSymbol(), u.variants()));
                    }
                    size = 0;
                }
            }
            return hits;
        });
    }

    /** What a hit shows of its unit: document symbol and text in every language. */
    private record Shown(String docSymbol, Map<String, String> variants) {}

    private Map<Integer, Shown> shown(int[] ids) throws SQLException {
        Map<Integer, Shown> out = new HashMap<>();
        if (ids.length == 0) return out;
        {
            PreparedStatement ps = statement("SELECT v.unit_id, u.doc_symbol, v.lang, v.text FROM tm_variant v"
                + " JOIN tm_unit u ON u.id = v.unit_id WHERE v.unit_id IN (" + "?,".repeat(BATCH - 1) + "?) ORDER BY v.unit_id, v.lang");
            for (int i = 0; i < BATCH; i++) ps.setInt(i + 1, i < ids.length ? ids[i] : -1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getInt(1), k -> new Shown(null, new LinkedHashMap<>()));
                    Shown s = out.get(rs.getInt(1));
                    if (s.docSymbol() == null && rs.getString(2) != null) {
                        s = new Shown(rs.getString(2), s.variants());
                        out.put(rs.getInt(1), s);
                    }
                    s.variants().put(rs.getString(3), rs.getString(4));
                }
            }
        }
        return out;
    }

    private static List<ConcordanceHit.Span> phraseSpans(String text, String[] phrase) {
        List<Tokens.Token> tokens = Tokens.of(text);
        List<ConcordanceHit.Span> spans = new ArrayList<>();
        outer:
        for (int i = 0; i + phrase.length <= tokens.size(); i++) {
            for (int j = 0; j < phrase.length; j++) if (!tokens.get(i + j).term().equals(phrase[j])) continue outer;
            spans.add(new ConcordanceHit.Span(tokens.get(i).start(), tokens.get(i + phrase.length - 1).end()));
        }
        return spans;
    }
}
