package org.concord.cli;

import org.concord.InputException;
import org.concord.store.DbLocation;
import picocli.CommandLine;

/**
 * How commands take --db: a SQLite file or a postgresql:// URL, by default $CONCORD_DB, else concord.db. Help texts
 * never show the default's value: $CONCORD_DB may hold a password.
 */
final class DbOption {
    private DbOption() {}

    static final String DEFAULT = "${env:" + DbLocation.ENVIRONMENT + ":-concord.db}";
    static final String LABEL = "DB";
    static final String FORMS = " DB is a SQLite file or postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME"
        + " (default: $CONCORD_DB, else concord.db).";

    /** Parses --db; a refusal names the value without its password. */
    static final class Converter implements CommandLine.ITypeConverter<DbLocation> {
        @Override
        public DbLocation convert(String value) {
            try {
                return DbLocation.parse(value);
            } catch (InputException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Refuses a SQLite file that does not exist (a PostgreSQL database is checked when it is opened). */
    static void requireExisting(DbLocation db, String hint) {
        if (db.isFile() && !java.nio.file.Files.exists(db.file())) throw new InputException(db + ": " + hint);
    }
}
