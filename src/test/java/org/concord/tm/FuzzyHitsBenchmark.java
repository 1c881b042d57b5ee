package org.concord.tm;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.store.Database;

/**
 * TmBenchmark's fuzzy queries alone, against a UN memory it left (args: units, database, file for the hits): the first
 * lookup on its own (what a fresh process pays before lookups are fast), then the warm-up and the 500 timed queries,
 * and every hit written as "query unit percent" lines, so that two versions of the search can be compared with cmp
 * (after {@code grep -v cpu}: each query's "query cpu" line holds its CPU time and what the lookup did).
 */
final class FuzzyHitsBenchmark {
    private FuzzyHitsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int units = Integer.parseInt(args[0]);
        Path db = Path.of(args[1]);
        Path hits = Path.of(args[2]);
        System.out.println("machine load at start: " + UnMemoryRun.load());
        UnMemory memory = UnMemory.generate(Path.of("..", "shared", "corpora", "unpc-dev"), units, 42);
        List<String> drawn = UnMemoryRun.fuzzyQueries(memory);
        List<String> queries = drawn.subList(0, 500);
        List<String> warmUp = drawn.subList(500, drawn.size());
        try (Database d = Database.open(db); PrintWriter out = new PrintWriter(Files.newBufferedWriter(hits))) {
            TranslationMemory tm = TranslationMemory.open(d);
            // -Dconcord.explain=true: each lookup's phases timed and its passes described in the hits file (a few µs a lookup).
            FuzzySearch.Counters.explain = Boolean.getBoolean("concord.explain");
            // -Dconcord.arenaAtOnce: the first lookup calls for the word arena (at ten million units the warm-up's 100
            // lookups from the rows take minutes, and the timed queries run on the arena anyway).
            if (Boolean.getBoolean("concord.arenaAtOnce")) tm.readFuzzyWordsAtOnce();
            long w0 = System.nanoTime(), c0 = TmBenchmark.cpu();
            tm.fuzzy(warmUp.get(0), "en", "fr", 70, 5);
            System.out.printf("first lookup (a fresh process): %.1f ms wall, %.1f ms CPU of this thread%n",
                (System.nanoTime() - w0) / 1e6, (TmBenchmark.cpu() - c0) / 1e6);
            long slowest = 0, slowestCpu = 0;
            int slowestAt = 0;
            for (int i = 1; i < warmUp.size(); i++) {
                long s = System.nanoTime(), c = TmBenchmark.cpu();
                tm.fuzzy(warmUp.get(i), "en", "fr", 70, 5);
                long wall = System.nanoTime() - s;
                if (wall > slowest) {
                    slowest = wall;
                    slowestCpu = TmBenchmark.cpu() - c;
                    slowestAt = i + 1;
                }
            }
            System.out.printf("slowest warm-up lookup (number %d of %d): %.1f ms wall, %.1f ms CPU; heap used after warm-up %,d MB%n", slowestAt,
                warmUp.size(), slowest / 1e6, slowestCpu / 1e6, heapUsedMb());
            // The word arena, if the warm-up called for it, is read on a thread of its own: the timed queries start once it is there.
            long waiting = System.nanoTime();
            while (tm.readingFuzzyWords("en")) Thread.sleep(50);
            System.out.printf("waited %.1f s for the word arena's background pass%n", (System.nanoTime() - waiting) / 1e9);
            // The warm-up again, untimed, as TmBenchmark does: the JIT compiles the arena path before the timed queries.
            for (String q : warmUp) tm.fuzzy(q, "en", "fr", 70, 5);
            // -Dconcord.only=FILE: only the queries whose numbers it lists (e.g. the slowest tenth), -Dconcord.jfr=FILE:
            // a flight recording of the timed queries alone.
            List<Integer> chosen = new java.util.ArrayList<>();
            String only = System.getProperty("concord.only");
            if (only == null) for (int i = 0; i < queries.size(); i++) chosen.add(i);
            else for (String line : Files.readAllLines(Path.of(only))) chosen.add(Integer.parseInt(line.strip()));
            jdk.jfr.Recording recording = null;
            if (System.getProperty("concord.jfr") != null) {
                recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                recording.start();
            }
            // -Dconcord.rounds=R: the timed queries R times (hits written from the first); each query's best CPU time
            // of the R rounds is printed too, which the other work on a shared machine disturbs far less.
            int rounds = Integer.getInteger("concord.rounds", 1);
            long[] bestCpus = new long[chosen.size()];
            java.util.Arrays.fill(bestCpus, Long.MAX_VALUE);
            List<String> laterRounds = new java.util.ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long[] times = new long[chosen.size()];
                long[] cpus = new long[chosen.size()];
                for (int k = 0; k < chosen.size(); k++) {
                    int i = chosen.get(k);
                    long s = System.nanoTime();
                    long c = TmBenchmark.cpu();
                    List<FuzzyMatch> found = tm.fuzzy(queries.get(i), "en", "fr", 70, 5);
                    cpus[k] = TmBenchmark.cpu() - c;
                    times[k] = System.nanoTime() - s;
                    bestCpus[k] = Math.min(bestCpus[k], cpus[k]);
                    if (round > 0) {
                        // Later rounds' CPU and counters go to HITS.rounds: the postings are all read by then.
                        laterRounds.add((round + 1) + " " + i + " cpu " + cpus[k] + " " + counters(tm));
                        continue;
                    }
                    for (FuzzyMatch m : found) out.println(i + " " + m.unitId() + " " + m.percent());
                    out.println(i + " cpu " + cpus[k] + " " + counters(tm));
                }
                System.out.printf("fuzzy top-5 (--min 70): %s over %d queries, one thread%s%n", TmBenchmark.percentiles(times, cpus), chosen.size(),
                    rounds > 1 ? " (round " + (round + 1) + " of " + rounds + ", load " + UnMemoryRun.load() + ")" : "");
            }
            if (rounds > 1) {
                Files.write(Path.of(hits + ".rounds"), laterRounds);
                System.out.printf("each query's best CPU of %d rounds: p50 %.2f ms, p95 %.2f ms, sum %.0f ms%n", rounds,
                    TmBenchmark.quantile(bestCpus, 0.5) / 1e6, TmBenchmark.quantile(bestCpus, 0.95) / 1e6, java.util.Arrays.stream(bestCpus).sum() / 1e6);
            }
            if (recording != null) {
                recording.stop();
                recording.dump(Path.of(System.getProperty("concord.jfr")));
            }
        }
        System.out.println("machine load at end: " + UnMemoryRun.load());
    }

    /** What the last lookup did, or nothing from a version that does not count it (main's classes, for a side-by-side run). */
    private static String counters(TranslationMemory tm) {
        try {
            return tm.fuzzyCounters();
        } catch (NoSuchMethodError e) {
            return "";
        }
    }

    private static long heapUsedMb() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }
}
