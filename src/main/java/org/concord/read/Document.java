package org.concord.read;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;

/**
 * A document ready to be segmented: its name as the user gave it, its format, the encoding it was read with, the
 * metadata of a leading front-matter block ({@code ---} / {@code key: value} lines / {@code ---}), warnings about
 * how it was read, and its body. The body is read through {@link Body#open()} each time it is needed, so a large
 * file is never held in memory. {@code bodyOffset} is the offset of the body's first character in the document's
 * text: for plain text, the characters of the original file, so offsets found in the body plus it point into the file.
 * For official files laid out in pages (PDF, DOCX), {@code layout} lists what was removed as page layout (running
 * heads, footers, page numbers, footnote marks), and the footnotes follow the main text as a section of their own
 * that starts at body offset {@code notesStart} (-1 when the document has none).
 */
public record Document(String name, Format format, String encoding, Map<String, String> metadata, int bodyOffset,
                       List<String> warnings, Body body, List<LayoutText> layout, int notesStart) {

    public Document {
        metadata = Map.copyOf(metadata);
        warnings = List.copyOf(warnings);
        layout = List.copyOf(layout);
    }

    /** A document without page layout: nothing removed, no footnote section. */
    public Document(String name, Format format, String encoding, Map<String, String> metadata, int bodyOffset,
                    List<String> warnings, Body body) {
        this(name, format, encoding, metadata, bodyOffset, warnings, body, List.of(), -1);
    }

    /** Whether the sentence starting at {@code offset} (as the segmenter reports it) lies in the footnote section. */
    public boolean inNotes(int offset) {
        return notesStart >= 0 && offset - bodyOffset >= notesStart;
    }

    /** The document's text without front matter, opened afresh on each call. */
    @FunctionalInterface
    public interface Body {
        Reader open() throws IOException;
    }

    /** The whole body as a string: for documents known to be small. */
    public String bodyText() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Reader in = body.open()) {
            char[] buf = new char[8192];
            for (int n; (n = in.read(buf)) > 0; ) sb.append(buf, 0, n);
        }
        return sb.toString();
    }
}
