package org.concord.tm;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.concord.store.Database;

/**
 * Translation memory at a million units, each figure beside a baseline measured in the same run, in two shapes.
 *
 * <p>Bilingual (kept for continuity with earlier figures): each unit joins the first half of one UN sentence from
 * ../shared/corpora/unpc-dev to the second half of another, in English and French alike. UN: six-language units of
 * whole sentences ({@link UnMemory}), imported through the command line ({@code java -Xmx1g -jar target/concord.jar
 * tm import}) and exported through it with {@code -Xmx256m}; the database's size is compared with the TMX's. Run:
 * {@code MAVEN_OPTS=-Xmx6g mvn -q -o test-compile exec:java -Dexec.mainClass=org.concord.tm.TmBenchmark [-Dexec.args="SHAPE UNITS [DIR]"]}
 * with SHAPE bilingual, un or both (default both, 1,000,000 units). With DIR the UN files are written there (it must
 * have room: about 1.7 KB of TMX and 2 KB of database a unit) and a database left there by an earlier run of the same
 * size is searched again without importing. The UN run needs {@code mvn -q -o -DskipTests package} first.
 */
public final class TmBenchmark {
    private static final int FUZZY_QUERIES = 500;
    private static final int EXHAUSTIVE_SAMPLE = 100;
    private static final int PHRASES = 500;
    private static final int LIKE_SAMPLE = 50;

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("import")) {
            importChild(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args.length == 3 && args[0].equals("export")) {
            exportChild(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        String shape = args.length > 0 ? args[0] : "both";
        int units = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path shared = Path.of("..", "shared", "corpora", "unpc-dev");
        if (!Files.isDirectory(shared)) {
            System.out.println("TmBenchmark needs ../shared/corpora/unpc-dev");
            return;
        }
        if (shape.equals("stores")) { // the UN shape in SQLite and in PostgreSQL (see UnMemoryStores)
            System.out.printf("== UN shape in both stores: SQLite (baseline) and PostgreSQL ==%n");
            // The PostgreSQL server runs as user postgres (initdb refuses root) and must reach DIR/pg: a temporary folder is
            // made traversable, where the default (owner only) made initdb fail on its password file.
            Path dir = args.length > 2 ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("tm-bench-stores",
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
            UnMemoryStores.run(units, shared, dir);
            return;
        }
        if (!List.of("bilingual", "un", "both").contains(shape)) {
            System.out.println("usage: TmBenchmark [bilingual|un|both|stores] [UNITS] [DIR]");
            return;
        }
        if (!shape.equals("un")) {
            System.out.printf("== bilingual en-fr half-sentence units ==%n");
            Path dir = Files.createTempDirectory("tm-bench");
            try {
                run(units, shared, dir);
            } finally {
                deleteFiles(dir);
                Files.deleteIfExists(dir);
            }
        }
        if (!shape.equals("bilingual")) {
            System.out.printf("== UN shape: six-language units of whole sentences ==%n");
            Path dir = args.length > 2 ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("tm-bench-un");
            try {
                UnMemoryRun.run(units, shared, dir, args.length > 2);
            } finally {
                if (args.length <= 2) {
                    deleteFiles(dir);
                    Files.deleteIfExists(dir);
                }
            }
        }
    }

    private static void deleteFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
        }
    }

    private static void run(int units, Path shared, Path dir) throws Exception {
        List<String> en = Files.readAllLines(shared.resolve("unpc-dev.en"));
        List<String> fr = Files.readAllLines(shared.resolve("unpc-dev.fr"));
        List<Integer> usable = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) if (en.get(i).split(" ").length >= 8 && fr.get(i).split(" ").length >= 8) usable.add(i);
        Random rnd = new Random(42);
        String[] memEn = new String[units];
        Path tmx = dir.resolve("memory.tmx");
        long t0 = System.nanoTime();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmx, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"TmBenchmark\""
                + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"none\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n");
            Set<String> seen = new HashSet<>(); // distinct English texts, so unit ids follow generation order
            for (int i = 0; i < units; i++) {
                int a, b;
                do {
                    a = usable.get(rnd.nextInt(usable.size()));
                    b = usable.get(rnd.nextInt(usable.size()));
                    memEn[i] = join(en.get(a), en.get(b));
                } while (a == b || !seen.add(memEn[i]));
                w.write("<tu><prop type=\"x-concord-doc\">A/BENCH/" + (i / 1000) + "</prop><tuv xml:lang=\"en\"><seg>" + Xml.escape(memEn[i])
                    + "</seg></tuv><tuv xml:lang=\"fr\"><seg>" + Xml.escape(join(fr.get(a), fr.get(b))) + "</seg></tuv></tu>\n");
            }
            w.write("</body>\n</tmx>\n");
        }
        System.out.printf("generated %,d units (%,d MB of TMX) in %.1f s%n", units, Files.size(tmx) >> 20, (System.nanoTime() - t0) / 1e9);

        Path dbFile = dir.resolve("memory.db");
        child("import", "-Xmx1g", tmx, dbFile);
        Files.deleteIfExists(tmx);
        try (Database db = Database.open(dbFile)) {
            TranslationMemory tm = TranslationMemory.open(db);
            fuzzy(tm, db, memEn, rnd);
            concordance(tm, db, memEn, rnd);
        }
        child("export", "-Xmx256m", dbFile, dir.resolve("export.tmx"));
    }

    private static String join(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        return String.join(" ", Arrays.copyOfRange(x, 0, x.length / 2)) + " " + String.join(" ", Arrays.copyOfRange(y, y.length / 2, y.length));
    }

    /** A query a translator might send: a stored sentence with a few words changed, dropped or renumbered. */
    public static String perturb(String s, Random rnd, String[] vocabulary) {
        List<String> w = new ArrayList<>(List.of(s.split(" ")));
        int edits = 1 + rnd.nextInt(3);
        for (int e = 0; e < edits && w.size() > 3; e++) {
            int at = rnd.nextInt(w.size());
            switch (rnd.nextInt(3)) {
                case 0 -> w.set(at, vocabulary[rnd.nextInt(vocabulary.length)]);
                case 1 -> w.remove(at);
                default -> w.add(at, String.valueOf(1 + rnd.nextInt(2030)));
            }
        }
        return String.join(" ", w);
    }

    private static void fuzzy(TranslationMemory tm, Database db, String[] memEn, Random rnd) {
        String[] vocabulary = String.join(" ", Arrays.asList(memEn).subList(0, 2000)).split(" ");
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < FUZZY_QUERIES; i++) queries.add(perturb(memEn[rnd.nextInt(memEn.length)], rnd, vocabulary));
        for (int i = 0; i < 100; i++) tm.lookup(perturb(memEn[rnd.nextInt(memEn.length)], rnd, vocabulary), "en", "fr", 70, 5); // warm-up
        long[] times = new long[queries.size()];
        long[] cpus = new long[queries.size()];
        List<List<FuzzyMatch>> results = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            long s = System.nanoTime();
            long c = cpu();
            results.add(tm.fuzzy(queries.get(i), "en", "fr", 70, 5));
            cpus[i] = cpu() - c;
            times[i] = System.nanoTime() - s;
        }
        // Baseline: score every unit (tokenised beforehand, so only the scan is timed) and keep the best five.
        String[][] tokenized = new String[memEn.length][];
        for (int i = 0; i < memEn.length; i++) tokenized[i] = Tokens.terms(memEn[i]);
        long scanTotal = 0, indexedTotal = 0;
        int agree = 0, withHit = 0;
        for (int qi = 0; qi < EXHAUSTIVE_SAMPLE; qi++) {
            String[] q = Tokens.terms(queries.get(qi));
            Map<String, Integer> local = new HashMap<>();
            int[] qIds = new int[q.length];
            for (int i = 0; i < q.length; i++) qIds[i] = local.computeIfAbsent(q[i], k -> local.size());
            long s = cpu();
            int bestId = -1, bestPercent = -1;
            for (int u = 0; u < tokenized.length; u++) {
                String[] t = tokenized[u];
                int[] ids = new int[t.length];
                for (int i = 0; i < t.length; i++) ids[i] = local.getOrDefault(t[i], -1);
                int p = Similarity.percent(qIds, ids);
                if (p >= 70 && p > bestPercent) {
                    bestPercent = p;
                    bestId = u + 1;
                }
            }
            scanTotal += cpu() - s;
            indexedTotal += cpus[qi];
            List<FuzzyMatch> got = results.get(qi);
            long gotId = got.isEmpty() ? -1 : got.get(0).unitId();
            if (bestId > 0) withHit++;
            if (gotId == bestId) agree++;
        }
        double scanMs = scanTotal / 1e6 / EXHAUSTIVE_SAMPLE;
        double indexedMs = indexedTotal / 1e6 / EXHAUSTIVE_SAMPLE;
        System.out.printf("fuzzy top-5 (--min 70): %s over %d queries, one thread (target p95 <= 10 ms)%n", percentiles(times, cpus), queries.size());
        System.out.printf("fuzzy vs exhaustive scan on %d queries (CPU time): indexed mean %.2f ms, baseline exhaustive scan mean %.1f ms: %.0fx faster (target >= 90x);"
                + " same top hit in %d/%d (%.1f%%; %d had a hit >= 70%%)%n",
            EXHAUSTIVE_SAMPLE, indexedMs, scanMs, scanMs / indexedMs, agree, EXHAUSTIVE_SAMPLE, 100.0 * agree / EXHAUSTIVE_SAMPLE, withHit);
    }

    private static void concordance(TranslationMemory tm, Database db, String[] memEn, Random rnd) throws SQLException {
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < PHRASES + 100; i++) {
            String[] w = memEn[rnd.nextInt(memEn.length)].split(" ");
            int len = 2 + rnd.nextInt(2);
            int at = rnd.nextInt(Math.max(1, w.length - len));
            phrases.add(String.join(" ", Arrays.copyOfRange(w, at, Math.min(w.length, at + len))));
        }
        for (String p : phrases.subList(PHRASES, PHRASES + 100)) tm.concordance(p, "en", 100); // warm-up
        long[] times = new long[PHRASES];
        long[] cpus = new long[PHRASES];
        long hits = 0;
        for (int i = 0; i < PHRASES; i++) {
            long s = System.nanoTime();
            long c = cpu();
            hits += tm.concordance(phrases.get(i), "en", 100).size();
            cpus[i] = cpu() - c;
            times[i] = System.nanoTime() - s;
        }
        // Baseline: what SQL alone offers, a LIKE scan that stops at the 100th hit.
        long likeTotal = 0, indexedTotal = 0;
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT unit_id, text FROM tm_variant WHERE lang = 'en' AND text LIKE ? ESCAPE '\\' LIMIT 100")) {
            for (int i = 0; i < LIKE_SAMPLE; i++) {
                ps.setString(1, "%" + phrases.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                long s = cpu();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) rs.getString(2);
                }
                likeTotal += cpu() - s;
                indexedTotal += cpus[i];
            }
        }
        System.out.printf("concordance, first 100 phrase hits: %s over %d phrases (%.0f hits on average; target p95 <= 5 ms)%n"
                + "concordance vs baseline SQL LIKE ... LIMIT 100 (CPU time): LIKE mean %.1f ms, indexed mean %.2f ms on %d phrases%n",
            percentiles(times, cpus), PHRASES, (double) hits / PHRASES,
            likeTotal / 1e6 / LIKE_SAMPLE, indexedTotal / 1e6 / LIKE_SAMPLE, LIKE_SAMPLE);
    }

    /** Export runs in a child JVM capped at 256 MB of heap, so the cap is proven, not estimated. */
    /**
     * Runs an import or export in a JVM of its own, with a heap a user might give it: this one holds a million query
     * sentences, whose garbage collection would be timed with the import.
     */
    private static void child(String what, String heap, Path from, Path to) throws Exception {
        // Generating the memory left this JVM gigabytes of garbage: an idle process holding them made the child's
        // import run a fifth slower here, so they are given back first.
        System.gc();
        System.out.printf("(benchmark JVM before the %s child: %d MB of heap committed)%n", what, Runtime.getRuntime().totalMemory() >> 20);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, heap, "-cp", classpath(), TmBenchmark.class.getName(), what, from.toString(), to.toString())
            .inheritIO().start();
        if (p.waitFor() != 0) System.out.println(what + " child failed with exit " + p.exitValue());
    }

    private static void importChild(Path tmx, Path dbFile) throws Exception {
        // Baseline: parsing the same file without storing anything.
        long p0 = System.nanoTime();
        int[] parsed = {0};
        new TmxReader(tmx, new ArrayList<>()).read(u -> parsed[0]++);
        double parseRate = parsed[0] / ((System.nanoTime() - p0) / 1e9);
        try (Database db = Database.open(dbFile)) {
            TranslationMemory tm = TranslationMemory.open(db);
            long i0 = System.nanoTime();
            long c0 = processCpu();
            ImportReport r = tm.importTmx(tmx, OnDuplicate.SKIP, "bench");
            double importSeconds = (System.nanoTime() - i0) / 1e9;
            double importCpu = (processCpu() - c0) / 1e9;
            // The import parses on one thread while it writes on another: its CPU figure is the whole process's.
            System.out.printf("import:      %,9.0f units/s wall, %,9.0f units/s of process CPU (all threads, GC included)  (%,d units in %.1f s wall,"
                    + " %.1f s CPU, with index; -Xmx1g, peak heap %d MB; target >= 50,000)   baseline: parsing the TMX only %,9.0f units/s wall"
                    + " (import at %.0f%% of it)%n",
                r.added() / importSeconds, r.added() / importCpu, r.added(), importSeconds, importCpu, peakHeap() >> 20, parseRate,
                100 * (r.added() / importSeconds) / parseRate);
        }
    }

    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }

    private static void exportChild(Path dbFile, Path out) throws Exception {
        try (Database db = Database.open(dbFile)) {
            TranslationMemory tm = TranslationMemory.open(db);
            // Baseline: reading the same rows from SQLite without writing anything.
            long b0 = System.nanoTime();
            long rows = readExportRows(db.connection());
            double readSeconds = (System.nanoTime() - b0) / 1e9;
            long s = System.nanoTime();
            long c = cpu();
            long n = tm.exportTmx(out, ExportOptions.ALL, "bench");
            double seconds = (System.nanoTime() - s) / 1e9;
            double cpuSeconds = (cpu() - c) / 1e9;
            long peak = peakHeap();
            System.out.printf("TMX export:  %,9.0f units/s wall, %,9.0f units/s of CPU  (%,d units, %,d MB in %.1f s; -Xmx256m, peak heap %d MB;"
                    + " target >= 100,000)   baseline: reading the rows from SQLite only %,9.0f units/s wall%n",
                n / seconds, n / cpuSeconds, n, Files.size(out) >> 20, seconds, peak >> 20, (rows / 2.0) / readSeconds);
        }
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /**
     * Looked up once: ManagementFactory finds the bean through streams on each call, code that ran (and was compiled)
     * only in the timed searches, inside the intervals they measure.
     */
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * The calling thread's minor page faults so far (Linux; -1 elsewhere): a fault on a fresh page of heap is kernel
     * time on the thread's CPU clock, so a search's CPU time depends on whether the heap it allocates in was touched.
     */
    static long minorFaults() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[7]); // field 10 of stat, counted from the state (field 3)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Wall-clock and CPU-time percentiles: the machine is shared, so wall time includes waiting for a core. */
    static String percentiles(long[] wall, long[] cpu) {
        long[] w = wall.clone();
        long[] c = cpu.clone();
        Arrays.sort(w);
        Arrays.sort(c);
        int p95 = (int) (w.length * 0.95);
        return String.format("CPU p50 %.2f ms, p95 %.2f ms; wall p50 %.2f ms, p95 %.2f ms, max %.2f ms",
            c[c.length / 2] / 1e6, c[p95] / 1e6, w[w.length / 2] / 1e6, w[p95] / 1e6, w[w.length - 1] / 1e6);
    }

    /** The value at quantile {@code q} of {@code values}, as {@link #percentiles} takes it. */
    static long quantile(long[] values, double q) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[(int) (v.length * q)];
    }

    static String classpath() {
        List<String> parts = new ArrayList<>();
        ClassLoader cl = TmBenchmark.class.getClassLoader();
        while (cl != null) {
            if (cl instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) parts.add(new File(url.getPath()).getPath());
            }
            cl = cl.getParent();
        }
        parts.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, parts);
    }

    /** The baseline of an export: the rows it reads, in its order, read from SQLite and nothing written; the row count. */
    static long readExportRows(java.sql.Connection c) throws java.sql.SQLException {
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT u.id, u.doc_symbol, v.lang, v.text, v.codes FROM tm_unit u JOIN tm_variant v ON v.unit_id = u.id ORDER BY u.id, v.lang");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getString(4);
                rows++;
            }
        }
        return rows;
    }
}
