package org.concord.tm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.concord.store.Database;
import org.concord.store.DbLocation;

/**
 * TmBenchmark's "stores" run: the UN shape ({@link UnMemory}) in SQLite and in PostgreSQL in one run, SQLite the
 * baseline. Both import the same TMX through the command line and answer the same fuzzy queries and phrases in this
 * JVM, one thread; the hits must be the same, in the same order. PostgreSQL runs on this machine's loopback: the
 * server $CONCORD_BENCH_PG names (a superuser's URL; the run makes and drops its own database there), else one the
 * run starts with .ci/postgres in DIR/pg on port 55441 with fsync on. Client CPU is this JVM's thread (searches) or
 * the import process's; the server's CPU is read from /proc when the run started it, and printed apart.
 */
final class UnMemoryStores {
    private static final int PORT = 55441;

    private UnMemoryStores() {}

    /** A search's outcome on one store: per query its hits, and the wall and CPU time of each. */
    private record Searched(List<List<String>> hits, long[] wall, long[] cpu) {
        double p95(long[] times) {
            long[] t = times.clone();
            Arrays.sort(t);
            return t[(int) (t.length * 0.95)] / 1e6;
        }
    }

    static void run(int units, Path shared, Path dir) throws Exception {
        System.out.println("machine load at start: " + UnMemoryRun.load());
        Path jar = Path.of(System.getProperty("concord.jar", "target/concord.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            System.out.println("the stores run imports through target/concord.jar: build it first with mvn -q -o -DskipTests package");
            return;
        }
        UnMemory memory = UnMemory.generate(shared, units, 42);
        Path pgDir = dir.resolve("pg");
        String admin = System.getenv("CONCORD_BENCH_PG");
        boolean started = admin == null || admin.isBlank();
        if (started) admin = startServer(pgDir);
        System.out.println("PostgreSQL: " + DbLocation.parse(admin) + (started ? " (started by this run: fsync on, shared_buffers 128 MB, the defaults)"
            : " (given by $CONCORD_BENCH_PG)"));
        String dbName = "concord_bench_" + units;
        String pgUrl = admin.replaceFirst("/[^/?]+(\\?.*)?$", "/" + dbName);
        try {
            sql(admin, "DROP DATABASE IF EXISTS " + dbName);
            sql(admin, "CREATE DATABASE " + dbName + " ENCODING 'UTF8' TEMPLATE template0");
            Path sqlite = dir.resolve("stores-" + units + ".db");
            Files.deleteIfExists(sqlite);
            Path tmx = dir.resolve("stores.tmx");
            memory.writeTmx(tmx, memory.size());
            System.out.printf("wrote %,d six-language units, %,d MB of TMX%n", memory.size(), Files.size(tmx) >> 20);

            UnMemoryRun.Timed lite = importCli(jar, tmx, sqlite.toString(), dir);
            long server0 = started ? serverTicks(pgDir) : -1;
            UnMemoryRun.Timed pg = importCli(jar, tmx, pgUrl, dir);
            double serverCpu = started ? (serverTicks(pgDir) - server0) / 100.0 : Double.NaN;
            Files.delete(tmx);
            double liteRate = memory.size() / lite.wall();
            double pgRate = memory.size() / pg.wall();
            System.out.printf("import SQLite (baseline): %,9.0f units/s wall (%.1f s wall, %.1f s CPU of the client)%n", liteRate, lite.wall(), lite.cpu());
            System.out.printf("import PostgreSQL:        %,9.0f units/s wall (%.1f s wall, %.1f s CPU of the client, %s of the server)"
                    + " = %.2fx SQLite's rate (target >= 0.5x: %s)%n", pgRate, pg.wall(), pg.cpu(),
                started ? String.format("%.1f s CPU", serverCpu) : "not counted", pgRate / liteRate, pgRate >= liteRate / 2 ? "met" : "missed");

            List<String> queries = UnMemoryRun.fuzzyQueries(memory);
            List<String> phrases = UnMemoryRun.phrases(memory);
            Searched liteFuzzy, pgFuzzy, litePhrases, pgPhrases;
            try (Database d = Database.open(sqlite)) {
                TranslationMemory tm = TranslationMemory.open(d);
                liteFuzzy = fuzzy(tm, queries);
                litePhrases = concordance(tm, phrases);
            }
            long server1 = started ? serverTicks(pgDir) : -1;
            try (Database d = Database.open(DbLocation.parse(pgUrl))) {
                TranslationMemory tm = TranslationMemory.open(d);
                pgFuzzy = fuzzy(tm, queries);
                pgPhrases = concordance(tm, phrases);
            }
            double searchServerCpu = started ? (serverTicks(pgDir) - server1) / 100.0 : Double.NaN;
            report("fuzzy top-5 (--min 70)", liteFuzzy, pgFuzzy);
            report("concordance first 100", litePhrases, pgPhrases);
            System.out.printf("server CPU during the PostgreSQL searches: %s (not in the client CPU figures above)%n",
                started ? String.format("%.1f s for %d queries and %d phrases", searchServerCpu, queries.size(), phrases.size()) : "not counted");
            Files.deleteIfExists(sqlite);
            Files.deleteIfExists(Path.of(sqlite + "-wal"));
            Files.deleteIfExists(Path.of(sqlite + "-shm"));
        } finally {
            sql(admin, "DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
            if (started) new ProcessBuilder(".ci/postgres", "stop", pgDir.toString()).inheritIO().start().waitFor();
            System.out.println("machine load at end: " + UnMemoryRun.load());
        }
    }

    private static void report(String what, Searched lite, Searched pg) {
        int same = 0;
        for (int i = 0; i < lite.hits().size(); i++) if (lite.hits().get(i).equals(pg.hits().get(i))) same++;
        double liteCpu = lite.p95(lite.cpu()), pgCpu = pg.p95(pg.cpu()), liteWall = lite.p95(lite.wall()), pgWall = pg.p95(pg.wall());
        System.out.printf("%s p95: SQLite (baseline) %.2f ms wall, %.2f ms CPU; PostgreSQL %.2f ms wall, %.2f ms client CPU"
                + " = %.2fx SQLite's wall p95 (target <= 2x: %s); same hits in the same order for %d/%d%n",
            what, liteWall, liteCpu, pgWall, pgCpu, pgWall / liteWall, pgWall <= 2 * liteWall ? "met" : "missed", same, lite.hits().size());
    }

    private static UnMemoryRun.Timed importCli(Path jar, Path tmx, String db, Path dir) throws Exception {
        return UnMemoryRun.Timed.run(List.of("java", "-Xmx1g", "-jar", jar.toString(), "tm", "import", tmx.toString(), "--db", db,
            "--user", "bench"), dir);
    }



    /** The first 100 queries warm up (not timed, not compared); the rest are timed. */
    private static Searched fuzzy(TranslationMemory tm, List<String> queries) {
        for (String q : queries.subList(0, 100)) tm.fuzzy(q, "en", "fr", 70, 5);
        return timed(queries.subList(100, queries.size()), q -> tm.fuzzy(q, "en", "fr", 70, 5).stream()
            .map(m -> m.unitId() + ":" + m.percent()).toList());
    }

    private static Searched concordance(TranslationMemory tm, List<String> phrases) {
        for (String p : phrases.subList(0, 100)) tm.concordance(p, "en", 100);
        return timed(phrases.subList(100, phrases.size()), p -> tm.concordance(p, "en", 100).stream()
            .map(h -> String.valueOf(h.unitId())).toList());
    }

    private static Searched timed(List<String> inputs, java.util.function.Function<String, List<String>> search) {
        long[] wall = new long[inputs.size()];
        long[] cpu = new long[inputs.size()];
        List<List<String>> hits = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            long s = System.nanoTime();
            long c = TmBenchmark.cpu();
            hits.add(search.apply(inputs.get(i)));
            cpu[i] = TmBenchmark.cpu() - c;
            wall[i] = System.nanoTime() - s;
        }
        return new Searched(hits, wall, cpu);
    }

    private static String startServer(Path pgDir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(".ci/postgres", "start", pgDir.toString(), String.valueOf(PORT));
        pb.environment().put("CONCORD_PG_FSYNC", "on");
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String url = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) throw new IllegalStateException(".ci/postgres start failed");
        return url;
    }

    /** CPU ticks (1/100 s) of the server: the postmaster, its backends now, and those it has reaped. */
    private static long serverTicks(Path pgDir) throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(pgDir.resolve("data/postmaster.pid")).get(0).strip());
        long ticks = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.toList()) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) continue;
                String[] f;
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                } catch (IOException gone) {
                    continue;
                }
                // After the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
                long pid = Long.parseLong(name);
                if (pid == postmaster) ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                else if (Long.parseLong(f[1]) == postmaster) ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            }
        }
        return ticks;
    }

    private static void sql(String url, String statement) throws SQLException {
        try (Connection c = org.concord.testing.Postgres.connect(url); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

}
