package org.concord.prepare;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer that indents elements by depth (two spaces) but never inside {@code source}, {@code target} and
 * other text, where whitespace is content. Characters XML 1.0 cannot carry are dropped from text.
 */
final class XmlOut implements AutoCloseable {
    private final XMLStreamWriter xml;
    private int depth;
    private boolean textOpen;

    XmlOut(Writer out) throws XMLStreamException {
        xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
    }

    XMLStreamWriter raw() {
        return xml;
    }

    /** Opens an element on a new, indented line. */
    XmlOut start(String ns, String name) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        xml.writeStartElement(ns, name);
        depth++;
        return this;
    }

    XmlOut attr(String name, String value) throws XMLStreamException {
        if (value != null) xml.writeAttribute(name, clean(value));
        return this;
    }

    XmlOut attr(String ns, String name, String value) throws XMLStreamException {
        if (value != null) xml.writeAttribute(ns, name, clean(value));
        return this;
    }

    /** Closes the current element, on its own line unless it held text. */
    XmlOut end() throws XMLStreamException {
        depth--;
        if (!textOpen) xml.writeCharacters("\n" + "  ".repeat(depth));
        textOpen = false;
        xml.writeEndElement();
        return this;
    }

    /** An element holding only text, on one line. */
    XmlOut text(String ns, String name, String text) throws XMLStreamException {
        start(ns, name);
        return chars(text).end();
    }

    XmlOut chars(String text) throws XMLStreamException {
        xml.writeCharacters(clean(text));
        textOpen = true;
        return this;
    }

    private static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE);
            if (!ok && b == null) b = new StringBuilder(s.substring(0, i));
            else if (ok && b != null) b.append(c);
        }
        return b == null ? s : b.toString();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
