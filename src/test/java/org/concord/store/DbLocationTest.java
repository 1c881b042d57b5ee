package org.concord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.concord.InputException;
import org.junit.jupiter.api.Test;

/** What --db and $CONCORD_DB accept: a file path, or a postgresql:// URL; any other URL is refused, never a file name. */
class DbLocationTest {
    @Test
    void aPlainPathIsASqliteFile() {
        assertThat(DbLocation.parse("concord.db", Map.of())).isEqualTo(new DbLocation.SqliteFile(Path.of("concord.db")));
        assertThat(DbLocation.parse("/srv/data/c.db", Map.of()).isFile()).isTrue();
        assertThat(DbLocation.parse("dir/postgresql.db", Map.of()).isFile()).isTrue();
    }

    @Test
    void aPostgresUrlNamesUserPasswordHostPortAndDatabase() {
        DbLocation.Postgres pg = (DbLocation.Postgres) DbLocation.parse("postgresql://concord:s%40cret@db.example.org:6543/terms", Map.of());
        assertThat(pg.user()).isEqualTo("concord");
        assertThat(pg.password()).isEqualTo("s@cret");
        assertThat(pg.host()).isEqualTo("db.example.org");
        assertThat(pg.port()).isEqualTo(6543);
        assertThat(pg.database()).isEqualTo("terms");
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/terms");
        DbLocation.Postgres plain = (DbLocation.Postgres) DbLocation.parse("postgres://u@[::1]/t?sslmode=require", Map.of());
        assertThat(plain.port()).isEqualTo(5432);
        assertThat(plain.host()).isEqualTo("::1");
        assertThat(plain.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5432/t?sslmode=require");
    }

    @Test
    void printedALocationNeverShowsItsPassword() {
        DbLocation pg = DbLocation.parse("postgresql://concord:hunter2@db:5432/terms", Map.of());
        assertThat(pg.toString()).isEqualTo("postgresql://concord@db:5432/terms").doesNotContain("hunter2");
    }

    @Test
    void thePasswordMayComeFromPgpassword() {
        DbLocation.Postgres pg = (DbLocation.Postgres) DbLocation.parse("postgresql://concord@db/terms", Map.of("PGPASSWORD", "from-env"));
        assertThat(pg.password()).isEqualTo("from-env");
        DbLocation.Postgres url = (DbLocation.Postgres) DbLocation.parse("postgresql://concord:in-url@db/terms", Map.of("PGPASSWORD", "from-env"));
        assertThat(url.password()).as("the URL's own password comes first, as in libpq").isEqualTo("in-url");
        assertThat(((DbLocation.Postgres) DbLocation.parse("postgresql://concord@db/terms", Map.of())).password())
            .as("none: the driver then reads ~/.pgpass").isNull();
    }

    @Test
    void anotherSchemeIsRefusedWithoutItsPassword() {
        assertThatThrownBy(() -> DbLocation.parse("mysql://root:hunter2@db/concord", Map.of()))
            .isInstanceOf(InputException.class)
            .hasMessageContaining("mysql://db/concord")
            .hasMessageContaining("postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME")
            .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DbLocation.parse("http://example.org/concord.db", Map.of())).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> DbLocation.parse("postgresql://u:hunter2@db", Map.of()))
            .as("no database name").isInstanceOf(InputException.class).hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DbLocation.parse("postgresql://u:hun/ter2@db/x", Map.of()))
            .as("an unencoded slash in the password").isInstanceOf(InputException.class).hasMessageNotContaining("ter2");
    }
}
