package org.concord.tm;

import static org.concord.tm.UnitStore.now;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.concord.InputException;

/**
 * Writing units, each call one transaction: TMX imports, the build's aligned units, translations sent back, a
 * translator's confirmations and corrections. Every write keeps the inverted index in step with the units.
 */
final class MemoryWriter {
    private final UnitStore store;
    private final Connection c;

    MemoryWriter(UnitStore store) {
        this.store = store;
        this.c = store.c;
    }

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
        // Into an empty memory, the rollback journal: the database is then written once, not once to the log and once
        // more into the file, and the disk needs room for one copy (see Database.withRollbackJournal).
        boolean empty = store.query(this::isEmpty);
        java.util.function.Supplier<ImportReport> work = () -> store.write(() -> {
            UnitInserter in = new UnitInserter(store, user, warnings, now);
            if (isEmpty()) in.startBulk();
            long read = 0;
            // The file is parsed on one thread and its words cut on another while this one writes to SQLite.
            ImportedUnit.DateText dates = new ImportedUnit.DateText();
            try (UnitStream<ImportedUnit> units = new UnitStream<>(file, warnings, (u, words) -> ImportedUnit.of(u, user, now, words, dates))) {
                for (UnitStream.Batch<ImportedUnit> batch; (batch = units.next()) != null; ) {
                    if (batch.restart()) in.restartWords();
                    in.postings.learn(batch.newWords());
                    for (ImportedUnit u : batch.units()) {
                        in.imported(u, onDuplicate, file.toString());
                        if (++read % 10_000 == 0) progress.accept(read);
                    }
                }
            }
            return in.finish();
        });
        if (!empty) return work.get();
        // Into an empty memory the import writes both sides of tm_variant's reference to tm_unit itself, each unit's
        // row before its variants' (UnitInserter says why every variant has its unit): SQLite's look-up of the unit
        // for each variant row is then skipped.
        return store.db.withRollbackJournal(() -> store.db.withoutForeignKeys(work));
    }


    private boolean isEmpty() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM tm_unit)")) {
            return rs.next() && rs.getBoolean(1);
        }
    }


    /**
     * Adds aligned units from the build pipeline; running it again with the same alignment adds nothing, and a bead
     * whose translations changed is updated (unless a translator confirmed it).
     */
    public ImportReport add(List<AlignedUnit> units, String user) {
        return store.write(() -> {
            UnitInserter in = new UnitInserter(store, user, new ArrayList<>(), now());
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
        return store.write(() -> {
            UnitInserter in = new UnitInserter(store, user, new ArrayList<>(), now());
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
        return store.write(() -> {
            UnitInserter in = new UnitInserter(store, user, new ArrayList<>(), now());
            for (TranslatedSegment t : segments) in.translated(t);
            return in.finish();
        });
    }

    /** Marks a unit as confirmed by a translator: later alignments leave it alone. */
    public void confirm(long unitId, String user) {
        store.write(() -> {
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
        return store.write(() -> {
            Unit stored = store.unit(unitId);
            if (stored == null) throw new InputException("no unit " + unitId + " in the memory");
            if (stored.variant(lang) == null) throw new InputException("unit " + unitId + " has no " + lang + " text");
            Instant now = now();
            List<Variant> variants = stored.variants().stream().map(v -> v.lang().equals(lang) ? Variant.plain(lang, text) : v).toList();
            Unit changed = new Unit(unitId, stored.tuid(), Origin.CONFIRMED, stored.docSymbol(), stored.confidence(), stored.srcLang(),
                stored.created(), stored.createdBy(), now, user, stored.props(), stored.notes(), variants);
            UnitInserter in = new UnitInserter(store, user, new ArrayList<>(), now);
            in.replace(unitId, changed, in.words(variants));
            in.finish();
            return changed;
        });
    }
}
