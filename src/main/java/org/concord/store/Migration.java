package org.concord.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** One step of a schema's history, run once inside the transaction that records it (see {@link Database#migrate}). */
@FunctionalInterface
public interface Migration {
    void apply(Connection c) throws SQLException;

    /** A step written as SQL statements separated by ';'. */
    static Migration sql(String script) {
        return c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : script.split(";")) {
                    if (!sql.isBlank()) s.execute(sql);
                }
            }
        };
    }

    /**
     * The SQL script in resource {@code name} beside {@code owner}, whole-line "--" comments left out (a comment may
     * hold a ';', which would split a statement).
     */
    static String script(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.strip().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A step written as the SQL script in resource {@code name} beside {@code owner}; on PostgreSQL, the script
     * {@code name.pg.sql} instead when there is one (where the SQL must differ: identity columns, BYTEA, no PRAGMA).
     */
    static Migration sqlResource(Class<?> owner, String name) {
        String sqlite = script(owner, name);
        String pgName = name.replaceFirst("\\.sql$", ".pg.sql");
        String postgres = owner.getResource(pgName) != null ? script(owner, pgName) : sqlite;
        return sql(sqlite, postgres);
    }

    /** A step written in SQL, said differently on PostgreSQL. */
    static Migration sql(String sqliteScript, String postgresScript) {
        return c -> sql(isPostgres(c) ? postgresScript : sqliteScript).apply(c);
    }

    /** As {@link #sqlResource}, then code for what SQL cannot say. */
    static Migration sqlResourceThen(Class<?> owner, String name, Migration then) {
        Migration script = sqlResource(owner, name);
        return c -> {
            script.apply(c);
            then.apply(c);
        };
    }

    /** Whether {@code c} is a connection to PostgreSQL (else SQLite). */
    static boolean isPostgres(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }

    /** SQL statements, then code for what SQL cannot say (such as re-encoding blobs). */
    static Migration sqlThen(String script, Migration then) {
        return c -> {
            sql(script).apply(c);
            then.apply(c);
        };
    }

    /**
     * A step that makes again a table other tables refer to (SQLite cannot drop a UNIQUE column, for one): with
     * foreign keys on, dropping the old table would delete the rows referring to it. {@link Database#migrate} turns
     * them off around this step's transaction, and the step checks every reference before it commits.
     */
    static Migration withoutForeignKeys(Migration step) {
        return new WithoutForeignKeys(step);
    }

    /** See {@link #withoutForeignKeys}. */
    record WithoutForeignKeys(Migration step) implements Migration {
        @Override
        public void apply(Connection c) throws SQLException {
            step.apply(c);
            if (isPostgres(c)) return; // PostgreSQL checked every reference as the step changed the tables
            try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                if (rs.next()) throw new SQLException("a row of " + rs.getString(1) + " refers to a missing row of " + rs.getString(3));
            }
        }
    }
}
