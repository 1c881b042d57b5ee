package org.concord.web;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.concord.store.Database;
import org.concord.term.OnConflict;
import org.concord.term.Termbase;
import org.concord.tm.OnDuplicate;
import org.concord.tm.TranslationMemory;

/** A Concord database holding the real termbase and memory, imported from the small TBX and TMX beside this class. */
public final class RealData {
    private RealData() {}

    public static Path resource(String name) {
        try {
            return Path.of(RealData.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports sample.tbx and sample.tmx into the database file {@code db} (created), the way the CLI's imports do. */
    public static Path database(Path db) {
        try (Database database = Database.open(db); Termbase termbase = Termbase.open(database)) {
            termbase.importFile(resource("sample.tbx"), OnConflict.REPLACE);
            TranslationMemory.open(database).importTmx(resource("sample.tmx"), OnDuplicate.SKIP, "test");
        }
        return db;
    }
}
