package org.concord.tm;

import java.nio.file.Path;
import org.concord.store.Database;
import org.concord.store.DbLocation;
import org.concord.testing.Stores;

/** Every test of {@link ConcordanceWalkTest}, with the memory in PostgreSQL. */
class ConcordanceWalkOnPostgresTest extends ConcordanceWalkTest {
    @Override
    Database newDatabase() {
        return Stores.openFreshPostgres("concordancewalk");
    }

    @Override
    DbLocation sharedLocation(Path dir) {
        return Stores.freshPostgres("concordancewalk");
    }
}
