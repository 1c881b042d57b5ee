package org.concord.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server the tests run the stores against, beside SQLite. Its URL ({@code postgresql://USER:PASSWORD@
 * HOST:PORT/DB}, a superuser's) comes from $CONCORD_TEST_PG; .ci/run starts a throwaway server and sets it, and
 * {@code .ci/postgres start DIR} does the same by hand. Without one, tests {@link #require} skip with a message, but
 * under CI (where $CI is set) they fail: CI always has a server, and a silent skip there would hide the store.
 */
public final class Postgres {
    private Postgres() {}

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<String> CREATED = new ArrayList<>();

    /** The server's superuser URL, or null when no server is configured. */
    public static String adminUrl() {
        String url = System.getenv("CONCORD_TEST_PG");
        if (url == null || url.isBlank()) url = System.getProperty("concord.test.pg");
        return url == null || url.isBlank() ? null : url.strip();
    }

    /** Skips the calling test when no server is configured (fails instead under CI). */
    public static String require() {
        String url = adminUrl();
        if (url == null && System.getenv("CI") != null) {
            fail("CONCORD_TEST_PG is not set under CI: .ci/run must start PostgreSQL for the store tests");
        }
        assumeTrue(url != null, "skipped: no PostgreSQL server (set CONCORD_TEST_PG=postgresql://USER:PASSWORD@HOST:PORT/DB;"
            + " .ci/postgres start DIR starts one)");
        return url;
    }

    /**
     * A new, empty database on the server, as a concord {@code postgresql://} URL with the superuser's credentials;
     * dropped when the test JVM exits. Skips the calling test when no server is configured.
     */
    public static String freshDatabase(String prefix) {
        String admin = require();
        String name = name(prefix);
        try (Connection c = connect(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + name + "\" ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + hostOf(admin) + ": " + e.getMessage(), e);
        }
        created(admin, name);
        return withDatabase(admin, name);
    }

    /**
     * A new database on the server made as a copy of the database at {@code templateUrl} (CREATE DATABASE ... TEMPLATE:
     * a file copy on the server, much faster than filling it again); dropped when the test JVM exits. The template
     * must have no open connections.
     */
    public static String copyOf(String templateUrl, String prefix) {
        String admin = require();
        String template = URI.create(templateUrl).getPath().substring(1);
        String name = name(prefix);
        for (int attempt = 1; ; attempt++) {
            try (Connection c = connect(admin); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE \"" + name + "\" TEMPLATE \"" + template.replace("\"", "\"\"") + "\"");
                break;
            } catch (SQLException e) {
                // 55006: a server process of a connection just closed on the template has not quite ended yet
                if ("55006".equals(e.getSQLState()) && attempt < 50) {
                    sleep(100);
                    continue;
                }
                throw new IllegalStateException("cannot copy test database " + template + " on " + hostOf(admin) + ": " + e.getMessage(), e);
            }
        }
        created(admin, name);
        return withDatabase(admin, name);
    }

    /** Drops a database made by {@link #freshDatabase} or {@link #copyOf}, closing its connections. */
    public static void drop(String url) {
        String name = URI.create(url).getPath().substring(1);
        try (Connection c = connect(require()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + name.replace("\"", "\"\"") + "\" WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name + ": " + e.getMessage(), e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String name(String prefix) {
        return ("concord_" + prefix.replaceAll("[^A-Za-z0-9]", "_") + "_" + ProcessHandle.current().pid() + "_"
            + COUNTER.incrementAndGet()).toLowerCase(java.util.Locale.ROOT);
    }

    private static void created(String admin, String name) {
        synchronized (CREATED) {
            if (CREATED.isEmpty()) Runtime.getRuntime().addShutdownHook(new Thread(() -> dropCreated(admin)));
            CREATED.add(name);
        }
    }

    /** {@code url} with its database name replaced by {@code database}. */
    public static String withDatabase(String url, String database) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getRawUserInfo() + "@" + u.getHost() + ":" + port(u) + "/" + database;
    }

    /** A plain JDBC connection to a concord {@code postgresql://} URL, for tests that look at the tables themselves. */
    public static Connection connect(String url) throws SQLException {
        URI u = URI.create(url);
        Properties props = new Properties();
        String[] userInfo = u.getRawUserInfo().split(":", 2);
        props.setProperty("user", decode(userInfo[0]));
        if (userInfo.length > 1) props.setProperty("password", decode(userInfo[1]));
        return DriverManager.getConnection("jdbc:postgresql://" + u.getHost() + ":" + port(u) + u.getRawPath(), props);
    }

    private static void dropCreated(String admin) {
        try (Connection c = connect(admin); Statement s = c.createStatement()) {
            synchronized (CREATED) {
                for (String name : CREATED) {
                    try {
                        s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
                    } catch (SQLException ignored) {
                        // the server may be stopping with the run; a throwaway cluster goes with its folder
                    }
                }
            }
        } catch (SQLException ignored) {
            // as above
        }
    }

    private static int port(URI u) {
        return u.getPort() < 0 ? 5432 : u.getPort();
    }

    private static String hostOf(String url) {
        URI u = URI.create(url);
        return u.getHost() + ":" + port(u);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
