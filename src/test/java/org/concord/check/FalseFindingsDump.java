package org.concord.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concord.term.Termbase;
import org.concord.testing.Shared;

/**
 * Writes every term finding Concord makes on the official unpc-dev translations (all false) to
 * target/false-findings.tsv, one row each: language, check, line, source term, message, source and target sentence.
 * For classifying them by hand. Run: {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.concord.check.FalseFindingsDump
 * [-Dexec.args=even]}: with "even", only the even (tuning) lines, so that the odd ones stay held out.
 */
public final class FalseFindingsDump {
    private FalseFindingsDump() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Shared.root() == null ? null : Shared.root().resolve("corpora/unpc-dev");
        if (corpus == null || !Files.isDirectory(corpus)) {
            System.out.println("FalseFindingsDump skipped: ../shared/corpora/unpc-dev is not there");
            return;
        }
        Path out = Path.of("target/false-findings.tsv");
        Files.createDirectories(out.getParent());
        try (Termbase tb = Termbase.load(Path.of("termbase/un-terms.tbx"));
             PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            Checker checker = Checker.standard(tb.recognizer()).documents(Checker.Documents.SAMPLED); // unpc-dev: lines sampled from documents
            w.println("lang\tcheck\tline\tsource term\tmessage\tsource\ttarget");
            int n = 0;
            boolean evenOnly = args.length > 0 && args[0].equals("even");
            for (String lang : CheckBenchmark.TARGETS) {
                List<SegmentPair> pairs = CheckBenchmark.Corpus.pairs(corpus, "en", lang);
                Map<String, SegmentPair> byId = pairs.stream().collect(Collectors.toMap(SegmentPair::id, Function.identity()));
                for (Finding f : checker.check(pairs).findings()) {
                    if (!CheckBenchmark.TERM_CHECKS.contains(f.checkId())) continue;
                    if (evenOnly && CheckBenchmark.half(f.pairId()) != 0) continue;
                    SegmentPair p = byId.get(f.pairId());
                    String term = f.sourceSpans().isEmpty() ? ""
                        : p.source().substring(f.sourceSpans().get(0).start(), f.sourceSpans().get(0).end());
                    w.println(String.join("\t", lang, f.checkId(), f.pairId(), term, clean(f.message()), clean(p.source()),
                        clean(p.target())));
                    n++;
                }
            }
            System.out.println(n + " term findings written to " + out);
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
