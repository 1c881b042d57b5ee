package org.concord.term;

import org.concord.read.Utf8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import org.concord.read.XmlInput;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concord.InputException;
import org.concord.analysis.TextAnalyzer;

/**
 * Streams a TBX file: TBX-Basic v3 ({@code <tbx>}, namespace {@code urn:iso:std:iso:30042:ed-2} or {@code ed:3.0})
 * and TBX 2008 ({@code <martif>}: termEntry, langSet, tig/ntig). DTDs are refused outright and external entities are
 * never resolved. Every error names the file, line and column.
 */
final class TbxReader {
    static final Set<String> NAMESPACES = Set.of("urn:iso:std:iso:30042:ed-2", "urn:iso:std:iso:30042:ed:3.0");
    private static final Set<String> AUX = Set.of("descrip", "descripGrp", "admin", "adminGrp", "note", "ref", "xref",
        "transacGrp", "termNote", "termNoteGrp", "transac", "transacNote", "date", "descripNote", "adminNote");

    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)");

    private final String file;
    private final XMLStreamReader xml;
    private final Set<String> ids = new HashSet<>();
    private final String today = LocalDate.now().toString();

    private TbxReader(String file, XMLStreamReader xml) {
        this.file = file;
        this.xml = xml;
    }

    static TermbaseData read(Path path) {
        XMLInputFactory f = XmlInput.hardenedFactory();
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        byte[] bytes = CsvFormat.read(path);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            // UTF-8 (the default) is decoded here so a bad byte is reported with its line and column.
            XMLStreamReader xml = declaresUtf8(bytes)
                ? f.createXMLStreamReader(new StringReader(Utf8.decode(path, bytes)))
                : f.createXMLStreamReader(in);
            try {
                return new TbxReader(path.toString(), xml).document();
            } catch (java.util.MissingResourceException e) {
                throw XmlInput.parserFailure(path.toString(), xml, e);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            Location l = e.getLocation();
            String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
            // The parser prefixes "ParseError at [row,col]:[..]" – the position is ours to print.
            msg = msg.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "").strip();
            throw l == null ? new InputException(path + ": " + msg)
                : InputException.at(path.toString(), l.getLineNumber(), l.getColumnNumber(), "malformed XML: " + oneLine(msg));
        } catch (IOException e) {
            throw new InputException(path + ": cannot read file: " + e.getMessage(), e);
        }
    }

    private static boolean declaresUtf8(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return false; // UTF-16 with a byte order mark
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = ENCODING.matcher(head);
        return !m.find() || m.group(1).equalsIgnoreCase("UTF-8") || m.group(1).equalsIgnoreCase("UTF8");
    }

    private TermbaseData document() throws XMLStreamException {
        String root = null;
        List<Entry> entries = new ArrayList<>();
        List<RefObject> back = new ArrayList<>();
        while (xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.DTD) throw error("DTD declarations are not allowed in TBX files");
            if (ev == XMLStreamConstants.ENTITY_REFERENCE) throw error("entity references are not allowed");
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            String name = xml.getLocalName();
            if (root == null) {
                root = name;
                checkRoot();
                continue;
            }
            switch (name) {
                case "conceptEntry", "termEntry" -> entries.add(entry(entries.size() + 1));
                case "refObjectSec" -> back.addAll(refObjects(xml.getAttributeValue(null, "type")));
                default -> { }
            }
        }
        if (root == null) throw new InputException(file + ": no XML root element");
        return new TermbaseData(entries, back);
    }

    private void checkRoot() {
        String name = xml.getLocalName();
        String ns = xml.getNamespaceURI();
        if (name.equals("tbx")) {
            if (ns == null || !NAMESPACES.contains(ns)) {
                throw error("<tbx> must be in namespace urn:iso:std:iso:30042:ed-2 or ed:3.0, not " + (ns == null ? "none" : ns));
            }
        } else if (!name.equals("martif")) {
            throw error("not a TBX file: root element is <" + name + ">, expected <tbx> or <martif>");
        }
    }

    private Entry entry(int ordinal) throws XMLStreamException {
        String id = attr("id");
        if (id == null || id.isBlank()) id = "c" + ordinal;
        if (!ids.add(id)) throw error("concept id '" + id + "' appears twice");
        List<Info> info = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        Set<String> langs = new HashSet<>();
        while (nextChild()) {
            String name = xml.getLocalName();
            if (name.equals("langSec") || name.equals("langSet")) {
                Section s = section();
                if (!langs.add(s.lang())) throw error("language '" + s.lang() + "' appears twice in concept " + id);
                sections.add(s);
            } else {
                addAux(info);
            }
        }
        if (sections.isEmpty()) throw error("concept " + id + " has no language section");
        Dates d = Dates.of(info, today);
        return new Entry(id, d.created, d.modified, info, sections);
    }

    private Section section() throws XMLStreamException {
        String raw = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (raw == null) throw error("<" + xml.getLocalName() + "> without xml:lang");
        String lang;
        try {
            lang = TextAnalyzer.language(raw);
        } catch (InputException e) {
            throw error(e.getMessage());
        }
        List<Info> info = new ArrayList<>();
        List<TermEntry> terms = new ArrayList<>();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "termSec", "tig", "ntig" -> terms.add(term());
                default -> addAux(info);
            }
        }
        if (terms.isEmpty()) throw error("language section '" + lang + "' has no term");
        Dates d = Dates.of(info, today);
        return new Section(lang, d.created, d.modified, info, terms);
    }

    private TermEntry term() throws XMLStreamException {
        TermBuilder b = new TermBuilder(attr("id"));
        termChildren(b);
        if (b.text == null) throw error("term section without <term>");
        Dates d = Dates.of(b.info, today);
        return new TermEntry(b.id, b.text, b.status, b.pos, b.type, d.created, d.modified, b.info);
    }

    private void termChildren(TermBuilder b) throws XMLStreamException {
        while (nextChild()) {
            String name = xml.getLocalName();
            if (name.equals("term")) {
                Location at = xml.getLocation();
                if (b.id == null) b.id = attr("id");
                String text = collapse(text());
                if (text.isEmpty()) throw InputException.at(file, at.getLineNumber(), at.getColumnNumber(), "empty term");
                b.text = text;
            } else if (name.equals("termGrp")) {
                termChildren(b); // TBX 2008 ntig: the term and its notes sit one level down
            } else if (name.equals("termNote")) {
                String type = attr("type");
                Location at = xml.getLocation();
                String value = collapse(text());
                if (!b.take(type, value)) {
                    if ("administrativeStatus".equals(type)) {
                        throw InputException.at(file, at.getLineNumber(), at.getColumnNumber(),
                            "unknown administrativeStatus '" + value + "'");
                    }
                    b.info.add(Info.of("termNote", type, value));
                }
            } else {
                addAux(b.info);
            }
        }
    }

    private void addAux(List<Info> into) throws XMLStreamException {
        String name = xml.getLocalName();
        if (!AUX.contains(name)) {
            skip(); // headers, DCT extensions and the like carry nothing TBX-Basic keeps
            return;
        }
        into.add(aux());
    }

    private Info aux() throws XMLStreamException {
        String name = xml.getLocalName();
        String type = attr("type");
        String target = attr("target");
        if (name.endsWith("Grp")) {
            List<Info> children = new ArrayList<>();
            while (nextChild()) addAux(children);
            return new Info(name, type, null, target, children);
        }
        return new Info(name, type, collapse(text()), target, List.of());
    }

    private List<RefObject> refObjects(String section) throws XMLStreamException {
        List<RefObject> out = new ArrayList<>();
        while (nextChild()) {
            if (!xml.getLocalName().equals("refObject")) {
                skip();
                continue;
            }
            String id = attr("id");
            List<Info> items = new ArrayList<>();
            while (nextChild()) {
                if (xml.getLocalName().equals("item")) items.add(Info.of("item", attr("type"), collapse(text())));
                else skip();
            }
            out.add(new RefObject(section, id, items));
        }
        return out;
    }

    /** Moves to the next child element of the current element; false (at its end tag) when there is none. */
    private boolean nextChild() throws XMLStreamException {
        while (xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT) return true;
            if (ev == XMLStreamConstants.END_ELEMENT) return false;
            if (ev == XMLStreamConstants.ENTITY_REFERENCE) throw error("entity references are not allowed");
        }
        return false;
    }

    /** All character data inside the current element, inline markup (hi, ph...) flattened. */
    private String text() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = xml.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> sb.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.ENTITY_REFERENCE -> throw error("entity references are not allowed");
                default -> { }
            }
        }
        return sb.toString();
    }

    private void skip() throws XMLStreamException {
        text();
    }

    private String attr(String name) {
        return xml.getAttributeValue(null, name);
    }

    private InputException error(String what) {
        Location l = xml.getLocation();
        return InputException.at(file, l.getLineNumber(), l.getColumnNumber(), what);
    }

    /** Trimmed, runs of white space as one space (TBX files wrap long definitions). */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !sb.isEmpty();
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** The mutable parts of a term while its section is read. */
    private static final class TermBuilder {
        String id;
        String text;
        TermStatus status;
        String pos;
        String type;
        final List<Info> info = new ArrayList<>();

        TermBuilder(String id) {
            this.id = id;
        }

        boolean take(String noteType, String value) {
            switch (noteType == null ? "" : noteType) {
                case "administrativeStatus" -> {
                    status = Statuses.parse(value);
                    return status != null;
                }
                case "partOfSpeech" -> pos = value;
                case "termType" -> type = value;
                default -> {
                    return false;
                }
            }
            return true;
        }
    }
}
