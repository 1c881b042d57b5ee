package org.concord.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The test server .ci/run provides: a fresh database per call, empty, that takes UTF-8 text in all six languages. */
class PostgresTest {
    @Test
    void freshDatabasesAreEmptyAndSeparate() throws Exception {
        String first = Postgres.freshDatabase("fixture");
        String second = Postgres.freshDatabase("fixture");
        assertThat(first).isNotEqualTo(second);
        try (Connection c = Postgres.connect(first); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (text TEXT)");
            s.execute("INSERT INTO t VALUES ('Совет Безопасности 安全理事会 مجلس الأمن')");
            try (ResultSet rs = s.executeQuery("SELECT text FROM t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Совет Безопасности 安全理事会 مجلس الأمن");
            }
        }
        try (Connection c = Postgres.connect(second); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
