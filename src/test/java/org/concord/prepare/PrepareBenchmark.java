package org.concord.prepare;

import org.concord.tm.TmBenchmark;
import java.io.BufferedWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.concord.build.Progress;
import org.concord.store.Database;
import org.concord.term.OnConflict;
import org.concord.term.Termbase;
import org.concord.tm.ImportReport;
import org.concord.tm.OnDuplicate;
import org.concord.tm.TranslationMemory;

/**
 * Batch pre-translation: a 100,000-sentence document against a 1,000,000-unit memory with the project's termbase,
 * on the machine's cores, beside a one-by-one {@code fuzzy()} loop in the same JVM.
 *
 * <p>The memory is generated as TmBenchmark's is, from ../shared/corpora/unpc-dev: each unit joins the first half of
 * one UN sentence to the second half of another, in English and French alike. The document is what a new UN text
 * looks like to a memory: a quarter of its sentences are stored word for word, a quarter have one to three words
 * changed, dropped or renumbered, and half are new (a third of one sentence joined to two thirds of another, a cut
 * the memory never holds). One sentence a paragraph, segmented by Concord as a user's document is. Nothing here is
 * tuned on this data. Run:
 * {@code MAVEN_OPTS=-Xmx4g mvn -q -o test-compile exec:java -Dexec.mainClass=org.concord.prepare.PrepareBenchmark [-Dexec.args="UNITS SENTENCES"]}
 */
public final class PrepareBenchmark {
    private static final int BASELINE_SAMPLE = 3_000;

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int sentences = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path shared = Path.of("..", "shared", "corpora", "unpc-dev");
        if (!Files.isDirectory(shared)) {
            System.out.println("PrepareBenchmark needs ../shared/corpora/unpc-dev");
            return;
        }
        Path dir = Files.createTempDirectory("prepare-bench");
        try {
            run(units, sentences, shared, dir);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void run(int units, int sentences, Path shared, Path dir) throws Exception {
        List<String> en = Files.readAllLines(shared.resolve("unpc-dev.en"));
        List<String> fr = Files.readAllLines(shared.resolve("unpc-dev.fr"));
        List<Integer> usable = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) if (en.get(i).split(" ").length >= 8 && fr.get(i).split(" ").length >= 8) usable.add(i);
        Random rnd = new Random(42);
        String[] memEn = new String[units];
        Set<String> seen = new HashSet<>();
        Path tmx = dir.resolve("memory.tmx");
        long t0 = System.nanoTime();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmx, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"PrepareBenchmark\""
                + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"none\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n");
            for (int i = 0; i < units; i++) {
                int a, b;
                do {
                    a = usable.get(rnd.nextInt(usable.size()));
                    b = usable.get(rnd.nextInt(usable.size()));
                    memEn[i] = join(en.get(a), en.get(b), 2);
                } while (a == b || !seen.add(memEn[i]));
                w.write("<tu><prop type=\"x-concord-doc\">A/BENCH/" + (i / 1000) + "</prop><tuv xml:lang=\"en\"><seg>" + escape(memEn[i])
                    + "</seg></tuv><tuv xml:lang=\"fr\"><seg>" + escape(join(fr.get(a), fr.get(b), 2)) + "</seg></tuv></tu>\n");
            }
            w.write("</body>\n</tmx>\n");
        }
        System.out.printf("generated a memory of %,d units in %.1f s%n", units, (System.nanoTime() - t0) / 1e9);

        // The document: exact, edited and new sentences, shuffled as they would come.
        String[] vocabulary = String.join(" ", en).split(" ");
        List<String> doc = new ArrayList<>(sentences);
        for (int i = 0; i < sentences; i++) {
            int kind = i % 4;
            String s = switch (kind) {
                case 0 -> memEn[rnd.nextInt(units)];
                case 1 -> TmBenchmark.perturb(memEn[rnd.nextInt(units)], rnd, vocabulary);
                default -> join(en.get(usable.get(rnd.nextInt(usable.size()))), en.get(usable.get(rnd.nextInt(usable.size()))), 3);
            };
            doc.add(s);
        }
        java.util.Collections.shuffle(doc, rnd);
        Path document = dir.resolve("document.txt");
        Files.writeString(document, String.join("\n\n", doc) + "\n");

        Path dbFile = dir.resolve("memory.db");
        try (Database db = Database.open(dbFile)) {
            long i0 = System.nanoTime();
            ImportReport r = TranslationMemory.open(db).importTmx(tmx, OnDuplicate.SKIP, "bench");
            Termbase.open(db).importFile(Path.of("termbase/un-terms.tbx"), OnConflict.REPLACE);
            System.out.printf("imported %,d units and the termbase in %.1f s%n", r.added(), (System.nanoTime() - i0) / 1e9);
        }
        Files.deleteIfExists(tmx);
        memEn = null;
        seen = null;
        System.gc();

        int cores = Runtime.getRuntime().availableProcessors();
        PrepareOptions options = new PrepareOptions("en", List.of("fr"), XliffVersion.V2_0, 70, 5, "A/BENCH/NEW", "PrepareBenchmark");
        List<Database> dbs = new ArrayList<>();
        try {
            List<TranslationMemory> memories = new ArrayList<>();
            for (int i = 0; i < cores; i++) {
                dbs.add(Database.open(dbFile));
                memories.add(TranslationMemory.open(dbs.get(i)));
            }
            // Baseline: what a script calling fuzzy() sentence by sentence gets, on a sample of the same document.
            List<String> sample = doc.subList(0, Math.min(BASELINE_SAMPLE, doc.size()));
            TranslationMemory one = memories.get(0);
            for (String s : sample.subList(0, Math.min(200, sample.size()))) one.fuzzy(s, "en", "fr", 70, 5); // warm-up
            long b0 = System.nanoTime();
            long bc = processCpu();
            for (String s : sample) one.fuzzy(s, "en", "fr", 70, 5);
            double baseSeconds = (System.nanoTime() - b0) / 1e9;
            double baseCpu = (processCpu() - bc) / 1e9;
            double baseRate = sample.size() / baseSeconds;

            PrepareJob job = new PrepareJob(memories, Termbase.open(dbs.get(0)).recognizer(), options);
            long p0 = System.nanoTime();
            long pc = processCpu();
            List<PrepareJob.Written> written = job.run(List.of(document), dir.resolve("document.fr.xlf"), bar());
            double seconds = (System.nanoTime() - p0) / 1e9;
            double cpu = (processCpu() - pc) / 1e9;
            PrepareJob.Written w = written.get(0);
            PhaseTimes t = job.times();
            System.out.printf("prepare:  %,d sentences against %,d units in %.1f s wall, %.1f s of process CPU, on %d cores (target <= 300 s): %,.0f sentences/s"
                    + "   baseline: fuzzy() one by one on one thread %,.0f sentences/s (%,d sentences, %.1f s wall, %.1f s CPU) -> %.1fx%n",
                w.segments(), units, seconds, cpu, cores, w.segments() / seconds, baseRate, sample.size(), baseSeconds, baseCpu,
                (w.segments() / seconds) / baseRate);
            System.out.printf("split (wall): segmenting %.1f s, memory %.1f s, termbase %.1f s, writing %.1f s  (XLIFF %,d MB)%n",
                t.segmentingNanos() / 1e9, t.memoryNanos() / 1e9, t.termbaseNanos() / 1e9, t.writingNanos() / 1e9,
                Files.size(w.file()) >> 20);
            System.out.printf("found: %,d exact (%,d in context), %,d with fuzzy matches only, %,d with terms%n",
                w.exact(), w.inContext(), w.fuzzy(), w.withTerms());
        } finally {
            for (Database d : dbs) d.close();
        }
    }

    /** A progress bar on standard error, redrawn at each whole percent, only when this runs in a terminal (not into a log file). */
    private static Progress bar() {
        if (System.console() == null) return Progress.NONE;
        int[] last = {-1};
        return (what, done, total) -> {
            int pct = total == 0 ? 100 : (int) (100L * done / total);
            if (pct == last[0]) return;
            last[0] = pct;
            System.err.print("\r[" + "#".repeat(pct * 30 / 100) + " ".repeat(30 - pct * 30 / 100) + "] " + pct + "% " + what);
            if (pct == 100) System.err.print("\r\u001B[K");
            System.err.flush();
        };
    }

    /** The first 1/parts of one sentence and the rest of another. */
    private static String join(String a, String b, int parts) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        return String.join(" ", Arrays.copyOfRange(x, 0, x.length / parts)) + " " + String.join(" ", Arrays.copyOfRange(y, y.length / parts, y.length));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
