package org.concord.tm;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.concord.store.Database;

/**
 * A translation memory kept in a Concord database: multilingual units, TMX import and export, fuzzy match and
 * concordance through an inverted index stored beside the units. Several processes may share one file: writes take
 * the database's write lock for their whole transaction, readers see committed data only. One memory serves one
 * thread at a time (its calls are synchronized); threads searching at once each open their own, on a connection of
 * their own (as the web server's pool and {@code prepare} do).
 *
 * <p>Each job is a class of its own over the shared rows ({@link UnitStore}): {@link MemoryWriter} imports and files
 * units, {@link FuzzySearch} and {@link ConcordanceSearch} search, {@link TmxExport} reads units out.
 */
public final class TranslationMemory implements MemorySearch {
    private final UnitStore store;
    private final MemoryWriter writer;
    private final FuzzySearch fuzzy;
    final ConcordanceSearch concordance;
    private final TmxExport export;

    private TranslationMemory(UnitStore store) {
        this.store = store;
        this.writer = new MemoryWriter(store);
        this.fuzzy = new FuzzySearch(store);
        this.concordance = new ConcordanceSearch(store);
        this.export = new TmxExport(store);
    }

    /** Opens the memory in {@code db}, creating or upgrading its tables. */
    public static TranslationMemory open(Database db) {
        return new TranslationMemory(UnitStore.open(db));
    }

    public synchronized long size() {
        return store.size();
    }

    /** Benchmarks: whether a background pass is reading the words fuzzy lookups in {@code lang} will score from. */
    synchronized boolean readingFuzzyWords(String lang) {
        return store.index.arenaBeingRead(LangCodes.normalize(lang));
    }

    /**
     * Benchmarks: the heap the word arena of {@code lang} takes, and that of its own postings (0 when they did not fit),
     * in bytes; null when no arena is read.
     */
    synchronized long[] fuzzyWordsBytes(String lang) {
        WordArena a = store.index.arenaIfRead(LangCodes.normalize(lang));
        return a == null ? null : new long[] {a.bytes(), a.postingsBytes()};
    }

    /** Benchmarks: fuzzy lookups call for the word arena from the first on, without scoring candidates one by one first. */
    synchronized void readFuzzyWordsAtOnce() {
        store.index.arenas.afterCandidates = 0;
    }

    /** Benchmarks: what the last fuzzy lookup did, and the ids decoded from postings since the memory was opened. */
    synchronized String fuzzyCounters() {
        return fuzzy.counters + " decodedSoFar " + store.index.reads.ids;
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
    public synchronized ImportReport importTmx(Path file, OnDuplicate onDuplicate, String user, LongConsumer progress) {
        return writer.importTmx(file, onDuplicate, user, progress);
    }

    /**
     * Adds aligned units from the build pipeline; running it again with the same alignment adds nothing, and a bead
     * whose translations changed is updated (unless a translator confirmed it).
     */
    public synchronized ImportReport add(List<AlignedUnit> units, String user) {
        return writer.add(units, user);
    }

    /**
     * Files the aligned units of one document as this alignment made them: adds and updates like
     * {@link #add(List, String)}, and removes the document's aligned units that the alignment no longer has. Units a
     * translator confirmed and units imported from TMX stay. One transaction.
     */
    public synchronized DocumentFiling fileDocument(String docSymbol, List<AlignedUnit> units, String user) {
        return writer.fileDocument(docSymbol, units, user);
    }

    /**
     * Files sentences a translator sent back as confirmed units of their document, in one transaction: a segment
     * filed before with the same source text and languages is replaced when its translation changed, else left alone.
     */
    public synchronized ImportReport fileTranslations(List<TranslatedSegment> segments, String user) {
        return writer.fileTranslations(segments, user);
    }

    /** Marks a unit as confirmed by a translator: later alignments leave it alone. */
    public synchronized void confirm(long unitId, String user) {
        writer.confirm(unitId, user);
    }

    /**
     * A translator's correction of a unit's text in one language: the text is replaced and re-indexed, and the unit is
     * confirmed (by this user, now), so later alignments leave it alone.
     */
    public synchronized Unit correct(long unitId, String lang, String text, String user) {
        return writer.correct(unitId, lang, text, user);
    }

    // ---------------------------------------------------------------- reading

    /** The unit with this id, or null. */
    public synchronized Unit unit(long id) {
        return store.unit(id);
    }

    /** The source languages of the units filed under this document (empty when the memory has none of it). */
    public synchronized Set<String> documentSourceLanguages(String docSymbol) {
        return store.query(() -> {
            Set<String> out = new TreeSet<>();
            PreparedStatement ps = store.statement("SELECT DISTINCT src_lang FROM tm_unit WHERE doc_symbol = ?");
            ps.setString(1, docSymbol);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
    }

    /**
     * Writes the selected units as TMX 1.4b, in unit id order, variants source language first, then by code. The file
     * appears only when complete.
     */
    public synchronized long exportTmx(Path file, ExportOptions options, String toolVersion) {
        return export.exportTmx(file, options, toolVersion);
    }

    public synchronized long exportTmx(Writer out, ExportOptions options, String toolVersion, Instant now) throws IOException {
        return export.exportTmx(out, options, toolVersion, now);
    }

    /** The units an export with {@code options} would write, with their variants in those languages, in id order. */
    public synchronized List<Unit> units(ExportOptions options) {
        return export.units(options);
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
        store.searching();
        return fuzzy.lookup(text, srcLang, tgtLang, minPercent, max);
    }

    /** What concordance searches cost so far (benchmarks): postings read and decoded, candidates checked. */
    SearchWork concordanceWork() {
        Index.Reads r = store.index.reads;
        ConcordanceSearch.Checks c = concordance.checks;
        return new SearchWork(r.postings, r.stepped, r.rows, r.bytes, r.ids, c.walked, c.read, c.rows, r.statements + c.statements, c.decodedWhole, c.rejectedInMemory);
    }

    /**
     * Units whose text in {@code lang} contains {@code text} as a phrase (its words in a row, any case and
     * punctuation between them), oldest first, with the matches' spans and the unit's other languages.
     */
    @Override
    public synchronized List<ConcordanceHit> concordance(String text, String lang, int max) {
        store.searching();
        return concordance.concordance(text, lang, max);
    }
}
