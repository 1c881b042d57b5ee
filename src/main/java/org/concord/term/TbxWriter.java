package org.concord.term;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes TBX-Basic v3 (valid against TBX-Basic.rng, DCA style) or TBX 2008 {@code martif} (what OmegaT reads).
 * Data categories TBX-Basic does not define are written as notes ("type: value") rather than dropped, and internal
 * targets that point nowhere are left out so the file stays valid.
 */
final class TbxWriter {
    static final String NS = "urn:iso:std:iso:30042:ed-2";

    /** The data categories TBX-Basic permits, element → types (an empty set: no type attribute). */
    private static final Map<String, Set<String>> PERMITTED = Map.of(
        "descrip", Set.of("subjectField", "definition", "context"),
        "admin", Set.of("source", "customerSubset", "projectSubset"),
        "ref", Set.of("relatedConcept", "relatedTerm"),
        "xref", Set.of("externalCrossReference", "xGraphic"),
        "transac", Set.of("transactionType"),
        "transacNote", Set.of("responsibility"),
        "termNote", Set.of("administrativeStatus", "partOfSpeech", "geographicalUsage", "grammaticalGender",
            "termLocation", "termType"),
        "note", Set.of(),
        "date", Set.of());

    private final XMLStreamWriter xml;
    private final boolean v3;
    private final Set<String> ids = new HashSet<>();
    private int depth;

    private TbxWriter(XMLStreamWriter xml, boolean v3) {
        this.xml = xml;
        this.v3 = v3;
    }

    static void write(TermbaseData data, Path file, boolean v3) {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new TbxWriter(xml, v3).document(data);
            xml.close();
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    private void document(TermbaseData data) throws XMLStreamException {
        for (Entry e : data.entries()) {
            ids.add(e.id());
            e.sections().forEach(s -> s.terms().forEach(t -> { if (t.id() != null) ids.add(t.id()); }));
        }
        data.back().forEach(r -> { if (r.id() != null) ids.add(r.id()); });
        xml.writeStartDocument("UTF-8", "1.0");
        nl();
        if (v3) {
            xml.writeStartElement("tbx");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute("style", "dca");
        } else {
            xml.writeStartElement("martif");
            xml.writeAttribute("type", "TBX-Basic");
        }
        attribute("xml:lang", "en");
        depth++;
        open(v3 ? "tbxHeader" : "martifHeader");
        open("fileDesc");
        open("sourceDesc");
        leaf("p", null, null, "Exported by Concord");
        close();
        close();
        if (!v3) {
            open("encodingDesc");
            leaf("p", "XCSURI", null, "TBXBasicXCSV02.xcs");
            close();
        }
        close();
        open("text");
        open("body");
        for (Entry e : data.entries()) entry(e);
        close();
        if (!data.back().isEmpty()) back(data.back());
        close();
        depth--;
        nl();
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void entry(Entry e) throws XMLStreamException {
        open(v3 ? "conceptEntry" : "termEntry", "id", e.id());
        boolean hasTransac = e.info().stream().anyMatch(i -> i.element().equals("transacGrp"));
        if (!hasTransac) {
            transac("origination", e.created());
            if (!e.modified().equals(e.created())) transac("modification", e.modified());
        }
        for (Info i : e.info()) info(i, "concept");
        for (Section s : e.sections()) section(s);
        close();
    }

    private void section(Section s) throws XMLStreamException {
        open(v3 ? "langSec" : "langSet", "xml:lang", s.lang());
        for (Info i : s.info()) info(i, "lang");
        for (TermEntry t : s.terms()) term(t);
        close();
    }

    private void term(TermEntry t) throws XMLStreamException {
        open(v3 ? "termSec" : "tig", "id", t.id());
        leaf("term", null, null, t.text());
        if (t.partOfSpeech() != null) leaf("termNote", "partOfSpeech", null, t.partOfSpeech());
        if (t.status() != null) leaf("termNote", "administrativeStatus", null, Statuses.tbx(t.status()));
        if (t.termType() != null) leaf("termNote", "termType", null, t.termType());
        // termNotes come right after the term; the other categories follow.
        for (Info i : t.info()) if (i.head().element().equals("termNote")) info(i, "term");
        for (Info i : t.info()) if (!i.head().element().equals("termNote")) info(i, "term");
        close();
    }

    private void info(Info i, String level) throws XMLStreamException {
        if (i.isGroup()) {
            if (i.children().isEmpty() || !permitted(i.head(), level)) {
                for (Info c : i.children()) asNote(c);
                return;
            }
            open(i.element());
            for (Info c : i.children()) {
                if (permitted(c, level)) leaf(c.element(), c.type(), c.target(), c.value());
                else asNote(c);
            }
            close();
        } else if (permitted(i, level)) {
            leaf(i.element(), i.type(), i.target(), i.value());
        } else {
            asNote(i);
        }
    }

    /** Whether TBX-Basic allows this category here; subject fields only at concept level, contexts only at term level. */
    private boolean permitted(Info i, String level) {
        Set<String> types = PERMITTED.get(i.element());
        if (types == null) return false;
        if (types.isEmpty()) return i.type() == null || i.element().equals("note");
        if (!types.contains(i.type())) return false;
        if ("subjectField".equals(i.type())) return level.equals("concept");
        if ("context".equals(i.type())) return level.equals("term");
        if ("definition".equals(i.type())) return !level.equals("term");
        if (i.element().equals("termNote")) return level.equals("term");
        if ("xGraphic".equals(i.type())) return !level.equals("term") && isUrl(i.target());
        if (i.element().equals("xref")) return isUrl(i.target());
        return true;
    }

    private void asNote(Info i) throws XMLStreamException {
        if (i.value() == null || i.value().isEmpty()) return;
        String label = i.type() != null ? i.type() : i.element();
        leaf("note", null, null, label + ": " + i.value());
    }

    private void transac(String kind, String date) throws XMLStreamException {
        open("transacGrp");
        leaf("transac", "transactionType", null, kind);
        leaf("date", null, null, date.length() > 10 ? date.substring(0, 10) : date);
        close();
    }

    private void back(List<RefObject> back) throws XMLStreamException {
        open("back");
        String section = null;
        for (RefObject r : back) {
            if (!r.section().equals(section)) {
                if (section != null) close();
                section = r.section();
                open("refObjectSec", "type", section);
            }
            open("refObject", "id", r.id());
            for (Info item : r.items()) leaf("item", item.type(), null, item.value());
            close();
        }
        if (section != null) close();
        close();
    }

    private void open(String name) throws XMLStreamException {
        open(name, null, null);
    }

    private void open(String name, String attr, String value) throws XMLStreamException {
        nl();
        xml.writeStartElement(name);
        if (attr != null && value != null) attribute(attr, value);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        nl();
        xml.writeEndElement();
    }

    private void leaf(String name, String type, String target, String text) throws XMLStreamException {
        nl();
        xml.writeStartElement(name);
        if (type != null) xml.writeAttribute("type", type);
        if (target != null && (isUrl(target) || ids.contains(target))) xml.writeAttribute("target", target);
        if (text != null) xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void attribute(String name, String value) throws XMLStreamException {
        if (name.equals("xml:lang")) xml.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", value);
        else xml.writeAttribute(name, value);
    }

    private void nl() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static boolean isUrl(String target) {
        return target != null && target.matches("https?://.+");
    }
}
