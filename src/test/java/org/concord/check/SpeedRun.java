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

    static void run(Path corpus) throws IOException {
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
            System.out.printf("3. Speed: %,d segment pairs against %,d concepts (%d real + synthetic from corpus word pairs)%n",
                pairs.size(), tb.concepts().size(), real);
            Checker checker = Checker.standard(tb.recognizer());
            checker.check(pairs.subList(0, 2000)); // class loading and JIT, not measured
            long t0 = System.nanoTime();
            Report r = checker.check(pairs);
            double concord = (System.nanoTime() - t0) / 1e9;
            System.out.printf("Concord (all %d checks): %.2f s, %,d findings, %,d term occurrences (target <= 10 s)%n",
                r.checks().size(), concord, r.findings().size(), r.termOccurrences());
            long t1 = System.nanoTime();
            long issues = 0;
            for (String lang : CheckBenchmark.TARGETS) {
                issues += new OkapiTermCheck(tb.concepts(), "en", lang).check(byLang.get(lang)).size();
            }
            double okapi = (System.nanoTime() - t1) / 1e9;
            System.out.printf("Okapi TermChecker (terms only, glossary build included): %.2f s, %,d issues%n", okapi, issues);
            System.out.printf("ratio Okapi / Concord: %.2fx%n", okapi / concord);
        } finally {
            Files.deleteIfExists(tbx);
        }
    }

    /** Concepts whose terms are the {@code n} most frequent content-word pairs of each language, paired by rank. */
    private static void writeSynthetic(Path corpus, Path tbx, int n) throws IOException {
        Map<String, List<String>> terms = new HashMap<>();
        terms.put("en", frequent(corpus.resolve("unpc-dev.en"), n, false));
        for (String lang : CheckBenchmark.TARGETS) terms.put(lang, frequent(corpus.resolve("unpc-dev." + lang), n, lang.equals("zh")));
        try (Writer w = Files.newBufferedWriter(tbx, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" "
                + "xmlns=\"urn:iso:std:iso:30042:ed-2\">\n<tbxHeader><fileDesc><sourceDesc><p>synthetic</p></sourceDesc>"
                + "</fileDesc></tbxHeader>\n<text><body>\n");
            for (int i = 0; i < n; i++) {
                w.write("<conceptEntry id=\"synthetic-" + i + "\">\n");
                for (var e : terms.entrySet()) {
                    List<String> list = e.getValue();
                    String term = list.get(i % list.size()) + (i >= list.size() ? " " + (i / list.size()) : "");
                    w.write("<langSec xml:lang=\"" + e.getKey() + "\"><termSec><term>" + StringEscapeUtils.escapeXml10(term)
                        + "</term><termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></termSec></langSec>\n");
                }
                w.write("</conceptEntry>\n");
            }
            w.write("</body></text>\n</tbx>\n");
        }
    }

    /** The most frequent pairs of adjacent words of four letters or more (for Chinese: four-character strings). */
    private static List<String> frequent(Path file, int n, boolean characters) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (characters) {
                for (int i = 0; i + 4 <= line.length(); i++) {
                    String s = line.substring(i, i + 4);
                    if (s.codePoints().allMatch(Character::isIdeographic)) counts.merge(s, 1, Integer::sum);
                }
                continue;
            }
            String[] words = line.split("[^\\p{L}]+");
            for (int i = 0; i + 1 < words.length; i++) {
                if (words[i].length() >= 4 && words[i + 1].length() >= 4) counts.merge(words[i] + " " + words[i + 1], 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(n).map(Map.Entry::getKey).toList();
    }
}
