package org.concord.read;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF's text layer with their geometry, page by page, as PDFBox reads them (sorted by position, right-
 * to-left runs put back in reading order). Footnote reference marks, small raised digits or letters glued to a word,
 * are taken out of the text before words are formed and kept apart with their position.
 */
final class PdfLines extends PDFTextStripper {

    /** A word: its text, left and right edges, baseline (from the top of the page) and font size in points. */
    record Word(String text, float left, float right, float baseline, float size) {}

    /** A line of words in reading order; its size is the one most of its characters have. */
    record Line(List<Word> words, float baseline, float size) {
        float left() {
            return (float) words.stream().mapToDouble(Word::left).min().orElse(0);
        }

        float right() {
            return (float) words.stream().mapToDouble(Word::right).max().orElse(0);
        }
    }

    /** A footnote reference mark taken out of the text. */
    record Mark(String text, float left, float right, float baseline) {}

    record Page(int number, List<Line> lines, List<Mark> marks) {}

    private static final Pattern MARK_CHAR = Pattern.compile("[0-9a-z*\u2020\u2021]");
    /**
     * Characters this much smaller than the body text may be superscripts (ODS sets marks at about 0.65 of the body
     * size, Arabic at about 0.7); they are marks only when set above the text beside them, so footnote text of the
     * same size stays.
     */
    private static final float MARK_RATIO = 0.75f;

    private final float bodySize;
    private final List<Page> pages = new ArrayList<>();
    private List<Line> lines;
    private List<Mark> marks;
    private List<Word> words = new ArrayList<>();
    private final List<TextPosition> candidates = new ArrayList<>();
    private final List<TextPosition> others = new ArrayList<>();

    private PdfLines(float bodySize) throws IOException {
        this.bodySize = bodySize;
        setSortByPosition(true);
    }

    /** The pages of {@code pdf}, whose body text is set in {@code body} points; none when it has no text layer. */
    static List<Page> read(PDDocument pdf, float body) throws IOException {
        if (body == 0) return List.of();
        PdfLines reader = new PdfLines(body);
        reader.writeText(pdf, Writer.nullWriter());
        return reader.pages;
    }

    /** The font size most characters of the document are set in, 0 when it has no text. */
    static float bodySize(PDDocument pdf) throws IOException {
        Map<Float, Integer> count = new HashMap<>();
        PDFTextStripper tally = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) count.merge(Math.round(text.getFontSizeInPt() * 2) / 2f, 1, Integer::sum);
            }
        };
        tally.writeText(pdf, Writer.nullWriter());
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        lines = new ArrayList<>();
        marks = new ArrayList<>();
        words = new ArrayList<>();
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        pages.add(new Page(getCurrentPageNo(), lines, marks));
        super.endPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        // small digits are held back until the page is read: only those set above the text beside them are marks
        if (text.getFontSizeInPt() < bodySize * MARK_RATIO && MARK_CHAR.matcher(text.getUnicode()).matches()) {
            candidates.add(text);
        } else {
            others.add(text);
            super.processTextPosition(text);
        }
    }

    @Override
    protected void writePage() throws IOException {
        for (TextPosition c : candidates) {
            if (!raised(c)) {
                super.processTextPosition(c);
                continue;
            }
            Mark last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
            if (last != null && Math.abs(last.baseline() - c.getYDirAdj()) < 0.5f
                && Math.abs(c.getXDirAdj() - last.right()) < c.getWidthDirAdj()) {
                // the next digit of a mark such as "12"
                marks.set(marks.size() - 1, new Mark(last.text() + c.getUnicode(), last.left(), c.getXDirAdj() + c.getWidthDirAdj(), last.baseline()));
            } else {
                marks.add(new Mark(c.getUnicode(), c.getXDirAdj(), c.getXDirAdj() + c.getWidthDirAdj(), c.getYDirAdj()));
            }
        }
        candidates.clear();
        others.clear();
        super.writePage();
    }

    /** Whether the nearest character of ordinary text on the same line sits at least a point lower. */
    private boolean raised(TextPosition c) {
        TextPosition nearest = null;
        float best = Float.MAX_VALUE;
        for (TextPosition o : others) {
            // a superscript rises a third of an em or so; the lines above and below are a whole line away
            if (Math.abs(o.getYDirAdj() - c.getYDirAdj()) > bodySize * 0.6f || o.getUnicode().isBlank()) continue;
            float dx = Math.min(Math.abs(o.getXDirAdj() - c.getXDirAdj()),
                Math.abs(o.getXDirAdj() + o.getWidthDirAdj() - c.getXDirAdj()));
            if (dx < best) {
                best = dx;
                nearest = o;
            }
        }
        return nearest != null && best < bodySize * 2 && c.getYDirAdj() < nearest.getYDirAdj() - 1;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty() || text.isBlank()) return;
        float left = Float.MAX_VALUE, right = -Float.MAX_VALUE, baseline = 0;
        Map<Float, Integer> sizes = new HashMap<>();
        for (TextPosition p : positions) {
            left = Math.min(left, p.getXDirAdj());
            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            baseline += p.getYDirAdj();
            sizes.merge(Math.round(p.getFontSizeInPt() * 2) / 2f, 1, Integer::sum);
        }
        float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        words.add(new Word(text, left, right, baseline / positions.size(), size));
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        if (words.isEmpty()) return;
        Map<Float, Integer> sizes = new HashMap<>();
        double baseline = 0;
        for (Word w : words) {
            sizes.merge(w.size(), w.text().length(), Integer::sum);
            baseline += w.baseline();
        }
        float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        lines.add(new Line(List.copyOf(words), (float) (baseline / words.size()), size));
        words = new ArrayList<>();
    }
}
