package org.concord.tm;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.store.Database;

/**
 * The fuzzy part of TmBenchmark's UN run alone, on a memory it left in DIR (UNITS units): the same 500 queries and
 * 100 warm-up queries, CPU beside wall, and each query's hits (unit, score) written to OUT, so that two builds searching
 * the same copy can be compared line by line. Usage: FuzzyUnBenchmark UNITS DIR OUT [ROUNDS].
 */
final class FuzzyUnBenchmark {
    private FuzzyUnBenchmark() {}

    public static void main(String[] args) throws Exception {
        int units = Integer.parseInt(args[0]);
        Path db = Path.of(args[1]).resolve("memory-" + units + ".db");
        Path out = Path.of(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        if (!Files.exists(db)) {
            System.out.println("not run: no " + db + " (TmBenchmark un " + units + " " + args[1] + " leaves one)");
            return;
        }
        System.out.println("machine load at start: " + UnMemoryRun.load());
        UnMemory memory = UnMemory.generate(Path.of("../shared/corpora/unpc-dev"), units, 42);
        List<String> drawn = UnMemoryRun.fuzzyQueries(memory);
        List<String> queries = drawn.subList(0, drawn.size() - 100);
        try (Database d = Database.open(db); PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            TranslationMemory tm = TranslationMemory.open(d);
            for (String q : drawn.subList(queries.size(), drawn.size())) tm.fuzzy(q, "en", "fr", 70, 5);
            for (int r = 0; r < rounds; r++) {
                long[] times = new long[queries.size()];
                long[] cpus = new long[queries.size()];
                for (int i = 0; i < queries.size(); i++) {
                    long s = System.nanoTime();
                    long c = TmBenchmark.cpu();
                    List<FuzzyMatch> hits = tm.fuzzy(queries.get(i), "en", "fr", 70, 5);
                    cpus[i] = TmBenchmark.cpu() - c;
                    times[i] = System.nanoTime() - s;
                    if (r == 0) {
                        StringBuilder b = new StringBuilder().append(i);
                        for (FuzzyMatch m : hits) b.append(' ').append(m.unitId()).append(':').append(m.percent());
                        w.println(b);
                    }
                }
                System.out.printf("round %d fuzzy top-5 (--min 70): %s over %d queries, one thread; load %s%n",
                    r + 1, TmBenchmark.percentiles(times, cpus), queries.size(), UnMemoryRun.load());
            }
        }
    }
}
