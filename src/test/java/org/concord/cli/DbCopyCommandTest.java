package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.concord.account.SqlAccountStore;
import org.concord.review.Edit;
import org.concord.review.SqlReviewStore;
import org.concord.review.TermEditing;
import org.concord.store.Database;
import org.concord.term.ConceptEditor;
import org.concord.term.Termbase;
import org.concord.testing.UnpcTmx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCopyCommandTest {
    @TempDir Path dir;

    /** A database using every schema: memory, termbase, dictionary, an account and a reviewed edit. */
    private Path everySchema() throws Exception {
        return everySchema(dir);
    }

    /** As {@link #everySchema()}, in {@code dir}. */
    static Path everySchema(Path dir) throws Exception {
        Path db = dir.resolve("from.db");
        Path tmx = UnpcTmx.write(dir.resolve("u.tmx"), 0, 60, "u");
        assertThat(MainTest.run("tm", "import", tmx.toString(), "--db", db.toString()).exit()).isZero();
        assertThat(MainTest.run("term", "import", "src/test/resources/org/concord/term/sample.tbx", "--db", db.toString()).exit()).isZero();
        Path dic = Path.of(DbCopyCommandTest.class.getResource("/org/concord/dictionary/deu-fra-sample.tei").toURI());
        assertThat(MainTest.run("dictionary", "import", dic.toString(), "--src", "de", "--tgt", "fr", "--db", db.toString()).exit()).isZero();
        try (Database d = Database.open(db)) {
            new SqlAccountStore(d); // the accounts schema; the row is written directly, as hashing a password takes seconds
            try (var ps = d.connection().prepareStatement("INSERT INTO account(name, role, password_hash, created_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, "ada");
                ps.setString(2, "admin");
                ps.setString(3, "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA");
                ps.setString(4, "2026-12-06T07:00:00Z");
                ps.executeUpdate();
            }
            TermEditing editing = new TermEditing(new ConceptEditor(Termbase.open(d)), new SqlReviewStore(d));
            editing.apply(new Edit(Edit.Op.CREATE_CONCEPT, "copy-1", null, null, null, null, null, "law", "A concept made for the copy.", null),
                "ada", null, null);
        }
        return db;
    }

    @Test
    void aCopyHoldsEveryTableAndExportsTheSameTmxAndTbx() throws Exception {
        Path from = everySchema();
        Path to = dir.resolve("sub/to.db");

        MainTest.Run r = MainTest.run("db", "copy", "--from", from.toString(), "--to", to.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(to + ": ").contains("rows copied from " + from);

        Map<String, Long> before = counts(from);
        assertThat(before).containsKeys("tm_unit", "concept", "dictionary_entry", "account", "concept_change");
        assertThat(before.values()).allMatch(n -> n >= 0);
        assertThat(counts(to)).isEqualTo(before);
        assertThat(export(from, "tm")).isEqualTo(export(to, "tm"));
        assertThat(export(from, "term")).isEqualTo(export(to, "term"));
        assertThat(MainTest.run("user", "list", "--db", to.toString()).out()).contains("ada");
        try (Database d = Database.open(to)) {
            assertThat(new TermEditing(new ConceptEditor(Termbase.open(d)), new SqlReviewStore(d)).history("copy-1")).hasSize(1);
        }
        try (Stream<Path> left = Files.list(to.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).as("no temporary file left").containsExactly("to.db");
        }
    }

    @Test
    void aNonEmptyTargetOrAForeignSourceIsRefusedWithExitTwo() throws Exception {
        Path from = dir.resolve("from.db");
        Path tmx = UnpcTmx.write(dir.resolve("u.tmx"), 0, 5, "u");
        assertThat(MainTest.run("tm", "import", tmx.toString(), "--db", from.toString()).exit()).isZero();
        Path other = dir.resolve("other.db");
        assertThat(MainTest.run("tm", "import", tmx.toString(), "--db", other.toString()).exit()).isZero();

        MainTest.Run full = MainTest.run("db", "copy", "--from", from.toString(), "--to", other.toString());
        assertThat(full.exit()).isEqualTo(2);
        assertThat(full.err()).isEqualTo("concord: " + other + ": exists and is not empty; db copy writes only into a new or empty database\n");

        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a database");
        assertThat(MainTest.run("db", "copy", "--from", from.toString(), "--to", notes.toString()).exit()).isEqualTo(2);
        assertThat(Files.readString(notes)).as("another file is never overwritten").isEqualTo("not a database");

        MainTest.Run foreign = MainTest.run("db", "copy", "--from", notes.toString(), "--to", dir.resolve("x.db").toString());
        assertThat(foreign.exit()).isEqualTo(2);
        assertThat(foreign.err()).startsWith("concord: " + notes + ": not a SQLite database").hasLineCount(1);
        assertThat(dir.resolve("x.db")).doesNotExist();

        Path empty = dir.resolve("empty.db");
        Files.createFile(empty);
        assertThat(MainTest.run("db", "copy", "--from", from.toString(), "--to", empty.toString()).exit()).as("an empty file is a new database").isZero();
        assertThat(counts(empty)).isEqualTo(counts(from));
    }

    static Map<String, Long> counts(Path db) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + t + "\"")) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** The TMX or TBX export of {@code db}, its creation date (the one thing that differs by the clock) left out. */
    private String export(Path db, String what) throws Exception {
        return export(dir, db.toString(), what);
    }

    /** As {@link #export(Path, String)} for the database --db names. */
    static String export(Path dir, String db, String what) throws Exception {
        Path out = Files.createTempFile(dir, what, what.equals("tm") ? ".tmx" : ".tbx");
        MainTest.Run r = what.equals("tm")
            ? MainTest.run("tm", "export", "-o", out.toString(), "--db", db)
            : MainTest.run("term", "export", "--format", "tbx", "-o", out.toString(), "--db", db);
        assertThat(r.exit()).as(r.err()).isZero();
        return Files.readString(out).replaceAll("creationdate=\"[^\"]*\"", "");
    }
}
