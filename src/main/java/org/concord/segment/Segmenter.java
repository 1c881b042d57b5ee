package org.concord.segment;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    private final String lang;
    private final ISegmenter srx;

    private Segmenter(String lang, ISegmenter srx) {
        this.lang = lang;
        this.srx = srx;
    }

    /** The rules Concord ships for {@code lang}: Okapi's, fixed for United Nations documents. */
    public static Segmenter forLanguage(String lang) {
        String code = Languages.require(lang);
        return new Segmenter(code, Rules.concord(code));
    }

    /** Okapi's default SRX rules for {@code lang}, with its ICU4J break rules: the baseline Concord is measured against. */
    public static Segmenter okapiDefault(String lang) {
        String code = Languages.require(lang);
        return new Segmenter(code, Rules.okapiDefault(code));
    }

    /** The rules of a user's SRX file; a file that cannot be read or compiled is bad input naming the file. */
    public static Segmenter fromSrx(Path rules, String lang) {
        String code = Languages.require(lang);
        return new Segmenter(code, Rules.fromFile(rules, code));
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

    /** A paragraph as the rules see it: line breaks unwrapped, spaces normalised, attested hyphenations re-joined. */
    public static String unwrap(String paragraph) {
        try {
            return Unwrapper.unwrap(paragraph, Hyphenation.attestedJoins(() -> new StringReader(paragraph))).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
