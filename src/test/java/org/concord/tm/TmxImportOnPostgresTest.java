package org.concord.tm;

import java.nio.file.Path;
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

    /** The server ends the session in the middle of an import: nothing of it is kept, and the failure says why. */
    @org.junit.jupiter.api.Test
    void aLostConnectionRollsTheImportBack() throws Exception {
        String url = org.concord.testing.Postgres.freshDatabase("lost");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10_500; i++) b.append(tu(null, "Sentence number " + i + ".", "Phrase numéro " + i + "."));
        Path file = tmx(b.toString());
        DbLocation location = DbLocation.parse(url);
        try (Database own = Database.open(location)) {
            TranslationMemory memory = TranslationMemory.open(own);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> memory.importTmx(file, OnDuplicate.SKIP, "t", read -> {
                    try (java.sql.Connection admin = org.concord.testing.Postgres.connect(url);
                         java.sql.PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                             + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
                        kill.executeQuery().close();
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(org.concord.store.ConnectionLost.causedBy(e)).as(e.toString()).isTrue());
        }
        try (Database after = Database.open(location)) {
            org.assertj.core.api.Assertions.assertThat(TranslationMemory.open(after).size()).isZero();
        }
    }
}
