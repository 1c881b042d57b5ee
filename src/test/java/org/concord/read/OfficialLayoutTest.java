package org.concord.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.concord.InputException;
import org.concord.read.official.OfficialDocx;
import org.concord.read.official.OfficialGold;
import org.concord.read.official.OfficialPdf;
import org.concord.read.official.OfficialText;
import org.concord.segment.Segmenter;
import org.concord.segment.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Official files as the UN's Official Document System delivers them: page layout out, footnotes in a section of their own. */
class OfficialLayoutTest {
    @TempDir static Path dir;

    @BeforeAll
    static void fonts() {
        assumeTrue(OfficialPdf.fontsInstalled(), "skipped: the PDF fixtures need fonts-dejavu-core and fonts-wqy-microhei "
            + "(.ci/run installs them)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh", "ar"})
    void pdfLosesRunningHeadsFootersAndPageNumbersAndKeepsFootnotesApart(String lang) throws IOException {
        OfficialText t = OfficialText.of(lang);
        Path pdf = dir.resolve(lang + ".pdf");
        OfficialPdf.write(t, pdf);
        Document doc = Documents.read(pdf, lang);
        assertLaidOutAsTheUnWritesIt(doc, t);
        // every page had its running head and footer; the pages of this fixture are three (two in Chinese)
        int pages = lang.equals("zh") ? 2 : 3;
        assertThat(doc.layout()).filteredOn(l -> l.kind() == LayoutKind.RUNNING_HEAD).extracting(LayoutText::page)
            .containsExactlyElementsOf(pages == 3 ? List.of(1, 2, 3) : List.of(1, 2));
        assertThat(doc.layout()).extracting(LayoutText::text).contains(t.jobLine(), pages == 3 ? OfficialText.JOB + " 3/3" : "2/2 " + OfficialText.JOB);
        assertThat(doc.layout()).filteredOn(l -> l.kind() == LayoutKind.FOOTNOTE_MARK).hasSize(4);
        assertThat(doc.metadata()).containsEntry("symbol", OfficialText.SYMBOL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh", "ar"})
    void docxLosesHeadersAndFootersAndKeepsFootnotesApart(String lang) throws IOException {
        OfficialText t = OfficialText.of(lang);
        Path docx = dir.resolve(lang + ".docx");
        OfficialDocx.write(t, docx);
        Document doc = Documents.read(docx, lang);
        assertLaidOutAsTheUnWritesIt(doc, t);
        assertThat(doc.layout()).extracting(LayoutText::kind).contains(LayoutKind.RUNNING_HEAD, LayoutKind.JOB_NUMBER,
            LayoutKind.PAGE_NUMBER, LayoutKind.BARCODE, LayoutKind.RECYCLE_NOTICE);
    }

    private static void assertLaidOutAsTheUnWritesIt(Document doc, OfficialText t) throws IOException {
        String body = doc.bodyText();
        for (String furniture : List.of(OfficialText.SYMBOL, OfficialText.JOB, OfficialText.BARCODE, t.recycle(), t.date())) {
            assertThat(body).as("layout text left in the body").doesNotContain(furniture);
        }
        assertThat(doc.notesStart()).isPositive();
        String text = body.substring(0, doc.notesStart());
        String notes = body.substring(doc.notesStart());
        List<Sentence> sentences = Segmenter.forLanguage(t.lang()).segment(doc);
        List<String> inText = sentences.stream().filter(s -> !doc.inNotes(s.start())).map(Sentence::text).toList();
        List<String> inNotes = sentences.stream().filter(s -> doc.inNotes(s.start())).map(Sentence::text).toList();
        assertThat(inNotes).containsExactlyElementsOf(t.footnotes());
        for (String note : t.footnotes()) assertThat(text).doesNotContain(note.substring(0, Math.min(12, note.length() - 1)));
        assertThat(notes).doesNotContain(t.signed());
        // a sentence broken across a page end in the PDF is whole, without its footnote mark, and the footnotes come last
        List<String> gold = OfficialGold.sentences(t.lang());
        assertThat(inText).containsExactlyElementsOf(gold.subList(0, gold.size() - t.footnotes().size()));
        assertThat(inText).endsWith(t.signed());
    }

    @Test
    void aScanWithoutATextLayerIsBadInputSayingSo() throws IOException {
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
            PDImageXObject x = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 0, 0, 612, 792);
            }
            doc.save(scan.toFile());
        }
        assertThatThrownBy(() -> Documents.read(scan, "en")).isInstanceOf(InputException.class)
            .hasMessageStartingWith(scan + ": PDF has no text layer").hasMessageContaining("OCR");
    }

    @Test
    void aHeadThatComesOnceIsKeptAsTextButAPageNumberGoes() throws IOException {
        Path pdf = dir.resolve("one-page.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                line(cs, 72, 740, "S/2015/87");
                line(cs, 72, 700, "The Council met on 23 February 2015.");
                line(cs, 72, 685, "It heard the Secretary-General.");
                line(cs, 300, 40, "1/1");
            }
            doc.save(pdf.toFile());
        }
        Document read = Documents.read(pdf, "en");
        // one page cannot show that "S/2015/87" is a running head rather than the document's own first line
        assertThat(read.bodyText()).startsWith("S/2015/87").doesNotContain("1/1");
        assertThat(read.layout()).containsExactly(new LayoutText(1, LayoutKind.PAGE_NUMBER, "1/1"));
        assertThat(read.notesStart()).isEqualTo(-1);
    }

    @Test
    void aTwoDigitMarkIsOneMarkAndTheSentenceKeepsItsFullStop() throws IOException {
        Path pdf = dir.resolve("mark.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                line(cs, 72, 700, "The Council adopted resolution 2171 (2014).");
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 6);
                cs.setTextRise(4);
                cs.newLineAtOffset(300, 700);
                cs.showText("12");
                cs.endText();
                line(cs, 72, 685, "It heard the Secretary-General.");
            }
            doc.save(pdf.toFile());
        }
        Document read = Documents.read(pdf, "en");
        assertThat(Segmenter.forLanguage("en").segment(read)).extracting(Sentence::text)
            .containsExactly("The Council adopted resolution 2171 (2014).", "It heard the Secretary-General.");
        assertThat(read.layout()).containsExactly(new LayoutText(1, LayoutKind.FOOTNOTE_MARK, "12"));
    }

    @Test
    void aPdfOfPageLayoutAloneIsBadInputNotAnEmptyDocument() throws IOException {
        Path pdf = dir.resolve("layout-only.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                line(cs, 72, 60, "15-01874 (E)    100215");
                line(cs, 72, 40, "*1501874*");
            }
            doc.save(pdf.toFile());
        }
        assertThatThrownBy(() -> Documents.read(pdf, "en")).isInstanceOf(InputException.class)
            .hasMessage(pdf + ": no text to segment: the PDF holds only page layout (2 running heads, footers or page numbers)");
    }

    private static void line(PDPageContentStream cs, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
