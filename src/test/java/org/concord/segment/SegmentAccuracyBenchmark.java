package org.concord.segment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concord.Languages;
import org.concord.testing.Shared;

/**
 * How often Concord's rules and Okapi's default rules put a sentence break where the official UN sentences of
 * ../shared/corpora/unpc-dev end, five sentences to a paragraph. The corpus lines are not all sentences (headings,
 * list items ending in a colon), so neither figure can reach 1; they compare the two rule sets on real UN text.
 * Run: {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.concord.segment.SegmentAccuracyBenchmark}
 */
public final class SegmentAccuracyBenchmark {

    public static void main(String[] args) throws IOException {
        Path corpus = Shared.root() == null ? null : Shared.root().resolve("corpora/unpc-dev");
        if (corpus == null || !Files.isDirectory(corpus)) {
            System.err.println("SegmentAccuracyBenchmark needs ../shared/corpora/unpc-dev (or CONCORD_SHARED)");
            System.exit(2);
        }
        System.out.println("lang  breaks  Concord precision/recall  Okapi default precision/recall");
        for (String lang : Languages.OFFICIAL) {
            List<String> lines = Files.readAllLines(corpus.resolve("unpc-dev." + lang));
            StringBuilder text = new StringBuilder();
            Set<Integer> gold = new HashSet<>();
            int inParagraph = 0;
            for (String line : lines) {
                if (line.isBlank()) continue;
                if (inParagraph == 5) {
                    text.append("\n\n");
                    inParagraph = 0;
                } else if (inParagraph > 0) {
                    if (!lang.equals("zh")) text.append(' ');
                    gold.add(text.length());
                }
                text.append(line.strip());
                inParagraph++;
            }
            double[] ours = score(Segmenter.forLanguage(lang), text.toString(), gold);
            double[] okapi = score(Segmenter.okapiDefault(lang), text.toString(), gold);
            System.out.printf("%-4s  %6d  %.3f / %.3f             %.3f / %.3f%n", lang, gold.size(), ours[0], ours[1], okapi[0],
                okapi[1]);
        }
    }

    /** Precision and recall of the breaks inside paragraphs against the corpus sentence ends. */
    private static double[] score(Segmenter segmenter, String text, Set<Integer> gold) {
        int found = 0;
        int right = 0;
        for (Sentence s : segmenter.segment(text)) {
            if (s.index() == 0) continue;
            found++;
            if (gold.contains(s.start())) right++;
        }
        return new double[] {(double) right / found, (double) right / gold.size()};
    }
}
