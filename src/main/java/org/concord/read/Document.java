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
 */
public record Document(String name, Format format, String encoding, Map<String, String> metadata, int bodyOffset,
                       List<String> warnings, Body body) {

    public Document {
        metadata = Map.copyOf(metadata);
        warnings = List.copyOf(warnings);
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
