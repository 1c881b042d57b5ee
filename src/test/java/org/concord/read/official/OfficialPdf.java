package org.concord.read.official;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes an {@link OfficialText} as an ODS-style PDF: A5 pages with the symbol and date as running head, the body
 * wrapped and broken across pages in mid-paragraph, superscript footnote references with their footnotes in smaller
 * type at the foot of the page, a two-column table, a "(Signed)" line, and the footer of a UN document (job number,
 * barcode text and "Please recycle" on page 1; page "n/N" and job number on the others).
 */
public final class OfficialPdf {
    public static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    public static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private static final float WIDTH = 420, HEIGHT = 595, LEFT = 50, RIGHT = 370;
    private static final float BODY = 11, LEADING = 15, TOP = 520, NOTE = 8.5f, NOTE_LEADING = 11, MARK = 6;
    private static final int LINES_PER_PAGE = 13;
    private static final Pattern REF = Pattern.compile("\\[\\^(\\d+)]");

    private OfficialPdf() {}

    /** Whether the fonts the fixtures need (DejaVu Sans; WenQuanYi Micro Hei for Chinese) are installed. */
    public static boolean fontsInstalled() {
        return Files.isReadable(DEJAVU) && Files.isReadable(WQY);
    }

    /** One line slot of the body: text, a footnote number drawn raised after it, or a table row, or a blank. */
    private record Line(String text, String mark, List<String> cells, boolean signed) {
        static Line blank() {
            return new Line("", null, null, false);
        }
    }

    public static void write(OfficialText t, Path file) throws IOException {
        write(t, file, true);
    }

    /** {@code withLayout} false leaves out running heads and footers: a page of text alone. */
    public static void write(OfficialText t, Path file, boolean withLayout) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = t.lang().equals("zh") ? chinese(doc) : PDType0Font.load(doc, DEJAVU.toFile());
            List<Line> lines = new ArrayList<>();
            for (String p : t.paragraphs()) {
                Matcher m = REF.matcher(p);
                String mark = m.find() ? m.group(1) : null;
                List<String> wrapped = wrap(REF.matcher(p).replaceAll(""), font, BODY, RIGHT - LEFT, t.lang());
                for (int i = 0; i < wrapped.size(); i++) {
                    lines.add(new Line(wrapped.get(i), i == wrapped.size() - 1 ? mark : null, null, false));
                }
                lines.add(Line.blank());
            }
            for (List<String> row : t.table()) lines.add(new Line("", null, row, false));
            lines.add(Line.blank());
            lines.add(new Line(t.signed(), null, null, true));

            int pages = (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    List<String> notes = new ArrayList<>();
                    List<Line> onPage = lines.subList(p * LINES_PER_PAGE, Math.min(lines.size(), (p + 1) * LINES_PER_PAGE));
                    float y = TOP;
                    for (Line line : onPage) {
                        drawBodyLine(cs, font, t, line, y);
                        if (line.mark() != null) notes.add(line.mark());
                        y -= LEADING;
                    }
                    drawNotes(cs, font, t, notes);
                    if (withLayout) drawLayout(cs, font, t, p + 1, pages);
                }
            }
            doc.save(file.toFile());
        }
    }

    private static PDFont chinese(PDDocument doc) throws IOException {
        TrueTypeCollection ttc = new TrueTypeCollection(WQY.toFile());
        return PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
    }

    private static void drawBodyLine(PDPageContentStream cs, PDFont font, OfficialText t, Line line, float y) throws IOException {
        if (line.cells() != null) {
            // two columns, 160 pt apart; Arabic tables run from the right
            for (int c = 0; c < line.cells().size(); c++) {
                String cell = line.cells().get(c);
                float x = t.rightToLeft() ? RIGHT - c * 160 - width(font, BODY, visual(cell, t)) : LEFT + c * 160;
                text(cs, font, BODY, x, y, visual(cell, t));
            }
            return;
        }
        if (line.text().isEmpty()) return;
        String shown = visual(line.text(), t);
        float w = width(font, BODY, shown);
        float markW = line.mark() == null ? 0 : width(font, MARK, line.mark());
        float x = line.signed() ? (t.rightToLeft() ? LEFT : RIGHT - w)
            : t.rightToLeft() ? RIGHT - w - markW : LEFT;
        if (t.rightToLeft() && line.mark() != null) {
            mark(cs, font, x, y, line.mark());
            x += markW;
        }
        text(cs, font, BODY, x, y, shown);
        if (!t.rightToLeft() && line.mark() != null) mark(cs, font, x + w, y, line.mark());
    }

    private static void drawNotes(PDPageContentStream cs, PDFont font, OfficialText t, List<String> notes) throws IOException {
        if (notes.isEmpty()) return;
        float y = 150;
        cs.moveTo(LEFT, y + 12);
        cs.lineTo(LEFT + 100, y + 12);
        cs.stroke();
        for (String n : notes) {
            List<String> wrapped = wrap(t.footnotes().get(Integer.parseInt(n) - 1), font, NOTE, RIGHT - LEFT - 12, t.lang());
            for (int i = 0; i < wrapped.size(); i++) {
                String shown = visual(wrapped.get(i), t);
                float w = width(font, NOTE, shown);
                if (t.rightToLeft()) {
                    text(cs, font, NOTE, RIGHT - 12 - w, y, shown);
                    if (i == 0) mark(cs, font, RIGHT - 6, y, n);
                } else {
                    if (i == 0) mark(cs, font, LEFT, y, n);
                    text(cs, font, NOTE, LEFT + 12, y, shown);
                }
                y -= NOTE_LEADING;
            }
        }
    }

    private static void drawLayout(PDPageContentStream cs, PDFont font, OfficialText t, int page, int pages) throws IOException {
        // running head: the symbol on the outer side, the date on the inner side
        String date = visual(t.date(), t);
        boolean odd = page % 2 == 1;
        float headY = 560;
        float symbolW = width(font, 9, OfficialText.SYMBOL), dateW = width(font, 9, date);
        text(cs, font, 9, odd ? RIGHT - symbolW : LEFT, headY, OfficialText.SYMBOL);
        text(cs, font, 9, odd ? LEFT : RIGHT - dateW, headY, date);
        if (page == 1) {
            text(cs, font, 8, LEFT, 60, t.jobLine());
            text(cs, font, 10, LEFT, 46, OfficialText.BARCODE);
            String recycle = visual(t.recycle(), t);
            text(cs, font, 7, RIGHT - width(font, 7, recycle), 46, recycle);
        } else {
            String number = page + "/" + pages;
            float numberW = width(font, 8, number), jobW = width(font, 8, OfficialText.JOB);
            text(cs, font, 8, odd ? RIGHT - numberW : LEFT, 50, number);
            text(cs, font, 8, odd ? LEFT : RIGHT - jobW, 50, OfficialText.JOB);
        }
    }

    private static void mark(PDPageContentStream cs, PDFont font, float x, float y, String n) throws IOException {
        cs.beginText();
        cs.setFont(font, MARK);
        cs.setTextRise(4);
        cs.newLineAtOffset(x, y);
        cs.showText(n);
        cs.setTextRise(0);
        cs.endText();
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static float width(PDFont font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Text in drawing order: Arabic shaped into its joining forms and laid out right to left; other scripts as they are. */
    private static String visual(String s, OfficialText t) {
        if (!t.rightToLeft()) return s;
        try {
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(s);
            return new Bidi(shaped, Bidi.RTL).writeReordered(Bidi.DO_MIRRORING);
        } catch (ArabicShapingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lines no wider than {@code max}: broken at spaces, or between any two characters in Chinese. */
    private static List<String> wrap(String text, PDFont font, float size, float max, String lang) throws IOException {
        List<String> tokens = new ArrayList<>();
        if (lang.equals("zh")) {
            text.codePoints().forEach(c -> tokens.add(Character.toString(c)));
        } else {
            for (String w : text.split(" ")) tokens.add(w);
        }
        String glue = lang.equals("zh") ? "" : " ";
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String tok : tokens) {
            String candidate = line.length() == 0 ? tok : line + glue + tok;
            if (line.length() > 0 && width(font, size, candidate) > max) {
                lines.add(line.toString());
                line = new StringBuilder(tok);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
