package org.concord.tm;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.concord.store.Database;

/**
 * The concordance part of TmBenchmark's UN run alone, on a database an earlier UN run left (a copy: searching may
 * write its -wal file), after the same fuzzy queries so the index's cache holds what it holds there. Run:
 * {@code java -cp ... org.concord.tm.ConcordanceUnBenchmark DB UNITS [--dump FILE] [--jfr FILE] [--times FILE] [--work FILE] [--no-fuzzy]}. Baseline: the
 * same 500 phrases' first 100 hits read by SQL LIKE would be minutes; the baseline here is main's code, run on the same
 * copy beside this one. {@code --dump} writes every hit of all 600 phrases (to {@code cmp} two versions' results);
 * {@code --jfr} records CPU samples and allocation and prints where the slowest 10% of phrases spent them;
 * {@code --times} writes each phrase's CPU time in nanoseconds, one a line; {@code --work} each phrase's times, hits and counters;
 * {@code --no-fuzzy} skips the fuzzy queries (at ten million units they start a word arena pass of minutes).
 */
public final class ConcordanceUnBenchmark {
    private static final int PHRASES = 500;

    /** One search, so the recording knows which samples belong to the slow ones. */
    @jdk.jfr.Name("concord.Phrase")
    static final class PhraseEvent extends jdk.jfr.Event {
        long cpuNanos;
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--analyze")) {
            slowest(Path.of(args[1]));
            return;
        }
        Path db = Path.of(args[0]);
        int units = Integer.parseInt(args[1]);
        Path dump = null, jfr = null, timesFile = null, workFile = null;
        boolean fuzzyFirst = true;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--no-fuzzy")) {
                fuzzyFirst = false;
                continue;
            }
            if (i + 1 == args.length) break;
            if (args[i].equals("--dump")) dump = Path.of(args[i + 1]);
            if (args[i].equals("--jfr")) jfr = Path.of(args[i + 1]);
            if (args[i].equals("--times")) timesFile = Path.of(args[i + 1]);
            if (args[i].equals("--work")) workFile = Path.of(args[i + 1]);
            i++;
        }
        System.out.println("machine load at start: " + UnMemoryRun.load());
        UnMemory memory = UnMemory.generate(Path.of("..", "shared", "corpora", "unpc-dev"), units, 42);
        try (Database d = Database.open(db)) {
            TranslationMemory tm = TranslationMemory.open(d);
            UnMemoryRun.triedPragmas(d);
            // -Dconcord.arenaAtOnce: the first fuzzy query calls for the word arena (at ten million units the queries
            // before it read candidates from the rows, minutes in all).
            if (Boolean.getBoolean("concord.arenaAtOnce")) tm.readFuzzyWordsAtOnce();
            long f0 = System.nanoTime(), fc = TmBenchmark.cpu();
            // --no-fuzzy: at ten million units the fuzzy queries start a word arena pass of minutes beside the phrases.
            if (fuzzyFirst) for (String q : UnMemoryRun.fuzzyQueries(memory)) tm.fuzzy(q, "en", "fr", 70, 5);
            System.out.printf("fuzzy queries first (as in TmBenchmark): %.1f s wall, %.1f s CPU%n", (System.nanoTime() - f0) / 1e9, (TmBenchmark.cpu() - fc) / 1e9);
            // As TmBenchmark: the phrases are searched once the word arena the fuzzy queries called for is read.
            long waiting = System.nanoTime();
            boolean waited = false;
            while (tm.readingFuzzyWords("en")) {
                waited = true;
                Thread.sleep(50);
            }
            if (waited) System.out.printf("word arena read in the background: ready %.1f s after the fuzzy queries%n", (System.nanoTime() - waiting) / 1e9);
            // -Dbench.phraseSeed: other phrases than TmBenchmark's, whose hits' pages its run left in the page cache.
            List<String> phrases = UnMemoryRun.phrases(memory, Long.getLong("bench.phraseSeed", 11), PHRASES + 100);
            // As TmBenchmark: until the JIT settles (-Dbench.warmRounds=1: one round, as before).
            var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
            long compiling;
            if (Integer.getInteger("bench.warmRounds", 0) == 1) {
                for (String p : phrases.subList(PHRASES, PHRASES + 100)) tm.concordance(p, "en", 100);
                compiling = jit.getTotalCompilationTime();
            } else {
                compiling = UnMemoryRun.warmUpConcordance(tm, memory, phrases.subList(PHRASES, PHRASES + 100));
            }
            Recording recording = null;
            if (jfr != null) {
                recording = new Recording();
                recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1)).withStackTrace();
                recording.enable("jdk.NativeMethodSample").withPeriod(java.time.Duration.ofMillis(1)).withStackTrace();
                recording.enable("jdk.ObjectAllocationSample").with("throttle", "5000/s").withStackTrace();
                recording.enable(PhraseEvent.class);
                recording.enable("jdk.Deoptimization").withStackTrace();
                recording.enable("jdk.Compilation").withThreshold(java.time.Duration.ZERO);
                recording.enable("jdk.GarbageCollection");
                recording.start();
            }
            long[] times = new long[PHRASES], cpus = new long[PHRASES];
            long[][] io = new long[PHRASES][];
            SearchWork[] work = new SearchWork[PHRASES];
            long hits = 0;
            int[] hitCounts = new int[PHRASES];
            var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            long allocated = mx.getCurrentThreadAllocatedBytes();
            long faults = TmBenchmark.minorFaults();
            long timedFrom = System.nanoTime();
            for (int i = 0; i < PHRASES; i++) {
                PhraseEvent e = new PhraseEvent();
                e.begin();
                SearchWork before = tm.concordanceWork();
                long[] ioBefore = threadIo();
                long s = System.nanoTime(), c = TmBenchmark.cpu();
                hitCounts[i] = tm.concordance(phrases.get(i), "en", 100).size();
                hits += hitCounts[i];
                cpus[i] = TmBenchmark.cpu() - c;
                times[i] = System.nanoTime() - s;
                long[] ioAfter = threadIo();
                io[i] = new long[] {ioAfter[0] - ioBefore[0], ioAfter[1] - ioBefore[1], ioAfter[2] - ioBefore[2]};
                work[i] = tm.concordanceWork().minus(before);
                e.cpuNanos = cpus[i];
                e.commit();
            }
            allocated = mx.getCurrentThreadAllocatedBytes() - allocated;
            // For a profiler recording on CLOCK_MONOTONIC (perf record -k mono): the timed phrases' window, in its seconds.
            System.out.printf("timed phrases: monotonic %.6f to %.6f s%n", timedFrom / 1e9, System.nanoTime() / 1e9);
            System.out.printf("concordance, first 100 phrase hits: %s over %d phrases (%.0f hits on average, %,d KB of heap allocated a phrase)%n",
                TmBenchmark.percentiles(times, cpus), PHRASES, (double) hits / PHRASES, allocated / PHRASES >> 10);
            faults = TmBenchmark.minorFaults() - faults;
            System.out.printf("  beside them: %,d ms of JIT compilation, %.1f minor page faults a phrase%n", jit.getTotalCompilationTime() - compiling, faults / (double) PHRASES);
            // -Dbench.rounds=N: the phrases N - 1 times more, each phrase's least CPU kept; on a shared machine the best of
            // a few rounds compares two versions' work more steadily than one pass (it is not the user's figure).
            int rounds = Integer.getInteger("bench.rounds", 1);
            if (rounds > 1) {
                long[] best = cpus.clone();
                for (int r = 1; r < rounds; r++) {
                    for (int i = 0; i < PHRASES; i++) {
                        long c = TmBenchmark.cpu();
                        tm.concordance(phrases.get(i), "en", 100);
                        best[i] = Math.min(best[i], TmBenchmark.cpu() - c);
                    }
                }
                System.out.printf("  best of %d rounds a phrase: CPU p50 %.2f ms, p95 %.2f ms%n", rounds,
                    TmBenchmark.quantile(best, 0.5) / 1e6, TmBenchmark.quantile(best, 0.95) / 1e6);
                if (timesFile != null) {
                    StringBuilder b = new StringBuilder();
                    for (long c : best) b.append(c).append('\n');
                    Files.writeString(Path.of(timesFile + ".best"), b);
                }
            }
            System.out.println("machine load: " + UnMemoryRun.load());
            if (timesFile != null) {
                // Each phrase's CPU time, one a line: the best of several runs per phrase is steadier on a shared machine.
                StringBuilder b = new StringBuilder();
                for (long c : cpus) b.append(c).append('\n');
                Files.writeString(timesFile, b);
            }
            if (workFile != null) {
                // Per phrase: CPU and wall ms, hits, and its counters, to tell what the slow phrases share.
                StringBuilder b = new StringBuilder("cpu_ms\twall_ms\tread_calls\tread_kb\tdisk_kb\thits\tpostings\trows_stepped\tblobs_read\tblob_bytes\tids_decoded\twalked\tcandidates\tvariant_rows\tstatements\trejected_in_memory\tphrase\n");
                for (int i = 0; i < PHRASES; i++) {
                    SearchWork w = work[i];
                    b.append(String.format("%.3f\t%.3f\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s%n", cpus[i] / 1e6, times[i] / 1e6, io[i][0], io[i][1] >> 10, io[i][2] >> 10, hitCounts[i], w.postings(),
                        w.rowsStepped(), w.postingRows(), w.postingBytes(), w.idsDecoded(), w.walked(), w.candidatesRead(), w.variantRows(), w.statements(), w.rejectedInMemory(), phrases.get(i)));
                }
                Files.writeString(workFile, b);
            }
            Integer[] order = new Integer[PHRASES];
            for (int i = 0; i < PHRASES; i++) order[i] = i;
            java.util.Arrays.sort(order, Comparator.comparingLong(i -> -cpus[i]));
            SearchWork all = new SearchWork(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), slow = all;
            for (int k = 0; k < PHRASES; k++) {
                all = all.plus(work[order[k]]);
                if (k < PHRASES / 10) slow = slow.plus(work[order[k]]);
            }
            System.out.println("work, all phrases, " + all.perSearch(PHRASES));
            System.out.println("work, slowest 10%, " + slow.perSearch(PHRASES / 10));
            // What a slow phrase's time went to after an import: read calls, most of them pages the cache had let go.
            long[] allIo = new long[3], slowIo = new long[3];
            for (int k = 0; k < PHRASES; k++) {
                for (int j = 0; j < 3; j++) {
                    allIo[j] += io[order[k]][j];
                    if (k < PHRASES / 10) slowIo[j] += io[order[k]][j];
                }
            }
            System.out.printf("reads a phrase, all: %.1f read calls, %.0f KB from the disk; slowest 10%%: %.1f read calls, %.0f KB from the disk%n",
                allIo[0] / (double) PHRASES, allIo[2] / 1024.0 / PHRASES, slowIo[0] / (PHRASES / 10.0), slowIo[2] / 1024.0 / (PHRASES / 10.0));
            for (int k = 0; k < 5; k++) System.out.printf("  slow: %.2f ms CPU  \"%s\"  %s%n", cpus[order[k]] / 1e6, phrases.get(order[k]), work[order[k]].perSearch(1));
            if (recording != null) {
                recording.stop();
                recording.dump(jfr);
                recording.close();
                slowest(jfr);
            }
            if (dump != null) {
                try (BufferedWriter w = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
                    for (String p : phrases) {
                        w.write("# " + p + "\n");
                        for (ConcordanceHit h : tm.concordance(p, "en", 100)) w.write(h + "\n");
                    }
                }
                System.out.println("hits of " + phrases.size() + " phrases written to " + dump);
            }
        }
    }

    /**
     * The calling thread's read system calls, bytes they returned and bytes it caused to be read from the disk (the
     * page cache's misses, read-ahead included), from /proc/thread-self/io (Linux; zeros elsewhere).
     */
    static long[] threadIo() {
        long[] out = new long[3];
        try {
            for (String line : Files.readAllLines(Path.of("/proc/thread-self/io"))) {
                String[] f = line.split(":\\s*");
                if (f[0].equals("syscr")) out[0] = Long.parseLong(f[1]);
                if (f[0].equals("rchar")) out[1] = Long.parseLong(f[1]);
                if (f[0].equals("read_bytes")) out[2] = Long.parseLong(f[1]);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: the columns stay 0
        }
        return out;
    }

    /** Where the slowest 10% of phrases (by CPU) spent CPU samples and allocation, by method. */
    private static void slowest(Path jfr) throws Exception {
        List<RecordedEvent> events = RecordingFile.readAllEvents(jfr);
        List<RecordedEvent> phrases = new ArrayList<>();
        for (RecordedEvent e : events) if (e.getEventType().getName().equals("concord.Phrase")) phrases.add(e);
        phrases.sort(Comparator.comparingLong((RecordedEvent e) -> e.getLong("cpuNanos")).reversed());
        // -Dbench.jfrShare=1: all phrases rather than the slowest tenth
        List<RecordedEvent> slow = phrases.subList(0, Math.max(1, (int) (phrases.size() * Double.parseDouble(System.getProperty("bench.jfrShare", "0.1")))));
        Map<String, Long> cpu = new HashMap<>(), alloc = new HashMap<>(), steps = new HashMap<>();
        long samples = 0, bytes = 0;
        for (RecordedEvent e : events) {
            String type = e.getEventType().getName();
            if (!type.equals("jdk.ExecutionSample") && !type.equals("jdk.NativeMethodSample") && !type.equals("jdk.ObjectAllocationSample")) continue;
            Instant t = e.getStartTime();
            boolean in = false;
            for (RecordedEvent p : slow) if (!t.isBefore(p.getStartTime()) && !t.isAfter(p.getEndTime())) in = true;
            if (!in || e.getStackTrace() == null) continue;
            String where = frames(e.getStackTrace().getFrames());
            if (!type.equals("jdk.ObjectAllocationSample")) {
                cpu.merge(where, 1L, Long::sum);
                steps.merge((type.equals("jdk.NativeMethodSample") ? "native " : "java ") + step(e.getStackTrace().getFrames()), 1L, Long::sum);
                samples++;
            } else {
                long w = e.getLong("weight");
                alloc.merge(e.getClass("objectClass").getName() + " @ " + where, w, Long::sum);
                bytes += w;
            }
        }
        System.out.printf("JFR, slowest %d phrases: %d CPU samples (1 ms), %,d KB allocation sampled%n", slow.size(), samples, bytes >> 10);
        print(steps, samples, "samples");
        print(cpu, samples, "samples");
        print(alloc, bytes, "bytes");
    }

    private static void print(Map<String, Long> by, long total, String unit) {
        by.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
            .forEach(e -> System.out.printf("  %5.1f%% %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }

    /** The step of the search a sample is in: the outermost line of ConcordanceSearch's search, and the callee under it. */
    private static String step(List<RecordedFrame> frames) {
        for (int i = frames.size() - 1; i > 0; i--) {
            var m = frames.get(i).getMethod();
            if (m.getType().getName().equals(ConcordanceSearch.class.getName()) && m.getName().startsWith("lambda$concordance")) {
                var callee = frames.get(i - 1).getMethod();
                return "step " + frames.get(i).getLineNumber() + " -> " + callee.getType().getName().replaceFirst(".*\\.", "") + "." + callee.getName();
            }
        }
        return "other: " + frames(frames);
    }

    /** The top frames, the first three of them in org.concord or the top one if none is. */
    private static String frames(List<RecordedFrame> frames) {
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < frames.size() && shown < 4; i++) {
            var m = frames.get(i).getMethod();
            String name = m.getType().getName().replaceFirst(".*\\.", "") + "." + m.getName() + ":" + frames.get(i).getLineNumber();
            if (i == 0 || m.getType().getName().startsWith("org.concord")) {
                if (shown++ > 0) b.append(" < ");
                b.append(name);
            }
        }
        return b.toString();
    }
}
