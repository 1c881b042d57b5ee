package org.concord.term;

import org.concord.store.Database;
import org.concord.testing.Stores;

/** Every test of {@link TermbaseTest}, with the termbase in PostgreSQL. */
class TermbaseOnPostgresTest extends TermbaseTest {
    @Override
    Database newDatabase() {
        return Stores.openFreshPostgres("termbase");
    }
}
