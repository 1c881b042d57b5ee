package org.concord.align;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.concord.segment.Sentence;
import org.concord.testing.Shared;

/**
 * Ours against Okapi's Gale-Church (okapi-step-aligner, gcaligner) on the same sentences:
 * Text+Berg dev (German-French, strict F1 against gold beads), a UN benchmark run through the pipeline a user runs
 * (unpc-dev lines written as the paragraphs of documents of 20-60 lines, read and segmented by Concord, aligned, scored
 * as line F1, dev and held-out halves reported apart), and a speed run.
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

    /**
     * One document of the UN benchmark as a user meets it: consecutive unpc-dev lines written to a file, one paragraph
     * each, read and segmented by Concord. {@code srcLine} and {@code tgtLine} give each sentence's corpus line (from its
     * offset in the file), which the line score needs and the aligner never sees.
     */
    record UnDocument(List<Sentence> src, List<Sentence> tgt, int[] srcLine, int[] tgtLine) {}

    /** The 1-based even-numbered lines of unpc-dev (dev) or the odd-numbered ones (held out). */
    enum Half { DEV, HELD_OUT }

    static List<UnDocument> unDocuments(Path dir, String tgtLang, Half half, Path work) throws IOException {
        List<String> en = halfOf(lines(dir.resolve("unpc-dev.en")), half);
        List<String> tgt = halfOf(lines(dir.resolve("unpc-dev." + tgtLang)), half);
        Random sizes = new Random(20260);
        List<UnDocument> docs = new ArrayList<>();
        for (int start = 0; start < en.size(); ) {
            int end = Math.min(en.size(), start + 20 + sizes.nextInt(41));
            Path enFile = work.resolve("en.txt"), tgtFile = work.resolve(tgtLang + ".txt");
            int[] enStarts = writeParagraphs(enFile, en.subList(start, end));
            int[] tgtStarts = writeParagraphs(tgtFile, tgt.subList(start, end));
            List<Sentence> s = DocumentSet.SegmentedDocument.read(enFile, "en", DocumentSet.Cut.SENTENCES).sentences();
            List<Sentence> t = DocumentSet.SegmentedDocument.read(tgtFile, tgtLang, DocumentSet.Cut.SENTENCES).sentences();
            docs.add(new UnDocument(s, t, lineOf(s, enStarts), lineOf(t, tgtStarts)));
            start = end;
        }
        return docs;
    }

    private static List<String> halfOf(List<String> lines, Half half) {
        List<String> out = new ArrayList<>();
        for (int k = half == Half.DEV ? 1 : 0; k < lines.size(); k += 2) out.add(lines.get(k));
        return out;
    }

    /** Writes the lines as paragraphs separated by a blank line; returns each line's first character offset. */
    private static int[] writeParagraphs(Path file, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            if (k > 0) text.append("\n\n");
            starts[k] = text.length();
            text.append(lines.get(k));
        }
        Files.writeString(file, text.append('\n'), StandardCharsets.UTF_8);
        return starts;
    }

    /** The line each sentence starts in, from its offset (characters into the file, which has no BOM or front matter). */
    private static int[] lineOf(List<Sentence> sentences, int[] lineStarts) {
        int[] out = new int[sentences.size()];
        for (int k = 0; k < out.length; k++) {
            int at = Arrays.binarySearch(lineStarts, sentences.get(k).start());
            out[k] = at >= 0 ? at : -at - 2;
        }
        return out;
    }

    /** Sentences renumbered by corpus line, for the line score. */
    private static List<Sentence> byLine(List<Sentence> sentences, int[] line) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int k = 0; k < line.length; k++) {
            Sentence s = sentences.get(k);
            out.add(new Sentence(line[k], s.index(), s.start(), s.end(), s.text()));
        }
        return out;
    }

    static void un(Path dir, List<String> targets) throws IOException {
        System.out.println("UN benchmark: unpc-dev lines written as the paragraphs of documents of 20-60 lines, read and segmented");
        System.out.println("by Concord, then aligned; line P/R/F1 (a bead is right when all its sentences come from one line).");
        System.out.println("dev = even-numbered lines, held out = odd-numbered lines; okapi-gale-church aligns the same sentences.");
        System.out.println("lone labels: 0-1/1-0 beads holding only a paragraph number, letter, numeral or footnote marker.");
        Path work = Files.createTempDirectory("concord-align-benchmark");
        try {
            for (String lang : targets) {
                for (Half half : Half.values()) unHalf(dir, lang, half, work);
            }
        } finally {
            try (var files = Files.list(work)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(work);
        }
    }

    private static void unHalf(Path dir, String lang, Half half, Path work) throws IOException {
        List<UnDocument> docs = unDocuments(dir, lang, half, work);
        Aligner aligner = Aligner.forLanguages("en", lang);
        int[] oursCounts = new int[4], okapiCounts = new int[4], flatCounts = new int[4];
        long oursMs = 0, okapiMs = 0, oursWall = 0, okapiWall = 0;
        int loneLabels = 0, lines = 0;
        for (UnDocument d : docs) {
            Timed<Alignment> ours = time(() -> aligner.alignSentences(d.src(), d.tgt()));
            List<String> s = d.src().stream().map(Sentence::text).toList(), t = d.tgt().stream().map(Sentence::text).toList();
            Timed<List<Bead>> okapi = time(() -> OkapiGaleChurch.align(s, t, "en", lang));
            List<Bead> flat = aligner.align(s, t).beads();
            List<Sentence> src = byLine(d.src(), d.srcLine()), tgt = byLine(d.tgt(), d.tgtLine());
            oursMs += ours.cpuMillis();
            oursWall += ours.millis();
            okapiMs += okapi.cpuMillis();
            okapiWall += okapi.millis();
            add(oursCounts, LineScore.count(src, tgt, ours.value().beads()));
            add(okapiCounts, LineScore.count(src, tgt, okapi.value()));
            add(flatCounts, LineScore.count(src, tgt, flat));
            lines += Arrays.stream(d.srcLine()).max().orElse(-1) + 1;
            for (Bead b : ours.value().beads()) {
                if (b.isMatch()) continue;
                String only = b.src().isEmpty() ? t.get(b.tgt().get(0)) : s.get(b.src().get(0));
                if ((b.src().size() + b.tgt().size()) == 1 && Aligner.isLabel(only)) loneLabels++;
            }
        }
        String name = half == Half.DEV ? "dev" : "held out";
        System.out.printf(Locale.ROOT, "  en-%s %-8s %4d lines %2d docs  concord %s lone labels %d  %5d ms CPU %5d ms wall%n", lang, name,
            lines, docs.size(), LineScore.format(oursCounts), loneLabels, oursMs, oursWall);
        System.out.printf(Locale.ROOT, "  en-%s %-8s %23s okapi-gale-church %s  %5d ms CPU %5d ms wall%n", lang, name, "",
            LineScore.format(okapiCounts), okapiMs, okapiWall);
        System.out.printf(Locale.ROOT, "  en-%s %-8s %23s concord without paragraph marks %s%n", lang, name, "", LineScore.format(flatCounts));
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
