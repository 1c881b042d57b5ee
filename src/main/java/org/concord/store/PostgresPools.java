package org.concord.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.concord.InputException;

/**
 * One HikariCP pool per PostgreSQL database (and credentials) in this process, shared by every {@link Database} open
 * on it and closed with the last: a server opening a Database per request reuses connections, and a one-shot
 * command leaves no pool threads behind.
 */
final class PostgresPools {
    private PostgresPools() {}

    /** Connections a pool keeps at most: a server's request threads, and a batch job's per-thread memories. */
    private static final int MAX_CONNECTIONS = 16;

    private static final class Shared {
        final HikariDataSource source;
        int users;

        Shared(HikariDataSource source) {
            this.source = source;
        }
    }

    private static final Map<DbLocation.Postgres, Shared> POOLS = new HashMap<>();

    /** A Database on a connection of {@code pg}'s pool, made on first use. */
    static Database open(DbLocation.Postgres pg) {
        Shared shared = acquire(pg);
        try {
            Connection c = shared.source.getConnection();
            return Database.postgres(c, pg);
        } catch (SQLException e) {
            release(pg);
            throw cannotConnect(pg, e);
        }
    }

    private static synchronized Shared acquire(DbLocation.Postgres pg) {
        Shared shared = POOLS.get(pg);
        if (shared == null) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("concord " + pg);
            config.setJdbcUrl(pg.jdbcUrl());
            config.setUsername(pg.user());
            // Without a password (in the URL or $PGPASSWORD) the driver looks in ~/.pgpass, or $PGPASSFILE, itself.
            if (pg.password() != null) config.setPassword(pg.password());
            config.setMaximumPoolSize(MAX_CONNECTIONS);
            config.setMinimumIdle(0);
            config.setIdleTimeout(60_000);
            config.setConnectionTimeout(15_000);
            config.addDataSourceProperty("ApplicationName", "concord");
            try {
                // The first connection is made here: a wrong password or an unreachable server fails at once.
                shared = new Shared(new HikariDataSource(config));
            } catch (HikariPool.PoolInitializationException e) {
                throw cannotConnect(pg, e.getCause() instanceof SQLException s ? s : new SQLException(String.valueOf(e.getMessage()), e));
            }
            POOLS.put(pg, shared);
        }
        shared.users++;
        return shared;
    }

    static synchronized void release(DbLocation.Postgres pg) {
        Shared shared = POOLS.get(pg);
        if (shared == null) return;
        if (--shared.users <= 0) {
            POOLS.remove(pg);
            shared.source.close();
        }
    }

    /** One line naming host and database (never the password) and what the server or the network said. */
    static InputException cannotConnect(DbLocation.Postgres pg, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String why = switch (state) {
            case "28P01", "28000" -> "the server refused user '" + pg.user() + "' (wrong password, or no such user)";
            case "3D000" -> "no database '" + pg.database() + "' on that server (create it first: createdb " + pg.database() + ")";
            default -> firstLine(e);
        };
        return new InputException(pg + ": cannot connect to PostgreSQL: " + why, e);
    }

    private static String firstLine(Throwable e) {
        Throwable t = e;
        String m = String.valueOf(t.getMessage());
        // "The connection attempt failed." says less than its cause (an unknown host, a refused port).
        while (t.getCause() != null && t.getCause() != t && (m.contains("attempt failed") || m.equals("null"))) {
            t = t.getCause();
            m = t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
