package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.concord.cli.MainTest.Run;
import org.concord.read.official.OfficialDocx;
import org.concord.read.official.OfficialGold;
import org.concord.read.official.OfficialPdf;
import org.concord.read.official.OfficialText;
import org.concord.testing.Tmx14;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** `concord build` and `concord segment` on official files laid out as the UN's Official Document System delivers them. */
class OfficialFilesTest {
    @TempDir static Path dir;

    @BeforeAll
    static void fonts() {
        assumeTrue(OfficialPdf.fontsInstalled(), "skipped: the PDF fixtures need fonts-dejavu-core and fonts-wqy-microhei "
            + "(.ci/run installs them)");
    }

    /** A folder of the letter in six languages: all PDF, all DOCX, or PDF and DOCX in turn. */
    private static Path folder(String kind) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(kind).resolve("letter"));
        for (int i = 0; i < OfficialText.LANGS.size(); i++) {
            String lang = OfficialText.LANGS.get(i);
            boolean pdf = kind.equals("pdf") || (kind.equals("mixed") && i % 2 == 0);
            if (pdf) OfficialPdf.write(OfficialText.of(lang), folder.resolve(lang + ".pdf"));
            else OfficialDocx.write(OfficialText.of(lang), folder.resolve(lang + ".docx"));
        }
        return folder;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "docx", "mixed"})
    void buildOnOfficialFilesMatchesTheHandMadeGold(String kind) throws Exception {
        Path folder = folder(kind);
        Path out = dir.resolve(kind).resolve("out");
        Run r = MainTest.run("build", folder.toString(), "--db", dir.resolve(kind).resolve("concord.db").toString(),
            "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // a PDF's running head names the document; a DOCX has only its folder's name
        Path file = out.resolve(kind.equals("docx") ? "letter.tmx" : "S-2015-87.tmx");
        Document tmx = Tmx14.assertValid(Files.readString(file));
        NodeList tus = tmx.getElementsByTagName("tu");
        List<String> filed = new ArrayList<>();
        for (String lang : List.of("fr", "es", "ru", "zh", "ar")) {
            for (int i = 0; i < tus.getLength(); i++) {
                Map<String, String> segs = segs((Element) tus.item(i));
                if (segs.containsKey(lang)) filed.add(lang + "\t" + segs.get("en") + "\t" + segs.get(lang));
            }
        }
        List<String> gold = OfficialGold.beads().stream().map(b -> b.lang() + "\t" + b.english() + "\t" + b.translation()).toList();
        assertThat(filed).containsExactlyElementsOf(gold);
    }

    @Test
    void segmentJsonMarksWhatWasRemovedAsLayoutAndTheFootnotes() throws Exception {
        Path pdf = dir.resolve("fr-letter.pdf");
        OfficialPdf.write(OfficialText.of("fr"), pdf);
        Run r = MainTest.run("segment", "--lang", "fr", "--format", "json", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out()).get(0);
        Map<String, String> layout = new LinkedHashMap<>();
        for (JsonNode l : doc.get("layout")) layout.merge(l.get("page").asInt() + " " + l.get("kind").asText(), l.get("text").asText(), (a, b) -> a + " | " + b);
        assertThat(layout).containsEntry("1 running head", "10 février 2015 S/2015/87")
            .containsEntry("2 running head", "S/2015/87 10 février 2015")
            .containsEntry("1 job number", "15-01874 (F)    100215")
            .containsEntry("1 page footer", "*1501874* Merci de recycler")
            .containsEntry("2 page footer", "2/3 15-01874")
            .containsEntry("3 footnote mark", "2 | 2");
        assertThat(doc.get("metadata").get("symbol").asText()).isEqualTo("S/2015/87");
        List<String> footnotes = new ArrayList<>();
        for (JsonNode s : doc.get("sentences")) if (s.get("section").asText().equals("footnotes")) footnotes.add(s.get("text").asText());
        assertThat(footnotes).containsExactlyElementsOf(OfficialText.of("fr").footnotes());
    }

    @Test
    void aScannedPdfIsBadInputNamingTheFileNotAnEmptyAlignment() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("scan"));
        OfficialPdf.write(OfficialText.of("en"), folder.resolve("en.pdf"));
        Path scan = folder.resolve("fr.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, new BufferedImage(50, 70, BufferedImage.TYPE_BYTE_GRAY)), 0, 0, 612, 792);
            }
            doc.save(scan.toFile());
        }
        Run r = MainTest.run("build", folder.toString(), "--db", dir.resolve("scan.db").toString(), "--out", dir.resolve("scan-out").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("concord: " + scan + ": PDF has no text layer").doesNotContain("\n");
        assertThat(dir.resolve("scan-out")).doesNotExist();
    }

    private static Map<String, String> segs(Element tu) {
        NodeList tuvs = tu.getElementsByTagName("tuv");
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < tuvs.getLength(); i++) {
            Element tuv = (Element) tuvs.item(i);
            out.put(tuv.getAttribute("xml:lang"), tuv.getElementsByTagName("seg").item(0).getTextContent());
        }
        return out;
    }
}
