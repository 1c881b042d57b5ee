package org.concord.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.term.Termbase;
import org.concord.term.TermRecognizer;
import org.concord.testing.Shared;

/**
 * CheckBenchmark's term findings and recall on the two quarters of the tuning (even) half: lines ≡ 0 (mod 4), where
 * changes are designed, and lines ≡ 2 (mod 4), where they must also hold. The odd lines are never read here, so
 * the held-out half stays unseen. A change is kept only if quarter 2 gains (or loses nothing) too.
 * Run: {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.concord.check.QuarterFigures}.
 */
public final class QuarterFigures {
    private QuarterFigures() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Shared.root() == null ? null : Shared.root().resolve("corpora/unpc-dev");
        if (corpus == null || !Files.isDirectory(corpus)) {
            System.out.println("QuarterFigures skipped: ../shared/corpora/unpc-dev is not there");
            return;
        }
        try (Termbase tb = Termbase.load(Path.of("termbase/un-terms.tbx"))) {
            TermRecognizer recognizer = tb.recognizer();
            Checker checker = Checker.standard(recognizer).documents(Checker.Documents.SAMPLED);
            if (args.length > 0 && args[0].equals("rules")) {
                rules(corpus, checker);
                return;
            }
            long[][] findings = new long[2][2]; // [q0, q2] → {occurrences, findings}
            long[][][] recall = new long[2][Injector.Kind.values().length][2]; // [q0, q2][kind] → {injected, found}
            System.out.println("lang  q0: occ. findings     q2: occ. findings");
            for (String lang : CheckBenchmark.TARGETS) {
                List<SegmentPair> tuning = CheckBenchmark.Corpus.pairs(corpus, "en", lang).stream()
                    .filter(p -> quarter(p.id()) >= 0).toList();
                long[][] own = new long[2][2];
                for (SegmentPair p : tuning) own[quarter(p.id())][0] += CheckBenchmark.checkableOccurrences(List.of(p), recognizer, lang);
                checker.check(tuning).findings().stream().filter(f -> CheckBenchmark.TERM_CHECKS.contains(f.checkId()))
                    .forEach(f -> own[quarter(f.pairId())][1]++);
                System.out.printf("%-4s  %8d %4d          %8d %4d%n", lang, own[0][0], own[0][1], own[1][0], own[1][1]);
                for (int q = 0; q < 2; q++) for (int j = 0; j < 2; j++) findings[q][j] += own[q][j];
                Injector injector = new Injector(recognizer, lang, tb.concepts());
                for (Injector.Kind kind : Injector.Kind.values()) {
                    if (kind == Injector.Kind.NUMBER) continue;
                    Injector.Result inj = injector.inject(tuning, kind);
                    Report r = checker.check(inj.pairs());
                    for (Injector.Error err : inj.errors()) {
                        long[] cell = recall[quarter(err.pairId())][kind.ordinal()];
                        cell[0]++;
                        if (err.detectedBy(r.findings())) cell[1]++;
                    }
                }
            }
            System.out.printf("false findings   q0 %d of %d = %.2f%%   q2 %d of %d = %.2f%%%n", findings[0][1], findings[0][0],
                CheckBenchmark.pct(findings[0][1], findings[0][0]), findings[1][1], findings[1][0],
                CheckBenchmark.pct(findings[1][1], findings[1][0]));
            for (Injector.Kind kind : Injector.Kind.values()) {
                if (kind == Injector.Kind.NUMBER) continue;
                long[] a = recall[0][kind.ordinal()];
                long[] b = recall[1][kind.ordinal()];
                System.out.printf("recall %-14s q0 %4d/%4d = %6.2f%%   q2 %4d/%4d = %6.2f%%%n", kind.label, a[1], a[0],
                    CheckBenchmark.pct(a[1], a[0]), b[1], b[0], CheckBenchmark.pct(b[1], b[0]));
            }
        }
    }

    /**
     * How many source terms each rule decided on each quarter: a tolerance that excuses one or two renderings, or only
     * on the quarter it was written on, is suspect of being fitted to its examples.
     */
    private static void rules(Path corpus, Checker checker) throws IOException {
        java.util.Map<String, long[]> counts = new java.util.TreeMap<>();
        for (String lang : CheckBenchmark.TARGETS) {
            List<SegmentPair> tuning = CheckBenchmark.Corpus.pairs(corpus, "en", lang).stream().filter(p -> quarter(p.id()) >= 0).toList();
            for (TermExplanation e : checker.explain(tuning)) {
                String key = e.outcome().equals(TermExplanation.ACCEPTED) || e.outcome().equals(TermExplanation.NOT_A_USE) ? e.rule() : e.outcome();
                counts.computeIfAbsent(key, k -> new long[2])[quarter(e.pairId())]++;
            }
        }
        System.out.println("rule                               q0     q2");
        counts.forEach((k, v) -> System.out.printf("%-34s %5d  %5d%n", k, v[0], v[1]));
    }

    /** 0 for a line ≡ 0 (mod 4), 1 for one ≡ 2 (mod 4), -1 for an odd (held-out) line. */
    static int quarter(String pairId) {
        int line = Integer.parseInt(pairId.substring(1));
        return line % 2 != 0 ? -1 : line % 4 == 0 ? 0 : 1;
    }
}
