package org.concord.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.concord.InputException;

/** Strict UTF-8 decoding that names the line and column of the first bad byte. */
public final class Utf8 {
    private Utf8() {}

    /** Strict UTF-8 (a BOM is dropped); a bad byte is reported with its line and column. */
    public static String decode(Path path, byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult res = dec.decode(in, out, true);
        if (res.isError()) {
            out.flip();
            String good = out.toString();
            int line = 1 + (int) good.chars().filter(ch -> ch == '\n').count();
            int col = good.length() - good.lastIndexOf('\n');
            throw InputException.at(path.toString(), line, col, "not valid UTF-8 (byte 0x"
                + HexFormat.of().toHexDigits(bytes[in.position()]) + " at offset " + in.position() + "); save the file as UTF-8");
        }
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Reads {@code path} as strict UTF-8; an unreadable file or a bad byte is bad input naming the file. */
    public static String read(Path path) {
        if (!Files.isReadable(path)) throw new InputException(path + ": cannot read file");
        try {
            return decode(path, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new InputException(path + ": cannot read file: " + e.getMessage(), e);
        }
    }
}
