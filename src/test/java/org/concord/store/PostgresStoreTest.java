package org.concord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.concord.InputException;
import org.concord.testing.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a PostgreSQL database: what is refused (one line naming host and database, never the password) and why. */
class PostgresStoreTest {
    @TempDir Path dir;

    private static DbLocation.Postgres location(String url) {
        return (DbLocation.Postgres) DbLocation.parse(url, Map.of());
    }

    @Test
    void schemasMigrateOnceAndAgainFindNothingToDo() throws Exception {
        DbLocation pg = location(Postgres.freshDatabase("migrate"));
        List<Migration> steps = List.of(Migration.sql("CREATE TABLE a (x INTEGER)"), Migration.sql("CREATE TABLE b (y INTEGER)"));
        try (Database db = Database.open(pg)) {
            assertThat(db.dialect()).isEqualTo(Database.Dialect.POSTGRESQL);
            db.migrate("demo", steps);
            assertThat(db.version("demo")).isEqualTo(2);
        }
        try (Database db = Database.open(pg)) {
            db.migrate("demo", steps);
            assertThat(db.version("demo")).isEqualTo(2);
        }
    }

    @Test
    void aWrongPasswordNamesHostAndDatabaseButNotThePassword() {
        String url = Postgres.freshDatabase("password");
        DbLocation.Postgres good = location(url);
        DbLocation.Postgres wrong = new DbLocation.Postgres(good.user(), "not-the-password-x9", good.host(), good.port(), good.database(), "");
        assertThatThrownBy(() -> Database.open(wrong))
            .isInstanceOf(InputException.class)
            .hasMessageStartingWith(wrong + ": cannot connect to PostgreSQL: the server refused user")
            .hasMessageNotContaining("not-the-password-x9");
    }

    @Test
    void anUnreachableServerIsOneLine() {
        Postgres.require();
        DbLocation pg = location("postgresql://concord:secret-y7@127.0.0.1:55449/nothing");
        assertThatThrownBy(() -> Database.open(pg))
            .isInstanceOf(InputException.class)
            .hasMessageStartingWith("postgresql://concord@127.0.0.1:55449/nothing: cannot connect to PostgreSQL: ")
            .hasMessageNotContaining("secret-y7")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aMissingDatabaseIsNamed() {
        DbLocation.Postgres any = location(Postgres.freshDatabase("missing"));
        DbLocation.Postgres missing = new DbLocation.Postgres(any.user(), any.password(), any.host(), any.port(), "no_such_concord_db", "");
        assertThatThrownBy(() -> Database.open(missing)).isInstanceOf(InputException.class)
            .hasMessageContaining("no database 'no_such_concord_db'");
    }

    @Test
    void aDatabaseOfAnotherApplicationIsRefusedAndLeftAsItWas() throws Exception {
        String url = Postgres.freshDatabase("foreign");
        try (Connection c = Postgres.connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
        }
        assertThatThrownBy(() -> Database.open(location(url)))
            .isInstanceOf(InputException.class)
            .hasMessageContaining("not a Concord database")
            .hasMessageContaining("invoices");
        assertThat(tables(url)).containsExactly("invoices");
    }

    @Test
    void aSchemaNewerThanThisConcordIsRefusedAndNothingChanges() throws Exception {
        String url = Postgres.freshDatabase("newer");
        try (Connection c = Postgres.connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (name VARCHAR(64) PRIMARY KEY, version INTEGER NOT NULL)");
            s.execute("INSERT INTO schema_version VALUES ('tm', 99)");
        }
        try (Database db = Database.open(location(url))) {
            assertThatThrownBy(() -> org.concord.tm.TranslationMemory.open(db))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(location(url) + ": schema 'tm' is version 99, newer than this concord knows");
        }
        assertThat(tables(url)).containsExactly("schema_version");
    }

    @Test
    void withoutAPasswordTheDriverReadsThePgpassFile() throws Exception {
        DbLocation.Postgres withPassword = location(Postgres.freshDatabase("pgpass"));
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, withPassword.host() + ":" + withPassword.port() + ":" + withPassword.database() + ":"
            + withPassword.user() + ":" + withPassword.password() + "\n");
        DbLocation.Postgres without = new DbLocation.Postgres(withPassword.user(), null, withPassword.host(), withPassword.port(),
            withPassword.database(), "");
        String old = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try (Database db = Database.open(without)) {
            assertThat(db.dialect()).isEqualTo(Database.Dialect.POSTGRESQL);
        } finally {
            if (old == null) System.clearProperty("org.postgresql.pgpassfile");
            else System.setProperty("org.postgresql.pgpassfile", old);
        }
    }

    private static List<String> tables(String url) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = Postgres.connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
