package org.concord;

import java.util.List;
import org.concord.account.SqlAccountStore;
import org.concord.dictionary.DictionaryStore;
import org.concord.review.SqlReviewStore;
import org.concord.store.Database;
import org.concord.term.Termbase;
import org.concord.tm.TranslationMemory;

/**
 * Every schema a Concord database may hold, by the name it has in schema_version, and the store that makes it (or
 * brings it up to date) when opened. {@code concord db copy} makes in the target the schemas the source has, each
 * through its own store, so the tables are those this version makes on the target's kind of database.
 */
public final class Schemas {
    private Schemas() {}

    public static final List<String> NAMES = List.of("term", "tm", "dictionary", "account", "review");

    /** Makes schema {@code name} in {@code db}, or brings it to this version's newest. */
    public static void make(Database db, String name) {
        switch (name) {
            case "term" -> Termbase.open(db);
            case "tm" -> TranslationMemory.open(db);
            case "dictionary" -> DictionaryStore.open(db);
            case "account" -> new SqlAccountStore(db);
            case "review" -> new SqlReviewStore(db);
            default -> throw new InputException(db + ": holds schema '" + name + "', which this concord does not know ("
                + String.join(", ", NAMES) + "); is it newer?");
        }
    }
}
