package org.concord.check;

import java.nio.file.Path;
import org.concord.read.SafeXml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concord.Languages;

/**
 * Reads a TMX file into segment pairs: the source language is the header's srclang (or the one given), each other
 * language of a unit gives a pair, or only {@code tgtLang} when it is given. A unit's document is its "x-concord-doc"
 * or "x-document" property when present, else the file name.
 */
final class TmxReader {
    private static final Set<String> CODES = Set.of("bpt", "ept", "it", "ph", "ut", "sub");
    /** Unit properties naming the document: Concord's memory export writes x-concord-doc. */
    private static final Set<String> DOCUMENT_PROPS = Set.of("x-concord-doc", "x-document", "x-doc");

    private final Path file;

    TmxReader(Path file) {
        this.file = file;
    }

    private record Unit(String id, String document, Map<String, String> variants) {}

    List<SegmentPair> read(String srcLang, String tgtLang) {
        String[] headerSrc = new String[1];
        List<Unit> units = SafeXml.read(file, xml -> readUnits(xml, headerSrc));
        String src = srcLang != null ? srcLang : headerSrc[0];
        if (src == null || src.equals("*all*")) {
            throw new org.concord.InputException(file + ": the header has no source language; give --src-lang");
        }
        List<String> targets = new ArrayList<>();
        for (Unit u : units) {
            for (String lang : u.variants().keySet()) {
                if (!lang.equals(src) && (tgtLang == null || lang.equals(tgtLang)) && !targets.contains(lang)) targets.add(lang);
            }
        }
        List<SegmentPair> out = new ArrayList<>();
        for (String lang : targets) {
            for (Unit u : units) {
                String s = u.variants().get(src);
                String t = u.variants().get(lang);
                if (s == null || t == null) continue;
                String id = targets.size() > 1 ? u.id() + "/" + lang : u.id();
                out.add(new SegmentPair(id, src, s, lang, t, u.document()));
            }
        }
        return out;
    }

    private List<Unit> readUnits(XMLStreamReader xml, String[] headerSrc) throws XMLStreamException {
        List<Unit> units = new ArrayList<>();
        boolean root = true;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
            String name = xml.getLocalName();
            if (root && !name.equals("tmx")) throw SafeXml.error(file, xml, "not a TMX file (root element <" + name + ">)");
            root = false;
            if (name.equals("header")) {
                String s = SafeXml.attribute(xml, "srclang");
                headerSrc[0] = s == null || s.equals("*all*") ? s : Languages.require(s);
            } else if (name.equals("tu")) {
                units.add(readUnit(xml, units.size() + 1));
            }
        }
        return units;
    }

    private Unit readUnit(XMLStreamReader xml, int index) throws XMLStreamException {
        String tuid = SafeXml.attribute(xml, "tuid");
        String id = tuid != null ? tuid : "tu" + index;
        String document = file.getFileName().toString();
        Map<String, String> variants = new LinkedHashMap<>();
        String lang = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("tu")) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "prop" -> {
                    String type = SafeXml.attribute(xml, "type");
                    String value = xml.getElementText();
                    if (DOCUMENT_PROPS.contains(type)) document = value.strip();
                }
                case "tuv" -> {
                    String l = SafeXml.attribute(xml, "lang");
                    if (l == null) throw SafeXml.error(file, xml, "<tuv> without xml:lang");
                    lang = languageAt(xml, l);
                }
                case "seg" -> {
                    if (lang == null) throw SafeXml.error(file, xml, "<seg> outside <tuv>");
                    variants.put(lang, SafeXml.text(xml, CODES));
                }
                default -> { }
            }
        }
        return new Unit(id, document, variants);
    }

    private String languageAt(XMLStreamReader xml, String code) {
        try {
            return Languages.require(code);
        } catch (org.concord.InputException e) {
            throw SafeXml.error(file, xml, e.getMessage());
        }
    }
}
