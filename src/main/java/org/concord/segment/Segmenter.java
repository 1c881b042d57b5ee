package org.concord.segment;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.function.Consumer;
import net.sf.okapi.common.ISegmenter;
import org.concord.Languages;
import org.concord.read.Document;

/**
 * Cuts text into sentences with SRX rules. Paragraphs are separated by blank lines; inside a paragraph, hard line
 * breaks are unwrapped (see {@link #unwrap}) before the rules run. Offsets in the sentences point into the original
 * text. A Segmenter is not thread-safe: use one per thread.
 */
public final class Segmenter {

    /** Below this many characters a document is segmented on the calling thread: starting threads would cost more. */
    private static final int PARALLEL_MIN_CHARS = 1 << 18;

    private final String lang;
    private final ISegmenter srx;
    /** Compiles another copy of the same rules: an ISegmenter serves one thread. */
    private final Supplier<ISegmenter> compile;

    private Segmenter(String lang, Supplier<ISegmenter> compile) {
        this.lang = lang;
        this.srx = compile.get();
        this.compile = compile;
    }

    /** The rules Concord ships for {@code lang}: Okapi's, fixed for United Nations documents. */
    public static Segmenter forLanguage(String lang) {
        String code = Languages.require(lang);
        return new Segmenter(code, () -> Rules.concord(code));
    }

    /** Okapi's default SRX rules for {@code lang}, with its ICU4J break rules: the baseline Concord is measured against. */
    public static Segmenter okapiDefault(String lang) {
        String code = Languages.require(lang);
        return new Segmenter(code, () -> Rules.okapiDefault(code));
    }

    /** The rules of a user's SRX file; a file that cannot be read or compiled is bad input naming the file. */
    public static Segmenter fromSrx(Path rules, String lang) {
        String code = Languages.require(lang);
        return new Segmenter(code, () -> Rules.fromFile(rules, code));
    }

    public String language() {
        return lang;
    }

    /** Sentences of {@code text}, offsets into {@code text}. */
    public List<Sentence> segment(String text) {
        List<Sentence> out = new ArrayList<>();
        try {
            Set<String> joins = Hyphenation.attestedJoins(() -> new StringReader(text));
            new SentenceStream(srx, joins, 0, out::add).run(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    /**
     * Sentences of a document's body, handed to {@code sink} as they are found, offsets into the original file. Reads
     * the body through a bounded window, so a very large file needs no more memory than a small one.
     */
    public void segment(Document doc, Consumer<Sentence> sink) throws IOException {
        Set<String> joins = Hyphenation.attestedJoins(doc.body()::open);
        try (Reader in = doc.body().open()) {
            new SentenceStream(srx, joins, doc.bodyOffset(), sink).run(in);
        }
    }

    /** All sentences of a document's body, offsets into the original file: for documents known to be small. */
    public List<Sentence> segment(Document doc) throws IOException {
        List<Sentence> out = new ArrayList<>();
        segment(doc, out::add);
        return out;
    }

    /**
     * All sentences of a document's body, as {@link #segment(Document)} gives them, on up to {@code threads} threads:
     * the body is cut into runs of whole paragraphs, each segmented with its own copy of the rules, and the runs'
     * sentences are put back in order with paragraphs numbered through. The body is held in memory, so this is for
     * batch jobs that keep every sentence anyway (pre-translation); a long document then takes about 1/threads of
     * the time, since the rules' regular expressions are nearly all of it.
     */
    public List<Sentence> segment(Document doc, int threads) throws IOException {
        if (threads <= 1) return segment(doc);
        String body = doc.bodyText();
        Set<String> joins = Hyphenation.attestedJoins(() -> new StringReader(body));
        if (body.length() < PARALLEL_MIN_CHARS) {
            // The body is read already: segment it here rather than read the file again.
            List<Sentence> out = new ArrayList<>();
            new SentenceStream(srx, joins, doc.bodyOffset(), out::add).run(new StringReader(body));
            return out;
        }
        List<int[]> runs = paragraphRuns(body, threads * 8);
        // The copies are compiled here, one after another: whether compiling is thread-safe is Okapi's business.
        BlockingQueue<ISegmenter> copies = new ArrayBlockingQueue<>(threads);
        copies.add(srx);
        for (int i = 1; i < threads; i++) copies.add(compile.get());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "segmenter");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Sentence>>> parts = new ArrayList<>();
            for (int[] run : runs) {
                parts.add(pool.submit(() -> {
                    ISegmenter rules = copies.take();
                    try {
                        List<Sentence> out = new ArrayList<>();
                        new SentenceStream(rules, joins, doc.bodyOffset() + run[0], out::add)
                            .run(new StringReader(body.substring(run[0], run[1])));
                        return out;
                    } finally {
                        copies.add(rules);
                    }
                }));
            }
            List<Sentence> all = new ArrayList<>();
            int paragraphs = 0;
            for (Future<List<Sentence>> part : parts) {
                List<Sentence> sentences = result(part);
                for (Sentence s : sentences) {
                    all.add(new Sentence(paragraphs + s.paragraph(), s.index(), s.start(), s.end(), s.text()));
                }
                // A run numbers only the paragraphs that gave sentences, from 0, as the whole document would.
                if (!sentences.isEmpty()) paragraphs += sentences.get(sentences.size() - 1).paragraph() + 1;
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * About {@code count} runs [start, end) of whole paragraphs covering {@code body}: each run but the last ends on
     * the line break that starts a blank line (as a paragraph of a document does), the next starts just after it.
     */
    static List<int[]> paragraphRuns(String body, int count) {
        List<int[]> runs = new ArrayList<>();
        int size = Math.max(1, body.length() / Math.max(1, count));
        int start = 0;
        while (start < body.length()) {
            int end = paragraphEndFrom(body, Math.min(body.length(), start + size));
            if (end < 0) {
                runs.add(new int[] {start, body.length()});
                break;
            }
            runs.add(new int[] {start, end});
            start = end + 1;
        }
        return runs;
    }

    /** The first line break at or after {@code from} that ends a paragraph as {@link SentenceStream} sees it; -1 if none. */
    private static int paragraphEndFrom(String text, int from) {
        for (int p = text.indexOf('\n', from); p >= 0; p = text.indexOf('\n', p + 1)) {
            int j = SentenceStream.endOfSpacesAfter(text, p);
            if (j < text.length() && text.charAt(j) == '\n') return p;
        }
        return -1;
    }

    private static List<Sentence> result(Future<List<Sentence>> part) throws IOException {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while segmenting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof IOException io) throw io;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A paragraph as the rules see it: line breaks unwrapped, spaces normalised, attested hyphenations re-joined. */
    public static String unwrap(String paragraph) {
        try {
            return Unwrapper.unwrap(paragraph, Hyphenation.attestedJoins(() -> new StringReader(paragraph))).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
