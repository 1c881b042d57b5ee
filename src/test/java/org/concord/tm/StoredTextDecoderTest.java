package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.concord.testing.Shared;
import org.junit.jupiter.api.Test;

/** A concordance hit shows its stored texts exactly as the JDK decodes them, in every script and on bad bytes. */
class StoredTextDecoderTest {
    private final StoredTextDecoder decoder = new StoredTextDecoder();

    @Test
    void everyUnSentenceInSixLanguagesComesBackAsStored() throws Exception {
        for (String lang : List.of("en", "fr", "es", "ru", "ar", "zh")) {
            Path file = Shared.require("corpora/unpc-dev/unpc-dev." + lang);
            for (String line : Files.readAllLines(file)) assertThat(decoder.text(line.getBytes(StandardCharsets.UTF_8))).isEqualTo(line);
        }
    }

    @Test
    void charactersOfEveryLengthAndSurrogatePairsAreDecoded() {
        String text = "a é Ж ح 安 \uD83D\uDE00 z";
        assertThat(decoder.text(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(decoder.text(null)).isEmpty();
        assertThat(decoder.text(new byte[0])).isEmpty();
    }

    @Test
    void malformedBytesAreReplacedAsTheJdkReplacesThem() {
        byte[][] bad = {
            {(byte) 0xC3}, {'a', (byte) 0xC0, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF8, 'x'}, {'x', (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
        for (byte[] b : bad) assertThat(decoder.text(b)).isEqualTo(new String(b, StandardCharsets.UTF_8));
        Random rnd = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[rnd.nextInt(12)];
            rnd.nextBytes(b);
            assertThat(decoder.text(b)).isEqualTo(new String(b, StandardCharsets.UTF_8));
        }
    }
}
