package org.concord.termbase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.testing.Shared;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** termbase/un-terms.tbx is TBX-Basic: valid against the RELAX NG schema and true to the DCA Schematron's rules. */
class TermbaseTbxValidationTest {

    @Test
    void validatesAgainstTheTbxBasicSchema() throws IOException, InterruptedException {
        Path rng = Shared.require("specs/TBX-Basic.rng");
        assumeTrue(xmllintInstalled(), "skipped: xmllint is not installed (Debian package libxml2-utils)");
        Process p = new ProcessBuilder("xmllint", "--noout", "--relaxng", rng.toString(), TermbaseEvidenceTest.TBX.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output).contains("validates");
    }

    /**
     * The rules of TBX-Basic_DCA.sch that concern this file, checked with the DOM: the Schematron itself needs an
     * XSLT 2 processor, which the project does not carry.
     */
    @Test
    void keepsTheTbxBasicDataCategoryRules() throws IOException {
        Document doc = TermbaseEvidence.parse(TermbaseEvidenceTest.TBX);
        Element tbx = doc.getDocumentElement();
        assertThat(tbx.getNamespaceURI()).isEqualTo(TermbaseEvidence.TBX_NS);
        assertThat(tbx.getAttribute("type")).isEqualTo("TBX-Basic");
        assertThat(tbx.getAttribute("style")).isEqualTo("dca");
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            assertThat(all.item(i).getNamespaceURI()).as(all.item(i).getNodeName()).isEqualTo(TermbaseEvidence.TBX_NS);
        }
        Map<String, Set<String>> types = Map.of(
                "admin", Set.of("customerSubset", "projectSubset", "source"),
                "descrip", Set.of("subjectField", "context", "definition"),
                "termNote", Set.of("administrativeStatus", "partOfSpeech", "geographicalUsage", "grammaticalGender",
                        "termLocation", "termType"),
                "transac", Set.of("transactionType"));
        types.forEach((element, allowed) -> assertThat(elements(tbx, element))
                .allSatisfy(e -> assertThat(e.getAttribute("type")).as(element).isIn(allowed)));
        assertValues(tbx, "administrativeStatus", Set.of("admittedTerm-admn-sts", "deprecatedTerm-admn-sts",
                "supersededTerm-admn-sts", "preferredTerm-admn-sts"));
        assertValues(tbx, "partOfSpeech", Set.of("adjective", "noun", "other", "verb", "adverb"));
        assertValues(tbx, "termType", Set.of("fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"));
        assertThat(elements(tbx, "termNote")).allSatisfy(e -> assertThat(parentName(e)).isEqualTo("termSec"));
        assertThat(descrips(tbx, "subjectField")).allSatisfy(e -> assertThat(parentName(e)).isEqualTo("conceptEntry"));
        assertThat(descrips(tbx, "definition")).allSatisfy(e -> assertThat(parentName(e)).isIn("conceptEntry", "langSec"));
    }

    @Test
    void everyConceptHasSubjectFieldEnglishDefinitionAndSource() throws IOException {
        Element tbx = TermbaseEvidence.parse(TermbaseEvidenceTest.TBX).getDocumentElement();
        assertThat(elements(tbx, "conceptEntry")).allSatisfy(concept -> {
            String id = concept.getAttribute("id");
            assertThat(descrips(concept, "subjectField")).as(id).hasSize(1);
            assertThat(elements(concept, "admin")).as(id).anySatisfy(a -> assertThat(a.getTextContent()).isNotBlank());
            assertThat(descrips(concept, "definition")).as(id).singleElement()
                    .satisfies(d -> assertThat(((Element) d.getParentNode()).getAttribute("xml:lang")).isEqualTo("en"));
        });
    }

    private static void assertValues(Element tbx, String termNoteType, Set<String> allowed) {
        assertThat(elements(tbx, "termNote")).filteredOn(e -> e.getAttribute("type").equals(termNoteType))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getTextContent()).as(termNoteType).isIn(allowed));
    }

    private static List<Element> descrips(Element parent, String type) {
        return elements(parent, "descrip").stream().filter(e -> e.getAttribute("type").equals(type)).toList();
    }

    private static List<Element> elements(Element parent, String name) {
        return TermbaseEvidence.descendants(parent, name);
    }

    private static String parentName(Element e) {
        return e.getParentNode().getLocalName();
    }

    private static boolean xmllintInstalled() {
        try {
            return new ProcessBuilder("xmllint", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
