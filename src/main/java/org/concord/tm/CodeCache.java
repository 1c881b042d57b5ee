package org.concord.tm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Short values read again and again as UTF-8 bytes (language codes, origins: a memory holds a few), kept as one String
 * each, so six hundred variants a search, or ten million an export, do not make a copy of a code each.
 */
final class CodeCache {
    private static final int SIZE = 32;
    private final byte[][] bytes = new byte[SIZE][];
    private final String[] strings = new String[SIZE];
    private int count;

    /** The value of bytes {@code from} to {@code to} of {@code b}. */
    String get(byte[] b, int from, int to) {
        for (int i = 0; i < count; i++) if (Arrays.equals(bytes[i], 0, bytes[i].length, b, from, to)) return strings[i];
        String s = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (count < SIZE) {
            bytes[count] = Arrays.copyOfRange(b, from, to);
            strings[count++] = s;
        }
        return s;
    }
}
