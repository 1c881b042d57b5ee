package org.concord.tm;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import org.concord.read.XmlInput;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concord.InputException;

/**
 * Streams the units of a TMX 1.1–1.4b file, one at a time, so memory use does not grow with the file. Levels 1 and
 * 2: inline codes are kept as TMX markup. A DOCTYPE naming the TMX DTD is allowed but never loaded; an internal
 * subset (entity declarations) is refused, as are external entities. Errors carry file:line:column.
 */
final class TmxReader {
    /** A unit as read, before it meets the store. {@code srcLang} is null when the unit lacks its source language. */
    record ReadUnit(String tuid, String srcLang, Instant created, String createdBy, Instant changed, String changedBy,
                    List<Prop> props, List<String> notes, List<Variant> variants, int line, int column) {}

    static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** Inline elements and the attributes TMX 1.4b gives each; other attributes are dropped. */
    private static final Map<String, Set<String>> INLINE = Map.of(
        "bpt", Set.of("i", "x", "type"), "ept", Set.of("i"), "ph", Set.of("x", "assoc", "type"),
        "it", Set.of("pos", "x", "type"), "hi", Set.of("x", "type"), "ut", Set.of("x"), "sub", Set.of("datatype", "type"));
    /** Inline elements whose content is native code, not text. */
    private static final Set<String> CODE = Set.of("bpt", "ept", "ph", "it", "ut");

    private final Path file;
    private final String name;
    private final List<String> warnings;
    private XMLStreamReader r;
    private String headerSrcLang;

    TmxReader(Path file, List<String> warnings) {
        this.file = file;
        this.name = file.toString();
        this.warnings = warnings;
    }

    /** Receives each unit; may write it to the store. */
    interface Sink {
        void accept(ReadUnit unit) throws SQLException;
    }

    void read(Sink sink) throws SQLException {
        XMLInputFactory f = XmlInput.hardenedFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // The encoding is checked as the parser reads: a pass of its own over a 2 GB file first took 3 s of an import.
        try (InputStream in = XmlInput.openDecodable(file, name)) {
            r = f.createXMLStreamReader(in);
            try {
                document(sink);
            } catch (java.util.MissingResourceException e) {
                throw XmlInput.parserFailure(name, r, e);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            if (XmlInput.isUndecodable(e)) throw XmlInput.undecodable(file, name);
            Location l = e.getLocation();
            String msg = e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "").strip();
            throw l != null ? InputException.at(name, l.getLineNumber(), l.getColumnNumber(), "malformed XML: " + msg)
                : new InputException(name + ": malformed XML: " + msg, e);
        } catch (IOException e) {
            if (XmlInput.isUndecodable(e)) throw XmlInput.undecodable(file, name);
            throw new InputException(name + ": cannot read file: " + e.getMessage(), e);
        }
    }

    private void document(Sink sink) throws XMLStreamException, SQLException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.DTD) {
                String dtd = r.getText();
                if (dtd.contains("[")) throw error("DOCTYPE with an internal subset refused (entity declarations are not allowed)");
            } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw error("entity reference &" + r.getLocalName() + "; refused");
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                if (!r.getLocalName().equals("tmx")) throw error("not a TMX file: root element is <" + r.getLocalName() + ">");
                String version = r.getAttributeValue(null, "version");
                if (version == null || !version.matches("1\\.[1-4]b?")) throw error("unsupported TMX version '" + version + "' (1.1 to 1.4b)");
                tmx(sink);
                return;
            }
        }
        throw error("no <tmx> element");
    }

    private void tmx(Sink sink) throws XMLStreamException, SQLException {
        boolean header = false;
        while (next() == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
                case "header" -> {
                    String src = r.getAttributeValue(null, "srclang");
                    if (src == null) throw error("<header> without srclang");
                    headerSrcLang = src.equals("*all*") ? null : lang(src);
                    skipElement();
                    header = true;
                }
                case "body" -> {
                    if (!header) throw error("<body> before <header>");
                    body(sink);
                }
                default -> throw error("unexpected <" + r.getLocalName() + "> in <tmx>");
            }
        }
    }

    private void body(Sink sink) throws XMLStreamException, SQLException {
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (!r.getLocalName().equals("tu")) throw error("unexpected <" + r.getLocalName() + "> in <body>");
            ReadUnit u = tu();
            if (u != null) sink.accept(u);
        }
    }

    private ReadUnit tu() throws XMLStreamException {
        int line = r.getLocation().getLineNumber();
        int col = r.getLocation().getColumnNumber();
        String tuid = r.getAttributeValue(null, "tuid");
        String srcAttr = r.getAttributeValue(null, "srclang");
        String src = srcAttr != null && !srcAttr.equals("*all*") ? lang(srcAttr) : headerSrcLang;
        Instant created = date("creationdate");
        Instant changed = date("changedate");
        String createdBy = r.getAttributeValue(null, "creationid");
        String changedBy = r.getAttributeValue(null, "changeid");
        List<Prop> props = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
                case "prop" -> props.add(new Prop(r.getAttributeValue(null, "type"), r.getElementText()));
                case "note" -> notes.add(r.getElementText());
                case "tuv" -> {
                    Variant v = tuv();
                    if (variants.stream().anyMatch(x -> x.lang().equals(v.lang()))) {
                        warnings.add(where() + ": second <tuv> in language " + v.lang() + " ignored");
                    } else {
                        variants.add(v);
                    }
                }
                default -> throw error("unexpected <" + r.getLocalName() + "> in <tu>");
            }
        }
        if (variants.isEmpty()) throw InputException.at(name, line, col, "<tu> without <tuv>");
        if (src == null) src = variants.get(0).lang(); // srclang="*all*": any language may be the source
        String source = src;
        if (variants.stream().noneMatch(v -> v.lang().equals(source))) {
            warnings.add(name + ":" + line + ":" + col + ": unit " + (tuid != null ? "'" + tuid + "' " : "")
                + "has no variant in its source language " + source + "; skipped");
            return new ReadUnit(tuid, null, created, createdBy, changed, changedBy, props, notes, variants, line, col);
        }
        return new ReadUnit(tuid, src, created, createdBy, changed, changedBy, props, notes, variants, line, col);
    }

    private Variant tuv() throws XMLStreamException {
        String code = r.getAttributeValue(XML_NS, "lang");
        if (code == null) code = r.getAttributeValue(null, "lang"); // TMX 1.1–1.3
        if (code == null) throw error("<tuv> without xml:lang");
        String lang = lang(code);
        List<Prop> props = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Variant seg = null;
        while (next() == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
                case "prop" -> props.add(new Prop(r.getAttributeValue(null, "type"), r.getElementText()));
                case "note" -> notes.add(r.getElementText());
                case "seg" -> {
                    if (seg != null) throw error("second <seg> in <tuv>");
                    seg = seg(lang);
                }
                default -> throw error("unexpected <" + r.getLocalName() + "> in <tuv>");
            }
        }
        if (seg == null) throw error("<tuv> without <seg>");
        return new Variant(lang, seg.text(), seg.codes(), props, notes);
    }

    /** Reads a segment: its plain text, and its markup when it holds inline codes. */
    private Variant seg(String lang) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        StringBuilder markup = new StringBuilder();
        boolean codes = false;
        int depth = 0;
        int codeDepth = 0; // > 0 inside native code, whose content is not text
        List<String> open = new ArrayList<>();
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    String t = r.getText();
                    markup.append(Xml.escape(t));
                    if (codeDepth == 0) text.append(t);
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw error("entity reference &" + r.getLocalName() + "; refused");
                case XMLStreamConstants.START_ELEMENT -> {
                    String el = r.getLocalName();
                    Set<String> allowed = INLINE.get(el);
                    if (allowed == null) throw error("unexpected <" + el + "> in <seg>");
                    codes = true;
                    markup.append('<').append(el);
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String a = r.getAttributeLocalName(i);
                        if (allowed.contains(a) && r.getAttributeNamespace(i) == null) {
                            markup.append(' ').append(a).append("=\"").append(Xml.escape(r.getAttributeValue(i))).append('"');
                        }
                    }
                    markup.append('>');
                    open.add(el);
                    depth++;
                    if (CODE.contains(el) || codeDepth > 0) codeDepth++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) return new Variant(lang, text.toString(), codes ? markup.toString() : null, List.of(), List.of());
                    String el = open.remove(open.size() - 1);
                    markup.append("</").append(el).append('>');
                    depth--;
                    if (codeDepth > 0) codeDepth--;
                }
                default -> { } // comments and processing instructions carry no text
            }
        }
    }

    /** Advances to the next start or end element, refusing stray text. */
    private int next() throws XMLStreamException {
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT -> {
                    return ev;
                }
                case XMLStreamConstants.CHARACTERS -> {
                    if (!r.isWhiteSpace()) throw error("unexpected text '" + r.getText().strip() + "'");
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw error("entity reference &" + r.getLocalName() + "; refused");
                default -> { }
            }
        }
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
            else if (ev == XMLStreamConstants.ENTITY_REFERENCE) throw error("entity reference &" + r.getLocalName() + "; refused");
        }
    }

    private String lang(String code) {
        try {
            return LangCodes.normalize(code);
        } catch (InputException e) {
            throw error(e.getMessage());
        }
    }

    private Instant date(String attribute) {
        String v = r.getAttributeValue(null, attribute);
        if (v == null) return null;
        try {
            return LocalDateTime.parse(v, TMX_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            warnings.add(where() + ": " + attribute + " '" + v + "' is not YYYYMMDDThhmmssZ; import time used");
            return null;
        }
    }

    private String where() {
        return name + ":" + r.getLocation().getLineNumber() + ":" + r.getLocation().getColumnNumber();
    }

    private InputException error(String what) {
        return InputException.at(name, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(), what);
    }
}
