package org.concord.tm;

import java.util.Map;
import org.concord.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh in-memory translation memory for each test. */
abstract class MemoryFixture {
    Database db;
    TranslationMemory tm;

    @BeforeEach
    void openMemory() {
        db = Database.inMemory();
        tm = TranslationMemory.open(db);
    }

    @AfterEach
    void closeMemory() {
        db.close();
    }

    /** An aligned English-French bead of document {@code doc} at {@code pos}. */
    static AlignedUnit bead(String doc, int pos, String en, String fr) {
        return new AlignedUnit(doc, pos, "en", Map.of("en", en, "fr", fr), 0.9);
    }
}
