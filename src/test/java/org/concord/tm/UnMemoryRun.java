package org.concord.tm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.concord.store.Database;

/**
 * TmBenchmark's UN shape: six-language units of whole sentences ({@link UnMemory}), imported and exported through the
 * command line as a user runs it, searched in this JVM on one thread, each figure beside a baseline of the same run.
 */
final class UnMemoryRun {
    private static final int FUZZY_QUERIES = 500;
    private static final int EXHAUSTIVE_SAMPLE = 100;
    private static final int PHRASES = 500;
    private static final int PARSE_SAMPLE = 200_000;

    private UnMemoryRun() {}

    static void run(int units, Path shared, Path dir, boolean keep) throws Exception {
        System.out.println("machine load at start: " + load());
        long g0 = System.nanoTime();
        UnMemory memory = UnMemory.generate(shared, units, 42);
        System.out.printf("drew %,d distinct six-language units in %.1f s%n", units, (System.nanoTime() - g0) / 1e9);
        // -Dconcord.jar: a copy of the jar, so that a long run is not disturbed by a build replacing target/concord.jar.
        Path jar = Path.of(System.getProperty("concord.jar", "target/concord.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            System.out.println("the UN run imports through target/concord.jar: build it first with mvn -q -o -DskipTests package");
            return;
        }
        Path db = dir.resolve("memory-" + units + ".db");
        if (keep && Files.exists(db)) {
            System.out.println("searching " + db + " again (left by an earlier run; delete it to import again)");
        } else {
            Files.deleteIfExists(db);
            // Measured at a million units: 2.0 KB of TMX and 3.1 KB of database a unit (an import into an empty memory
            // writes the file once, with a rollback journal), then 2.1 KB of exported TMX once the first is deleted. A
            // run that cannot fit would fill a disk other work shares, so it is not started.
            long need = (long) memory.size() * (2_000 + 3_100 + 200);
            long free = Files.getFileStore(dir).getUsableSpace();
            if (need > free) {
                System.out.printf("not run: %,d units need about %,d GB free in %s (TMX, database and its log), %,d GB are%n",
                    memory.size(), need >> 30, dir, free >> 30);
                return;
            }
            importThroughCli(memory, jar, dir, db);
        }
        FuzzyRun fuzzy;
        try (Database d = Database.open(db)) {
            TranslationMemory tm = TranslationMemory.open(d);
            triedPragmas(d);
            fuzzy = fuzzy(tm, memory);
            concordance(tm, memory);
        }
        System.out.println("machine load: " + load());
        if (Boolean.getBoolean("bench.searchesOnly")) return; // -Dbench.searchesOnly=true: the searches of a database left before, no export or scan
        export(jar, db, dir.resolve("export.tmx"));
        System.out.println("machine load: " + load());
        // Last, as it is the longest part at ten million units: the figures above are printed even if it is stopped.
        compareWithScan(fuzzy, memory);
        System.out.println("machine load at end: " + load());
    }

    /**
     * -Dbench.pragma: SQLite settings (several split on ;, e.g. mmap_size=0) tried on this run's searches only, on a
     * memory an earlier run left.
     */
    static void triedPragmas(Database d) throws java.sql.SQLException {
        String pragma = System.getProperty("bench.pragma");
        if (pragma == null) return;
        try (var s = d.connection().createStatement()) {
            for (String one : pragma.split(";")) s.execute("PRAGMA " + one);
        }
    }

    private static void importThroughCli(UnMemory memory, Path jar, Path dir, Path db) throws Exception {
        Path tmx = dir.resolve("memory.tmx");
        long t0 = System.nanoTime();
        memory.writeTmx(tmx, memory.size());
        long tmxBytes = Files.size(tmx);
        System.out.printf("wrote %,d units, %,d MB of TMX, in %.1f s%n", memory.size(), tmxBytes >> 20, (System.nanoTime() - t0) / 1e9);
        // Baseline: parsing (without storing) the first units of the same file, in this JVM.
        Path sample = dir.resolve("sample.tmx");
        int sampled = Math.min(memory.size(), PARSE_SAMPLE);
        memory.writeTmx(sample, sampled);
        long p0 = System.nanoTime();
        int[] parsed = {0};
        new TmxReader(sample, new ArrayList<>()).read(u -> parsed[0]++);
        double parseRate = parsed[0] / ((System.nanoTime() - p0) / 1e9);
        Files.delete(sample);
        System.gc();
        Timed t = Timed.run(List.of("java", "-Xmx1g", "-jar", jar.toString(), "tm", "import", tmx.toString(), "--db", db.toString(), "--user", "bench"), dir);
        long dbBytes = Files.size(db) + (Files.exists(Path.of(db + "-wal")) ? Files.size(Path.of(db + "-wal")) : 0);
        System.out.printf("import (concord tm import, -Xmx1g): %,9.0f units/s wall, %,9.0f units/s of CPU (%,d units in %.1f s wall, %.1f s CPU user+sys,"
                + " peak RSS %d MB; target >= 20,000)   baseline: parsing the TMX only %,9.0f units/s wall on its first %,d units (import at %.0f%% of it)%n",
            memory.size() / t.wall(), memory.size() / t.cpu(), memory.size(), t.wall(), t.cpu(), t.peakKb() >> 10, parseRate, sampled,
            100 * (memory.size() / t.wall()) / parseRate);
        System.out.printf("database: %,d MB for %,d MB of TMX: %.2fx the TMX (target <= 1.5x)%n", dbBytes >> 20, tmxBytes >> 20, (double) dbBytes / tmxBytes);
        Files.delete(tmx);
    }

    /**
     * The benchmark's {@code FUZZY_QUERIES} + 100 fuzzy queries (100 of them to warm up with): units' English texts with
     * words changed, the same for every store.
     */
    static List<String> fuzzyQueries(UnMemory memory) {
        return fuzzyQueries(memory, 7, FUZZY_QUERIES + 100);
    }

    /** {@code count} fuzzy queries drawn with {@code seed}: units' English texts with words changed. */
    static List<String> fuzzyQueries(UnMemory memory, long seed, int count) {
        Random rnd = new Random(seed);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < Math.min(2000, memory.size()); i++) words.addAll(List.of(memory.text(i, 0).split(" ")));
        String[] vocabulary = words.toArray(String[]::new);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) queries.add(TmBenchmark.perturb(memory.text(rnd.nextInt(memory.size()), 0), rnd, vocabulary));
        return queries;
    }

    private static FuzzyRun fuzzy(TranslationMemory tm, UnMemory memory) {
        List<String> drawn = fuzzyQueries(memory);
        List<String> queries = drawn.subList(0, FUZZY_QUERIES);
        // Warm-up, timed apart: its first lookup is what a fresh process pays.
        long first = 0, slowest = 0, slowestCpu = 0;
        for (String q : drawn.subList(FUZZY_QUERIES, drawn.size())) {
            long s = System.nanoTime(), c = TmBenchmark.cpu();
            tm.fuzzy(q, "en", "fr", 70, 5);
            long wall = System.nanoTime() - s;
            if (first == 0) first = wall;
            if (wall > slowest) {
                slowest = wall;
                slowestCpu = TmBenchmark.cpu() - c;
            }
        }
        System.out.printf("fuzzy warm-up of 100 queries: first lookup %.1f ms wall; slowest %.1f ms wall, %.1f ms CPU%n",
            first / 1e6, slowest / 1e6, slowestCpu / 1e6);
        // The word arena is read on a thread of its own once lookups have scored a hundredth of the units: lookups go
        // on reading candidates meanwhile, as a user's do. The timed queries measure the search once it is there.
        long waiting = System.nanoTime();
        boolean waited = false;
        while (tm.readingFuzzyWords("en")) {
            waited = true;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        System.out.println(waited
            ? String.format("word arena read in the background: ready %.1f s after the warm-up's last lookup", (System.nanoTime() - waiting) / 1e9)
            : "word arena: not being read after the warm-up (read before it ended, or not called for yet)");
        long[] arenaBytes = tm.fuzzyWordsBytes("en");
        if (arenaBytes != null) {
            System.out.printf("word arena: %,d MB of heap, of which its own postings %,d MB%s%n", arenaBytes[0] >> 20, arenaBytes[1] >> 20,
                arenaBytes[1] == 0 ? " (not built: no room in a quarter of the heap)" : "");
        }
        // Once it is there, the warm-up's queries again and then others, untimed, until the JIT settles: the arena path
        // is compiled before the timed queries, as the read path was during the warm-up (see warmUp).
        long compiling = warmUp("fuzzy", drawn.subList(FUZZY_QUERIES, drawn.size()), fuzzyQueries(memory, 17, 100 * MAX_WARM_ROUNDS),
            q -> tm.fuzzy(q, "en", "fr", 70, 5));
        long[] times = new long[queries.size()];
        long[] cpus = new long[queries.size()];
        List<List<FuzzyMatch>> results = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            long s = System.nanoTime();
            long c = TmBenchmark.cpu();
            results.add(tm.fuzzy(queries.get(i), "en", "fr", 70, 5));
            cpus[i] = TmBenchmark.cpu() - c;
            times[i] = System.nanoTime() - s;
        }
        System.out.printf("fuzzy top-5 (--min 70): %s over %d queries, one thread (target p95 <= 3 ms CPU at 1M, <= 15 ms at 10M)%n",
            TmBenchmark.percentiles(times, cpus), queries.size());
        System.out.printf("  beside them: %,d ms of JIT compilation%n",
            java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiling);
        return new FuzzyRun(queries, results, cpus);
    }

    /** The fuzzy queries, their results and the CPU time of each, for the comparison with the exhaustive scan. */
    private record FuzzyRun(List<String> queries, List<List<FuzzyMatch>> results, long[] cpus) {}

    private static void compareWithScan(FuzzyRun run, UnMemory memory) throws Exception {
        List<String> sample = run.queries().subList(0, EXHAUSTIVE_SAMPLE);
        List<List<FuzzyMatch>> results = run.results();
        long[] cpus = run.cpus();
        long w0 = System.nanoTime();
        ExhaustiveScan.Result scan = ExhaustiveScan.bestUnitsOnCores(memory, sample, 70);
        int[] best = scan.best();
        double scanMs = scan.cpuNanos() / 1e6 / EXHAUSTIVE_SAMPLE;
        System.out.printf("exhaustive scan of %,d units for %d queries: %.1f s wall, %.1f s CPU on %d threads%n",
            memory.size(), EXHAUSTIVE_SAMPLE, (System.nanoTime() - w0) / 1e9, scan.cpuNanos() / 1e9, scan.threads());
        int agree = 0, withHit = 0;
        long indexed = 0;
        for (int q = 0; q < EXHAUSTIVE_SAMPLE; q++) {
            List<FuzzyMatch> got = results.get(q);
            long gotId = got.isEmpty() ? -1 : got.get(0).unitId();
            if (best[q] > 0) withHit++;
            if (gotId == best[q]) agree++;
            indexed += cpus[q];
        }
        double indexedMs = indexed / 1e6 / EXHAUSTIVE_SAMPLE;
        System.out.printf("fuzzy vs exhaustive scan on %d queries (CPU time): indexed mean %.2f ms, baseline exhaustive scan %.1f ms a query"
                + " (one pass over all units for the sample, exact length and shared-word bounds before each Levenshtein): %.0fx faster;"
                + " same top hit in %d/%d (%d had a hit >= 70%%)%n",
            EXHAUSTIVE_SAMPLE, indexedMs, scanMs, scanMs / indexedMs, agree, EXHAUSTIVE_SAMPLE, withHit);
    }

    /** The benchmark's {@code PHRASES} + 100 concordance phrases (100 of them to warm up with), the same for every store. */
    static List<String> phrases(UnMemory memory) {
        return phrases(memory, 11, PHRASES + 100);
    }

    /** {@code count} phrases of two or three words of units' English texts, drawn with {@code seed}. */
    static List<String> phrases(UnMemory memory, long seed, int count) {
        Random rnd = new Random(seed);
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] w = memory.text(rnd.nextInt(memory.size()), 0).split(" ");
            int len = 2 + rnd.nextInt(2);
            int at = rnd.nextInt(Math.max(1, w.length - len));
            phrases.add(String.join(" ", Arrays.copyOfRange(w, at, Math.min(w.length, at + len))));
        }
        return phrases;
    }

    /** A warm-up round that left the JIT compiling less than this (ms, elapsed) ends the warm-up. */
    private static final long SETTLED_COMPILATION_MS = 50;
    private static final int MAX_WARM_ROUNDS = 30;
    /**
     * Rounds run whatever the compiler does: quiet rounds came before a large method reached its final tier (the fuzzy
     * pass, 1,261 bytes of bytecode, was compiled by C2 in the timed queries after six rounds, two of them quiet).
     */
    private static final int MIN_WARM_ROUNDS = 10;

    /**
     * Searches the warm-up phrases (not those timed) round after round until the JIT compiler is about idle
     * (see {@link #warmUp}).
     */
    static long warmUpConcordance(TranslationMemory tm, UnMemory memory, List<String> warm) {
        // After the first round, other phrases each round (of another draw than the timed ones): the same hundred again
        // left paths untaken that the timed phrases then took, each a deoptimisation and a compilation beside them.
        return warmUp("concordance", warm, phrases(memory, 13, warm.size() * MAX_WARM_ROUNDS), p -> tm.concordance(p, "en", 100));
    }

    /**
     * Runs {@code search} on {@code first}, then on further rounds of as many of {@code more} (distinct, drawn apart from
     * the timed ones), until three rounds in a row leave the JIT compiler about idle (and at least {@link #MIN_WARM_ROUNDS}), and says
     * how long it took. One round
     * of 100 concordance phrases left the search's own methods (collect, readCandidates, the cursors) in the JIT's
     * profiling tier: at load 9 they reached their final code only some way into the timed phrases, 6 s of compilation
     * ran beside them, and the first pass over the 500 took 3.60 ms CPU at p50 where the same phrases again took 1.34
     * (fuzzy lookups: 1M rounds after the first had about half the first round's p95). How soon that happens depends on
     * what the JVM compiled before and on the machine's load, not on the search: a server's searches after its first
     * hundreds are the user's case, so the search is timed there. Returns the compilation time so far, for the caller to
     * print what ran beside the timed searches.
     */
    static long warmUp(String what, List<String> first, List<String> more, java.util.function.Consumer<String> search) {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long w0 = System.nanoTime(), c0 = TmBenchmark.cpu(), compiledBefore = jit.getTotalCompilationTime();
        int rounds = 0, quiet = 0, size = first.size();
        long compiled;
        do { // three quiet rounds in a row: single ones came between bursts of compilation
            long before = jit.getTotalCompilationTime();
            List<String> round = rounds == 0 ? first : more.subList((rounds - 1) * size, rounds * size);
            for (String q : round) { // timed as the measured searches are, so that the timing code is compiled too
                TmBenchmark.cpu();
                search.accept(q);
                TmBenchmark.cpu();
            }
            compiled = jit.getTotalCompilationTime() - before;
            quiet = compiled < SETTLED_COMPILATION_MS ? quiet + 1 : 0;
            rounds++;
        } while ((quiet < 3 || rounds < MIN_WARM_ROUNDS) && rounds < MAX_WARM_ROUNDS && rounds * size <= more.size());
        long now = jit.getTotalCompilationTime();
        System.out.printf("%s warm-up: %d rounds of %d (distinct after the first) until the JIT settled (%,d ms of compilation, %.1f s wall, %.1f s CPU; last round %,d ms)%n",
            what, rounds, size, now - compiledBefore, (System.nanoTime() - w0) / 1e9, (TmBenchmark.cpu() - c0) / 1e9, compiled);
        return now;
    }

    private static void concordance(TranslationMemory tm, UnMemory memory) throws Exception {
        List<String> phrases = phrases(memory);
        long compiling = warmUpConcordance(tm, memory, phrases.subList(PHRASES, PHRASES + 100));
        long[] times = new long[PHRASES];
        long[] cpus = new long[PHRASES];
        long hits = 0;
        // Heap allocated a phrase: while the JVM's heap grows, each fresh page costs the searching thread a page fault
        // (the kernel zeroes it, on the thread's CPU time), which made the same code 2.6 or 8 ms at p95 by what ran before.
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long allocated = mx.getCurrentThreadAllocatedBytes();
        long faults = TmBenchmark.minorFaults();
        for (int i = 0; i < PHRASES; i++) {
            long s = System.nanoTime();
            long c = TmBenchmark.cpu();
            hits += tm.concordance(phrases.get(i), "en", 100).size();
            cpus[i] = TmBenchmark.cpu() - c;
            times[i] = System.nanoTime() - s;
        }
        faults = TmBenchmark.minorFaults() - faults;
        compiling = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiling;
        allocated = mx.getCurrentThreadAllocatedBytes() - allocated;
        System.out.printf("concordance, first 100 phrase hits: %s over %d phrases (%.0f hits on average, %,d KB of heap allocated a phrase;"
                + " target p95 <= 2 ms at 1M, <= 5 ms at 10M)%n",
            TmBenchmark.percentiles(times, cpus), PHRASES, (double) hits / PHRASES, allocated / PHRASES >> 10);
        System.out.printf("  beside them: %,d ms of JIT compilation, %.1f minor page faults a phrase%n", compiling, faults / (double) PHRASES);
        // -Dbench.times=FILE: each phrase's CPU time in nanoseconds, one a line, as ConcordanceUnBenchmark --times writes them.
        String timesFile = System.getProperty("bench.times");
        if (timesFile != null) {
            StringBuilder b = new StringBuilder();
            for (long c : cpus) b.append(c).append('\n');
            Files.writeString(Path.of(timesFile), b);
        }
    }

    private static void export(Path jar, Path db, Path out) throws Exception {
        // Baseline: reading the same rows from SQLite in this JVM, without writing anything.
        long b0 = System.nanoTime();
        long rows;
        try (Database d = Database.open(db)) {
            rows = TmBenchmark.readExportRows(d.connection());
        }
        double readSeconds = (System.nanoTime() - b0) / 1e9;
        long units = rows / UnMemory.LANGS.size();
        Timed t = Timed.run(List.of("java", "-Xmx256m", "-jar", jar.toString(), "tm", "export", "-o", out.toString(), "--db", db.toString()),
            out.getParent());
        System.out.printf("TMX export (concord tm export, -Xmx256m): %,9.0f units/s wall, %,9.0f units/s of CPU (%,d units, %,d MB in %.1f s wall,"
                + " %.1f s CPU, peak RSS %d MB; target >= 100,000)   baseline: reading the rows from SQLite only %,9.0f units/s wall%n",
            units / t.wall(), units / t.cpu(), units, Files.size(out) >> 20, t.wall(), t.cpu(), t.peakKb() >> 10, units / readSeconds);
        Files.delete(out);
    }

    /** The machine's load average line, printed beside each figure (the machine is shared). */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** A command's wall and CPU time (user + system, from /usr/bin/time) and peak resident memory. */
    record Timed(double wall, double cpu, long peakKb) {
        static Timed run(List<String> command, Path dir) throws Exception {
            Path times = Files.createTempFile(dir, "time", ".txt");
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S %M"));
            cmd.addAll(command);
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", command) + ": exit " + p.exitValue());
            List<String> lines = Files.readAllLines(times);
            Files.delete(times);
            String[] f = lines.get(lines.size() - 1).trim().split(" ");
            return new Timed(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]), Long.parseLong(f[3]));
        }
    }

    /**
     * The baseline of fuzzy search: every unit scored against every sampled query, in one pass (a unit's words are
     * made once for all queries). Before each Levenshtein distance, two exact bounds: the lengths (a unit of m words
     * scores at most 100·min(n,m)/max(n,m)) and the words shared (the distance is at least max(n,m) minus them).
     */
    static final class ExhaustiveScan {
        private ExhaustiveScan() {}

        /** The best units per query, and the CPU time of the threads that found them. */
        record Result(int[] best, long cpuNanos, int threads) {}

        /**
         * As {@link #bestUnits}, the units split in as many ranges as the machine has cores, each scanned on a thread
         * of its own (ten million units take about an hour of CPU): the best of each range is merged, the higher
         * score first, then the lower id.
         */
        static Result bestUnitsOnCores(UnMemory memory, List<String> queries, int min) throws Exception {
            int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), memory.size() / 100_000));
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                List<java.util.concurrent.Future<long[][]>> parts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int from = (int) ((long) memory.size() * t / threads), to = (int) ((long) memory.size() * (t + 1) / threads);
                    parts.add(pool.submit(() -> {
                        long c = TmBenchmark.cpu();
                        int[][] found = bestIn(memory, queries, min, from, to);
                        return new long[][] {java.util.Arrays.stream(found[0]).asLongStream().toArray(),
                            java.util.Arrays.stream(found[1]).asLongStream().toArray(), {TmBenchmark.cpu() - c}};
                    }));
                }
                int[] best = new int[queries.size()];
                int[] percent = new int[queries.size()];
                Arrays.fill(best, -1);
                Arrays.fill(percent, min - 1);
                long cpu = 0;
                for (var f : parts) { // ranges in id order: a later range wins only with a higher score
                    long[][] r = f.get();
                    for (int q = 0; q < best.length; q++) {
                        if (r[0][q] > 0 && r[1][q] > percent[q]) {
                            best[q] = (int) r[0][q];
                            percent[q] = (int) r[1][q];
                        }
                    }
                    cpu += r[2][0];
                }
                return new Result(best, cpu, threads);
            } finally {
                pool.shutdownNow();
            }
        }

        /** Per query, the id (1-based) of its best unit scoring at least {@code min}, lowest id among equals; -1: none. */
        static int[] bestUnits(UnMemory memory, List<String> queries, int min) {
            return bestIn(memory, queries, min, 0, memory.size())[0];
        }

        /** Per query, the best unit among units [from, to) and its score: {best ids, percents}. */
        private static int[][] bestIn(UnMemory memory, List<String> queries, int min, int from, int to) {
            Map<String, Integer> vocabulary = new HashMap<>();
            int[][] q = new int[queries.size()][];
            for (int i = 0; i < q.length; i++) q[i] = ids(Tokens.terms(queries.get(i)), vocabulary);
            int[] best = new int[q.length];
            int[] bestPercent = new int[q.length];
            Arrays.fill(best, -1);
            Arrays.fill(bestPercent, min - 1);
            boolean[][] inQuery = new boolean[q.length][];
            for (int u = from; u < to; u++) {
                int[] t = ids(Tokens.terms(memory.text(u, 0)), vocabulary);
                int m = t.length;
                for (int i = 0; i < q.length; i++) {
                    int n = q[i].length;
                    int longest = Math.max(n, m);
                    if (longest == 0 || 100 * Math.min(n, m) / longest <= bestPercent[i]) continue;
                    if (inQuery[i] == null || inQuery[i].length < vocabulary.size()) {
                        inQuery[i] = new boolean[vocabulary.size() + 4096];
                        for (int w : q[i]) inQuery[i][w] = true;
                    }
                    boolean[] in = inQuery[i];
                    int shared = 0;
                    for (int w : t) if (w < in.length && in[w]) shared++;
                    if (100 * Math.min(shared, Math.min(n, m)) / longest <= bestPercent[i]) continue;
                    int p = Similarity.percent(q[i], t);
                    if (p > bestPercent[i]) {
                        bestPercent[i] = p;
                        best[i] = u + 1;
                    }
                }
            }
            return new int[][] {best, bestPercent};
        }

        private static int[] ids(String[] terms, Map<String, Integer> vocabulary) {
            int[] out = new int[terms.length];
            for (int i = 0; i < terms.length; i++) {
                Integer id = vocabulary.get(terms[i]);
                if (id == null) vocabulary.put(terms[i], id = vocabulary.size());
                out[i] = id;
            }
            return out;
        }
    }
}
