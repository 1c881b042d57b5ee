package org.concord.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Validates TMX against ../shared/specs/tmx14.dtd (skipping the test without ../shared) and returns the DOM. */
public final class Tmx14 {
    private Tmx14() {}

    /** Fails the test on the first violation of the TMX 1.4b DTD; the DTD is the spec's, whatever the file names. */
    public static Document assertValid(String tmx) throws Exception {
        Path dtd = Shared.require("specs/tmx14.dtd");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setValidating(true);
        f.setNamespaceAware(true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setEntityResolver((publicId, systemId) -> new InputSource(dtd.toUri().toString()));
        List<String> errors = new ArrayList<>();
        b.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }
        });
        String withDoctype = tmx.contains("<!DOCTYPE") ? tmx
            : tmx.replaceFirst("<tmx ", "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx ");
        Document doc = b.parse(new InputSource(new StringReader(withDoctype)));
        assertThat(errors).as("TMX 1.4b DTD violations").isEmpty();
        return doc;
    }
}
