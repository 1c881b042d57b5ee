package org.concord.tm;

import org.concord.store.Database;
import org.concord.store.DbLocation;
import org.concord.testing.Stores;

/** Every test of {@link TmxImportTest}, with the memory in PostgreSQL. */
class TmxImportOnPostgresTest extends TmxImportTest {
    @Override
    Database newDatabase() {
        return Stores.openFreshPostgres("tmximport");
    }

    @Override
    DbLocation sharedLocation() {
        return Stores.freshPostgres("tmxshared");
    }
}
