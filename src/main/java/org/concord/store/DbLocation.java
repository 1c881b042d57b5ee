package org.concord.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a Concord database lives, as given to {@code --db} or in $CONCORD_DB: a SQLite file (any plain path), or a
 * PostgreSQL database ({@code postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME}). A value with another URL scheme is
 * refused, never taken for a file name. Printed, a location never shows its password.
 */
public sealed interface DbLocation {

    /** The environment variable that names the database when --db is not given. */
    String ENVIRONMENT = "CONCORD_DB";

    /** What --db takes, for help texts and refusals. */
    String FORMS = "a file path (SQLite) or postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME";

    /** A SQLite database file. */
    record SqliteFile(Path path) implements DbLocation {
        @Override
        public String toString() {
            return path.toString();
        }

        @Override
        public boolean isFile() {
            return true;
        }

        @Override
        public Path outputFolder() {
            Path parent = path.toAbsolutePath().getParent();
            return parent == null ? Path.of("out") : parent.resolve("out");
        }
    }

    /**
     * A PostgreSQL database. {@code password} is null when the URL has none: then $PGPASSWORD, else the driver's own
     * reading of ~/.pgpass (or $PGPASSFILE); {@code query} is the URL's query (driver options such as sslmode=require)
     * or empty.
     */
    record Postgres(String user, String password, String host, int port, String database, String query) implements DbLocation {
        /** The URL without the password: what messages and logs show. */
        @Override
        public String toString() {
            return "postgresql://" + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
        }

        /** The JDBC URL, without user and password (given to the driver apart). */
        public String jdbcUrl() {
            return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20")
                + (query.isEmpty() ? "" : "?" + query);
        }

        @Override
        public boolean isFile() {
            return false;
        }

        /** Reports have no database file to sit beside: they go to ./out. */
        @Override
        public Path outputFolder() {
            return Path.of("out");
        }
    }

    /** Whether this is a SQLite file (one that may not exist yet). */
    boolean isFile();

    /** The folder the main job writes its TMX and reports to, and where {@code concord serve} looks for the latest. */
    Path outputFolder();

    /** The SQLite file (only for a {@link SqliteFile}). */
    default Path file() {
        if (this instanceof SqliteFile f) return f.path();
        throw new IllegalStateException(this + " is not a SQLite file");
    }

    /** A SQLite file. */
    static DbLocation of(Path file) {
        return new SqliteFile(file);
    }

    /** Parses a --db value, reading $PGPASSWORD for a PostgreSQL URL without a password. */
    static DbLocation parse(String value) {
        return parse(value, System.getenv());
    }

    /** As {@link #parse(String)}, with the environment given (tests). */
    static DbLocation parse(String value, Map<String, String> env) {
        return DbUrls.parse(value, env);
    }
}
