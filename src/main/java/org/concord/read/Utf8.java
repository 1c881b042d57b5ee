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

    private static final java.lang.invoke.VarHandle LONGS =
        java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /**
     * Whether the bytes of {@code file} after its first {@code skip} are valid UTF-8, as the JDK's strict decoder
     * judges them (no overlong forms, no surrogates, nothing above U+10FFFF), streaming. Eight ASCII bytes are passed
     * at a time: checking a 2 GB TMX file took 8.5 s of CPU through the decoder (a fifth of an import's reading).
     */
    public static boolean isValid(Path file, long skip) throws IOException {
        byte[] buf = new byte[1 << 16];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            int n = 0; // bytes in buf; those of a character cut at the end of a read wait at its start
            while (true) {
                int r = in.read(buf, n, buf.length - n);
                boolean eof = r < 0;
                if (!eof) n += r;
                int end = validEnd(buf, n, eof);
                if (end < 0) return false;
                if (eof) return true;
                System.arraycopy(buf, end, buf, 0, n - end);
                n -= end;
            }
        }
    }

    /**
     * Where the whole characters of {@code buf[0, n)} end, all valid UTF-8 (a character cut at {@code n} is left out,
     * and is bad at the end of the input); -1 at a bad byte.
     */
    private static int validEnd(byte[] buf, int n, boolean eof) {
        int i = 0;
        while (i < n) {
            if (i + 8 <= n && ((long) LONGS.get(buf, i) & 0x8080808080808080L) == 0) {
                i += 8;
                continue;
            }
            int b = buf[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int more = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (more < 0) return -1;
            if (i + more >= n) return eof ? -1 : i; // the rest of the character comes with the next read
            int b1 = buf[i + 1] & 0xFF;
            if (b == 0xE0 && b1 < 0xA0 || b == 0xED && b1 > 0x9F || b == 0xF0 && b1 < 0x90 || b == 0xF4 && b1 > 0x8F) return -1;
            for (int k = 1; k <= more; k++) if ((buf[i + k] & 0xC0) != 0x80) return -1;
            i += more + 1;
        }
        return i;
    }

    /** What a {@linkplain #checked checked} stream throws at a byte that is not valid UTF-8. */
    public static final class Malformed extends IOException {
        Malformed() {
            super("bytes that are not valid UTF-8");
        }
    }

    /**
     * {@code in} as it is, checked as strict UTF-8 (as {@link #isValid}) while it is read: a bad byte, or a character
     * cut by the end, throws {@link Malformed} before any byte of its 64 KB block is handed out. A parser reading
     * through it never meets a bad byte, and the file is checked in the same pass that parses it.
     */
    public static java.io.InputStream checked(java.io.InputStream in) {
        return new Checked(in);
    }

    private static final class Checked extends java.io.InputStream {
        private final java.io.InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int n;     // bytes in buf
        private int valid; // buf[0, valid) is whole valid characters
        private int pos;   // the next byte handed out
        private boolean eof;

        Checked(java.io.InputStream in) {
            this.in = in;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) return 0;
            while (pos == valid) {
                if (eof) return -1;
                System.arraycopy(buf, valid, buf, 0, n - valid);
                n -= valid;
                pos = valid = 0;
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) eof = true;
                else n += r;
                int end = validEnd(buf, n, eof);
                if (end < 0) throw new Malformed();
                valid = end;
            }
            int k = Math.min(len, valid - pos);
            System.arraycopy(buf, pos, b, off, k);
            pos += k;
            return k;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
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
