package org.concord.build;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concord.AtomicFile;
import org.concord.InputException;
import org.concord.Languages;
import org.concord.align.Alignment;
import org.concord.align.Bead;
import org.concord.align.DocumentSet;
import org.concord.align.DocumentSetAlignment;
import org.concord.align.Lexicon;
import org.concord.dictionary.DictionaryStore;
import org.concord.align.MultilingualUnit;
import org.concord.check.Checker;
import org.concord.check.Finding;
import org.concord.check.HtmlReport;
import org.concord.check.Inputs;
import org.concord.check.JsonReport;
import org.concord.check.Report;
import org.concord.check.SegmentPair;
import org.concord.read.DocumentSymbols;
import org.concord.review.ImportHistory;
import org.concord.store.Database;
import org.concord.term.ImportReport;
import org.concord.term.OnConflict;
import org.concord.term.Termbase;
import org.concord.tm.AlignedUnit;
import org.concord.tm.DocumentFiling;
import org.concord.tm.ExportOptions;
import org.concord.tm.TranslationMemory;

/**
 * The main job: loads the termbase, segments a document and its translations, aligns each translation with the
 * source, files the multilingual units in the memory, checks terminology and numbers, and writes the memory's TMX
 * and the check report. Running it twice on the same input changes nothing the second time.
 */
public final class BuildPipeline {

    /** Document symbols as the UN writes them: S/PV.7900, A/71/150, S/2017/126. */

    private final BuildOptions options;
    private final Progress progress;

    public BuildPipeline(BuildOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    public BuildSummary run() {
        List<Path> termFiles = termbaseFiles(options.termbase());
        DocumentSet documents = DocumentSet.read(options.documents());
        int steps = 4 + documents.translations().size() * 2;
        int[] step = {0};
        progress.update("reading the termbase", step[0]++, steps);
        try (Database db = Database.open(options.database())) {
            // The termbase and the memory change in one transaction: a build stopped anywhere (a kill, a full disk)
            // leaves both as they were, never new terms beside the old units.
            Stored stored = db.inTransaction(() -> store(db, documents, termFiles, step, steps));
            Termbase termbase = stored.termbase();
            TranslationMemory memory = stored.memory();
            DocumentSetAlignment aligned = stored.aligned();
            String symbol = stored.symbol();
            DocumentFiling filed = stored.filed();
            int conceptsChanged = stored.conceptsChanged();

            Checker checker = Checker.standard(termbase.recognizer());
            List<Report> reports = new ArrayList<>();
            List<LanguageSummary> languages = new ArrayList<>();
            for (String lang : aligned.alignments().keySet()) {
                progress.update("checking en-" + lang, step[0]++, steps);
                Report report = checker.check(pairs(documents, aligned.alignments().get(lang), symbol, lang));
                reports.add(report);
                languages.add(summary(lang, documents, aligned.alignments().get(lang), report));
            }
            Report report = merge(reports);

            progress.update("writing TMX and report", step[0]++, steps);
            Path out = options.out();
            String base = fileBase(symbol);
            Path tmx = out.resolve(base + ".tmx");
            memory.exportTmx(tmx, new ExportOptions(Languages.OFFICIAL, symbol, null), "concord");
            // One bilingual TMX per pair as well: a CAT tool given the six-language file takes units of languages that
            // cut a passage differently (no French there) and fills the segment in another language.
            Map<String, Path> pairTmx = new LinkedHashMap<>();
            for (String lang : aligned.alignments().keySet()) {
                Path pair = out.resolve(base + "." + DocumentSet.SOURCE_LANG + "-" + lang + ".tmx");
                memory.exportTmx(pair, new ExportOptions(List.of(DocumentSet.SOURCE_LANG, lang), symbol, null), "concord");
                pairTmx.put(lang, pair);
            }
            Path html = out.resolve(base + "-check.html");
            HtmlReport.write(report, html);
            Path json = out.resolve(base + "-check.json");
            AtomicFile.write(json, file -> {
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    JsonReport.write(report, w);
                }
            });
            progress.update("done", steps, steps);

            List<String> warnings = new ArrayList<>(documents.warnings());
            aligned.alignments().forEach((lang, a) -> a.warnings().forEach(w -> warnings.add("en-" + lang + ": " + w)));
            return new BuildSummary(symbol, documents.source().sentences().size(), languages, aligned.units().size(),
                filed.added(), filed.changed(), filed.removed(), termbase.size(), conceptsChanged, tmx, html, json, warnings, pairTmx);
        }
    }

    private record Stored(Termbase termbase, TranslationMemory memory, DocumentSetAlignment aligned, String symbol,
                      DocumentFiling filed, int conceptsChanged) {}

    private Stored store(Database db, DocumentSet documents, List<Path> termFiles, int[] step, int steps) {
        Termbase termbase = Termbase.open(db);
        int conceptsChanged = 0;
        for (Path file : termFiles) {
            ImportReport r = termbase.importFile(file, OnConflict.REPLACE, null, null, (done, total) -> { },
                ImportHistory.forImport(termbase, options.user()));
            conceptsChanged += r.added() + r.replaced() + r.merged();
        }
        String symbol = docSymbol(documents);
        DocumentSetAlignment aligned = DocumentSetAlignment.of(documents,
            (src, tgt) -> Lexicon.fromConcepts(termbase.concepts(), src, tgt),
            DictionaryStore.open(db).all(),
            lang -> progress.update("aligning en-" + lang, step[0]++, steps));

        progress.update("filing units in the memory", step[0]++, steps);
        TranslationMemory memory = TranslationMemory.open(db);
        List<AlignedUnit> units = new ArrayList<>();
        for (int i = 0; i < aligned.units().size(); i++) {
            MultilingualUnit u = aligned.units().get(i);
            units.add(new AlignedUnit(symbol, i, DocumentSet.SOURCE_LANG, aligned.texts(u), u.confidence()));
        }
        DocumentFiling filed = memory.fileDocument(symbol, units, options.user());
        return new Stored(termbase, memory, aligned, symbol, filed, conceptsChanged);
    }

    /**
     * The pairs a check of {@code lang} looks at: the beads of its own alignment with the English, named by their
     * English sentence numbers ("fr:s3", "fr:s4-5"); an English sentence left untranslated pairs with an empty target.
     */
    static List<SegmentPair> pairs(DocumentSet documents, Alignment alignment, String symbol, String lang) {
        return Inputs.beads(alignment, documents.source(), documents.translations().get(lang), lang + ":", symbol);
    }

    private static LanguageSummary summary(String lang, DocumentSet documents, Alignment alignment, Report report) {
        Map<String, Integer> beads = new TreeMap<>();
        for (Bead b : alignment.beads()) beads.merge(b.type(), 1, Integer::sum);
        Map<String, Long> findings = report.findings().stream()
            .collect(Collectors.groupingBy(Finding::checkId, TreeMap::new, Collectors.counting()));
        return new LanguageSummary(lang, documents.translations().get(lang).sentences().size(), beads,
            alignment.flaggedCount(), findings);
    }

    private static Report merge(List<Report> reports) {
        List<SegmentPair> pairs = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int occurrences = 0;
        for (Report r : reports) {
            pairs.addAll(r.pairs());
            findings.addAll(r.findings());
            occurrences += r.termOccurrences();
        }
        return new Report(pairs, findings, occurrences, reports.isEmpty() ? List.of() : reports.get(0).checks());
    }

    /**
     * The symbol units are filed under: --doc; else a "symbol" in the source's front matter; else the UN symbol that
     * opens an "official-record" entry of any document's front matter; else the folder's name.
     */
    private String docSymbol(DocumentSet documents) {
        if (options.docSymbol() != null) return options.docSymbol();
        Map<String, String> source = documents.source().metadata();
        if (DocumentSymbols.declared(source) != null) return DocumentSymbols.declared(source);
        List<Map<String, String>> all = new ArrayList<>();
        all.add(source);
        documents.translationsInOrder().values().forEach(d -> all.add(d.metadata()));
        for (Map<String, String> m : all) {
            if (DocumentSymbols.ofOfficialRecord(m) != null) return DocumentSymbols.ofOfficialRecord(m);
        }
        return options.documents().toAbsolutePath().normalize().getFileName().toString();
    }

    /** A file name from a document symbol: S/PV.7900 → S-PV.7900. */
    static String fileBase(String symbol) {
        return symbol.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    private static List<Path> termbaseFiles(Path folder) {
        if (folder == null) return List.of();
        if (!Files.isDirectory(folder)) throw new InputException(folder + ": termbase folder not found");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("(?i).*\\.(tbx|csv)"))
                .sorted().toList();
        } catch (IOException e) {
            throw new InputException(folder + ": cannot list folder: " + e.getMessage(), e);
        }
    }

}
