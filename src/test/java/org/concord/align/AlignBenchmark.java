package org.concord.align;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.concord.segment.Segmenter;
import org.concord.segment.Sentence;
import org.concord.testing.Shared;

/**
 * Ours against Okapi's Gale-Church (okapi-step-aligner, gcaligner) on the same sentences:
 * Text+Berg dev (German-French, strict F1 against gold beads), a UN benchmark built from unpc-dev (pseudo-documents of
 * 20-60 consecutive lines, each line a paragraph, re-segmented on both sides, scored as line F1), and a speed run.
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.concord.align.AlignBenchmark}
 (argument {@code quick} skips the speed run, {@code speed} runs only it; a second argument such as {@code fr,ru} picks the UN pairs).
 */
public final class AlignBenchmark {

    private static final List<String> UN_TARGETS = List.of("fr", "es", "ru", "zh", "ar");

    public static void main(String[] args) throws IOException {
        Path shared = Shared.root();
        if (shared == null) {
            System.out.println("skipped: ../shared is not beside the project (set CONCORD_SHARED)");
            return;
        }
        boolean quick = args.length > 0 && args[0].equals("quick");
        if (args.length > 0 && args[0].equals("speed")) {
            speed(shared.resolve("corpora/unpc-dev"));
            return;
        }
        List<String> pairs = args.length > 1 ? List.of(args[1].split(",")) : UN_TARGETS;
        textBerg(shared.resolve("corpora/textberg-dev"));
        un(shared.resolve("corpora/unpc-dev"), pairs);
        if (!quick) speed(shared.resolve("corpora/unpc-dev"));
    }

    static void textBerg(Path dir) throws IOException {
        List<String> de = lines(dir.resolve("dev.de"));
        List<String> fr = lines(dir.resolve("dev.fr"));
        List<Bead> gold = BeadFormat.parse(lines(dir.resolve("dev.defr")), "dev.defr");
        System.out.printf(Locale.ROOT, "Text+Berg dev (de-fr, %d x %d sentences, %d gold beads), strict and lax P/R/F1:%n",
            de.size(), fr.size(), gold.size());
        Timed<List<Bead>> ours = time(() -> Aligner.forLanguages("de", "fr").align(de, fr).beads());
        Timed<List<Bead>> okapi = time(() -> OkapiGaleChurch.align(de, fr, "de", "fr"));
        printScore("concord", AlignmentScore.of(gold, ours.value()), ours.cpuMillis());
        printScore("okapi-gale-church", AlignmentScore.of(gold, okapi.value()), okapi.cpuMillis());
        java.util.Set<String> goldBeads = new java.util.HashSet<>();
        gold.forEach(b -> goldBeads.add(BeadFormat.format(b)));
        List<Bead> matches = ours.value().stream().filter(Bead::isMatch).toList();
        long wrong = matches.stream().filter(b -> !goldBeads.contains(BeadFormat.format(b))).count();
        long flagged = matches.stream().filter(Bead::flagged).count();
        long flaggedWrong = matches.stream().filter(b -> b.flagged() && !goldBeads.contains(BeadFormat.format(b))).count();
        System.out.printf(Locale.ROOT, "  concord flags %d of %d beads for review; %d of them are wrong; %d of the %d wrong beads are flagged%n",
            flagged, matches.size(), flaggedWrong, flaggedWrong, wrong);
    }

    private static void printScore(String name, AlignmentScore s, long millis) {
        System.out.printf(Locale.ROOT, "  %-18s strict P %.3f R %.3f F1 %.3f | lax P %.3f R %.3f F1 %.3f | %5d ms CPU%n", name,
            s.strict().precision(), s.strict().recall(), s.strict().f1(), s.lax().precision(), s.lax().recall(), s.lax().f1(), millis);
    }

    /** One pseudo-document of the UN benchmark: consecutive unpc-dev lines, each a paragraph, segmented. */
    record UnDocument(List<Sentence> src, List<Sentence> tgt) {}

    static List<UnDocument> unDocuments(Path dir, String tgtLang) throws IOException {
        List<String> en = lines(dir.resolve("unpc-dev.en"));
        List<String> tgt = lines(dir.resolve("unpc-dev." + tgtLang));
        Segmenter enSeg = Segmenter.forLanguage("en"), tgtSeg = Segmenter.forLanguage(tgtLang);
        Random sizes = new Random(20260);
        List<UnDocument> docs = new ArrayList<>();
        for (int start = 0; start < en.size(); ) {
            int end = Math.min(en.size(), start + 20 + sizes.nextInt(41));
            docs.add(new UnDocument(enSeg.segment(String.join("\n\n", en.subList(start, end))),
                tgtSeg.segment(String.join("\n\n", tgt.subList(start, end)))));
            start = end;
        }
        return docs;
    }

    static void un(Path dir, List<String> targets) throws IOException {
        System.out.println("UN benchmark (unpc-dev, pseudo-documents of 20-60 lines, each line a paragraph), line P/R/F1:");
        for (String lang : targets) {
            List<UnDocument> docs = unDocuments(dir, lang);
            Aligner aligner = Aligner.forLanguages("en", lang);
            int[] oursCounts = new int[4], okapiCounts = new int[4], flatCounts = new int[4];
            long oursMs = 0, okapiMs = 0, flatMs = 0;
            for (UnDocument d : docs) {
                Timed<List<Bead>> ours = time(() -> aligner.alignSentences(d.src(), d.tgt()).beads());
                List<String> s = d.src().stream().map(Sentence::text).toList(), t = d.tgt().stream().map(Sentence::text).toList();
                Timed<List<Bead>> okapi = time(() -> OkapiGaleChurch.align(s, t, "en", lang));
                Timed<List<Bead>> flat = time(() -> aligner.align(s, t).beads());
                flatMs += flat.cpuMillis();
                add(flatCounts, LineScore.count(d.src(), d.tgt(), flat.value()));
                oursMs += ours.cpuMillis();
                okapiMs += okapi.cpuMillis();
                add(oursCounts, LineScore.count(d.src(), d.tgt(), ours.value()));
                add(okapiCounts, LineScore.count(d.src(), d.tgt(), okapi.value()));
            }
            System.out.printf(Locale.ROOT, "  en-%s %3d docs  concord %s %5d ms CPU | okapi-gale-church %s %5d ms CPU%n", lang, docs.size(),
                LineScore.format(oursCounts), oursMs, LineScore.format(okapiCounts), okapiMs);
            System.out.printf(Locale.ROOT, "  en-%s           concord without paragraph marks %s %5d ms CPU%n", lang, LineScore.format(flatCounts), flatMs);
        }
    }

    private static void add(int[] total, int[] part) {
        for (int k = 0; k < total.length; k++) total[k] += part[k];
    }

    static void speed(Path dir) throws IOException {
        List<String> en = lines(dir.resolve("unpc-dev.en"));
        List<String> fr = lines(dir.resolve("unpc-dev.fr"));
        System.out.println("Speed, en-fr unpc-dev sentences repeated, one thread; wall and CPU time (the machine is shared),");
        System.out.println("heap peak from the JVM's memory pools:");
        Aligner aligner = Aligner.forLanguages("en", "fr");
        aligner.align(en.subList(0, 500), fr.subList(0, 500)); // warm-up
        long okapiMs = 0;
        for (int n : new int[] {2000, 10000}) {
            List<String> s = repeat(en, n), t = repeat(fr, n);
            resetPeaks();
            Timed<List<Bead>> ours = time(() -> aligner.align(s, t).beads());
            long oursPeak = heapPeakMb();
            String okapiPart = "";
            if (n == 2000) {
                resetPeaks();
                Timed<List<Bead>> okapi = time(() -> OkapiGaleChurch.align(s, t, "en", "fr"));
                okapiMs = okapi.cpuMillis();
                okapiPart = String.format(Locale.ROOT, " | okapi-gale-church %6d ms wall %6d ms CPU, heap peak %5d MB (full n x m matrix)",
                    okapi.millis(), okapi.cpuMillis(), heapPeakMb());
            }
            System.out.printf(Locale.ROOT, "  %5d x %5d  concord %6d ms wall %6d ms CPU, heap peak %5d MB%s%n", n, n, ours.millis(),
                ours.cpuMillis(), oursPeak, okapiPart);
            if (n == 2000) {
                System.out.printf(Locale.ROOT, "  CPU time okapi-gale-church / concord at 2000 x 2000: %.1fx%n", (double) okapiMs / Math.max(1, ours.cpuMillis()));
            }
        }
    }

    private static List<String> repeat(List<String> lines, int n) {
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) out.addAll(lines.subList(0, Math.min(lines.size(), n - out.size())));
        return out;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    private static long heapPeakMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum >> 20;
    }

    static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }

    /** A result with its wall-clock and CPU time (the CPU time of this thread: the aligners are single-threaded). */
    record Timed<T>(T value, long millis, long cpuMillis) {}

    static <T> Timed<T> time(Supplier<T> work) {
        var threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        T v = work.get();
        return new Timed<>(v, (System.nanoTime() - t0) / 1_000_000, (threads.getCurrentThreadCpuTime() - c0) / 1_000_000);
    }
}
