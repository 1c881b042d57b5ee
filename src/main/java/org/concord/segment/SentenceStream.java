package org.concord.segment;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.Range;
import org.concord.segment.Unwrapper.Unwrapped;

/**
 * Reads text through a bounded window and hands out its sentences. Paragraphs end at blank lines. A paragraph
 * longer than the window (a file without line breaks) is cut at the last break the rules find well before the
 * window's end; the rest stays in the window and is segmented again with the text that follows.
 */
final class SentenceStream {
    /** Characters a window may hold before a long paragraph is cut. */
    static final int WINDOW = 1 << 16;
    /** A break this close to the window's end may depend on text not read yet, so it is not used for a cut. */
    static final int LOOKAHEAD = 512;

    private final ISegmenter rules;
    private final Set<String> attestedJoins;
    private final Consumer<Sentence> sink;
    private final StringBuilder window = new StringBuilder();
    private int windowStart;
    /** Start of the unconsumed text in the window; consumed text is dropped before the next read. */
    private int head;
    private int scanFrom;
    private int paragraph;
    private int index;

    SentenceStream(ISegmenter rules, Set<String> attestedJoins, int baseOffset, Consumer<Sentence> sink) {
        this.rules = rules;
        this.attestedJoins = attestedJoins;
        this.windowStart = baseOffset;
        this.sink = sink;
    }

    void run(Reader in) throws IOException {
        char[] buf = new char[8192];
        while (true) {
            for (int end; (end = paragraphEnd()) >= 0; ) {
                endParagraph(end);
            }
            compact();
            int n = in.read(buf);
            if (n < 0) break;
            window.append(buf, 0, n);
            if (window.length() >= WINDOW + buf.length && paragraphEnd() < 0) cutLongParagraph();
        }
        endParagraph(window.length());
    }

    /** Index of the line break that starts the first blank line in the window, or -1 when there is none yet. */
    private int paragraphEnd() {
        int len = window.length();
        for (int p = Math.max(scanFrom, head); p < len; p++) {
            if (window.charAt(p) != '\n') continue;
            int j = endOfSpacesAfter(window, p);
            if (j == len) {
                scanFrom = p;
                return -1;
            }
            if (window.charAt(j) == '\n') return p;
        }
        scanFrom = len;
        return -1;
    }

    private void endParagraph(int end) {
        Unwrapped u = Unwrapper.unwrap(window.subSequence(head, end), attestedJoins);
        for (Range r : cut(u.text())) emit(u, r.start, r.end);
        if (index > 0) paragraph++;
        index = 0;
        head = Math.min(end + 1, window.length());
    }

    /**
     * Where the spaces after the line break at {@code p} end: at another line break when {@code p} starts a blank line
     * (the end of a paragraph), at the text's end when text not read yet decides it.
     */
    static int endOfSpacesAfter(CharSequence text, int p) {
        int j = p + 1;
        while (j < text.length() && text.charAt(j) != '\n' && Unwrapper.isSpace(text.charAt(j))) j++;
        return j;
    }

    /** Emits all sentences of the window but the last, or forces a cut at a space when no break is usable. */
    private void cutLongParagraph() {
        compact();
        Unwrapped u = Unwrapper.unwrap(window, attestedJoins);
        String text = u.text();
        List<Range> ranges = cut(text);
        int limit = text.length() - LOOKAHEAD;
        int next = -1;
        for (int k = ranges.size() - 1; k >= 1; k--) {
            if (ranges.get(k).start <= limit) {
                next = k;
                break;
            }
        }
        int resume;
        if (next > 0) {
            for (int k = 0; k < next; k++) emit(u, ranges.get(k).start, ranges.get(k).end);
            resume = ranges.get(next).start;
        } else {
            int space = text.lastIndexOf(' ', limit);
            resume = space > 0 ? space : limit;
            emit(u, 0, resume);
        }
        while (resume < text.length() && Unwrapper.isSpace(text.charAt(resume))) resume++;
        head = resume < text.length() ? u.origin()[resume] : window.length();
    }

    private List<Range> cut(String text) {
        if (text.isEmpty()) return List.of();
        rules.computeSegments(text);
        return rules.getRanges();
    }

    private void emit(Unwrapped u, int start, int end) {
        String text = u.text();
        while (start < end && Unwrapper.isSpace(text.charAt(start))) start++;
        while (end > start && Unwrapper.isSpace(text.charAt(end - 1))) end--;
        if (start == end) return;
        int[] origin = u.origin();
        int base = windowStart + head;
        sink.accept(new Sentence(paragraph, index++, base + origin[start], base + origin[end - 1] + 1,
            text.substring(start, end)));
    }

    private void compact() {
        if (head == 0) return;
        window.delete(0, head);
        windowStart += head;
        scanFrom = Math.max(0, scanFrom - head);
        head = 0;
    }
}
