package org.concord.tm;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Writes TMX 1.4b (valid against tmx14.dtd) unit by unit as UTF-8 bytes; the caller streams units in its chosen order.
 * Segments come as the UTF-8 bytes SQLite stores and are escaped byte by byte: the characters XML escapes are ASCII,
 * and no byte of a multi-byte UTF-8 sequence is ASCII. An export of a million UN units spent 70% of its time decoding
 * the stored texts into Strings and encoding them back to UTF-8.
 */
final class TmxWriter {
    static final String DOC_PROP = "x-concord-doc";
    static final String ORIGIN_PROP = "x-concord-origin";
    static final String CONFIDENCE_PROP = "x-concord-confidence";

    /**
     * A variant as stored: its language, its text as UTF-8 (the bytes of {@code text} from {@code textFrom}: a reader
     * may hand over a row's value with the text at its end), its codes (null: none) as UTF-8, its props and notes.
     */
    record StoredVariant(String lang, byte[] text, int textFrom, byte[] codes, List<Prop> props, List<String> notes) {
        Variant variant() {
            return new Variant(lang, new String(text, textFrom, text.length - textFrom, StandardCharsets.UTF_8),
                codes == null ? null : new String(codes, StandardCharsets.UTF_8), props, notes);
        }
    }

    private final OutputStream out;
    /** The last date written and its text: units of one import or alignment share their dates. */
    private Instant lastDate;
    private byte[] lastDateText;
    /** Bytes not yet written (a unit at a time is appended; written out past {@link #FLUSH_AT}). */
    private byte[] buf = new byte[1 << 17];
    private int n;
    private static final int FLUSH_AT = 1 << 16;

    TmxWriter(OutputStream out) {
        this.out = out;
    }

    void start(String srcLang, String version, Instant now) throws IOException {
        text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        text("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        text("<tmx version=\"1.4\">\n");
        text("<header creationtool=\"Concord\" creationtoolversion=\"" + Xml.escape(version)
            + "\" segtype=\"sentence\" o-tmf=\"Concord\" adminlang=\"en\" srclang=\"" + srcLang
            + "\" datatype=\"plaintext\" creationdate=\"" + date(now) + "\"/>\n");
        text("<body>\n");
    }

    // The markup of a unit as bytes, encoded once: encoding it for every unit was 6% of an export.
    private static final byte[] TU = ascii("<tu tuid=\""), SRCLANG = ascii("\" srclang=\""), CREATIONDATE = ascii("\" creationdate=\""),
        CREATIONID = ascii("\" creationid=\""), CHANGEDATE = ascii("\" changedate=\""), CHANGEID = ascii("\" changeid=\""),
        TU_OPEN_END = ascii("\">\n"), NOTE_LINE = ascii("  <note>"), NOTE_LINE_END = ascii("</note>\n"), TUV = ascii("  <tuv xml:lang=\""),
        TUV_OPEN_END = ascii("\">"), PROP = ascii("<prop type=\""), PROP_END = ascii("</prop>"), NOTE = ascii("<note>"),
        NOTE_END = ascii("</note>"), SEG = ascii("<seg>"), SEG_TUV_END = ascii("</seg></tuv>\n"), TU_END = ascii("</tu>\n"),
        PROP_LINE = ascii("  <prop type=\""), ATTRIBUTE_END = ascii("\">"), PROP_LINE_END = ascii("</prop>\n");

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Language codes as bytes: a memory has a handful, and readers hand over one String a code, so most look-ups end
     * at the identity test (a HashMap look-up was 5% of writing).
     */
    private String[] langCodes = new String[8];
    private byte[][] langBytes = new byte[8][];
    private int langCount;

    private byte[] lang(String code) {
        for (int i = 0; i < langCount; i++) if (langCodes[i] == code) return langBytes[i];
        for (int i = 0; i < langCount; i++) if (langCodes[i].equals(code)) return langBytes[i];
        if (langCount == langCodes.length) {
            langCodes = Arrays.copyOf(langCodes, langCount * 2);
            langBytes = Arrays.copyOf(langBytes, langCount * 2);
        }
        langCodes[langCount] = code;
        return langBytes[langCount++] = code.getBytes(StandardCharsets.UTF_8);
    }

    void unit(Unit u, String srcLang, List<StoredVariant> variants) throws IOException {
        bytes(TU);
        escaped(u.tuid() != null ? u.tuid() : "concord-" + u.id());
        bytes(SRCLANG);
        bytes(lang(srcLang));
        bytes(CREATIONDATE);
        bytes(cachedDate(u.created()));
        if (u.createdBy() != null) {
            bytes(CREATIONID);
            escaped(u.createdBy());
        }
        bytes(CHANGEDATE);
        bytes(cachedDate(u.changed()));
        if (u.changedBy() != null) {
            bytes(CHANGEID);
            escaped(u.changedBy());
        }
        bytes(TU_OPEN_END);
        if (u.docSymbol() != null) prop(DOC_PROP, u.docSymbol());
        prop(ORIGIN_PROP, u.origin().code());
        if (u.confidence() != null) prop(CONFIDENCE_PROP, String.valueOf(u.confidence()));
        for (Prop p : u.props()) prop(p.type(), p.value());
        for (String note : u.notes()) {
            bytes(NOTE_LINE);
            escaped(note);
            bytes(NOTE_LINE_END);
        }
        for (StoredVariant v : variants) {
            bytes(TUV);
            bytes(lang(v.lang()));
            bytes(TUV_OPEN_END);
            for (Prop p : v.props()) {
                bytes(PROP);
                escaped(p.type());
                bytes(ATTRIBUTE_END);
                escaped(p.value());
                bytes(PROP_END);
            }
            for (String note : v.notes()) {
                bytes(NOTE);
                escaped(note);
                bytes(NOTE_END);
            }
            bytes(SEG);
            if (v.codes() != null) bytes(v.codes());
            else escaped(v.text(), v.textFrom());
            bytes(SEG_TUV_END);
        }
        bytes(TU_END);
        if (n >= FLUSH_AT) drain();
    }

    void end() throws IOException {
        text("</body>\n</tmx>\n");
        drain();
        out.flush();
    }

    private void prop(String type, String value) {
        bytes(PROP_LINE);
        escaped(type);
        bytes(ATTRIBUTE_END);
        escaped(value);
        bytes(PROP_LINE_END);
    }

    private void drain() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }

    private void room(int more) {
        if (n + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
    }

    /** Text written as it is (markup, or values that need no escaping). */
    private void text(String s) {
        bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, buf, n, b.length);
        n += b.length;
    }

    private void escaped(String s) {
        escaped(s.getBytes(StandardCharsets.UTF_8), 0);
    }

    private static final java.lang.invoke.VarHandle LONGS =
        java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** Whether none of the eight bytes of {@code x} needs escaping: none is &amp;, &lt;, &gt;, " or below 0x20. */
    private static boolean plain(long x) {
        return ((zeroByte(x ^ ONES * '&') | zeroByte(x ^ ONES * '<') | zeroByte(x ^ ONES * '>') | zeroByte(x ^ ONES * '"')
            | (x - ONES * 0x20) & ~x & HIGHS)) == 0; // the last: a byte below 0x20 (bytes from 0x80 have their high bit)
    }

    private static long zeroByte(long v) {
        return (v - ONES) & ~v & HIGHS;
    }

    /** UTF-8 text (the bytes of {@code s} from {@code start}) escaped as {@link Xml#escape} does it, byte by byte, passing eight plain bytes at a time. */
    private void escaped(byte[] s, int start) {
        room(s.length - start);
        int from = start;
        int plainTo = start;
        while (plainTo + 8 <= s.length && plain((long) LONGS.get(s, plainTo))) plainTo += 8;
        if (plainTo == s.length) {
            System.arraycopy(s, start, buf, n, s.length - start);
            n += s.length - start;
            return;
        }
        for (int i = plainTo; i < s.length; i++) {
            byte c = s[i];
            if (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' || c < 0) continue; // c < 0: part of a multi-byte character
            if (c < 0x20 && (c == '\t' || c == '\n' || c == '\r')) continue;
            System.arraycopy(s, from, buf, n, i - from);
            n += i - from;
            from = i + 1;
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> ""; // a control character XML 1.0 does not allow
            };
            room(r.length() + s.length - from);
            for (int k = 0; k < r.length(); k++) buf[n++] = (byte) r.charAt(k);
        }
        System.arraycopy(s, from, buf, n, s.length - from);
        n += s.length - from;
    }

    private byte[] cachedDate(Instant t) {
        if (!t.equals(lastDate)) {
            lastDateText = ascii(date(t));
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
