package org.concord.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.InputException;

/**
 * Plain text: UTF-8, or UTF-16 with a byte-order mark, or Windows-1252 when the bytes are not UTF-8 (with a warning).
 * The whole file is decoded once to check it, streaming; the body is decoded again each time it is opened.
 */
final class PlainText {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int HEAD_CHARS = 1 << 16;

    private PlainText() {}

    static Document read(Path file, String name, ReadLimits limits) throws IOException {
        byte[] head = Sniff.head(file);
        Charset charset;
        int bom;
        List<String> warnings = new ArrayList<>();
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else {
            bom = 0;
            if (Sniff.hasNul(head)) {
                throw new InputException(name + ": unsupported format: binary data (or UTF-16 without a byte-order mark)");
            }
            charset = StandardCharsets.UTF_8;
        }
        Check check = check(file, name, charset, bom, limits.maxLineChars());
        if (check.error() != null && bom == 0) {
            Check fallback = check(file, name, WINDOWS_1252, 0, limits.maxLineChars());
            if (fallback.error() != null) {
                throw InputException.at(name, check.line(), check.column(), "undecodable bytes: neither UTF-8 nor Windows-1252");
            }
            warnings.add(name + ": not valid UTF-8 (line " + check.line() + ", column " + check.column()
                + "); read as Windows-1252");
            charset = WINDOWS_1252;
            check = fallback;
        } else if (check.error() != null) {
            throw InputException.at(name, check.line(), check.column(), "undecodable bytes: not valid " + charset.name());
        }
        Charset cs = charset;
        FrontMatter front = FrontMatter.parse(readHead(file, cs, bom));
        if (check.lastText() < front.end()) throw new InputException(name + ": empty file: no text to segment");
        Document.Body body = () -> {
            Reader in = open(file, cs, bom);
            for (long left = front.end(); left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) break;
                left -= skipped;
            }
            return in;
        };
        return new Document(name, Format.TEXT, cs.name(), front.fields(), front.end(), warnings, body);
    }

    /**
     * The first decoding error (line and column, 1-based) or none, and the offset of the last character that is not
     * white space (-1 when there is none). A line longer than {@code maxLine} characters is refused as it is met: the
     * readers after this one may hold a line whole.
     */
    record Check(String error, long line, long column, long lastText) {}

    static Check check(Path file, String name, Charset charset, int bom, long maxLine) throws IOException {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long line = 1, column = 1, offset = 0, lastText = -1;
        try (InputStream stream = Files.newInputStream(file)) {
            stream.skipNBytes(bom);
            boolean eof = false;
            while (true) {
                if (!eof) {
                    int n = stream.read(in.array(), in.position(), in.remaining());
                    if (n < 0) eof = true;
                    else in.position(in.position() + n);
                }
                in.flip();
                CoderResult r = decoder.decode(in, out, eof);
                if (eof && r.isUnderflow()) r = decoder.flush(out);
                out.flip();
                for (int i = 0; i < out.limit(); i++, offset++) {
                    char c = out.get(i);
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) lastText = offset;
                    if (c == '\n') {
                        line++;
                        column = 1;
                    } else if (++column - 1 > maxLine) {
                        throw InputException.at(name, line, column - 1, "refused: line " + line + " is longer than " + maxLine
                            + " characters, the limit for one line (-Dconcord.maxLine)");
                    }
                }
                out.clear();
                if (r.isError()) return new Check(r.toString(), line, column, lastText);
                in.compact();
                if (eof && r.isUnderflow() && in.position() == 0) return new Check(null, line, column, lastText);
            }
        }
    }

    static Reader open(Path file, Charset charset, int bom) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bom);
        return new InputStreamReader(in, strict(charset));
    }

    private static String readHead(Path file, Charset charset, int bom) throws IOException {
        try (Reader in = open(file, charset, bom)) {
            char[] buf = new char[HEAD_CHARS];
            int n = in.read(buf);
            int total = Math.max(n, 0);
            while (n > 0 && total < buf.length) {
                n = in.read(buf, total, buf.length - total);
                if (n > 0) total += n;
            }
            return new String(buf, 0, total);
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) return false;
        for (int i = 0; i < bytes.length; i++) if ((head[i] & 0xFF) != bytes[i]) return false;
        return true;
    }
}
