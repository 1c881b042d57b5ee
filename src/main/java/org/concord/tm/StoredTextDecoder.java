package org.concord.tm;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes stored UTF-8 texts through one reused character buffer. {@code new String(bytes, UTF_8)}, and the SQLite
 * driver's getString, size their buffer for one character a byte and copy the result again: for Russian, Arabic or
 * Chinese text three times the text's size in garbage, which at a hundred six-language concordance hits a search was
 * 950 KB of fresh heap (72% of all a search allocated). Not thread-safe: one per store.
 */
final class StoredTextDecoder {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private CharBuffer chars = CharBuffer.allocate(1024);

    /** A NOT NULL text column's value from its bytes: SQLite gives no bytes (null) for an empty text. */
    String text(byte[] utf8) {
        if (utf8 == null) return "";
        if (chars.capacity() < utf8.length) chars = CharBuffer.allocate(Math.max(utf8.length, chars.capacity() * 2));
        chars.clear();
        decoder.reset();
        decoder.decode(ByteBuffer.wrap(utf8), chars, true);
        decoder.flush(chars);
        return new String(chars.array(), 0, chars.position());
    }
}
