package org.concord.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.concord.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The rules of TBX-Basic_DCA.sch that XPath 1.0 can express (the file itself needs an XSLT 2 Schematron processor):
 * each XPath below selects the nodes that break one rule, and an export must have none.
 */
class TbxSchematronRulesTest {
    @TempDir Path dir;

    private static final Map<String, String> VIOLATIONS = Map.ofEntries(
        Map.entry("dialect is TBX-Basic, style dca", "/t:tbx[not(@type='TBX-Basic') or not(@style='dca')]"),
        Map.entry("termNote only at termSec level", "//t:termNote[not(parent::t:termSec or parent::t:termNoteGrp/parent::t:termSec)]"),
        Map.entry("no empty type", "//t:*[@type='']"),
        Map.entry("targets are URLs or ids", "//*[@target][not(starts-with(@target,'http://') or starts-with(@target,'https://'))"
            + " and not(@target = //*/@id)]"),
        Map.entry("no foreign namespace", "//*[namespace-uri() != 'urn:iso:std:iso:30042:ed-2']"),
        Map.entry("administrativeStatus values", "//t:termNote[@type='administrativeStatus'][not(.='admittedTerm-admn-sts' or "
            + ".='deprecatedTerm-admn-sts' or .='supersededTerm-admn-sts' or .='preferredTerm-admn-sts')]"),
        Map.entry("partOfSpeech values", "//t:termNote[@type='partOfSpeech'][not(.='adjective' or .='noun' or .='other' or .='verb' or .='adverb')]"),
        Map.entry("termType values", "//t:termNote[@type='termType'][not(.='fullForm' or .='acronym' or .='abbreviation' or "
            + ".='shortForm' or .='variant' or .='phrase')]"),
        Map.entry("subjectField only at concept level", "//t:descrip[@type='subjectField'][not(parent::t:conceptEntry or "
            + "parent::t:descripGrp/parent::t:conceptEntry)]"),
        Map.entry("context only at term level", "//t:descrip[@type='context'][not(parent::t:termSec or parent::t:descripGrp/parent::t:termSec)]"),
        Map.entry("definition at concept or language level", "//t:descrip[@type='definition'][not(parent::t:conceptEntry or "
            + "parent::t:descripGrp/parent::t:conceptEntry or parent::t:langSec or parent::t:descripGrp/parent::t:langSec)]"),
        Map.entry("transactionType values", "//t:transac[@type='transactionType'][not(.='origination' or .='modification')]"),
        Map.entry("xGraphic at concept or language level", "//t:xref[@type='xGraphic'][not(parent::t:conceptEntry or parent::t:langSec)]"));

    @Test
    void exportsKeepTheSchematronRules() throws Exception {
        Path sample = dir.resolve("sample.tbx");
        try (Termbase tb = TermTesting.sampleTermbase()) {
            tb.export(sample, ExportFormat.TBX);
        }
        assertNoViolations(sample);
        Path example = dir.resolve("example.tbx");
        try (Termbase tb = Termbase.load(Shared.require("specs/tbx-basic-example.tbx"))) {
            tb.export(example, ExportFormat.TBX);
        }
        assertNoViolations(example);
    }

    private static void assertNoViolations(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        XPath xp = XPathFactory.newInstance().newXPath();
        xp.setNamespaceContext(new NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return prefix.equals("t") ? TbxWriter.NS : XMLConstants.NULL_NS_URI;
            }
            public String getPrefix(String uri) {
                return null;
            }
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        for (var rule : VIOLATIONS.entrySet()) {
            NodeList bad = (NodeList) xp.evaluate(rule.getValue(), doc, XPathConstants.NODESET);
            assertThat(bad.getLength()).as(file.getFileName() + ": " + rule.getKey()).isZero();
        }
        // The rules are not vacuous: the export does carry what they constrain.
        assertThat(((NodeList) xp.evaluate("//t:termNote[@type='administrativeStatus']", doc, XPathConstants.NODESET)).getLength()).isPositive();
    }
}
