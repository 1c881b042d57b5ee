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

    /** An aligned English-French bead of document {@code doc} at {@code pos}. */
    static AlignedUnit bead(String doc, int pos, String en, String fr) {
        return new AlignedUnit(doc, pos, "en", Map.of("en", en, "fr", fr), 0.9);
    }
}
