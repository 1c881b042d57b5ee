package org.concord.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir Path dir;

    @Test
    void aNewFileIsSharedThroughTheWalWithLargerPages() throws Exception {
        try (Database db = Database.open(dir.resolve("new.db"))) {
            assertThat(pragma(db.connection(), "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db.connection(), "page_size")).isEqualTo("8192");
        }
    }

    @Test
    void aFileWrittenBeforeKeepsItsPagesAndDataAndJoinsTheWal() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // A Concord file of an earlier version (it has schema_version), written with SQLite's default pages.
            s.execute("CREATE TABLE schema_version (name TEXT PRIMARY KEY, version INTEGER NOT NULL)");
            s.execute("CREATE TABLE t (x TEXT)");
            s.execute("INSERT INTO t VALUES ('kept')");
        }
        try (Database db = Database.open(file)) {
            assertThat(pragma(db.connection(), "page_size")).isEqualTo("4096");
            assertThat(pragma(db.connection(), "journal_mode")).isEqualTo("wal");
            try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT x FROM t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("kept");
            }
        }
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
