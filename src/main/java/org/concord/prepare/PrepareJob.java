package org.concord.prepare;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.concord.InputException;
import org.concord.Languages;
import org.concord.build.Progress;
import org.concord.term.TermRecognizer;
import org.concord.tm.TranslationMemory;

/**
 * {@code concord prepare}: pre-translates documents into each target language and writes one XLIFF per document and
 * language. Every file is prepared and written to a temporary file first; they are moved into place only when all are
 * complete, so a failure leaves no output behind.
 */
public final class PrepareJob {
    private final Preparer preparer;
    private final PrepareOptions options;

    public PrepareJob(TranslationMemory memory, TermRecognizer terms, PrepareOptions options) {
        this(List.of(memory), terms, options);
    }

    /** A job looking sentences up on one thread per memory (each open on its own connection to the same database). */
    public PrepareJob(List<TranslationMemory> memories, TermRecognizer terms, PrepareOptions options) {
        this.options = options;
        this.preparer = new Preparer(memories, terms, options);
        if (options.minPercent() < 0 || options.minPercent() > 100) {
            throw new InputException("--min must be between 0 and 100, not " + options.minPercent());
        }
        for (String t : options.targets()) Languages.require(t);
    }

    public PhaseTimes times() {
        return preparer.times();
    }

    /** What was written for one document and language. */
    public record Written(Path file, String document, String lang, int segments, int exact, int inContext, int fuzzy, int withTerms) {}

    /**
     * Prepares {@code files}; {@code output} is the file to write when there is one document and one language and it
     * is not a folder, otherwise the folder of {@code NAME.LANG.xlf} files (null: the current folder).
     */
    public List<Written> run(List<Path> files, Path output, Progress progress) {
        List<String> targets = options.targets().stream().map(Languages::require).distinct().toList();
        if (targets.isEmpty()) throw new InputException("--to names no target language");
        List<SourceDocument> docs = new ArrayList<>();
        for (Path f : files) docs.add(preparer.read(f));
        long total = docs.stream().mapToLong(d -> d.sentences().size()).sum() * targets.size();
        Map<Path, PreparedFile> prepared = new LinkedHashMap<>();
        boolean single = docs.size() == 1 && targets.size() == 1 && output != null && !Files.isDirectory(output);
        long[] before = {0};
        for (SourceDocument doc : docs) {
            for (String tgt : targets) {
                PreparedFile p = preparer.prepare(doc, tgt, done -> progress.update("preparing " + doc.name() + " → " + tgt,
                    (int) Math.min(Integer.MAX_VALUE, before[0] + done), (int) Math.min(Integer.MAX_VALUE, total)));
                before[0] += doc.sentences().size();
                Path out = single ? output : (output != null ? output : Path.of("")).resolve(baseName(doc.name()) + "." + tgt + ".xlf");
                if (prepared.put(out.toAbsolutePath().normalize(), p) != null) {
                    throw new InputException(out + ": two documents would be written to the same file");
                }
            }
        }
        List<Written> written = new ArrayList<>();
        preparer.timeWriting(() -> writeAll(prepared));
        prepared.forEach((path, p) -> written.add(new Written(path, p.original(), p.tgtLang(), p.segments().size(), p.exactCount(),
            (int) p.segments().stream().filter(PreparedSegment::inContext).count(), p.fuzzyCount(),
            (int) p.segments().stream().filter(s -> !s.terms().isEmpty()).count())));
        return written;
    }

    private static String baseName(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private void writeAll(Map<Path, PreparedFile> prepared) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (var e : prepared.entrySet()) {
                Path target = e.getKey();
                Path tmp;
                try {
                    Files.createDirectories(target.getParent());
                    tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
                } catch (IOException ex) {
                    throw new InputException(target + ": cannot write: " + ex.getMessage(), ex);
                }
                temps.put(target, tmp);
                write(e.getValue(), now, tmp, target);
            }
            for (var e : temps.entrySet()) {
                try {
                    Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException ex) {
                    throw new InputException(e.getKey() + ": cannot write: " + ex.getMessage(), ex);
                }
            }
        } finally {
            for (Path tmp : temps.values()) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is named .NAME…part and harmless
                }
            }
        }
    }

    /** Writes one prepared file in the options' XLIFF version. */
    public void write(PreparedFile p, Instant now, Path file, Path shownAs) {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            if (options.version() == XliffVersion.V2_0) Xliff20Writer.write(p, now, w);
            else Xliff12Writer.write(p, now, w);
        } catch (IOException | XMLStreamException e) {
            throw new InputException(shownAs + ": cannot write: " + e.getMessage(), e);
        }
    }
}
