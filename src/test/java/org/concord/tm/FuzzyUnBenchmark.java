package org.concord.tm;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.store.Database;

/**
 * The fuzzy part of TmBenchmark's UN run alone, on the memory such a run left in DIR: its 500 queries after its 100
 * warm-up queries. Baseline in the same run: the same lookups with the kept candidate words ({@link WordSequences})
 * dropped before each, so that every candidate is read from the database as before they were kept, run in turns
 * with them. Each query's hits
 * (unit:score) go to OUT, so that another build searching the same copy can be compared line by line; with
 * {@code plain}, only the lookups through {@link TranslationMemory} run (a build without kept words can run it).
 * Usage: FuzzyUnBenchmark UNITS DIR OUT [plain].
 */
final class FuzzyUnBenchmark {
    private FuzzyUnBenchmark() {}

    public static void main(String[] args) throws Exception {
        int units = Integer.parseInt(args[0]);
        Path db = Path.of(args[1]).resolve("memory-" + units + ".db");
        Path out = Path.of(args[2]);
        boolean plain = args.length > 3 && args[3].equals("plain");
        if (!Files.exists(db)) {
            System.out.println("not run: no " + db + " (TmBenchmark un " + units + " " + args[1] + " leaves one)");
            return;
        }
        System.out.println("machine load at start: " + UnMemoryRun.load());
        UnMemory memory = UnMemory.generate(Path.of("../shared/corpora/unpc-dev"), units, 42);
        List<String> drawn = UnMemoryRun.fuzzyQueries(memory);
        List<String> queries = drawn.subList(0, drawn.size() - 100);
        List<String> warmUp = drawn.subList(queries.size(), drawn.size());
        try (Database d = Database.open(db)) {
            List<String> hits;
            if (plain) {
                TranslationMemory tm = TranslationMemory.open(d);
                for (String q : warmUp) tm.fuzzy(q, "en", "fr", 70, 5);
                hits = new ArrayList<>();
                Pass pass = new Pass(queries.size());
                for (String q : queries) hits.add(pass.time(() -> tm.fuzzy(q, "en", "fr", 70, 5)));
                System.out.printf("fuzzy top-5 (--min 70): %s over %d queries, one thread%n", pass, queries.size());
            } else {
                TranslationMemory.open(d); // creates or upgrades the tables
                // Two stores, each with its own index, run query by query in turns (which goes first alternates), so
                // that neither pass warms the file's pages for the other.
                UnitStore keptStore = UnitStore.open(d), baselineStore = UnitStore.open(d);
                FuzzySearch withKept = new FuzzySearch(keptStore), baselineSearch = new FuzzySearch(baselineStore);
                for (String q : warmUp) {
                    withKept.lookup(q, "en", "fr", 70, 5);
                    baselineSearch.lookup(q, "en", "fr", 70, 5);
                }
                Pass baseline = new Pass(queries.size()), kept = new Pass(queries.size());
                List<String> baselineHits = new ArrayList<>();
                hits = new ArrayList<>();
                for (int i = 0; i < queries.size(); i++) {
                    String q = queries.get(i);
                    if (i % 2 == 0) hits.add(kept.time(() -> matches(withKept.lookup(q, "en", "fr", 70, 5))));
                    baselineStore.index.sequences.clear();
                    baselineHits.add(baseline.time(() -> matches(baselineSearch.lookup(q, "en", "fr", 70, 5))));
                    if (i % 2 == 1) hits.add(kept.time(() -> matches(withKept.lookup(q, "en", "fr", 70, 5))));
                }
                System.out.printf("fuzzy top-5 (--min 70), candidates' words kept across lookups: %s over %d queries, one thread%n", kept, queries.size());
                System.out.printf("baseline, kept words dropped before each lookup (every candidate read): %s; p95 CPU %.2fx the baseline's;"
                    + " same hits, scores and order in %d/%d%n", baseline, kept.p95Cpu() / baseline.p95Cpu(), same(hits, baselineHits), queries.size());
            }
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
                for (int i = 0; i < hits.size(); i++) w.println(i + hits.get(i));
            }
        }
        System.out.println("machine load at end: " + UnMemoryRun.load());
    }

    private static String matches(List<Lookup> lookups) {
        return hits(lookups.stream().map(Lookup::match).toList());
    }

    private static String hits(List<FuzzyMatch> matches) {
        StringBuilder b = new StringBuilder();
        for (FuzzyMatch m : matches) b.append(' ').append(m.unitId()).append(':').append(m.percent());
        return b.toString();
    }

    private static int same(List<String> a, List<String> b) {
        int same = 0;
        for (int i = 0; i < a.size(); i++) if (a.get(i).equals(b.get(i))) same++;
        return same;
    }

    /** Wall and CPU time of each query of one pass. */
    private static final class Pass {
        final long[] wall, cpu;
        int done;

        Pass(int queries) {
            wall = new long[queries];
            cpu = new long[queries];
        }

        @SuppressWarnings("unchecked")
        String time(java.util.function.Supplier<Object> lookup) {
            int i = done++;
            long s = System.nanoTime();
            long c = TmBenchmark.cpu();
            Object result = lookup.get();
            cpu[i] = TmBenchmark.cpu() - c;
            wall[i] = System.nanoTime() - s;
            return result instanceof String text ? text : hits((List<FuzzyMatch>) result);
        }

        double p95Cpu() {
            long[] c = cpu.clone();
            java.util.Arrays.sort(c);
            return c[(int) (c.length * 0.95)];
        }

        @Override
        public String toString() {
            return TmBenchmark.percentiles(wall, cpu);
        }
    }
}
