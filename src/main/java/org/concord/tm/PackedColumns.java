package org.concord.tm;

import java.nio.charset.StandardCharsets;

/**
 * Several nullable text columns read as one value: SQLite joins each as its UTF-8 length, a space and its bytes, or
 * "-" for NULL ({@link #sql}), and {@link #next} takes them apart again in order. An export reads ten columns a unit
 * this way in one call into the driver instead of ten: the calls, not SQLite's work, were most of reading the units.
 */
final class PackedColumns {
    private byte[] b;
    private int pos;
    private int len; // of the column advance() last moved past

    /** The SQL expression of {@code columns} packed into one text value. */
    static String sql(String... columns) {
        StringBuilder s = new StringBuilder();
        for (String c : columns) {
            if (!s.isEmpty()) s.append(" || ");
            s.append("coalesce(octet_length(").append(c).append(") || ' ' || ").append(c).append(", '-')");
        }
        return s.toString();
    }

    /** Starts on a packed value as the driver gives it (its UTF-8 bytes). */
    PackedColumns of(byte[] packed) {
        b = packed;
        pos = 0;
        return this;
    }

    /** The next column's value, null where it was NULL. */
    String next() {
        int at = advance();
        return at < 0 ? null : new String(b, at, len, StandardCharsets.UTF_8);
    }

    /** As {@link #next}, the same String each time a value comes again among a few (codes: languages, origins). */
    String nextCode(CodeCache codes) {
        int at = advance();
        return at < 0 ? null : codes.get(b, at, at + len);
    }

    /** Moves past the next column: where its bytes start ({@link #len} of them), or -1 where it was NULL. */
    private int advance() {
        int at = pos;
        if (b[at] == '-') {
            pos = at + 1;
            return -1;
        }
        int n = 0;
        for (byte c; (c = b[at++]) != ' '; ) n = n * 10 + (c - '0');
        len = n;
        pos = at + n;
        return at;
    }
}
