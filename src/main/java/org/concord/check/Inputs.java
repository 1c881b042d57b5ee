package org.concord.check;

import java.nio.file.Path;
import org.concord.read.SafeXml;
import java.util.ArrayList;
import java.util.List;
import org.concord.InputException;
import org.concord.align.Aligner;
import org.concord.align.DocumentSet;
import org.concord.align.DocumentSet.SegmentedDocument;
import org.concord.align.Alignment;
import org.concord.align.Bead;
import org.concord.store.Database;
import org.concord.tm.ExportOptions;
import org.concord.tm.TranslationMemory;
import org.concord.tm.Variant;
import org.concord.tm.Unit;

/** Reads the files {@code concord check} accepts into segment pairs. */
public final class Inputs {
    private Inputs() {}

    /**
     * A TMX or XLIFF (1.2 or 2.x) file, told apart by its root element. {@code srcLang} overrides a TMX header's
     * source language; {@code tgtLang} keeps one target language (null: all). Both may be null.
     */
    public static List<SegmentPair> bilingualFile(Path file, String srcLang, String tgtLang) {
        String root = SafeXml.rootName(file);
        List<SegmentPair> pairs = switch (root) {
            case "tmx" -> new TmxReader(file).read(srcLang, tgtLang);
            case "xliff" -> new XliffReader(file).read().stream()
                .filter(p -> tgtLang == null || p.tgtLang().equals(tgtLang)).toList();
            default -> throw new InputException(file + ": expected a TMX or XLIFF file, found root element <" + root + ">");
        };
        if (pairs.isEmpty()) {
            throw new InputException(file + ": no segment pairs" + (tgtLang == null ? "" : " with target language " + tgtLang));
        }
        return pairs;
    }

    /**
     * Two plain-text documents, segmented into sentences and aligned with Concord's aligner. A source sentence left
     * without a partner gives a pair with an empty target (the empty-target check reports it); target sentences
     * without a partner are left out.
     */
    public static List<SegmentPair> aligned(Path src, Path tgt, String srcLang, String tgtLang) {
        return aligned(src, tgt, srcLang, tgtLang, warning -> { });
    }

    /**
     * As {@link #aligned(Path, Path, String, String)}, telling {@code warnings} how the files were read (e.g. a
     * Windows-1252 fallback) and what the aligner found doubtful.
     */
    public static List<SegmentPair> aligned(Path src, Path tgt, String srcLang, String tgtLang,
                                            java.util.function.Consumer<String> warnings) {
        // Read like every other command: front matter stripped, encodings detected, HTML/DOCX/XLIFF/PDF too.
        SegmentedDocument s = SegmentedDocument.read(src, srcLang, DocumentSet.Cut.SENTENCES);
        SegmentedDocument t = SegmentedDocument.read(tgt, tgtLang, DocumentSet.Cut.SENTENCES);
        s.warnings().forEach(warnings);
        t.warnings().forEach(warnings);
        Alignment alignment = Aligner.forLanguages(srcLang, tgtLang).alignSentences(s.sentences(), t.sentences());
        alignment.warnings().forEach(w -> warnings.accept(tgt + ": " + w));
        return beads(alignment, s, t, "", src.getFileName().toString());
    }

    /**
     * The pairs of an alignment: one per bead with source sentences, named by them ({@code idPrefix} + "s3", "s4-5");
     * a source sentence left without a partner pairs with an empty target, target sentences without one are left out.
     */
    public static List<SegmentPair> beads(Alignment alignment, SegmentedDocument src, SegmentedDocument tgt, String idPrefix,
                                          String document) {
        List<SegmentPair> out = new ArrayList<>();
        for (Bead b : alignment.beads()) {
            if (b.src().isEmpty()) continue;
            out.add(new SegmentPair(idPrefix + b.sourceLabel(), src.lang(), src.join(b.src()), tgt.lang(), tgt.join(b.tgt()), document));
        }
        return out;
    }

    /**
     * The units of one document in the translation memory ({@code docSymbol}), as pairs from {@code srcLang} (null:
     * each unit's own) to {@code tgtLang} (null: every other language). Bad input when the memory has no such document.
     */
    public static List<SegmentPair> fromMemory(Database db, String docSymbol, String srcLang, String tgtLang) {
        List<Unit> units = TranslationMemory.open(db).units(new ExportOptions(List.of(), docSymbol, null));
        if (units.isEmpty()) throw new InputException(db + ": the memory has no units of document '" + docSymbol + "'");
        List<String> targets = new ArrayList<>();
        for (Unit u : units) {
            String src = srcLang != null ? srcLang : u.srcLang();
            for (Variant v : u.variants()) {
                if (!v.lang().equals(src) && (tgtLang == null || v.lang().equals(tgtLang)) && !targets.contains(v.lang())) {
                    targets.add(v.lang());
                }
            }
        }
        List<SegmentPair> out = new ArrayList<>();
        for (String lang : targets) {
            for (Unit u : units) {
                String src = srcLang != null ? srcLang : u.srcLang();
                Variant s = u.variant(src), t = u.variant(lang);
                if (s == null || t == null || src.equals(lang)) continue;
                String id = u.tuid() != null ? u.tuid() : "concord-" + u.id(); // as the memory's TMX export names it
                out.add(new SegmentPair(targets.size() > 1 ? id + "/" + lang : id, src, s.text(), lang, t.text(), u.docSymbol()));
            }
        }
        return out;
    }

    /** Two parallel plain-text files, aligned line by line. */
    public static List<SegmentPair> linesOf(Path src, Path tgt, String srcLang, String tgtLang) {
        return ParallelText.lineByLine(src, tgt, srcLang, tgtLang);
    }
}
