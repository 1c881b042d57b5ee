package org.concord.tm;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes stored UTF-8 texts through reused buffers. {@code new String(bytes, UTF_8)}, and the SQLite driver's
 * getString, size their buffer for one character a byte and copy the result again: for Russian, Arabic or Chinese
 * text three times the text's size in garbage, which at a hundred six-language concordance hits a search was 950 KB
 * of fresh heap (72% of all a search allocated). Not thread-safe: one per store.
 */
final class StoredTextDecoder {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    /** UTF-16 units of the text being decoded: at most one a byte. */
    private char[] units = new char[1024];
    private CharBuffer chars = CharBuffer.allocate(1024);
    /** The bytes are copied in here rather than wrapped: a wrapper a text was garbage too. */
    private ByteBuffer bytes = ByteBuffer.allocate(1024);
    private final CodeCache codes = new CodeCache();

    /** A NOT NULL text column's value from its bytes: SQLite gives no bytes (null) for an empty text. */
    String text(byte[] utf8) {
        if (utf8 == null) return "";
        int n = utf8.length;
        int i = 0;
        while (i < n && utf8[i] >= 0) i++;
        if (i == n) return new String(utf8, StandardCharsets.ISO_8859_1); // ASCII: the bytes are the string's own
        if (units.length < n) units = new char[Math.max(n, units.length * 2)];
        char[] out = units;
        for (int k = 0; k < i; k++) units[k] = (char) utf8[k];
        int u = i;
        // ASCII runs are copied byte for byte; other characters are decoded here only when well formed, so the
        // result is the JDK decoder's. CharsetDecoder took 6.5 ns a byte of Russian or Arabic, this 2.
        while (i < n) {
            int b = utf8[i];
            if (b >= 0) {
                out[u++] = (char) b;
                i++;
            } else if (b >= (byte) 0xC2 && b <= (byte) 0xDF && i + 1 < n && continuation(utf8[i + 1])) {
                out[u++] = (char) ((b & 0x1F) << 6 | utf8[i + 1] & 0x3F);
                i += 2;
            } else if ((b & 0xF0) == 0xE0 && i + 2 < n && continuation(utf8[i + 1]) && continuation(utf8[i + 2])
                && (b != (byte) 0xE0 || (utf8[i + 1] & 0xFF) >= 0xA0) && (b != (byte) 0xED || (utf8[i + 1] & 0xFF) < 0xA0)) {
                out[u++] = (char) ((b & 0x0F) << 12 | (utf8[i + 1] & 0x3F) << 6 | utf8[i + 2] & 0x3F);
                i += 3;
            } else if (b >= (byte) 0xF0 && b <= (byte) 0xF4 && i + 3 < n && continuation(utf8[i + 1]) && continuation(utf8[i + 2])
                && continuation(utf8[i + 3]) && (b != (byte) 0xF0 || (utf8[i + 1] & 0xFF) >= 0x90) && (b != (byte) 0xF4 || (utf8[i + 1] & 0xFF) < 0x90)) {
                int cp = (b & 0x07) << 18 | (utf8[i + 1] & 0x3F) << 12 | (utf8[i + 2] & 0x3F) << 6 | utf8[i + 3] & 0x3F;
                out[u++] = Character.highSurrogate(cp);
                out[u++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                return replacing(utf8); // malformed: the JDK decoder's replacement characters
            }
        }
        return new String(out, 0, u);
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** As {@link #text}, through the JDK's decoder, which replaces malformed bytes (a text written by another tool). */
    private String replacing(byte[] utf8) {
        if (chars.capacity() < utf8.length) chars = CharBuffer.allocate(Math.max(utf8.length, chars.capacity() * 2));
        if (bytes.capacity() < utf8.length) bytes = ByteBuffer.allocate(Math.max(utf8.length, bytes.capacity() * 2));
        chars.clear();
        bytes.clear();
        bytes.put(utf8).flip();
        decoder.reset();
        decoder.decode(bytes, chars, true);
        decoder.flush(chars);
        return new String(chars.array(), 0, chars.position());
    }

    /**
     * As {@link #text}, for a column of a few distinct short values (language codes): the same string each time a
     * value comes again, so six hundred variants a search do not make six hundred copies of six codes.
     */
    String code(byte[] utf8) {
        return utf8 == null ? "" : codes.get(utf8, 0, utf8.length);
    }
}
