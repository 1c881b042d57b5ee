package org.concord.check;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.concord.term.OnConflict;
import org.concord.term.Termbase;

/**
 * Part 3 of {@link CheckBenchmark}: 100,000 segment pairs (unpc-dev en→fr/es/ru/zh/ar, ten copies) against 10,000
 * concepts (termbase/un-terms.tbx plus concepts made of the corpus' most frequent word pairs, so that terms really
 * occur), Concord with all its checks against Okapi's term checker on the same pairs and glossary.
 */
final class SpeedRun {
    static final int CONCEPTS = 10_000;
    static final int COPIES = 10;

    private SpeedRun() {}

    static void run(Path corpus, boolean okapiToo) throws IOException {
        Path tbx = Files.createTempFile("concord-speed", ".tbx");
        try (Termbase tb = Termbase.load(Path.of("termbase/un-terms.tbx"))) {
            int real = tb.concepts().size();
            writeSynthetic(corpus, tbx, CONCEPTS - real);
            tb.importFile(tbx, OnConflict.SKIP);
            List<SegmentPair> pairs = new ArrayList<>();
            Map<String, List<SegmentPair>> byLang = new HashMap<>();
            for (String lang : CheckBenchmark.TARGETS) {
                List<SegmentPair> one = CheckBenchmark.Corpus.pairs(corpus, "en", lang);
                for (int copy = 0; copy < COPIES; copy++) {
                    for (SegmentPair p : one) {
                        SegmentPair c = new SegmentPair(p.id() + "/" + lang + "/" + copy, "en", p.source(), lang, p.target(), p.document() + "#" + copy);
                        pairs.add(c);
                        byLang.computeIfAbsent(lang, k -> new ArrayList<>()).add(c);
                    }
                }
            }
            System.out.printf("3. Speed: %,d segment pairs against %,d concepts (%d real + synthetic: frequent English word pairs with their best co-occurring target word pairs)%n",
                pairs.size(), tb.concepts().size(), real);
            Checker checker = Checker.standard(tb.recognizer()).documents(Checker.Documents.SAMPLED); // unpc-dev: lines sampled from documents
            checker.check(pairs.subList(0, 2000)); // class loading and JIT, not measured
            long tr = System.nanoTime();
            long occurrences = pairs.parallelStream()
                .mapToLong(p -> tb.recognizer().find(p.source(), "en").size() + tb.recognizer().find(p.target(), p.tgtLang()).size()).sum();
            System.out.printf("  of which term recognition alone (both sides, %,d occurrences): %.2f s%n", occurrences,
                (System.nanoTime() - tr) / 1e9);
            if (System.getenv("CHECK_BENCHMARK_VERBOSE") != null) {
                List<AnalysedPair> analysed = checker.analyse(pairs);
                for (Check c : checker.checks()) {
                    long tc = System.nanoTime();
                    int n = c.check(analysed).size();
                    System.out.printf("  %-30s %6.2f s  %,d findings%n", c.id(), (System.nanoTime() - tc) / 1e9, n);
                }
            }
            long t0 = System.nanoTime();
            long c0 = processCpu();
            Report r = checker.check(pairs);
            double concord = (System.nanoTime() - t0) / 1e9;
            double concordCpu = (processCpu() - c0) / 1e9;
            System.out.printf("  (%d cores available; load average %.2f before the run)%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("Concord (all %d checks): %.2f s wall, %.2f s CPU (all threads of this process), %,d findings, %,d term occurrences (target <= 10 s)%n",
                r.checks().size(), concord, concordCpu, r.findings().size(), r.termOccurrences());
            if (!okapiToo) return;
            // Okapi takes minutes on the whole set: it runs on one of the ten copies and its time is scaled by ten.
            long t1 = System.nanoTime();
            long c1 = processCpu();
            long issues = 0;
            for (String lang : CheckBenchmark.TARGETS) {
                issues += new OkapiTermCheck(tb.concepts(), "en", lang).check(byLang.get(lang).subList(0, 2000)).size();
            }
            double okapi = (System.nanoTime() - t1) / 1e9 * COPIES;
            double okapiCpu = (processCpu() - c1) / 1e9 * COPIES;
            System.out.printf("Okapi TermChecker (terms only, glossary build included), measured on %,d pairs x %d: %.2f s wall, %.2f s CPU, %,d issues x %d%n",
                pairs.size() / COPIES, COPIES, okapi, okapiCpu, issues, COPIES);
            System.out.printf("ratio Okapi / Concord: %.2fx wall, %.2fx CPU%n", okapi / concord, okapiCpu / concordCpu);
        } finally {
            Files.deleteIfExists(tbx);
        }
    }

    /**
     * Concepts made like a naive term extraction would: the {@code n} most frequent English word pairs (two words of
     * four letters or more), each with the word pair (Chinese: four characters) of each target language that co-occurs
     * with it best (Dice over corpus lines), so that renderings are usually present as in a real termbase.
     */
    private static void writeSynthetic(Path corpus, Path tbx, int n) throws IOException {
        List<String> en = Files.readAllLines(corpus.resolve("unpc-dev.en"), StandardCharsets.UTF_8);
        Map<String, List<Integer>> enLines = grams(en, false);
        List<String> terms = enLines.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
            .limit(n).map(Map.Entry::getKey).toList();
        Map<String, List<String>> renderings = new HashMap<>();
        for (String lang : CheckBenchmark.TARGETS) {
            List<String> lines = Files.readAllLines(corpus.resolve("unpc-dev." + lang), StandardCharsets.UTF_8);
            Map<String, List<Integer>> tgtLines = grams(lines, lang.equals("zh"));
            List<Map<String, Integer>> byLine = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) byLine.add(new HashMap<>());
            tgtLines.forEach((g, ls) -> ls.forEach(l -> byLine.get(l).put(g, ls.size())));
            List<String> best = new ArrayList<>();
            for (String term : terms) {
                List<Integer> ls = enLines.get(term);
                Map<String, Integer> together = new HashMap<>();
                for (int l : ls) byLine.get(l).keySet().forEach(g -> together.merge(g, 1, Integer::sum));
                best.add(together.entrySet().stream().max((a, b) -> Double.compare(
                    dice(a.getValue(), ls.size(), tgtLines.get(a.getKey()).size()),
                    dice(b.getValue(), ls.size(), tgtLines.get(b.getKey()).size()))).map(Map.Entry::getKey).orElse("x" + best.size()));
            }
            renderings.put(lang, best);
        }
        renderings.put("en", terms);
        try (Writer w = Files.newBufferedWriter(tbx, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" "
                + "xmlns=\"urn:iso:std:iso:30042:ed-2\">\n<tbxHeader><fileDesc><sourceDesc><p>synthetic</p></sourceDesc>"
                + "</fileDesc></tbxHeader>\n<text><body>\n");
            for (int i = 0; i < terms.size(); i++) {
                w.write("<conceptEntry id=\"synthetic-" + i + "\">\n");
                for (var e : renderings.entrySet()) {
                    w.write("<langSec xml:lang=\"" + e.getKey() + "\"><termSec><term>" + StringEscapeUtils.escapeXml10(e.getValue().get(i))
                        + "</term><termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></termSec></langSec>\n");
                }
                w.write("</conceptEntry>\n");
            }
            w.write("</body></text>\n</tbx>\n");
        }
    }

    private static double dice(int both, int a, int b) {
        return 2.0 * both / (a + b);
    }

    /** Word pairs (or four-character strings) → the lines they occur in. */
    private static Map<String, List<Integer>> grams(List<String> lines, boolean characters) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            java.util.Set<String> seen = new java.util.HashSet<>();
            if (characters) {
                for (int i = 0; i + 4 <= line.length(); i++) {
                    String g = line.substring(i, i + 4);
                    if (g.codePoints().allMatch(Character::isIdeographic)) seen.add(g);
                }
            } else {
                String[] words = line.split("[^\\p{L}]+");
                for (int i = 0; i + 1 < words.length; i++) {
                    if (words[i].length() >= 4 && words[i + 1].length() >= 4) seen.add(words[i] + " " + words[i + 1]);
                }
            }
            for (String g : seen) out.computeIfAbsent(g, k -> new ArrayList<>()).add(l);
        }
        return out;
    }

    /** CPU time of this process so far, in nanoseconds: less disturbed than wall time by others sharing the machine. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
