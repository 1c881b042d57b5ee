package org.concord.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** One step of a schema's history, run once inside the transaction that records it (see {@link Database#migrate}). */
@FunctionalInterface
public interface Migration {
    void apply(Connection c) throws SQLException;

    /** A step written as SQL statements separated by ';'. */
    static Migration sql(String script) {
        return c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : script.split(";")) {
                    if (!sql.isBlank()) s.execute(sql);
                }
            }
        };
    }

    /** SQL statements, then code for what SQL cannot say (such as re-encoding blobs). */
    static Migration sqlThen(String script, Migration then) {
        return c -> {
            sql(script).apply(c);
            then.apply(c);
        };
    }
}
