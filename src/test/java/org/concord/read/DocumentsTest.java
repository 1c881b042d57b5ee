package org.concord.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.concord.InputException;
import org.concord.segment.Segmenter;
import org.concord.segment.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsTest {
    @TempDir Path dir;

    static final String TEXT = "Mr. Umarov (Kazakhstan): I congratulate the Chair. I wish him\nevery success.\n\nThe President: Thank you.\n";

    List<String> sentences(Path file, String lang) throws IOException {
        Document doc = Documents.read(file, lang);
        List<String> out = new ArrayList<>();
        Segmenter.forLanguage(lang).segment(doc, s -> out.add(s.paragraph() + ":" + s.text()));
        return out;
    }

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void readsUtf8AndUtf16WithByteOrderMarks() throws IOException {
        List<String> expected = List.of("0:Mr. Umarov (Kazakhstan): I congratulate the Chair.", "0:I wish him every success.",
            "1:The President: Thank you.");
        assertThat(sentences(write("plain.txt", TEXT.getBytes(StandardCharsets.UTF_8)), "en")).isEqualTo(expected);
        byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(sentences(write("bom8.txt", utf8Bom), "en")).isEqualTo(expected);
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertThat(sentences(write("le.txt", le), "en")).isEqualTo(expected);
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        Document doc = Documents.read(write("be.txt", be), "en");
        assertThat(doc.encoding()).isEqualTo("UTF-16BE");
        assertThat(doc.warnings()).isEmpty();
        assertThat(sentences(dir.resolve("be.txt"), "en")).isEqualTo(expected);
    }

    @Test
    void fallsBackToWindows1252WithAWarning() throws IOException {
        Path file = write("cp.txt", "Le Président\u00A0: Je félicite M. Umarov. Merci.".getBytes(PlainText.WINDOWS_1252));
        Document doc = Documents.read(file, "fr");
        assertThat(doc.encoding()).isEqualTo("windows-1252");
        assertThat(doc.warnings()).singleElement().asString().contains("cp.txt").contains("not valid UTF-8").contains("Windows-1252");
        assertThat(sentences(file, "fr")).containsExactly("0:Le Président\u00A0: Je félicite M. Umarov.", "0:Merci.");
    }

    @Test
    void undecodableBytesAreBadInputWithTheirPosition() throws IOException {
        byte[] bytes = concat("First line.\nSecond ".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81, 'x'});
        Path file = write("bad.txt", bytes);
        assertThatThrownBy(() -> Documents.read(file, "en")).isInstanceOf(InputException.class)
            .hasMessage(file + ":2:8: undecodable bytes: neither UTF-8 nor Windows-1252");
        Path odd = write("odd.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, (byte) 0x00, (byte) 0xDC});
        assertThatThrownBy(() -> Documents.read(odd, "en")).isInstanceOf(InputException.class)
            .hasMessageContaining("odd.txt:1:2: undecodable bytes: not valid UTF-16LE");
    }

    @Test
    void frontMatterIsMetadataAndOffsetsStayInTheOriginalFile() throws IOException {
        String file = "---\nstatus: working translation, not the official United Nations text\nlang: fr\n---\n"
            + "M. Umarov (Kazakhstan)\u00A0: Je félicite le Président. Merci.\n";
        Path path = write("fr.txt", file.getBytes(StandardCharsets.UTF_8));
        Document doc = Documents.read(path, "fr");
        assertThat(doc.metadata()).containsEntry("status", "working translation, not the official United Nations text")
            .containsEntry("lang", "fr").hasSize(2);
        List<Sentence> got = new ArrayList<>();
        Segmenter.forLanguage("fr").segment(doc, got::add);
        assertThat(got).extracting(Sentence::text)
            .containsExactly("M. Umarov (Kazakhstan)\u00A0: Je félicite le Président.", "Merci.");
        for (Sentence s : got) assertThat(file.substring(s.start(), s.end())).isEqualTo(s.text());
    }

    @Test
    void textThatMerelyStartsWithDashesIsNotFrontMatter() throws IOException {
        Path path = write("dashes.txt", "---\nNot a field line\n---\nText.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Documents.read(path, "en").metadata()).isEmpty();
    }

    @Test
    void badFilesAreOneLineErrorsNamingTheFile() throws IOException {
        assertThatThrownBy(() -> Documents.read(dir.resolve("nope.txt"), "en")).hasMessage(dir.resolve("nope.txt") + ": no such file");
        Path empty = write("empty.txt", new byte[0]);
        assertThatThrownBy(() -> Documents.read(empty, "en")).hasMessage(empty + ": empty file: no text to segment");
        Path blank = write("blank.txt", " \n\n\t\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Documents.read(blank, "en")).hasMessage(blank + ": empty file: no text to segment");
        Path onlyFront = write("front.txt", "---\nlang: fr\n---\n\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Documents.read(onlyFront, "fr")).hasMessage(onlyFront + ": empty file: no text to segment");
        Path binary = write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThatThrownBy(() -> Documents.read(binary, "en")).hasMessageStartingWith(binary + ": unsupported format: binary data");
        Path zip = write("sheet.xlsx", zip("xl/workbook.xml", "<workbook/>"));
        assertThatThrownBy(() -> Documents.read(zip, "en"))
            .hasMessageStartingWith(zip + ": unsupported format: ZIP archive that is not a DOCX document (.xlsx)");
        assertThatThrownBy(() -> Documents.read(dir, "en")).hasMessage(dir + ": is a directory, not a file");
        Path xml = write("data.xml", "<?xml version=\"1.0\"?><tmx/>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Documents.read(xml, "en")).hasMessageStartingWith(xml + ": unsupported format: XML");
        Path brokenXliff = write("broken.xlf", "<xliff version=\"1.2\"><file".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Documents.read(brokenXliff, "en")).isInstanceOf(InputException.class)
            .hasMessageStartingWith(brokenXliff + ": cannot read as XLIFF 1.2");
    }

    @Test
    void readsHtmlParagraphsWithoutTheirMarkup() throws IOException {
        Path html = write("s.html", ("<html><body><p>Mr. Umarov (Kazakhstan): I congratulate the <b>Chair</b>. I wish him\n"
            + "success.</p><p>The President: Thank you.</p></body></html>").getBytes(StandardCharsets.UTF_8));
        assertThat(sentences(html, "en")).containsExactly("0:Mr. Umarov (Kazakhstan): I congratulate the Chair.",
            "0:I wish him success.", "1:The President: Thank you.");
    }

    @Test
    void readsDocxParagraphs() throws IOException {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">Г-н Умаров (Казахстан) (говорит по-английски): Я поздравляю Председателя. </w:t></w:r>"
            + "<w:r><w:t>Семинар состоялся 11 марта 2014 г. Его организовал Казахстан.</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Председатель: Благодарю.</w:t></w:r></w:p></w:body></w:document>";
        Path docx = write("s.docx", zip(
            "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
            "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
            "word/document.xml", document));
        assertThat(Documents.read(docx, "ru").format()).isEqualTo(Format.DOCX);
        assertThat(sentences(docx, "ru")).containsExactly(
            "0:Г-н Умаров (Казахстан) (говорит по-английски): Я поздравляю Председателя.",
            "0:Семинар состоялся 11 марта 2014 г.", "0:Его организовал Казахстан.", "1:Председатель: Благодарю.");
    }

    @Test
    void readsTheSideOfAnXliffFileInTheRequestedLanguage() throws IOException {
        Path v12 = write("s.xlf", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
            + "<file original=\"s.txt\" source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\"><body>"
            + "<trans-unit id=\"1\"><source>The President: I thank him. Next speaker.</source>"
            + "<target>Le Président : Je le remercie. Orateur suivant.</target></trans-unit></body></file></xliff>").getBytes(StandardCharsets.UTF_8));
        assertThat(sentences(v12, "en")).containsExactly("0:The President: I thank him.", "0:Next speaker.");
        assertThat(sentences(v12, "fr")).containsExactly("0:Le Président : Je le remercie.", "0:Orateur suivant.");
        Path v2 = write("s2.xlf", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
            + "version=\"2.0\" srcLang=\"en\" trgLang=\"es\"><file id=\"f\"><unit id=\"u\"><segment>"
            + "<source>See para. 5. It is clear.</source><target>Véase el párr. 5. ¿Está claro?</target></segment></unit></file></xliff>")
            .getBytes(StandardCharsets.UTF_8));
        assertThat(Documents.read(v2, "es").format()).isEqualTo(Format.XLIFF2);
        assertThat(sentences(v2, "es")).containsExactly("0:Véase el párr. 5.", "0:¿Está claro?");
        assertThat(sentences(v2, "en")).containsExactly("0:See para. 5.", "0:It is clear.");
    }

    @Test
    void readsPdfTextAndUnwrapsItsLines() throws IOException {
        Path pdf = dir.resolve("s.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.setLeading(15);
                cs.newLineAtOffset(72, 700);
                for (String line : List.of("Mr. Umarov (Kazakhstan): The threat from non-", "State actors has grown. We dis-",
                    "cussed it. What we discussed matters.")) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(pdf.toFile());
        }
        assertThat(sentences(pdf, "en")).containsExactly("0:Mr. Umarov (Kazakhstan): The threat from non-State actors has grown.",
            "0:We discussed it.", "0:What we discussed matters.");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
