package org.concord.cli;

import org.concord.store.DbLocation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.concord.AtomicFile;
import org.concord.InputException;
import org.concord.Languages;
import org.concord.align.Aligner;
import org.concord.align.Alignment;
import org.concord.align.Bead;
import org.concord.align.BilingualDictionary;
import org.concord.dictionary.DictionaryReader;
import org.concord.dictionary.DictionaryStore;
import org.concord.align.BeadFormat;
import org.concord.align.Lexicon;
import org.concord.align.MultilingualUnit;
import org.concord.align.DocumentSet;
import org.concord.align.DocumentSet.SegmentedDocument;
import org.concord.align.DocumentSetAlignment;
import org.concord.align.TmxExport;
import org.concord.term.Concept;
import org.concord.term.Termbase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "align", mixinStandardHelpOptions = true,
    description = {"Align a document with its translations sentence by sentence.",
        "SRC TGT: one translation, printed as beads with a confidence. DIR: a folder holding en.* and its translations "
            + "fr.*, es.*, ru.*, zh.*, ar.*, built into multilingual units (one per source bead)."})
final class AlignCommand implements Callable<Integer> {

    enum Format { tsv, json, beads, tmx }

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SRC TGT | DIR", arity = "1..2", description = "Source and translation files, or one folder.")
    List<Path> inputs;

    @Option(names = "--src", description = "Language of SRC (en, fr, es, ru, zh, ar, de).")
    String srcLang;

    @Option(names = "--tgt", description = "Language of TGT.")
    String tgtLang;

    @Option(names = "--lines", description = "Take each line as one sentence instead of segmenting (as gold sets are).")
    boolean lines;

    @Option(names = "--termbase", paramLabel = "DB|TBX",
        description = "Termbase (Concord database, TBX or CSV) whose approved terms anchor sentences as a bilingual dictionary.")
    Path termbase;

    @Option(names = "--dictionary", paramLabel = "FILE",
        description = "A bilingual dictionary (hunalign, FreeDict TEI or dictd .index, CC-CEDICT) whose words anchor sentences; repeatable.")
    List<Path> dictionaries = new java.util.ArrayList<>();

    @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
        description = "With DIR: the database whose imported dictionaries ('concord dictionary import') are used, when it exists." + DbOption.FORMS)
    DbLocation db;

    @Option(names = "--format", defaultValue = "tsv", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (inputs.size() == 1) return alignFolder(inputs.get(0));
        if (srcLang == null || tgtLang == null) throw new InputException("align SRC TGT needs --src and --tgt");
        String s = Languages.require(srcLang), t = Languages.require(tgtLang);
        SegmentedDocument src = read(inputs.get(0), s), tgt = read(inputs.get(1), t);
        List<Concept> concepts = concepts();
        Aligner aligner = Aligner.forLanguages(s, t).withLexicon(Lexicon.fromConcepts(concepts, s, t))
            .withDictionaries(dictionaries(s, t));
        Alignment a = aligner.alignSentences(src.sentences(), tgt.sentences());
        warn(a.warnings(), inputs.get(1));
        switch (format) {
            case tmx -> writeTmx(out -> TmxExport.write(out, s, t, src.texts(), tgt.texts(), a.beads()));
            case beads -> emit(a.beads().stream().map(BeadFormat::format).collect(Collectors.joining("\n", "", "\n")));
            case json -> emit(json(ordered("src", s, "tgt", t, "warnings", a.warnings(), "beads",
                a.beads().stream().map(b -> beadJson(b, src.texts(), tgt.texts())).toList())));
            case tsv -> {
                StringBuilder sb = new StringBuilder("src\ttgt\tconfidence\tflag\tsource\ttarget\n");
                for (Bead b : a.beads()) {
                    sb.append(indices(b.src())).append('\t').append(indices(b.tgt())).append('\t')
                        .append(String.format(Locale.ROOT, "%.3f", b.confidence())).append('\t').append(b.flagged() ? "check" : "")
                        .append('\t').append(tsvText(src.texts(), b.src())).append('\t').append(tsvText(tgt.texts(), b.tgt())).append('\n');
                }
                emit(sb.toString());
            }
        }
        return 0;
    }

    private Integer alignFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new InputException(dir + ": not a folder (align SRC TGT takes two files)");
        if (format == Format.beads) throw new InputException("--format beads is for one pair; align SRC TGT instead");
        DocumentSet set = DocumentSet.read(dir, lines ? DocumentSet.Cut.LINES : DocumentSet.Cut.SENTENCES);
        set.warnings().forEach(w -> spec.commandLine().getErr().println("concord: warning: " + w));
        List<Concept> concepts = concepts();
        List<BilingualDictionary> dicts = new java.util.ArrayList<>(DictionaryStore.storedIn(db));
        String[] pair = DictionaryCommand.pair(srcLang, tgtLang, "a hunalign dictionary with DIR");
        dicts.addAll(dictionaries(pair[0], pair[1]));
        DocumentSetAlignment aligned = DocumentSetAlignment.of(set, (s, t) -> Lexicon.fromConcepts(concepts, s, t), dicts, lang -> {});
        aligned.alignments().forEach((lang, a) -> warn(a.warnings(), set.translations().get(lang).file()));
        List<MultilingualUnit> units = aligned.units();
        List<String> enTexts = set.source().texts();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        set.translationsInOrder().forEach((lang, d) -> texts.put(lang, d.texts()));
        List<String> en = enTexts;
        switch (format) {
            case tmx -> writeTmx(out -> TmxExport.writeMultilingual(out, "en", en, texts, units));
            case json -> emit(json(ordered("src", "en", "languages", List.copyOf(texts.keySet()), "units",
                units.stream().map(u -> unitJson(u, en, texts)).toList())));
            default -> {
                StringBuilder sb = new StringBuilder("confidence\tflag\ten");
                texts.keySet().forEach(l -> sb.append('\t').append(l));
                sb.append('\n');
                for (MultilingualUnit u : units) {
                    sb.append(String.format(Locale.ROOT, "%.3f", u.confidence())).append('\t').append(u.flagged() ? "check" : "")
                        .append('\t').append(tsvText(en, u.src()));
                    texts.forEach((l, t) -> sb.append('\t').append(tsvText(t, u.targets().getOrDefault(l, List.of()))));
                    sb.append('\n');
                }
                emit(sb.toString());
            }
        }
        return 0;
    }

    /** The --dictionary files, each checked against the pair being aligned (any pair a file declares, for DIR). */
    private List<BilingualDictionary> dictionaries(String s, String t) {
        return dictionaries.stream().map(f -> DictionaryReader.read(f, s, t)).toList();
    }

    private List<Concept> concepts() {
        if (termbase == null) return List.of();
        if (!Files.isReadable(termbase)) throw new InputException(termbase + ": cannot read termbase");
        try (Termbase tb = Termbase.load(termbase)) {
            return tb.concepts();
        }
    }

    /** A document as sentences: segmented with paragraphs, or one per line with --lines; reading warnings printed. */
    private SegmentedDocument read(Path file, String lang) {
        SegmentedDocument doc = SegmentedDocument.read(file, lang, lines ? DocumentSet.Cut.LINES : DocumentSet.Cut.SENTENCES);
        doc.warnings().forEach(w -> spec.commandLine().getErr().println("concord: warning: " + w));
        return doc;
    }

    private void warn(List<String> warnings, Path file) {
        for (String w : warnings) spec.commandLine().getErr().println("concord: warning: " + file + ": " + w);
    }

    private static String indices(List<Integer> idx) {
        return idx.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String tsvText(List<String> texts, List<Integer> idx) {
        return idx.stream().map(texts::get).collect(Collectors.joining(" ")).replace('\t', ' ').replace('\n', ' ');
    }

    private static Map<String, Object> beadJson(Bead b, List<String> src, List<String> tgt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("src", b.src());
        m.put("tgt", b.tgt());
        m.put("confidence", Math.round(b.confidence() * 1000) / 1000.0);
        m.put("flagged", b.flagged());
        m.put("source", b.src().stream().map(src::get).collect(Collectors.joining(" ")));
        m.put("target", b.tgt().stream().map(tgt::get).collect(Collectors.joining(" ")));
        return m;
    }

    private static Map<String, Object> unitJson(MultilingualUnit u, List<String> en, Map<String, List<String>> texts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("src", u.src());
        m.put("confidence", Math.round(u.confidence() * 1000) / 1000.0);
        m.put("flagged", u.flagged());
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("en", u.src().stream().map(en::get).collect(Collectors.joining(" ")));
        u.targets().forEach((l, idx) -> text.put(l, idx.stream().map(texts.get(l)::get).collect(Collectors.joining(" "))));
        m.put("targets", u.targets());
        m.put("text", text);
        return m;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) m.put((String) keysAndValues[k], keysAndValues[k + 1]);
        return m;
    }

    private static String json(Object value) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value) + "\n";
    }

    /** Prints to standard output, or writes OUT in one go (a temporary file moved into place, never half-written). */
    private void emit(String text) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return;
        }
        writeFile(tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    private void writeTmx(TmxWriting writing) throws IOException {
        if (output == null) {
            Path tmp = Files.createTempFile("concord-align", ".tmx");
            try {
                writing.write(tmp);
                emit(Files.readString(tmp, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } else {
            writeFile(writing::write);
        }
    }

    private void writeFile(TmxWriting writing) {
        AtomicFile.write(output, writing::write);
    }

    @FunctionalInterface
    private interface TmxWriting {
        void write(Path file) throws IOException;
    }
}
