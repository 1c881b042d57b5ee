package org.concord.tm;

import java.util.Map;
import org.concord.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh translation memory for each test: in SQLite (in memory), or, in the subclasses that run the same tests
 * against PostgreSQL, in a new database of the test server.
 */
abstract class MemoryFixture {
    Database db;
    TranslationMemory tm;

    /** The database a test's memory lives in. */
    Database newDatabase() {
        return Database.inMemory();
    }

    @BeforeEach
    void openMemory() {
        db = newDatabase();
        tm = TranslationMemory.open(db);
    }

    @AfterEach
    void closeMemory() {
        if (db != null) db.close(); // null when the test was skipped for want of a PostgreSQL server
    }

    /**
     * A store on the test's database whose index has read the English word arena in this call (as fuzzy lookups leave
     * it), or, without, never reads one.
     */
    UnitStore storeWithEnglishArena(boolean withArena) {
        return storeWithEnglishArena(withArena, WordArena.PASS_CHUNK);
    }

    /** As {@link #storeWithEnglishArena(boolean)}, its arena read {@code passChunk} units a statement. */
    UnitStore storeWithEnglishArena(boolean withArena, int passChunk) {
        UnitStore store = UnitStore.open(db);
        store.index.arenas.passChunk = passChunk;
        store.index.arenas.afterCandidates = withArena ? 0 : Long.MAX_VALUE;
        store.index.arenas.reading = Arenas.Reading.IN_THE_LOOKUP;
        if (withArena) {
            // As a fuzzy lookup does: the index first checks the memory's version (the first check drops all it holds).
            WordArena arena = store.query(() -> {
                store.index.refresh();
                return store.index.arena("en");
            });
            org.assertj.core.api.Assertions.assertThat(arena).as("arena read").isNotNull();
        }
        return store;
    }

    /** An aligned English-French bead of document {@code doc} at {@code pos}. */
    static AlignedUnit bead(String doc, int pos, String en, String fr) {
        return new AlignedUnit(doc, pos, "en", Map.of("en", en, "fr", fr), 0.9);
    }
}
