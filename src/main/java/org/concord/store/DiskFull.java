package org.concord.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.sqlite.SQLiteErrorCode;

/**
 * Recognises a full disk behind a failure, wherever it was wrapped: SQLite's SQLITE_FULL ("database or disk is
 * full") or the operating system's ENOSPC ("No space left on device") on a file being written.
 */
public final class DiskFull {
    private DiskFull() {}

    public static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return search(failure, seen);
    }

    private static boolean search(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) return false;
        if (is(t)) return true;
        for (Throwable s : t.getSuppressed()) {
            if (search(s, seen)) return true;
        }
        return search(t.getCause(), seen);
    }

    private static boolean is(Throwable t) {
        String m = String.valueOf(t.getMessage());
        if (t instanceof SQLException e) {
            return (e.getErrorCode() & 0xff) == SQLiteErrorCode.SQLITE_FULL.code
                || m.contains("SQLITE_FULL") || m.contains("database or disk is full");
        }
        return (t instanceof IOException || t instanceof java.io.UncheckedIOException)
            && m.contains("No space left on device");
    }
}
