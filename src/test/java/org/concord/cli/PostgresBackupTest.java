package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.concord.testing.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup the README's "Deploying a service" gives, done once: pg_dump the database, drop it, pg_restore it, and
 * the memory and termbase export as before, byte for byte, with every row of every table.
 */
class PostgresBackupTest {
    @TempDir Path dir;

    @Test
    void aDumpDroppedAndRestoredExportsTheSameTmxAndTbx() throws Exception {
        String url = Postgres.freshDatabase("backup");
        Path pgDump = tool("pg_dump");
        Path pgRestore = tool("pg_restore");
        MainTest.Run copied = MainTest.run("db", "copy", "--from", DbCopyCommandTest.everySchema(dir).toString(), "--to", url);
        assertThat(copied.exit()).as(copied.err()).isZero();
        String tmx = DbCopyCommandTest.export(dir, url, "tm");
        String tbx = DbCopyCommandTest.export(dir, url, "term");
        Map<String, Long> rows = DbCopyAcrossStoresTest.postgresCounts(url);
        assertThat(rows).containsKeys("tm_unit", "concept", "account", "concept_change", "dictionary_entry");

        URI u = URI.create(url);
        String[] userInfo = u.getRawUserInfo().split(":", 2);
        String database = u.getPath().substring(1);
        Path dump = dir.resolve(database + ".dump");
        List<String> server = List.of("--host", u.getHost(), "--port", String.valueOf(u.getPort() < 0 ? 5432 : u.getPort()),
            "--username", URLDecoder.decode(userInfo[0], StandardCharsets.UTF_8), "--no-password");
        String password = userInfo.length > 1 ? URLDecoder.decode(userInfo[1], StandardCharsets.UTF_8) : "";

        run(password, pgDump, server, "--format=custom", "--file=" + dump, "--dbname=" + database);
        Postgres.drop(url);
        assertThat(MainTest.run("user", "list", "--db", url).exit()).as("the database is gone").isEqualTo(2);
        run(password, pgRestore, server, "--create", "--exit-on-error", "--dbname=postgres", dump.toString());

        assertThat(DbCopyAcrossStoresTest.postgresCounts(url)).isEqualTo(rows);
        assertThat(DbCopyCommandTest.export(dir, url, "tm")).isEqualTo(tmx);
        assertThat(DbCopyCommandTest.export(dir, url, "term")).isEqualTo(tbx);
        assertThat(MainTest.run("user", "list", "--db", url).out()).contains("ada");
    }

    /** A PostgreSQL client tool on PATH or in Debian's /usr/lib/postgresql/VERSION/bin (the newest); skips without one. */
    static Path tool(String name) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, name))) found.add(Path.of(entry, name));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (found.isEmpty() && Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                    .max(Comparator.comparing(p -> versionOf(p.getParent().getParent()))).ifPresent(found::add);
            }
        }
        Postgres.require();
        assumeTrue(!found.isEmpty(), "skipped: no " + name + " on PATH or in /usr/lib/postgresql/*/bin");
        return found.get(0);
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void run(String password, Path tool, List<String> server, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(server);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", password); // never on the command line, where ps would show it
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(tool + " finished").isTrue();
        assertThat(p.exitValue()).as(tool.getFileName() + ": " + output).isZero();
    }
}
