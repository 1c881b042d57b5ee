package org.concord.tm;

import static org.concord.tm.UnitStore.key;
import static org.concord.tm.UnitStore.keyBits;
import static org.concord.tm.UnitStore.notes;
import static org.concord.tm.UnitStore.props;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.concord.InputException;

/**
 * Writes units inside one write transaction: ids, duplicate keys, variants and index. Imported units are written
 * {@value #UNITS_PER_INSERT} to a statement: SQLite then opens its tables and indexes once for them all. A variant
 * row is only written for a unit written before it in this transaction or kept (a replaced unit keeps its id; its old
 * variants are deleted first), and units are only deleted before their variants are written: tm_variant never refers
 * to a missing unit, so an import into an empty memory runs without SQLite checking that (MemoryWriter).
 */
final class UnitInserter {
    /** Rows written by one INSERT during an import (32 × 13 parameters, well under SQLite's limit). */
    private static final int UNITS_PER_INSERT = 32;

    /** Rows written by one variant INSERT during an import: those of 32 six-language units. */
    private static final int VARIANTS_PER_INSERT = 192;

    /**
     * Units a bulk import takes before it builds the indexes and goes on unit by unit: its key set stays within 125 MB
     * ({@link KeySet}). It was 4M: the last 6M units of a 10M import then each put their key at a random place of a
     * unique index of millions, far beyond SQLite's page cache.
     */
    static final int BULK_UNITS = 10_000_000;

    /** An index as the schema creates it: a bulk import drops it and builds it again. */
    private record BulkIndex(String name, String create) {}

    private static final List<BulkIndex> BULK_INDEXES = List.of(
        new BulkIndex("tm_unit_key", "CREATE UNIQUE INDEX tm_unit_key ON tm_unit(dedup_key)"),
        new BulkIndex("tm_unit_doc", "CREATE INDEX tm_unit_doc ON tm_unit(doc_symbol)"),
        new BulkIndex("tm_unit_changed", "CREATE INDEX tm_unit_changed ON tm_unit(changed_at)"),
        // The postings' indexes too: each flush put its rows (~60,000 at a million UN units) at random places of
        // them; sorted once at the end, a 100,000-unit import's flushes wrote their rows in half the time.
        new BulkIndex("tm_posting_term", "CREATE INDEX tm_posting_term ON tm_posting(lang, term, chunk, df)"),
        new BulkIndex("tm_pair_group_key", "CREATE UNIQUE INDEX tm_pair_group_key ON tm_pair_group(lang, grp, chunk)"));

    private final UnitStore store;
    private final Connection c;
    private final String user;
    private final List<String> warnings;
    private final Instant now;
    private final long firstId;
    private long nextId;
    final PostingsWriter postings;
    private final PreparedStatement insertUnit;
    private final PreparedStatement insertVariant;
    /** Multi-row inserts by their number of rows (variants: negative for those writing codes, props and notes NULL). */
    private final Map<Integer, PreparedStatement> insertUnits = new HashMap<>();
    private final Map<Integer, PreparedStatement> insertVariants = new HashMap<>();
    private final List<ImportedUnit> pending = new ArrayList<>(UNITS_PER_INSERT);
    private OnDuplicate pendingMode;
    private String pendingFile;
    private int read, added, replaced, unchanged, skipped;
    /** The units that aligned units were filed as: inserted, updated or found unchanged. */
    final Set<Long> touched = new HashSet<>();
    /**
     * In a bulk import (into an empty memory) tm_unit and the postings have no indexes: they are built by sorting when
     * it ends, far cheaper than a million inserts at random places of the key index. The keys seen (64 bits of each) tell a
     * unit repeated in the file: the bulk import then ends before it, and the repeat is handled as asked.
     */
    private KeySet bulkKeys;

    UnitInserter(UnitStore store, String user, List<String> warnings, Instant now) throws SQLException {
        this.store = store;
        this.c = store.c;
        this.user = user;
        this.warnings = warnings;
        this.now = now;
        this.postings = new PostingsWriter(c);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM tm_unit")) {
            rs.next();
            firstId = nextId = rs.getLong(1) + 1;
        }
        insertUnit = c.prepareStatement(unitInsert(1, false));
        insertVariant = c.prepareStatement(variantInsert(1, false, false));
    }

    private static String unitInsert(int rows, boolean bulk) {
        return "INSERT INTO tm_unit(id, dedup_key, tuid, origin, doc_symbol, confidence, src_lang, created_at, created_by,"
            + " changed_at, changed_by, props, notes) VALUES " + "(?,?,?,?,?,?,?,?,?,?,?,?,?),".repeat(rows - 1)
            + "(?,?,?,?,?,?,?,?,?,?,?,?,?)" + (bulk ? "" : " ON CONFLICT(dedup_key) DO NOTHING");
    }

    void startBulk() throws SQLException {
        try (Statement s = c.createStatement()) {
            for (BulkIndex index : BULK_INDEXES) s.execute("DROP INDEX " + index.name());
        }
        bulkKeys = new KeySet();
    }

    /** Writes the units taken in bulk and builds the indexes over them: from here on, units are checked. */
    private void endBulk() throws SQLException {
        insertPending();
        postings.flush(); // its rows too before the indexes are built over them
        boolean sqlite = store.db.dialect() == org.concord.store.Database.Dialect.SQLITE;
        try (Statement s = c.createStatement()) {
            // Each index is built by sorting its table's keys; SQLite sorts the runs that spill past its cache on worker
            // threads when allowed, and the import's reading thread has left its core idle by now: at ten million UN
            // units the key index took 9.9-10.4 s against 14.8-17.5 s on one thread, the postings' 9.5-10.0 against 11.4-16.5.
            if (sqlite) s.execute("PRAGMA threads = " + Runtime.getRuntime().availableProcessors());
            for (BulkIndex index : BULK_INDEXES) s.execute(index.create());
            if (sqlite) s.execute("PRAGMA threads = 0");
            // PostgreSQL plans the searches' joins from table statistics, which a bulk load leaves empty until
            // autovacuum comes round: gathered here (sampled), in the import's transaction.
            if (!sqlite) s.execute("ANALYZE tm_unit, tm_variant");
        }
        bulkKeys = null;
        for (PreparedStatement ps : insertUnits.values()) ps.close();
        insertUnits.clear();
    }

    void imported(ImportedUnit u, OnDuplicate mode, String file) throws SQLException {
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
            ImportedUnit u = pending.get(i);
            p = bindUnit(ps, p, nextId + i, u.unit(), u.key(), u.created(), u.changed(), u.props(), u.notes());
        }
        int done = ps.executeUpdate();
        if (done == n) {
            List<Long> ids = new ArrayList<>();
            List<Variant> variants = new ArrayList<>();
            List<byte[]> texts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ImportedUnit u = pending.get(i);
                for (int v : inKeyOrder(u.unit().variants())) {
                    ids.add(nextId + i);
                    variants.add(u.unit().variants().get(v));
                    texts.add(u.utf8Texts()[v]);
                }
            }
            insertVariants(ids, variants, texts);
            // Indexed in the unit's own order, as before: a flush then falls where it did, and the postings are the same bytes.
            for (int i = 0; i < n; i++) {
                ImportedUnit u = pending.get(i);
                for (int v = 0; v < u.unit().variants().size(); v++) postings.add(nextId + i, u.unit().variants().get(v).lang(), u.words().get(v));
            }
            nextId += n;
            added += n;
        } else {
            // The variants of these units are not written yet (they follow a statement that wrote all its units):
            // deleting the units leaves no variant without its unit, with foreign keys enforced or not.
            try (PreparedStatement undo = c.prepareStatement("DELETE FROM tm_unit WHERE id >= ?")) {
                undo.setLong(1, nextId);
                undo.executeUpdate();
            }
            for (ImportedUnit u : pending) one(u, pendingMode, pendingFile);
        }
        pending.clear();
    }

    private void one(ImportedUnit in, OnDuplicate mode, String file) throws SQLException {
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
        Variant.sourceFirst(variants, src);
        byte[] key = key("doc", String.valueOf(a.docSymbol()), String.valueOf(a.position()), src, srcText);
        Unit unit = new Unit(0, null, Origin.ALIGNED, a.docSymbol(), a.confidence(), src, now, user, now, user,
            List.of(), List.of(), variants);
        List<PostingsWriter.Words> words = words(variants);
        if (insert(unit, key, words)) {
            touched.add(nextId - 1);
            return;
        }
        long existing = existingId(key);
        touched.add(existing);
        Unit stored = store.unit(existing);
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
        byte[] key = key("translated", String.valueOf(t.docSymbol()), src, tgt, t.source());
        Unit unit = new Unit(0, null, Origin.CONFIRMED, t.docSymbol(), null, src, date, by, date, by, List.of(), List.of(), variants);
        List<PostingsWriter.Words> words = words(variants);
        if (insert(unit, key, words)) return;
        long existing = existingId(key);
        Unit stored = store.unit(existing);
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
    private boolean insert(Unit u, byte[] key, List<PostingsWriter.Words> words) throws SQLException {
        long id = nextId;
        bindUnit(insertUnit, 1, id, u, key, u.created().toString(), u.changed().toString(), props(u.props()), notes(u.notes()));
        if (insertUnit.executeUpdate() == 0) return false;
        nextId++;
        added++;
        variants(id, u.variants(), words);
        return true;
    }

    /** Binds one unit's row from parameter {@code p} on; returns the next parameter's number. */
    private int bindUnit(PreparedStatement ps, int p, long id, Unit u, byte[] key, String created, String changed, String props,
                         String notes) throws SQLException {
        ps.setLong(p++, id);
        ps.setBytes(p++, key);
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

    void replace(long id, Unit u, List<PostingsWriter.Words> words) throws SQLException {
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
    List<PostingsWriter.Words> words(List<Variant> variants) throws SQLException {
        List<PostingsWriter.Words> out = new ArrayList<>(variants.size());
        for (Variant v : variants) out.add(postings.words(v.text()));
        return out;
    }

    /**
     * The positions of a unit's variants in tm_variant's key order (by language; a unit's source language comes first
     * in its list): each row then lands after the last one written, where SQLite's search for its place is shortest.
     * The file stays the same size (a million UN units: 2,821 MB either way).
     */
    static int[] inKeyOrder(List<Variant> variants) {
        // An insertion sort, stable as the boxed sort with a comparator it replaces, without its allocations (a unit
        // has a few variants; the boxed sort was 1% of an import's CPU, on its busiest thread).
        int[] out = new int[variants.size()];
        for (int i = 0; i < out.length; i++) {
            String lang = variants.get(i).lang();
            int j = i;
            for (; j > 0 && variants.get(out[j - 1]).lang().compareTo(lang) > 0; j--) out[j] = out[j - 1];
            out[j] = i;
        }
        return out;
    }

    /**
     * Inserts variants up to {@value #VARIANTS_PER_INSERT} rows to a statement; {@code texts}: their UTF-8. Rows with neither codes, props nor notes (nearly all) go through a statement that writes NULL there
     * itself instead of three bound NULLs a row.
     */
    private void insertVariants(List<Long> ids, List<Variant> variants, List<byte[]> texts) throws SQLException {
        boolean utf8 = store.db.dialect() == org.concord.store.Database.Dialect.SQLITE;
        for (int from = 0; from < ids.size(); from += VARIANTS_PER_INSERT) {
            int n = Math.min(VARIANTS_PER_INSERT, ids.size() - from);
            boolean textOnly = true;
            for (int i = from; i < from + n && textOnly; i++) textOnly = isPlain(variants.get(i));
            PreparedStatement ps = insertVariants.get(textOnly ? -n : n);
            if (ps == null) insertVariants.put(textOnly ? -n : n, ps = c.prepareStatement(variantInsert(n, utf8, textOnly)));
            int p = 1;
            for (int i = from; i < from + n; i++) {
                Variant v = variants.get(i);
                ps.setLong(p++, ids.get(i));
                ps.setString(p++, v.lang());
                if (utf8) ps.setBytes(p++, texts.get(i));
                else ps.setString(p++, v.text());
                if (textOnly) continue;
                ps.setString(p++, v.codes());
                ps.setString(p++, props(v.props()));
                ps.setString(p++, notes(v.notes()));
            }
            ps.executeUpdate();
        }
    }

    private static boolean isPlain(Variant v) {
        return v.codes() == null && v.props().isEmpty() && v.notes().isEmpty();
    }

    /**
     * A variant INSERT of {@code rows} rows. {@code utf8}: the text bound as its UTF-8 bytes (on SQLite, whose text is
     * UTF-8: the cast keeps the bytes and stores them as text, the same value as the String bound). {@code textOnly}:
     * codes, props and notes NULL in every row.
     */
    private static String variantInsert(int rows, boolean utf8, boolean textOnly) {
        String row = "(?,?," + (utf8 ? "CAST(? AS TEXT)" : "?") + (textOnly ? ",NULL,NULL,NULL)" : ",?,?,?)");
        return "INSERT INTO tm_variant(unit_id, lang, text, codes, props, notes) VALUES " + (row + ",").repeat(rows - 1) + row;
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

    private long existingId(byte[] key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tm_unit WHERE dedup_key = ?")) {
            ps.setBytes(1, key);
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
