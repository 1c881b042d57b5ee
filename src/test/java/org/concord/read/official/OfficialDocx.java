package org.concord.read.official;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an {@link OfficialText} as an ODS-style DOCX, the OOXML parts written directly: the symbol and date in the
 * page header, the job number, a PAGE field, the barcode text and "Please recycle" in the footer, footnote
 * references in the body with their text in word/footnotes.xml, a table and a "(Signed)" paragraph.
 */
public final class OfficialDocx {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final Pattern REF = Pattern.compile("\\[\\^(\\d+)]");

    private OfficialDocx() {}

    public static void write(OfficialText t, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
                <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
                <Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
                </Types>""");
            put(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                </Relationships>""");
            put(zip, "word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
                </Relationships>""");
            put(zip, "word/document.xml", document(t));
            put(zip, "word/header1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr xmlns:w=\"" + W + "\">"
                + para(t, run(OfficialText.SYMBOL)) + para(t, run(t.date())) + "</w:hdr>");
            put(zip, "word/footer1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr xmlns:w=\"" + W + "\">"
                + para(t, run(t.jobLine()))
                + para(t, "<w:fldSimple w:instr=\" PAGE \">" + run("1") + "</w:fldSimple>" + run("/3"))
                + para(t, run(OfficialText.BARCODE)) + para(t, run(t.recycle())) + "</w:ftr>");
            StringBuilder notes = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:footnotes xmlns:w=\"" + W + "\">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>");
            for (int i = 0; i < t.footnotes().size(); i++) {
                notes.append("<w:footnote w:id=\"").append(i + 1).append("\">")
                    .append(para(t, "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteRef/></w:r>" + run(" " + t.footnotes().get(i))))
                    .append("</w:footnote>");
            }
            put(zip, "word/footnotes.xml", notes.append("</w:footnotes>").toString());
        }
    }

    private static String document(OfficialText t) {
        StringBuilder body = new StringBuilder();
        for (String p : t.paragraphs()) {
            Matcher m = REF.matcher(p);
            StringBuilder runs = new StringBuilder();
            int last = 0;
            while (m.find()) {
                runs.append(run(p.substring(last, m.start())))
                    .append("<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"")
                    .append(m.group(1)).append("\"/></w:r>");
                last = m.end();
            }
            runs.append(run(p.substring(last)));
            body.append(para(t, runs.toString()));
        }
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/>")
            .append(t.rightToLeft() ? "<w:bidiVisual/>" : "").append("</w:tblPr>");
        for (var row : t.table()) {
            body.append("<w:tr>");
            for (String cell : row) body.append("<w:tc>").append(para(t, run(cell))).append("</w:tc>");
            body.append("</w:tr>");
        }
        body.append("</w:tbl>").append(para(t, run(t.signed())));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R
            + "\"><w:body>" + body + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/>"
            + "<w:footerReference w:type=\"default\" r:id=\"rId2\"/></w:sectPr></w:body></w:document>";
    }

    private static String para(OfficialText t, String runs) {
        return "<w:p>" + (t.rightToLeft() ? "<w:pPr><w:bidi/></w:pPr>" : "") + runs + "</w:p>";
    }

    private static String run(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<w:r><w:t xml:space=\"preserve\">" + escaped + "</w:t></w:r>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
