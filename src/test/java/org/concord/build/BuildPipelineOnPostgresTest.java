package org.concord.build;

import org.concord.store.DbLocation;
import org.concord.testing.Stores;

/** Every test of {@link BuildPipelineTest}, building into PostgreSQL. */
class BuildPipelineOnPostgresTest extends BuildPipelineTest {
    private DbLocation database;

    @Override
    DbLocation database() {
        if (database == null) database = Stores.freshPostgres("build");
        return database;
    }
}
