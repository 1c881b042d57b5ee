package org.concord.prepare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.concord.InputException;
import org.concord.Languages;
import org.concord.read.Document;
import org.concord.read.DocumentSymbols;
import org.concord.read.Documents;
import org.concord.segment.Segmenter;
import org.concord.segment.Sentence;
import org.concord.term.Concept;
import org.concord.term.Term;
import org.concord.term.TermOccurrence;
import org.concord.term.TermRecognizer;
import org.concord.tm.FuzzyMatch;
import org.concord.tm.MemoryBatch;
import org.concord.tm.Origin;
import org.concord.tm.TranslationMemory;
import org.concord.tm.Unit;

/**
 * Pre-translates documents for a CAT tool: segments each with Concord's rules, fills the segments the memory holds
 * word for word (marking those whose neighbours match from the same document as in context), lists fuzzy matches
 * best first, and the termbase terms each segment contains with their renderings in the target language.
 */
public final class Preparer {
    private final MemoryBatch batch;
    private final TermRecognizer terms;
    private final PrepareOptions options;
    private final PhaseTimes times = new PhaseTimes();

    public Preparer(TranslationMemory memory, TermRecognizer terms, PrepareOptions options) {
        this(List.of(memory), terms, options);
    }

    /**
     * A preparer that looks sentences up on as many threads as it is given memories: each must be open on a
     * connection of its own to the same database (a memory serves one query at a time).
     */
    public Preparer(List<TranslationMemory> memories, TermRecognizer terms, PrepareOptions options) {
        this.batch = new MemoryBatch(memories);
        this.terms = terms;
        this.options = options;
    }

    public PhaseTimes times() {
        return times;
    }

    /** Reads and segments a document; a file {@code segment} cannot read is bad input naming it. */
    public SourceDocument read(Path file) {
        long start = System.nanoTime();
        String lang = Languages.require(options.srcLang());
        Document doc = Documents.read(file, lang);
        List<String> sentences = new ArrayList<>();
        try {
            // On every core: a long document's segmenting was a third of a batch's time on one.
            int threads = Runtime.getRuntime().availableProcessors();
            for (Sentence s : Segmenter.forLanguage(lang).segment(doc, threads)) sentences.add(s.text());
        } catch (IOException e) {
            throw new InputException(file + ": cannot read file: " + e.getMessage(), e);
        }
        if (sentences.isEmpty()) throw new InputException(file + ": no text to prepare");
        times.segmenting += System.nanoTime() - start;
        return new SourceDocument(file.getFileName().toString(), symbol(doc, file), lang, sentences);
    }

    /**
     * The symbol segments are matched and filed under: the options' one; else a "symbol" in the front matter; else
     * the UN symbol opening its "official-record" entry; else the file name without its extension.
     */
    private String symbol(Document doc, Path file) {
        if (options.docSymbol() != null) return options.docSymbol();
        String symbol = DocumentSymbols.declared(doc.metadata());
        if (symbol == null) symbol = DocumentSymbols.ofOfficialRecord(doc.metadata());
        if (symbol != null) return symbol;
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The document pre-translated into {@code tgtLang}. */
    public PreparedFile prepare(SourceDocument doc, String tgtLang) {
        return prepare(doc, tgtLang, done -> { });
    }

    /** As {@link #prepare(SourceDocument, String)}, telling {@code progress} how many sentences were looked up, every 100. */
    public PreparedFile prepare(SourceDocument doc, String tgtLang, java.util.function.IntConsumer progress) {
        String tgt = Languages.require(tgtLang);
        if (tgt.equals(doc.lang())) throw new InputException("target language " + tgt + " is the documents' own language");
        int n = doc.sentences().size();
        long start = System.nanoTime();
        Map<String, List<MemoryMatch>> found = lookupAll(doc, tgt, progress);
        List<List<MemoryMatch>> matches = new ArrayList<>(n);
        for (String sentence : doc.sentences()) matches.add(found.get(sentence));
        progress.accept(n);
        times.memory += System.nanoTime() - start;
        MemoryMatch[] exact = new MemoryMatch[n];
        for (int i = 0; i < n; i++) exact[i] = exact(doc.sentences().get(i), matches.get(i));
        start = System.nanoTime();
        Map<String, List<GlossaryEntry>> glossaries = new HashMap<>();
        List<PreparedSegment> segments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String sentence = doc.sentences().get(i);
            List<MemoryMatch> fuzzy = new ArrayList<>(matches.get(i));
            fuzzy.remove(exact[i]);
            List<GlossaryEntry> glossary = glossaries.computeIfAbsent(sentence, s -> glossary(s, doc.lang(), tgt));
            segments.add(new PreparedSegment(i + 1, sentence, exact[i], inContext(exact, i), fuzzy, glossary));
        }
        times.termbase += System.nanoTime() - start;
        return new PreparedFile(doc.name(), doc.docSymbol(), doc.lang(), tgt, options.tool(), segments);
    }

    /**
     * The matches of every distinct sentence (a sentence repeated in the document, such as a speaker's formula, is
     * looked up once), on one thread per memory.
     */
    private Map<String, List<MemoryMatch>> lookupAll(SourceDocument doc, String tgt, java.util.function.IntConsumer progress) {
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(doc.sentences()));
        int scale = doc.sentences().size();
        List<List<MemoryMatch>> matches = batch.map(distinct, (memory, s) -> lookup(memory, s, doc, tgt),
            done -> progress.accept((int) ((long) done * scale / distinct.size())));
        Map<String, List<MemoryMatch>> found = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) found.put(distinct.get(i), matches.get(i));
        return found;
    }

    /**
     * The memory's matches, best first: at equal similarity a unit of this document first, then one a translator
     * confirmed, then the most recently changed, so that a translation sent back wins over older alignments.
     */
    private List<MemoryMatch> lookup(TranslationMemory memory, String sentence, SourceDocument doc, String tgt) {
        List<MemoryMatch> out = new ArrayList<>();
        for (FuzzyMatch m : memory.fuzzy(sentence, doc.lang(), tgt, options.minPercent(), options.maxMatches())) {
            Unit u = m.percent() == 100 ? memory.unit(m.unitId()) : null;
            out.add(new MemoryMatch(m.unitId(), m.percent(), m.source(), m.target(), m.docSymbol(),
                u != null ? u.origin() : null, u != null ? u.changedBy() : null, u != null ? u.changed() : null));
        }
        out.sort(Comparator.comparingInt((MemoryMatch m) -> -m.percent())
            .thenComparing(m -> !Objects.equals(m.docSymbol(), doc.docSymbol()))
            .thenComparing(m -> m.origin() != Origin.CONFIRMED)
            .thenComparing(m -> m.changed() == null ? 0 : -m.changed().getEpochSecond()));
        return out;
    }

    /** The best match when its source is the sentence itself (a 100% score may still differ in case or punctuation). */
    private static MemoryMatch exact(String sentence, List<MemoryMatch> matches) {
        if (matches.isEmpty()) return null;
        MemoryMatch best = matches.get(0);
        return best.percent() == 100 && best.source().strip().equals(sentence.strip()) && !best.target().isBlank() ? best : null;
    }

    /** An exact match is in context when every neighbouring sentence also has one from the same document. */
    private static boolean inContext(MemoryMatch[] exact, int i) {
        MemoryMatch m = exact[i];
        if (m == null || m.docSymbol() == null || exact.length < 2) return false;
        for (int j : new int[] {i - 1, i + 1}) {
            if (j < 0 || j >= exact.length) continue;
            if (exact[j] == null || !m.docSymbol().equals(exact[j].docSymbol())) return false;
        }
        return true;
    }

    private List<GlossaryEntry> glossary(String sentence, String src, String tgt) {
        List<GlossaryEntry> out = new ArrayList<>();
        for (TermOccurrence o : terms.find(sentence, src)) {
            Concept c = o.concept();
            List<String> approved = new ArrayList<>();
            List<String> deprecated = new ArrayList<>();
            c.preferred(tgt).ifPresent(t -> approved.add(t.text()));
            for (Term t : c.terms(tgt)) {
                if (t.status().approved()) {
                    if (!approved.contains(t.text())) approved.add(t.text());
                } else {
                    deprecated.add(t.text());
                }
            }
            out.add(new GlossaryEntry(sentence.substring(o.start(), o.end()), o.start(), o.end(), o.term().text(), c.id(),
                approved, deprecated, c.definition()));
        }
        return out;
    }

    /** Times a write, so the split of a run includes it. */
    public void timeWriting(Runnable write) {
        long start = System.nanoTime();
        write.run();
        times.writing += System.nanoTime() - start;
    }
}
