package org.concord.tm;

import org.concord.store.Database;
import org.concord.testing.Stores;

/** Every test of {@link TmxExportTest}, with the memory in PostgreSQL. */
class TmxExportOnPostgresTest extends TmxExportTest {
    @Override
    Database newDatabase() {
        return Stores.openFreshPostgres("tmxexport");
    }
}
