package org.concord.read;

import java.util.Locale;
import org.concord.InputException;

/**
 * What one input file may cost before it is refused as hostile: the bytes a compressed input (a DOCX, a dictd
 * {@code .dict.dz}) may inflate to, in all and as a multiple of its own size, and the characters of a single line of
 * plain text or a single text run of a document. The defaults sit far above real UN documents (a 50 MB line of real
 * text reads); each can be changed with a system property, e.g. {@code CONCORD_JAVA_OPTS="-Dconcord.maxLine=512M"}.
 */
public record ReadLimits(long maxUnpackedBytes, int maxRatio, long unpackedFloor, long maxLineChars) {
    public static final ReadLimits DEFAULT = new ReadLimits(1L << 30, 100, 16L << 20, 256L << 20);

    /** The defaults with any of -Dconcord.maxUnpacked, -Dconcord.maxRatio, -Dconcord.maxLine applied. */
    public static ReadLimits current() {
        return new ReadLimits(size("concord.maxUnpacked", DEFAULT.maxUnpackedBytes),
            (int) Math.min(Integer.MAX_VALUE, size("concord.maxRatio", DEFAULT.maxRatio)), DEFAULT.unpackedFloor,
            size("concord.maxLine", DEFAULT.maxLineChars));
    }

    /** The most {@code packedBytes} of compressed input may inflate to: the ratio limit (never below the floor), capped. */
    public long unpackedCap(long packedBytes) {
        long byRatio = packedBytes > Long.MAX_VALUE / maxRatio ? Long.MAX_VALUE : packedBytes * maxRatio;
        return Math.min(maxUnpackedBytes, Math.max(unpackedFloor, byRatio));
    }

    /** A byte count as people read it: "1 GB", "140 MB", "512 KB", "300 bytes". */
    public static String bytes(long n) {
        if (n >= 1L << 30 && n % (1L << 30) == 0) return (n >> 30) + " GB";
        if (n >= 1L << 20) return n % (1L << 20) == 0 ? (n >> 20) + " MB" : String.format(Locale.ROOT, "%.1f MB", n / 1048576.0);
        if (n >= 1L << 10) return (n >> 10) + " KB";
        return n + " bytes";
    }

    private static long size(String property, long fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) return fallback;
        String s = v.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (s.endsWith("K")) unit = 1L << 10;
        else if (s.endsWith("M")) unit = 1L << 20;
        else if (s.endsWith("G")) unit = 1L << 30;
        if (unit > 1) s = s.substring(0, s.length() - 1);
        try {
            long n = Long.parseLong(s);
            if (n > 0 && n <= Long.MAX_VALUE / unit) return n * unit;
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InputException("-D" + property + "=" + v + ": not a positive size (a number, optionally with K, M or G)");
    }
}
