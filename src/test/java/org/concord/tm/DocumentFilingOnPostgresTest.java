package org.concord.tm;

import org.concord.store.Database;
import org.concord.testing.Stores;

/** Every test of {@link DocumentFilingTest}, with the memory in PostgreSQL. */
class DocumentFilingOnPostgresTest extends DocumentFilingTest {
    @Override
    Database newDatabase() {
        return Stores.openFreshPostgres("documentfiling");
    }
}
