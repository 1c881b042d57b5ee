package org.concord.tm;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes stored UTF-8 texts through reused buffers. {@code new String(bytes, UTF_8)}, and the SQLite driver's
 * getString, size their buffer for one character a byte and copy the result again: for Russian, Arabic or Chinese
 * text three times the text's size in garbage, which at a hundred six-language concordance hits a search was 950 KB
 * of fresh heap (72% of all a search allocated). Not thread-safe: one per store.
 */
final class StoredTextDecoder {
    /** Distinct short codes kept (language codes: a memory holds a few). */
    private static final int CODES = 32;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private CharBuffer chars = CharBuffer.allocate(1024);
    /** The bytes are copied in here rather than wrapped: a wrapper a text was garbage too. */
    private ByteBuffer bytes = ByteBuffer.allocate(1024);
    private final String[] codes = new String[CODES];
    private final byte[][] codeBytes = new byte[CODES][];
    private int codeCount;

    /** A NOT NULL text column's value from its bytes: SQLite gives no bytes (null) for an empty text. */
    String text(byte[] utf8) {
        if (utf8 == null) return "";
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
        if (utf8 == null) return "";
        for (int i = 0; i < codeCount; i++) if (Arrays.equals(codeBytes[i], utf8)) return codes[i];
        String s = text(utf8);
        if (codeCount < CODES) {
            codeBytes[codeCount] = utf8;
            codes[codeCount++] = s;
        }
        return s;
    }
}
