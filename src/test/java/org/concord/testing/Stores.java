package org.concord.testing;

import org.concord.store.Database;
import org.concord.store.DbLocation;

/** Databases for the tests that run a store's suite against PostgreSQL as well as SQLite. */
public final class Stores {
    private Stores() {}

    /** A new, empty database on the test server (skips the test without one, fails under CI). */
    public static DbLocation freshPostgres(String prefix) {
        return DbLocation.parse(Postgres.freshDatabase(prefix));
    }

    /** {@link #freshPostgres}, opened. */
    public static Database openFreshPostgres(String prefix) {
        return Database.open(freshPostgres(prefix));
    }
}
