package org.concord.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.concord.InputException;

/**
 * Compressed input checked before anything inflates it for real: the bytes are counted as they inflate (the sizes
 * an archive declares can lie) and reading stops as soon as they pass the {@link ReadLimits}, so a zip bomb is refused
 * in one line instead of filling the heap.
 */
public final class Archives {
    private Archives() {}

    /**
     * Inflates every entry of the ZIP archive {@code file} (a DOCX) once, counting, and refuses it when all of them
     * together inflate to more than the limits allow for its size.
     */
    static void checkZip(Path file, String name, ReadLimits limits) throws IOException {
        long cap = limits.unpackedCap(Files.size(file));
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buf)) > 0; ) {
                        total += n;
                        if (total > cap) throw bomb(name, cap, Files.size(file), limits);
                    }
                }
            }
        } catch (ZipException e) {
            throw Sniff.unsupported(name, "damaged ZIP archive (" + e.getMessage() + ")");
        }
    }

    /**
     * All of the gzip file {@code file} (a dictd {@code .dict.dz}), inflated; refused like a zip bomb when it inflates
     * to more than the limits allow. It is inflated twice, first only counting, so a bomb never takes memory.
     */
    public static byte[] gunzip(Path file, ReadLimits limits) throws IOException {
        long cap = limits.unpackedCap(Files.size(file));
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > cap) throw bomb(file.toString(), cap, Files.size(file), limits);
            }
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static InputException bomb(String name, long cap, long packed, ReadLimits limits) {
        String why = cap == limits.maxUnpackedBytes() ? "the limit of " + ReadLimits.bytes(cap)
            : ReadLimits.bytes(cap) + ", over " + limits.maxRatio() + " times its " + ReadLimits.bytes(packed);
        return new InputException(name + ": refused: decompresses to more than " + why + " (zip bomb?)");
    }
}
