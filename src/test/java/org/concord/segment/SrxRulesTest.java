package org.concord.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.concord.InputException;
import org.concord.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

class SrxRulesTest {

    @Test
    void projectRulesAreValidSrx20() throws IOException, SAXException {
        URL rules = Segmenter.class.getResource(Rules.CONCORD_RULES);
        try (InputStream in = rules.openStream()) {
            srx20Validator().validate(new StreamSource(in, rules.toString()));
        }
    }

    @Test
    void okapisOwnRulesAreNotPureSrx20SoTheValidatorReallyChecks() throws IOException, SAXException {
        Validator validator = srx20Validator();
        try (InputStream in = net.sf.okapi.lib.segmentation.SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            // line 7 holds Okapi's <okpsrx:options> extension, which SRX 2.0 does not allow in the header
            assertThatThrownBy(() -> validator.validate(new StreamSource(in)))
                .isInstanceOfSatisfying(org.xml.sax.SAXParseException.class, e -> assertThat(e.getLineNumber()).isEqualTo(7));
        }
    }

    private static Validator srx20Validator() throws SAXException {
        Path xsd = Shared.require("specs/srx20.xsd");
        Path xmlXsd = xsd.resolveSibling("xml.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        // srx20.xsd imports http://www.w3.org/2001/xml.xsd: answer with the copy beside it instead of the network
        factory.setResourceResolver((type, ns, publicId, systemId, base) ->
            systemId != null && systemId.endsWith("/xml.xsd") ? localInput(xmlXsd, systemId) : null);
        Validator validator = factory.newSchema(xsd.toFile()).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return validator;
    }

    private static LSInput localInput(Path file, String systemId) {
        try {
            var impl = (org.w3c.dom.ls.DOMImplementationLS) javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().getDOMImplementation().getFeature("LS", "3.0");
            LSInput input = impl.createLSInput();
            input.setByteStream(Files.newInputStream(file));
            input.setSystemId(file.toUri().toString());
            return input;
        } catch (IOException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("cannot open " + file + " for " + systemId, e);
        }
    }

    @Test
    void userRulesFileReplacesConcordRules(@TempDir Path dir) throws IOException {
        Path srx = dir.resolve("colon.srx");
        Files.writeString(srx, """
            <?xml version="1.0" encoding="UTF-8"?>
            <srx xmlns="http://www.lisa.org/srx20" version="2.0">
            <header segmentsubflows="yes" cascade="no"/>
            <body><languagerules><languagerule languagerulename="colon">
            <rule break="yes"><beforebreak>:</beforebreak><afterbreak>\\s</afterbreak></rule>
            </languagerule></languagerules>
            <maprules><languagemap languagepattern=".*" languagerulename="colon"/></maprules></body></srx>
            """);
        assertThat(Segmenter.fromSrx(srx, "en").segment("The President: Thank you. Next.")).extracting(Sentence::text)
            .containsExactly("The President:", "Thank you. Next.");
    }

    @Test
    void brokenUserRulesAreBadInputNamingTheFile(@TempDir Path dir) throws IOException {
        Path srx = dir.resolve("broken.srx");
        Files.writeString(srx, "<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\"><header");
        assertThatThrownBy(() -> Segmenter.fromSrx(srx, "en")).isInstanceOf(InputException.class)
            .hasMessageStartingWith(srx + ":1:61: XML document structures must start and end");
        Path badRegex = dir.resolve("regex.srx");
        Files.writeString(badRegex, """
            <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header segmentsubflows="yes" cascade="no"/>
            <body><languagerules><languagerule languagerulename="r">
            <rule break="yes"><beforebreak>[.</beforebreak><afterbreak>\\s</afterbreak></rule>
            </languagerule></languagerules>
            <maprules><languagemap languagepattern=".*" languagerulename="r"/></maprules></body></srx>
            """);
        assertThatThrownBy(() -> Segmenter.fromSrx(badRegex, "en")).isInstanceOf(InputException.class)
            .hasMessageStartingWith(badRegex + ": invalid SRX rules");
        assertThatThrownBy(() -> Segmenter.fromSrx(dir.resolve("missing.srx"), "en")).isInstanceOf(InputException.class)
            .hasMessageContaining("missing.srx: cannot read SRX rules file");
    }
}
