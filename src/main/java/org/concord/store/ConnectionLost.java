package org.concord.store;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recognises a lost connection to PostgreSQL behind a failure, wherever it was wrapped: SQLSTATE class 08
 * (connection exception) or 57P01-57P03 (the server shut down or ended the session). The server rolls back the
 * transaction a lost connection leaves unfinished, so nothing of the work was kept.
 */
public final class ConnectionLost {
    private ConnectionLost() {}

    public static boolean causedBy(Throwable failure) {
        return search(failure, new IdentityHashMap<>());
    }

    private static boolean search(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) return false;
        if (t instanceof SQLException e && e.getSQLState() != null) {
            String state = e.getSQLState();
            if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (search(s, seen)) return true;
        }
        return search(t.getCause(), seen);
    }
}
