package org.concord.dictionary;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.concord.InputException;

/** Strict UTF-8 decoding with errors naming the line, and the cleaning every format's phrases go through. */
final class DictionaryText {

    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]|\\{[^{}]*}|<[^<>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Phrases longer than this are explanations, not renderings one would find in a translation. */
    static final int MAX_WORDS = 5;

    private DictionaryText() {}

    /** The bytes as UTF-8 (a BOM dropped); bad bytes are an input error naming {@code name} and their line. */
    static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int k = 0; k < at; k++) if (bytes[k] == '\n') line++;
            throw new InputException(name + ":" + line + ": bad bytes, not UTF-8 (0x"
                + String.format(Locale.ROOT, "%02X", bytes[at] & 0xff) + " at byte " + at + ")");
        }
        decoder.flush(out);
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * A rendering as it could appear in running text: bracketed notes ("(coll.)", "[fig.]", "<n>") removed, spaces
     * collapsed; null when nothing is left or it is too long to be a rendering.
     */
    static String phrase(String raw) {
        String s = raw;
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = BRACKETED.matcher(s).replaceAll(" ");
        }
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = s.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.']]+$", "").strip();
        if (s.isEmpty() || s.indexOf('(') >= 0 || s.indexOf(')') >= 0) return null;
        if (s.split(" ").length > MAX_WORDS) return null;
        return s;
    }
}
