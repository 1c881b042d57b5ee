package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.concord.testing.DbProbe;
import org.concord.testing.UnpcTmx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk: a small tmpfs (mounted only when running as root) holds the database and the output; a filler file
 * leaves too little room for the work. Each command then says "disk full: …" on one line, exits 2, and leaves the
 * database as it was and no partial output.
 */
class DiskFullTest {
    private static final long SLACK = 128 * 1024;

    @TempDir static Path mount;
    private static boolean mounted;
    @TempDir Path scratch;
    private Path disk;
    private Path db;

    @BeforeAll
    static void mountSmallDisk() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "skipped: mounting a small tmpfs needs root");
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", mount.toString())
            .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes()).strip();
        mounted = p.waitFor() == 0;
        assumeTrue(mounted, "skipped: cannot mount a tmpfs here (" + said + ")");
    }

    @AfterAll
    static void unmount() throws Exception {
        if (mounted) new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
    }

    @BeforeEach
    void freshFolder() throws IOException {
        disk = Files.createTempDirectory(mount, "case");
        db = disk.resolve("c.db");
    }

    /** Imports {@code tmx} with the disk filled: refused in one line, exit 2, the database whole. */
    private void importOntoAFullDisk(Path tmx) throws Exception {
        Path filler = fill();
        MainTest.Run r = MainTest.run("tm", "import", tmx.toString(), "--db", db.toString());
        Files.delete(filler);

        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("concord: disk full: " + db + ": nothing was imported").hasLineCount(1);
        assertThat(DbProbe.integrity(db)).isEqualTo("ok");
    }

    @Test
    void tmImportOntoAFullDiskImportsNothing() throws Exception {
        Path small = UnpcTmx.write(scratch.resolve("small.tmx"), 0, 20, "a");
        Path big = UnpcTmx.write(scratch.resolve("big.tmx"), 20, 600, "b");
        assertThat(MainTest.run("tm", "import", small.toString(), "--db", db.toString()).exit()).isZero();

        importOntoAFullDisk(big);
        assertThat(DbProbe.count(db, "tm_unit")).isEqualTo(20);
        assertThat(MainTest.run("tm", "import", small.toString(), "--db", db.toString()).out())
            .as("the database still works").contains("20 units read, 0 added");
    }

    @Test
    void tmImportIntoAnEmptyMemoryOntoAFullDiskImportsNothing() throws Exception {
        // An import into an empty memory runs with the rollback journal (one copy on disk): a full disk must still
        // leave the file as it was, and the file must be back in WAL mode for the next write.
        Path none = UnpcTmx.write(scratch.resolve("none.tmx"), 0, 0, "a");
        Path small = UnpcTmx.write(scratch.resolve("small.tmx"), 0, 20, "a");
        Path big = UnpcTmx.write(scratch.resolve("big.tmx"), 20, 600, "b");
        assertThat(MainTest.run("tm", "import", none.toString(), "--db", db.toString()).exit()).isZero();

        importOntoAFullDisk(big);
        assertThat(DbProbe.count(db, "tm_unit")).isZero();
        assertThat(Files.exists(Path.of(db + "-journal"))).as("no rollback journal left behind").isFalse();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
        assertThat(MainTest.run("tm", "import", small.toString(), "--db", db.toString()).out())
            .as("the database still works").contains("20 units read, 20 added");
    }

    @Test
    void termImportOntoAFullDiskImportsNothing() throws Exception {
        Path small = UnpcTmx.write(scratch.resolve("small.tmx"), 0, 20, "a");
        assertThat(MainTest.run("tm", "import", small.toString(), "--db", db.toString()).exit()).isZero();

        Path filler = fill();
        MainTest.Run r = MainTest.run("term", "import", "termbase/un-terms.tbx", "--db", db.toString());
        Files.delete(filler);

        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("concord: disk full: " + db + ": nothing was imported").hasLineCount(1);
        assertThat(DbProbe.integrity(db)).isEqualTo("ok");
        assertThat(DbProbe.count(db, "concept")).isZero();
        assertThat(DbProbe.count(db, "tm_unit")).isEqualTo(20);
    }

    @Test
    void buildOntoAFullDiskStoresNothing() throws Exception {
        Path small = UnpcTmx.write(scratch.resolve("small.tmx"), 0, 20, "a");
        assertThat(MainTest.run("tm", "import", small.toString(), "--db", db.toString()).exit()).isZero();

        Path filler = fill();
        MainTest.Run r = MainTest.run("build", ".", "--db", db.toString());
        Files.delete(filler);

        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("concord: disk full: ").contains("nothing was written").hasLineCount(1);
        assertThat(DbProbe.integrity(db)).isEqualTo("ok");
        assertThat(DbProbe.count(db, "concept")).as("the termbase and the memory change together or not at all").isZero();
        assertThat(DbProbe.count(db, "tm_unit")).isEqualTo(20);
    }

    @Test
    void exportsOntoAFullDiskLeaveNoPartialFile() throws Exception {
        Path big = UnpcTmx.write(scratch.resolve("big.tmx"), 0, 600, "b");
        Path dbElsewhere = scratch.resolve("c.db");
        assertThat(MainTest.run("tm", "import", big.toString(), "--db", dbElsewhere.toString()).exit()).isZero();
        assertThat(MainTest.run("term", "import", "termbase/un-terms.tbx", "--db", dbElsewhere.toString()).exit()).isZero();

        Path filler = fill();
        Path tmx = disk.resolve("out.tmx");
        MainTest.Run tm = MainTest.run("tm", "export", "-o", tmx.toString(), "--db", dbElsewhere.toString());
        Path tbx = disk.resolve("out.tbx");
        MainTest.Run term = MainTest.run("term", "export", "--format", "tbx", "-o", tbx.toString(), "--db", dbElsewhere.toString());
        Files.delete(filler);

        assertThat(tm.exit()).as(tm.err()).isEqualTo(2);
        assertThat(tm.err()).isEqualTo("concord: disk full: " + tmx + ": nothing was written (free some space and run it again)\n");
        assertThat(term.exit()).as(term.err()).isEqualTo(2);
        assertThat(term.err()).startsWith("concord: disk full: " + tbx + ": nothing was written").hasLineCount(1);
        try (Stream<Path> left = Files.list(disk)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).as("no output, no temporary file").isEmpty();
        }
    }

    /** Fills the small disk but for {@link #SLACK} bytes: too little for any of the work tried here. */
    private Path fill() throws IOException {
        Path filler = disk.resolve("filler");
        long room = Files.getFileStore(disk).getUsableSpace() - SLACK;
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long written = 0; written < room; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, room - written));
            }
        }
        return filler;
    }
}
