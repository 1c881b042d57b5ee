package org.concord.check;

import java.nio.file.Path;
import org.concord.read.SafeXml;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concord.InputException;
import org.concord.Languages;

/**
 * Reads XLIFF 1.2 (file/trans-unit/source+target) and XLIFF 2.x (file/unit/segment/source+target) into segment pairs.
 * Inline codes are left out of the text; paired codes (g, pc) and markers (mrk) keep theirs. A unit without a target
 * gives a pair with an empty target, so that the empty-target check reports it.
 */
final class XliffReader {
    private static final Set<String> CODES = Set.of("x", "bx", "ex", "ph", "bpt", "ept", "it", "sub", "sc", "ec", "sm", "em");

    private final Path file;
    private String srcLang;
    private String tgtLang;
    private String document;
    private final List<SegmentPair> out = new ArrayList<>();

    XliffReader(Path file) {
        this.file = file;
    }

    List<SegmentPair> read() {
        SafeXml.read(file, xml -> {
            readDocument(xml);
            return null;
        });
        return List.copyOf(out);
    }

    private void readDocument(XMLStreamReader xml) throws XMLStreamException {
        boolean root = true;
        boolean v2 = false;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
            String name = xml.getLocalName();
            if (root) {
                if (!name.equals("xliff")) throw SafeXml.error(file, xml, "not an XLIFF file (root element <" + name + ">)");
                String version = SafeXml.attribute(xml, "version");
                v2 = version != null && version.startsWith("2");
                if (v2) languages(xml, "srcLang", "trgLang");
                root = false;
            } else if (name.equals("file")) {
                if (!v2) languages(xml, "source-language", "target-language");
                String original = SafeXml.attribute(xml, "original");
                document = original != null ? original : file.getFileName().toString();
            } else if (name.equals("trans-unit")) {
                readTransUnit(xml);
            } else if (name.equals("unit")) {
                readUnit(xml);
            }
        }
    }

    private void languages(XMLStreamReader xml, String srcName, String tgtName) {
        String s = SafeXml.attribute(xml, srcName);
        String t = SafeXml.attribute(xml, tgtName);
        if (s == null) throw SafeXml.error(file, xml, "missing " + srcName);
        if (t == null) throw SafeXml.error(file, xml, "missing " + tgtName + ": nothing to check against");
        try {
            srcLang = Languages.require(s);
            tgtLang = Languages.require(t);
        } catch (InputException e) {
            throw SafeXml.error(file, xml, e.getMessage());
        }
    }

    /** XLIFF 1.2: one pair per trans-unit. */
    private void readTransUnit(XMLStreamReader xml) throws XMLStreamException {
        String id = SafeXml.attribute(xml, "id");
        String source = null;
        String target = "";
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("trans-unit")) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "source" -> source = SafeXml.text(xml, CODES);
                case "target" -> target = SafeXml.text(xml, CODES);
                case "seg-source", "alt-trans", "note" -> SafeXml.text(xml, Set.of());
                default -> { }
            }
        }
        if (source == null) throw SafeXml.error(file, xml, "trans-unit '" + id + "' has no <source>");
        add(id, source, target);
    }

    /** XLIFF 2.x: one pair per segment; ignorables are left out. */
    private void readUnit(XMLStreamReader xml) throws XMLStreamException {
        String unitId = SafeXml.attribute(xml, "id");
        List<String[]> segments = new ArrayList<>();
        String[] current = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("unit")) break;
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("segment")) current = null;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "segment" -> {
                    current = new String[] {SafeXml.attribute(xml, "id"), null, ""};
                    segments.add(current);
                }
                case "source", "target" -> {
                    String text = SafeXml.text(xml, CODES);
                    if (current != null) current[xml.getLocalName().equals("source") ? 1 : 2] = text;
                }
                case "notes", "originalData" -> SafeXml.text(xml, Set.of());
                default -> { }
            }
        }
        for (int i = 0; i < segments.size(); i++) {
            String[] s = segments.get(i);
            if (s[1] == null) throw SafeXml.error(file, xml, "unit '" + unitId + "' has a segment without <source>");
            String id = segments.size() == 1 ? unitId : unitId + "#" + (s[0] != null ? s[0] : Integer.toString(i + 1));
            add(id, s[1], s[2]);
        }
    }

    private void add(String id, String source, String target) {
        out.add(new SegmentPair(id != null ? id : Integer.toString(out.size() + 1), srcLang, source, tgtLang, target, document));
    }
}
