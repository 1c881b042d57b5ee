package org.concord.read;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.concord.InputException;
import org.concord.read.PdfLines.Line;
import org.concord.read.PdfLines.Mark;
import org.concord.read.PdfLines.Page;
import org.concord.read.PdfLines.Word;

/**
 * PDF as the UN's Official Document System prints it. Running heads, page footers (page "3/5", job number, barcode
 * text, recycling notice) and footnote marks are removed before segmentation and listed as {@link LayoutText}; the
 * footnotes, set smaller at the foot of a page, follow the main text as a section of their own, so that a sentence
 * broken by a page end continues on the next page instead of taking the footnotes in. A line at the top or foot of a
 * page is removed only when its form says it is page furniture or it comes back on another page; anything else is
 * kept as text. Lines of a paragraph keep their breaks (the segmenter unwraps them) except between Chinese
 * characters, which are written without a space; table cells, told by wide gaps, become paragraphs of their own.
 */
final class PdfReader {
    /** Lines at the top and at the foot of each page that may be page furniture. */
    private static final int HEAD_LINES = 2, FOOT_LINES = 4;
    /** A gap this many times the font size between two words separates table cells (or the two ends of a head). */
    private static final float CELL_GAP = 1.5f;
    /** Lines set this much smaller than the body text, below it, are footnotes. */
    private static final float NOTE_RATIO = 0.92f;
    private static final Pattern UN_SYMBOL = Pattern.compile("[A-Z]{1,6}(?:/[A-Za-z0-9.\\-]+)+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d{1,3}|\\*)\\s+(\\S.*)", Pattern.DOTALL);
    private static final char TATWEEL = '\u0640';

    private PdfReader() {}

    static Document read(Path file, String name) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            float bodySize = PdfLines.bodySize(pdf);
            List<Page> pages = PdfLines.read(pdf, bodySize);
            if (pages.stream().allMatch(p -> p.lines().isEmpty())) throw noText(pdf, name);
            return new Reading(name, pages, bodySize).document();
        } catch (InvalidPasswordException e) {
            throw new InputException(name + ": encrypted PDF: cannot be read without its password");
        } catch (IOException e) {
            throw new InputException(name + ": cannot read as PDF: " + e.getMessage(), e);
        }
    }

    /** No text layer: a scan (its pages are images) or a PDF with nothing on its pages. */
    private static InputException noText(PDDocument pdf, String name) throws IOException {
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) continue;
            for (var xobject : resources.getXObjectNames()) {
                if (resources.getXObject(xobject) instanceof PDImageXObject) {
                    return new InputException(name + ": PDF has no text layer (its " + pdf.getNumberOfPages()
                        + " page(s) are images, a scan?): run OCR on it first, or give Concord the DOCX or text version");
                }
            }
        }
        return new InputException(name + ": empty file: the PDF has no text to segment");
    }

    /** One line cut into cells at wide gaps, in reading order. */
    private record Row(int page, Line line, List<String> cells) {
        String text() {
            return String.join(" ", cells);
        }
    }

    /** The analysis of one document's pages. */
    private static final class Reading {
        private final String name;
        private final List<Page> pages;
        private final float bodySize;
        private final List<LayoutText> layout = new ArrayList<>();
        private final Map<String, String> metadata = new LinkedHashMap<>();

        Reading(String name, List<Page> pages, float bodySize) {
            this.name = name;
            this.pages = pages;
            this.bodySize = bodySize;
        }

        Document document() {
            List<List<Row>> rows = new ArrayList<>();
            for (Page p : pages) rows.add(p.lines().stream().map(l -> new Row(p.number(), l, cells(l))).toList());
            Set<String> repeatedHeads = repeated(rows, true), repeatedFeet = repeated(rows, false);

            List<String> paragraphs = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            Paragraphs body = new Paragraphs(paragraphs);
            for (int p = 0; p < pages.size(); p++) {
                List<Row> page = new ArrayList<>(rows.get(p));
                int head = 0;
                while (head < Math.min(HEAD_LINES, page.size()) && removed(page.get(head), repeatedHeads, LayoutKind.RUNNING_HEAD)) head++;
                int foot = page.size();
                while (foot > head && page.size() - foot < FOOT_LINES && removed(page.get(foot - 1), repeatedFeet, LayoutKind.PAGE_FOOTER)) foot--;
                List<Row> text = page.subList(head, foot);
                int notesFrom = notesStart(text);
                for (Row row : text.subList(0, notesFrom)) body.add(row);
                readNotes(text.subList(notesFrom, text.size()), pages.get(p), notes);
                for (Mark m : pages.get(p).marks()) layout.add(new LayoutText(pages.get(p).number(), LayoutKind.FOOTNOTE_MARK, m.text()));
            }
            body.close();
            StringBuilder out = new StringBuilder(String.join("\n\n", paragraphs));
            int notesStart = -1;
            if (!notes.isEmpty()) {
                if (out.length() > 0) out.append("\n\n");
                notesStart = out.length();
                out.append(String.join("\n\n", notes));
            }
            String text = out.toString();
            if (text.isBlank()) {
                throw new InputException(name + ": no text to segment: the PDF holds only page layout (" + layout.size()
                    + " running heads, footers or page numbers)");
            }
            return new Document(name, Format.PDF, StandardCharsets.UTF_8.name(), metadata, 0, List.of(),
                () -> new StringReader(text), layout, notesStart);
        }

        /** Whether {@code row} is page furniture; if so it is listed as removed. */
        private boolean removed(Row row, Set<String> repeatedShapes, LayoutKind zoneKind) {
            Set<LayoutKind> kinds = new HashSet<>();
            for (String cell : row.cells()) {
                Optional<LayoutKind> k = LayoutLines.kindOf(cell);
                if (k.isEmpty()) {
                    kinds = null;
                    break;
                }
                kinds.add(k.get());
            }
            LayoutKind kind;
            if (kinds != null) kind = kinds.size() == 1 ? kinds.iterator().next() : zoneKind;
            else if (repeatedShapes.contains(shape(row))) kind = zoneKind;
            else return false;
            if (kind == LayoutKind.RUNNING_HEAD) {
                for (String cell : row.cells()) {
                    if (UN_SYMBOL.matcher(cell).matches()) metadata.putIfAbsent("symbol", cell);
                }
            }
            layout.add(new LayoutText(row.page(), kind, row.text()));
            return true;
        }

        /** Shapes of the head (or foot) lines that come back on more than one page. */
        private static Set<String> repeated(List<List<Row>> pages, boolean head) {
            Map<String, Integer> count = new HashMap<>();
            for (List<Row> page : pages) {
                int n = Math.min(head ? HEAD_LINES : FOOT_LINES, page.size());
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < n; i++) seen.add(shape(page.get(head ? i : page.size() - 1 - i)));
                seen.forEach(s -> count.merge(s, 1, Integer::sum));
            }
            Set<String> out = new HashSet<>();
            count.forEach((s, c) -> {
                if (c >= 2) out.add(s);
            });
            return out;
        }

        /** A line's cells with their numbers blanked, in either order: odd and even pages swap the ends of a head. */
        private static String shape(Row row) {
            return row.cells().stream().map(LayoutLines::shape).sorted().toList().toString();
        }

        /** Where the footnotes of a page begin: the run of smaller lines below the last line of body text. */
        private int notesStart(List<Row> rows) {
            int i = rows.size();
            while (i > 0 && rows.get(i - 1).line().size() < bodySize * NOTE_RATIO) i--;
            return i == 0 ? rows.size() : i; // a page of small type alone is text, not notes
        }

        /** Footnotes: a line after a mark, or opening with a number, starts one; others continue the last. */
        private void readNotes(List<Row> rows, Page page, List<String> notes) {
            for (Row row : rows) {
                String text = clean(row.text());
                boolean marked = page.marks().stream().anyMatch(m ->
                    Math.abs(m.baseline() - row.line().baseline()) < row.line().size());
                Matcher number = LEADING_NUMBER.matcher(text);
                if (!marked && number.matches()) {
                    layout.add(new LayoutText(row.page(), LayoutKind.FOOTNOTE_MARK, number.group(1)));
                    text = number.group(2);
                    marked = true;
                }
                if (marked || notes.isEmpty()) notes.add(text);
                else notes.set(notes.size() - 1, joinLines(notes.get(notes.size() - 1), text));
            }
        }

        /** Body rows into paragraphs: a wide vertical gap, a table row, or a short last line ending a sentence before a page end closes one. */
        private final class Paragraphs {
            private final List<String> out;
            private final float leading = bodySize * 1.2f;
            private StringBuilder current;
            private Row previous;
            private boolean previousWasTable;
            private float widest;

            Paragraphs(List<String> out) {
                this.out = out;
                for (Page p : pages) for (Line l : p.lines()) if (l.size() >= bodySize * NOTE_RATIO) widest = Math.max(widest, l.right() - l.left());
            }

            void add(Row row) {
                if (row.cells().size() > 1) {
                    close();
                    for (String cell : row.cells()) out.add(clean(cell));
                    previousWasTable = true;
                    previous = row;
                    return;
                }
                String text = clean(row.text());
                if (current != null && !continues(row)) close();
                if (current == null) current = new StringBuilder(text);
                else current.replace(0, current.length(), joinLines(current.toString(), text));
                previous = row;
                previousWasTable = false;
            }

            private boolean continues(Row row) {
                if (previous == null || previousWasTable) return false;
                if (Math.abs(row.line().size() - previous.line().size()) > 1) return false;
                if (row.page() == previous.page()) return row.line().baseline() - previous.line().baseline() < leading * 1.6f;
                // over a page end, a paragraph goes on unless its last line stopped short after a full stop
                Line last = previous.line();
                String lastText = previous.text();
                boolean ended = !lastText.isEmpty() && ".!?:;。！？：；\"”»>)".indexOf(lastText.charAt(lastText.length() - 1)) >= 0;
                return !ended || last.right() - last.left() >= widest * 0.85f;
            }

            void close() {
                if (current != null && !current.isEmpty()) out.add(current.toString());
                current = null;
            }
        }
    }

    /** A line's words, cut into cells where the gap between two words is wide; right-to-left lines read from the right. */
    private static List<String> cells(Line line) {
        List<List<Word>> groups = new ArrayList<>();
        Word before = null;
        for (Word w : line.words()) {
            float gap = before == null ? 0 : Math.max(w.left() - before.right(), before.left() - w.right());
            if (before == null || gap > CELL_GAP * line.size()) groups.add(new ArrayList<>());
            groups.get(groups.size() - 1).add(w);
            before = w;
        }
        boolean rtl = rightToLeft(line);
        groups.sort((a, b) -> rtl ? Float.compare(b.get(0).right(), a.get(0).right()) : Float.compare(a.get(0).left(), b.get(0).left()));
        List<String> out = new ArrayList<>();
        for (List<Word> g : groups) {
            String cell = "";
            for (Word w : g) cell = cell.isEmpty() ? w.text() : cjk(cell.charAt(cell.length() - 1)) && cjk(w.text().charAt(0)) ? cell + w.text() : cell + " " + w.text();
            out.add(cell.strip());
        }
        return out;
    }

    private static boolean rightToLeft(Line line) {
        int rtl = 0, ltr = 0;
        for (Word w : line.words()) {
            for (char c : w.text().toCharArray()) {
                byte d = Character.getDirectionality(c);
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) rtl++;
                else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) ltr++;
            }
        }
        return rtl > ltr;
    }

    /** Two lines of one paragraph: a line break the segmenter unwraps, or nothing next to a Chinese character. */
    private static String joinLines(String a, String b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return cjk(a.charAt(a.length() - 1)) || cjk(b.charAt(0)) ? a + b : a + "\n" + b;
    }

    private static boolean cjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
            || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }

    /** Kashida (tatweel) only stretches Arabic words to justify a line: it is not part of the text. */
    private static String clean(String s) {
        return s.indexOf(TATWEEL) < 0 ? s.strip() : s.replace(String.valueOf(TATWEEL), "").strip();
    }

}
