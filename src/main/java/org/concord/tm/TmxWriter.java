package org.concord.tm;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Writes TMX 1.4b (valid against tmx14.dtd) unit by unit; the caller streams units in its chosen order. */
final class TmxWriter {
    static final String DOC_PROP = "x-concord-doc";
    static final String ORIGIN_PROP = "x-concord-origin";
    static final String CONFIDENCE_PROP = "x-concord-confidence";

    private final Writer out;
    /** The last date written and its text: units of one import or alignment share their dates. */
    private Instant lastDate;
    private String lastDateText;
    /** One unit's markup, reused from unit to unit: an export writes millions. */
    private final StringBuilder b = new StringBuilder(1024);
    private char[] chars = new char[1024];

    TmxWriter(Writer out) {
        this.out = out;
    }

    void start(String srcLang, String version, Instant now) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        out.write("<tmx version=\"1.4\">\n");
        out.write("<header creationtool=\"Concord\" creationtoolversion=\"" + Xml.escape(version)
            + "\" segtype=\"sentence\" o-tmf=\"Concord\" adminlang=\"en\" srclang=\"" + srcLang
            + "\" datatype=\"plaintext\" creationdate=\"" + date(now) + "\"/>\n");
        out.write("<body>\n");
    }

    void unit(Unit u, String srcLang, List<Variant> variants) throws IOException {
        b.setLength(0);
        b.append("<tu tuid=\"").append(Xml.escape(u.tuid() != null ? u.tuid() : "concord-" + u.id())).append('"');
        b.append(" srclang=\"").append(srcLang).append('"');
        b.append(" creationdate=\"").append(cachedDate(u.created())).append('"');
        if (u.createdBy() != null) b.append(" creationid=\"").append(Xml.escape(u.createdBy())).append('"');
        b.append(" changedate=\"").append(cachedDate(u.changed())).append('"');
        if (u.changedBy() != null) b.append(" changeid=\"").append(Xml.escape(u.changedBy())).append('"');
        b.append(">\n");
        if (u.docSymbol() != null) prop(b, DOC_PROP, u.docSymbol());
        prop(b, ORIGIN_PROP, u.origin().code());
        if (u.confidence() != null) prop(b, CONFIDENCE_PROP, String.valueOf(u.confidence()));
        for (Prop p : u.props()) prop(b, p.type(), p.value());
        for (String n : u.notes()) b.append("  <note>").append(Xml.escape(n)).append("</note>\n");
        for (Variant v : variants) {
            b.append("  <tuv xml:lang=\"").append(v.lang()).append("\">");
            for (Prop p : v.props()) b.append("<prop type=\"").append(Xml.escape(p.type())).append("\">").append(Xml.escape(p.value())).append("</prop>");
            for (String n : v.notes()) b.append("<note>").append(Xml.escape(n)).append("</note>");
            b.append("<seg>").append(v.markup()).append("</seg></tuv>\n");
        }
        b.append("</tu>\n");
        if (chars.length < b.length()) chars = new char[b.length() * 2];
        b.getChars(0, b.length(), chars, 0);
        out.write(chars, 0, b.length());
    }

    void end() throws IOException {
        out.write("</body>\n</tmx>\n");
        out.flush();
    }

    private static void prop(StringBuilder b, String type, String value) {
        b.append("  <prop type=\"").append(Xml.escape(type)).append("\">").append(Xml.escape(value)).append("</prop>\n");
    }

    private String cachedDate(Instant t) {
        if (!t.equals(lastDate)) {
            lastDateText = date(t);
            lastDate = t;
        }
        return lastDateText;
    }

    /** YYYYMMDDThhmmssZ, formatted by hand: two per unit in an export. */
    static String date(Instant t) {
        java.time.LocalDateTime d = java.time.LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(16);
        pad(b, d.getYear(), 4);
        pad(b, d.getMonthValue(), 2);
        pad(b, d.getDayOfMonth(), 2);
        b.append('T');
        pad(b, d.getHour(), 2);
        pad(b, d.getMinute(), 2);
        pad(b, d.getSecond(), 2);
        return b.append('Z').toString();
    }

    private static void pad(StringBuilder b, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) b.append('0');
        b.append(s);
    }
}
