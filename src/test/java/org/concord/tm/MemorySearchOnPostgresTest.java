package org.concord.tm;

import org.concord.store.Database;
import org.concord.testing.Stores;

/** Every test of {@link MemorySearchTest}, with the memory in PostgreSQL. */
class MemorySearchOnPostgresTest extends MemorySearchTest {
    @Override
    Database newDatabase() {
        return Stores.openFreshPostgres("memorysearch");
    }
}
