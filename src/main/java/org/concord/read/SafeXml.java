package org.concord.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concord.InputException;

/**
 * StAX reading with DTDs ignored and external entities refused (no XXE, no entity expansion), and errors turned
 * into one-line "file:line:col: what" input errors.
 */
public final class SafeXml {
    private static final XMLInputFactory FACTORY = XmlInput.hardenedFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private SafeXml() {}

    /** What to do with one parsed document. */
    @FunctionalInterface
    public interface Body<T> {
        T read(XMLStreamReader xml) throws XMLStreamException;
    }

    public static <T> T read(Path file, Body<T> body) {
        if (!Files.isReadable(file)) throw new InputException(file + ": cannot read file");
        try {
            XmlInput.requireDecodable(file, file.toString());
        } catch (IOException e) {
            throw new InputException(file + ": cannot read file (" + e.getMessage() + ")", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml;
            synchronized (FACTORY) {
                xml = FACTORY.createXMLStreamReader(in);
            }
            try {
                return body.read(xml);
            } catch (java.util.MissingResourceException e) {
                throw XmlInput.parserFailure(file.toString(), xml, e);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String what = e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "")
                .replaceAll("\\s*at \\[row,col[^\\]]*\\]: \\[\\d+,\\d+\\]", "").replaceAll("\\s+", " ").strip();
            throw at == null ? new InputException(file + ": " + what)
                : InputException.at(file.toString(), at.getLineNumber(), at.getColumnNumber(), what);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read file (" + e.getMessage() + ")", e);
        }
    }

    /** Input error at the reader's current position. */
    public static InputException error(Path file, XMLStreamReader xml, String what) {
        Location at = xml.getLocation();
        return InputException.at(file.toString(), at.getLineNumber(), at.getColumnNumber(), what);
    }

    /** The name of the document element, to tell TMX from XLIFF. */
    public static String rootName(Path file) {
        return read(file, xml -> {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) return xml.getLocalName();
            }
            throw error(file, xml, "no root element");
        });
    }

    /** An attribute by local name, whatever its namespace; null when absent. */
    public static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) return xml.getAttributeValue(i);
        }
        return null;
    }

    /**
     * The text of the current element up to its end tag, leaving out the content of inline code elements
     * ({@code skipped}) such as TMX's bpt/ept/ph or XLIFF's ph/bpt.
     */
    public static String text(XMLStreamReader xml, java.util.Set<String> skipped) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        int skipDepth = 0;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (skipDepth > 0 || skipped.contains(xml.getLocalName())) skipDepth++;
                if (skipDepth == 0 && xml.getLocalName().equals("cp")) {
                    String hex = attribute(xml, "hex");
                    if (hex != null) {
                        try {
                            out.appendCodePoint(Integer.parseInt(hex, 16));
                        } catch (IllegalArgumentException e) {
                            throw new XMLStreamException("bad <cp hex=\"" + hex + "\">: not a hexadecimal code point", xml.getLocation());
                        }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (skipDepth > 0) skipDepth--;
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE) && skipDepth == 0) {
                out.append(xml.getText());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity reference '&" + xml.getLocalName() + ";' is not allowed", xml.getLocation());
            }
        }
        return out.toString();
    }
}
