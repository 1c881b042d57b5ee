package org.concord.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.term.Termbase;
import org.concord.term.TermRecognizer;
import org.concord.testing.Shared;

/**
 * Whether a target's length can tell a term rendered otherwise (a paraphrase: the target as long as a full translation)
 * from a rendering left out (the target short by the rendering), on the tuning lines only. For each term-missing
 * finding on the official text and each injected deletion the checker finds, the target's log length ratio in spreads
 * from the language pair's median (length-ratios.txt); then, per threshold, the share of each an "excuse when at
 * least this long" rule would let pass. Run: {@code mvn -q -o test-compile exec:java
 * -Dexec.mainClass=org.concord.check.ParaphraseSignal}.
 */
public final class ParaphraseSignal {
    private ParaphraseSignal() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Shared.root() == null ? null : Shared.root().resolve("corpora/unpc-dev");
        if (corpus == null || !Files.isDirectory(corpus)) {
            System.out.println("ParaphraseSignal skipped: ../shared/corpora/unpc-dev is not there");
            return;
        }
        List<Double> official = new ArrayList<>();
        List<Double> deleted = new ArrayList<>();
        try (Termbase tb = Termbase.load(Path.of("termbase/un-terms.tbx"))) {
            TermRecognizer recognizer = tb.recognizer();
            Checker checker = Checker.standard(recognizer).documents(Checker.Documents.SAMPLED);
            for (String lang : CheckBenchmark.TARGETS) {
                TargetLength.Ratio ratio = TargetLength.ratio("en", lang);
                List<SegmentPair> tuning = CheckBenchmark.Corpus.pairs(corpus, "en", lang).stream()
                    .filter(p -> CheckBenchmark.half(p.id()) == 0).toList();
                java.util.Map<String, SegmentPair> byId = new java.util.HashMap<>();
                for (SegmentPair p : tuning) byId.put(p.id(), p);
                for (Finding f : checker.check(tuning).findings()) {
                    if (!f.checkId().equals("term-missing")) continue;
                    SegmentPair p = byId.get(f.pairId());
                    official.add(ratio.spreads(TargetLength.chars(p.source()), TargetLength.chars(p.target())));
                }
                Injector.Result inj = new Injector(recognizer, lang, tb.concepts()).inject(tuning, Injector.Kind.DELETED);
                Report r = checker.check(inj.pairs());
                java.util.Map<String, SegmentPair> injected = new java.util.HashMap<>();
                for (SegmentPair p : inj.pairs()) injected.put(p.id(), p);
                for (Injector.Error e : inj.errors()) {
                    if (!e.detectedBy(r.findings())) continue;
                    SegmentPair p = injected.get(e.pairId());
                    deleted.add(ratio.spreads(TargetLength.chars(p.source()), TargetLength.chars(p.target())));
                }
            }
        }
        System.out.printf("tuning lines: %d term-missing findings on the official text, %d injected deletions found%n", official.size(),
            deleted.size());
        System.out.println("excuse when the target is at least T spreads from the median length:");
        System.out.println("   T     official findings excused     deletions let through");
        for (double t : new double[] {-1, -0.5, 0, 0.5, 1, 1.5, 2}) {
            long o = official.stream().filter(v -> v >= t).count();
            long d = deleted.stream().filter(v -> v >= t).count();
            System.out.printf("%5.1f   %4d of %4d = %5.1f%%        %4d of %4d = %5.1f%%%n", t, o, official.size(),
                CheckBenchmark.pct(o, official.size()), d, deleted.size(), CheckBenchmark.pct(d, deleted.size()));
        }
    }
}
