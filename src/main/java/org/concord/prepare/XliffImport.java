package org.concord.prepare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concord.InputException;
import org.concord.Languages;
import org.concord.read.SafeXml;
import org.concord.tm.ImportReport;
import org.concord.tm.TranslatedSegment;
import org.concord.tm.TranslationMemory;

/**
 * Takes a translated XLIFF (1.2 or 2.x) back into the memory: the segments in the chosen states become confirmed
 * units of the document the file names, with the translator and date the file gives (else the user and now). DTDs
 * are refused; a file in another version, in languages other than the document's, or with inline codes Concord
 * cannot map is refused whole, naming file, line and unit.
 */
public final class XliffImport {
    /** States that mean a translator finished the segment, in both versions. */
    public static final Set<String> DEFAULT_STATES = Set.of("translated", "reviewed", "final", "signed-off");

    private final Path file;
    private final Set<String> states;
    private final String user;
    private String version;
    private String srcLang;
    private String tgtLang;
    private String docSymbol;
    private String fileTranslator;
    private Instant fileDate;
    /** XLIFF 1.2 phases by name: who did them and when. */
    private final Map<String, String[]> phases = new HashMap<>();
    private final List<Raw> raw = new ArrayList<>();
    private int leftOut;

    private record Raw(String source, String target, String translator, Instant date) {}

    private XliffImport(Path file, Set<String> states, String user) {
        this.file = file;
        this.states = states;
        this.user = user;
    }

    /** True when the file's document element is {@code <xliff>} (its name says nothing when it comes from a CAT tool). */
    public static boolean isXliff(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xlf") || name.endsWith(".xliff")) return true;
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(1024), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("<xliff");
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads the file: every segment in {@code states} with a target; {@code user} where the file names no translator. */
    public static TranslatedFile read(Path file, Set<String> states, String user) {
        return new XliffImport(file, states, user).read();
    }

    /**
     * Reads the file and files its segments under {@code docSymbol} (null: the symbol the file names) in one
     * transaction; the document's units in the memory must have the file's source language.
     */
    public static ImportReport importInto(TranslationMemory memory, Path file, Set<String> states, String docSymbol, String user) {
        TranslatedFile t = read(file, states, user);
        String doc = docSymbol != null ? docSymbol : t.docSymbol();
        if (doc == null) throw new InputException(file + ": the file names no document symbol: give one with --doc");
        Set<String> langs = memory.documentSourceLanguages(doc);
        if (!langs.isEmpty() && !langs.contains(t.srcLang())) {
            throw new InputException(file + ": source language " + t.srcLang() + " does not match document " + doc
                + " in the memory (" + String.join(", ", langs) + ")");
        }
        List<TranslatedSegment> segments = t.segments().stream()
            .map(s -> new TranslatedSegment(doc, s.srcLang(), s.source(), s.tgtLang(), s.target(), s.translator(), s.date()))
            .toList();
        ImportReport r = memory.fileTranslations(segments, user);
        return new ImportReport(r.read() + t.leftOut(), r.added(), r.replaced(), r.unchanged(), r.skipped() + t.leftOut(), r.warnings());
    }

    private TranslatedFile read() {
        SafeXml.read(file, xml -> {
            document(xml);
            return null;
        });
        List<TranslatedSegment> out = new ArrayList<>();
        for (Raw r : raw) {
            out.add(new TranslatedSegment(docSymbol, srcLang, r.source(), tgtLang, r.target(),
                r.translator() != null ? r.translator() : fileTranslator != null ? fileTranslator : user,
                r.date() != null ? r.date() : fileDate));
        }
        return new TranslatedFile(version, srcLang, tgtLang, docSymbol, out, leftOut);
    }

    private void document(XMLStreamReader xml) throws XMLStreamException {
        boolean root = true;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) throw error(xml, "DTD declarations are not allowed in XLIFF files");
            if (event == XMLStreamConstants.ENTITY_REFERENCE) throw error(xml, "entity reference '&" + xml.getLocalName() + ";' is not allowed");
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            String name = xml.getLocalName();
            if (root) {
                if (!name.equals("xliff")) throw error(xml, "not an XLIFF file (root element <" + name + ">)");
                version = attribute(xml, "version");
                if (version == null || !(version.equals("1.2") || version.matches("2\\.\\d+"))) {
                    throw error(xml, "XLIFF version " + version + " is not supported (1.2 or 2.x)");
                }
                if (v2()) languages(xml, "srcLang", "trgLang");
                root = false;
            } else if (name.equals("file")) {
                if (!v2()) {
                    languages(xml, "source-language", "target-language");
                    fileDate = date(xml, attribute(xml, "date"));
                }
            } else if (name.equals("phase")) {
                String phase = attribute(xml, "phase-name");
                if (phase != null) phases.put(phase, new String[] {attribute(xml, "contact-name"), attribute(xml, "date")});
            } else if (name.equals("note") && !v2()) {
                headerNote(xml);
            } else if (name.equals("meta") && v2()) {
                fileMeta(xml);
            } else if (name.equals("trans-unit")) {
                transUnit(xml);
            } else if (name.equals("unit")) {
                unit(xml);
            }
        }
    }

    private boolean v2() {
        return version.startsWith("2");
    }

    private void languages(XMLStreamReader xml, String srcName, String tgtName) {
        String s = attribute(xml, srcName);
        String t = attribute(xml, tgtName);
        if (s == null) throw error(xml, "missing " + srcName);
        if (t == null) throw error(xml, "missing " + tgtName + ": the file has no target language");
        try {
            srcLang = Languages.require(s);
            tgtLang = Languages.require(t);
        } catch (InputException e) {
            throw error(xml, e.getMessage());
        }
        if (srcLang.equals(tgtLang)) throw error(xml, "source and target language are both " + srcLang);
    }

    /** XLIFF 1.2 header notes Concord wrote: "document-symbol: S/PV.7900". */
    private void headerNote(XMLStreamReader xml) throws XMLStreamException {
        boolean ours = XliffFields.NOTE_FROM.equals(attribute(xml, "from"));
        String text = text(xml, "note", null);
        if (ours && text.startsWith(XliffFields.SYMBOL + ": ")) docSymbol = text.substring(XliffFields.SYMBOL.length() + 2).strip();
    }

    /** XLIFF 2.x file-level metadata: the document symbol, and who translated and when if a tool says so. */
    private void fileMeta(XMLStreamReader xml) throws XMLStreamException {
        String type = attribute(xml, "type");
        String value = text(xml, "meta", null).strip();
        if (XliffFields.SYMBOL.equals(type)) docSymbol = value;
        else if (XliffFields.TRANSLATOR.equals(type)) fileTranslator = value;
        else if (XliffFields.DATE.equals(type)) fileDate = date(xml, value);
    }

    /** XLIFF 1.2: one segment per trans-unit; alt-trans and notes are Concord's own suggestions and are skipped. */
    private void transUnit(XMLStreamReader xml) throws XMLStreamException {
        String id = attribute(xml, "id");
        String unitPhase = attribute(xml, "phase-name");
        String source = null, target = null, state = null, phase = unitPhase;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("trans-unit")) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "source" -> source = text(xml, "source", id);
                case "target" -> {
                    state = attribute(xml, "state");
                    if (attribute(xml, "phase-name") != null) phase = attribute(xml, "phase-name");
                    target = text(xml, "target", id);
                }
                case "alt-trans", "note", "seg-source", "context-group", "count-group" -> skip(xml);
                default -> { }
            }
        }
        if (source == null) throw error(xml, "trans-unit '" + id + "' has no <source>");
        // XLIFF 1.2 says a target without a state is translated.
        String[] who = phase != null ? phases.get(phase) : null;
        add(source, target, state == null ? "translated" : state, who != null ? who[0] : null, who != null ? date(xml, who[1]) : null);
    }

    /** XLIFF 2.x: each segment of a unit; the unit's metadata may name its translator and date. */
    private void unit(XMLStreamReader xml) throws XMLStreamException {
        String id = attribute(xml, "id");
        String translator = null;
        Instant date = null;
        List<String[]> segments = new ArrayList<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("unit")) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "matches", "glossary", "notes", "originalData" -> skip(xml);
                case "meta" -> {
                    String type = attribute(xml, "type");
                    String value = text(xml, "meta", id).strip();
                    if (XliffFields.TRANSLATOR.equals(type)) translator = value;
                    else if (XliffFields.DATE.equals(type)) date = date(xml, value);
                }
                case "segment" -> segments.add(segment(xml, id));
                default -> { }
            }
        }
        for (String[] s : segments) add(s[0], s[1], s[2], translator, date);
    }

    private String[] segment(XMLStreamReader xml, String unitId) throws XMLStreamException {
        String state = attribute(xml, "state");
        String source = null, target = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("segment")) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (xml.getLocalName().equals("source")) source = text(xml, "source", unitId);
            else if (xml.getLocalName().equals("target")) target = text(xml, "target", unitId);
        }
        if (source == null) throw error(xml, "unit '" + unitId + "' has a segment without <source>");
        // XLIFF 2.0: a segment without a state is initial.
        return new String[] {source, target, state == null ? "initial" : state};
    }

    private void add(String source, String target, String state, String translator, Instant date) {
        if (target == null || target.isBlank() || !states.contains(state)) {
            leftOut++;
            return;
        }
        raw.add(new Raw(source.strip(), target.strip(), translator, date));
    }

    /**
     * The text of a source or target. Annotations (mrk) and code points (cp) are text; any other inline code
     * (placeholders, paired codes) has no place in a unit Concord files as plain text, and the file is refused.
     */
    private String text(XMLStreamReader xml, String element, String unitId) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (name.equals("cp")) {
                    String hex = attribute(xml, "hex");
                    try {
                        if (hex != null) out.appendCodePoint(Integer.parseInt(hex, 16));
                    } catch (IllegalArgumentException e) {
                        throw error(xml, "bad <cp hex=\"" + hex + "\">");
                    }
                } else if (!name.equals("mrk") && unitId != null) {
                    throw error(xml, "unit '" + unitId + "': inline code <" + name + "> in <" + element
                        + "> cannot be mapped to plain text");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                out.append(xml.getText());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw error(xml, "entity reference '&" + xml.getLocalName() + ";' is not allowed");
            }
        }
        return out.toString();
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    private Instant date(XMLStreamReader xml, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                // OmegaT and TMX write basic ISO dates: 20261206T041200Z
                return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").parse(value.strip(), Instant::from);
            } catch (DateTimeParseException e2) {
                throw error(xml, "date '" + value + "' is not an ISO 8601 date");
            }
        }
    }

    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) return xml.getAttributeValue(i);
        }
        return null;
    }

    private InputException error(XMLStreamReader xml, String what) {
        Location at = xml.getLocation();
        return InputException.at(file.toString(), at.getLineNumber(), at.getColumnNumber(), what);
    }
}
