package org.concord.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Decompression bombs built in a second instead of by deflating gigabytes: a chunk is deflated once behind a full
 * flush (which starts the next block from an empty dictionary), so the same compressed bytes repeated stand for the
 * chunk repeated. The archives are valid: sizes and CRCs are those of the whole inflated data.
 */
public final class Bombs {
    private Bombs() {}

    /** Raw deflate data and what it inflates to. */
    public record Deflated(byte[] data, long crc, long size) {}

    /** {@code head}, then {@code chunk} {@code times} times, then {@code tail}, deflated. */
    public static Deflated deflate(byte[] head, byte[] chunk, int times, byte[] tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(flushed(head));
        byte[] repeated = flushed(chunk);
        CRC32 crc = new CRC32();
        crc.update(head);
        for (int i = 0; i < times; i++) {
            out.writeBytes(repeated);
            crc.update(chunk);
        }
        crc.update(tail);
        Deflater last = new Deflater(Deflater.BEST_COMPRESSION, true);
        last.setInput(tail);
        last.finish();
        byte[] buf = new byte[1 << 16];
        while (!last.finished()) out.write(buf, 0, last.deflate(buf));
        last.end();
        return new Deflated(out.toByteArray(), crc.getValue(), head.length + (long) chunk.length * times + tail.length);
    }

    private static byte[] flushed(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        int n;
        do {
            n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
            out.write(buf, 0, n);
        } while (n == buf.length || !d.needsInput());
        d.end();
        return out.toByteArray();
    }

    /**
     * A DOCX whose one paragraph holds one text run of {@code times} × {@code chunk} characters; its other parts are
     * those of a minimal Word document.
     */
    public static void docx(Path file, String chunk, int times) throws IOException {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        Map<String, Deflated> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", small("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"));
        parts.put("_rels/.rels", small("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"));
        parts.put("word/document.xml", deflate(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + w + "\"><w:body><w:p><w:r><w:t>")
            .getBytes(StandardCharsets.UTF_8), chunk.getBytes(StandardCharsets.UTF_8), times,
            "</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8)));
        zip(file, parts);
    }

    /** A gzip file (as dictd's .dict.dz) of {@code chunk} repeated {@code times} times. */
    public static void gzip(Path file, byte[] chunk, int times) throws IOException {
        Deflated d = deflate(new byte[0], chunk, times, new byte[0]);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
            out.write(d.data());
            out.write(le(8).putInt((int) d.crc()).putInt((int) d.size()).array());
        }
    }

    private static Deflated small(String text) {
        return deflate(new byte[0], new byte[0], 0, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A ZIP archive of deflated entries, written field by field (ZipOutputStream would deflate the data itself). */
    private static void zip(Path file, Map<String, Deflated> entries) throws IOException {
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        long offset = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (var e : entries.entrySet()) {
                byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
                Deflated d = e.getValue();
                if (d.size() >= 1L << 32) throw new IllegalArgumentException("ZIP64 is not written here");
                ByteBuffer local = le(30).putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8)
                    .putShort((short) 0).putShort((short) 0x21).putInt((int) d.crc()).putInt(d.data().length).putInt((int) d.size())
                    .putShort((short) name.length).putShort((short) 0);
                out.write(local.array());
                out.write(name);
                out.write(d.data());
                ByteBuffer entry = le(46).putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0)
                    .putShort((short) 8).putShort((short) 0).putShort((short) 0x21).putInt((int) d.crc()).putInt(d.data().length)
                    .putInt((int) d.size()).putShort((short) name.length).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset);
                central.writeBytes(entry.array());
                central.writeBytes(name);
                offset += 30 + name.length + d.data().length;
            }
            out.write(central.toByteArray());
            out.write(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(central.size()).putInt((int) offset).putShort((short) 0).array());
        }
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
