package org.concord.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concord.term.Termbase;
import org.concord.testing.Shared;

/**
 * Prints, for each rule of the term checks, how often it decided a source term on the even (tuning) lines of unpc-dev
 * and a few of those pairs: where to take each rule's example pairs from. Run: {@code mvn -q -o test-compile exec:java
 * -Dexec.mainClass=org.concord.check.RuleExamplesDump [-Dexec.args=N]} (N examples per rule and language, default 1).
 */
public final class RuleExamplesDump {
    private RuleExamplesDump() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Shared.root() == null ? null : Shared.root().resolve("corpora/unpc-dev");
        if (corpus == null || !Files.isDirectory(corpus)) {
            System.out.println("RuleExamplesDump skipped: ../shared/corpora/unpc-dev is not there");
            return;
        }
        int perLanguage = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        try (Termbase tb = Termbase.load(Path.of("termbase/un-terms.tbx"))) {
            Checker checker = Checker.standard(tb.recognizer()).documents(Checker.Documents.SAMPLED); // unpc-dev: lines sampled from documents
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, Integer> shown = new LinkedHashMap<>();
            for (String lang : CheckBenchmark.TARGETS) {
                List<SegmentPair> pairs = CheckBenchmark.Corpus.pairs(corpus, "en", lang).stream()
                    .filter(p -> CheckBenchmark.half(p.id()) == 0).toList();
                Map<String, SegmentPair> byId = pairs.stream().collect(Collectors.toMap(SegmentPair::id, Function.identity()));
                for (TermExplanation e : checker.explain(pairs)) {
                    String key = e.outcome().equals(TermExplanation.ACCEPTED) || e.outcome().equals(TermExplanation.NOT_A_USE) ? e.rule() : e.outcome();
                    counts.merge(key, 1, Integer::sum);
                    if (key.equals("recognised") || shown.merge(key + "\t" + lang, 1, Integer::sum) > perLanguage) continue;
                    SegmentPair p = byId.get(e.pairId());
                    System.out.printf("%s %s %s '%s' (%s)%n    en: %s%n    %s: %s%n", key, lang, e.pairId(), e.term(), e.reason(), p.source(), lang,
                        p.target());
                }
            }
            System.out.println();
            counts.forEach((k, v) -> System.out.printf("%-34s %5d%n", k, v));
        }
    }
}
