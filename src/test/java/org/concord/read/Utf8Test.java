package org.concord.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8Test {
    @TempDir Path dir;

    @Test
    void fastCheckAgreesWithTheStrictDecoder() throws Exception {
        // Texts in six scripts with bytes flipped at random, cut anywhere, and the classic bad forms (overlong,
        // surrogate, above U+10FFFF, lone continuation, cut sequence), some across the 64 KiB read boundary.
        String text = "Résolution 2/3 — Резолюция — قرار — 决议 𝄞 ok. ".repeat(3000);
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        assertThat(agrees(good, 0)).isTrue();
        Random rnd = new Random(5);
        for (int t = 0; t < 300; t++) {
            byte[] b = java.util.Arrays.copyOf(good, 1 + rnd.nextInt(good.length));
            if (t % 2 == 0) b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            agrees(b, 0);
        }
        byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xE6, (byte) 0x84}, {(byte) 0xF5, (byte) 0x80}};
        for (byte[] b : bad) {
            for (int at : new int[] {0, 65_534, 65_535, 100_000}) {
                byte[] file = java.util.Arrays.copyOf(good, at + b.length + 10);
                java.util.Arrays.fill(file, at, file.length, (byte) 'a');
                System.arraycopy(b, 0, file, at, b.length);
                assertThat(agrees(file, 0)).as("bad form at %d", at).isFalse();
            }
        }
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertThat(agrees(bom, 3)).isTrue();
    }

    /** Asserts the fast check and the JDK's strict decoder agree on {@code bytes}; returns their verdict. */
    private boolean agrees(byte[] bytes, int skip) throws Exception {
        Path f = dir.resolve("t.txt");
        Files.write(f, bytes);
        boolean strict;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
            strict = true;
        } catch (CharacterCodingException e) {
            strict = false;
        }
        assertThat(Utf8.isValid(f, skip)).isEqualTo(strict);
        // Read through a checked stream in reads of odd sizes: the same bytes when valid, Malformed when not.
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        boolean checked = true;
        try (java.io.InputStream in = Utf8.checked(new java.io.ByteArrayInputStream(bytes, skip, bytes.length - skip))) {
            byte[] buf = new byte[7919];
            for (int n; (n = in.read(buf, 0, 1 + read.size() % buf.length)) >= 0; ) read.write(buf, 0, n);
        } catch (Utf8.Malformed e) {
            checked = false;
        }
        assertThat(checked).isEqualTo(strict);
        if (strict) assertThat(read.toByteArray()).isEqualTo(java.util.Arrays.copyOfRange(bytes, skip, bytes.length));
        return strict;
    }
}
