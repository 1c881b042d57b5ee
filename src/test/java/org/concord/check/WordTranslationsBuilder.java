package org.concord.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.concord.analysis.TextAnalyzer;
import org.concord.term.Concept;
import org.concord.term.Term;
import org.concord.term.Termbase;
import org.concord.testing.Shared;

/**
 * Writes src/main/resources/org/concord/check/word-translations.txt: IBM Model 1 trained on the even (tuning) unpc-dev
 * lines only, per target language; kept are the translations of the English content words of termbase/un-terms.tbx
 * with t ≥ {@link TranslatedWords#THRESHOLD}. Run: {@code mvn -q -o test-compile exec:java
 * -Dexec.mainClass=org.concord.check.WordTranslationsBuilder -Dexec.classpathScope=test}
 */
public final class WordTranslationsBuilder {
    private WordTranslationsBuilder() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Shared.root() == null ? null : Shared.root().resolve("corpora/unpc-dev");
        if (corpus == null || !Files.isDirectory(corpus)) {
            System.out.println("WordTranslationsBuilder skipped: ../shared/corpora/unpc-dev is not there");
            return;
        }
        Set<String> english = new TreeSet<>();
        try (Termbase tb = Termbase.load(Path.of("termbase/un-terms.tbx"))) {
            for (Concept c : tb.concepts()) {
                for (Term t : c.terms()) {
                    if (!t.lang().equals("en")) continue;
                    for (String k : WordTranslations.keys(TextAnalyzer.forLanguage("en").tokens(t.text()), t.text(), "en")) if (k != null) english.add(k);
                }
            }
        }
        List<String> out = new ArrayList<>();
        out.add("# How the English words of termbase/un-terms.tbx are translated in official UN text, for translated-words:");
        out.add("# t(target word | English word) learned by IBM Model 1 (5 rounds of EM, a NULL word) from the even (tuning) lines");
        out.add("# of unpc-dev, 1,000 official pairs per language, the odd lines held out; words are content words keyed by their");
        out.add("# first stem. Only t >= " + TranslatedWords.THRESHOLD + " is kept. Written by WordTranslationsBuilder (src/test); edit by hand if need be.");
        out.add("# One \"target language TAB English word TAB target word TAB probability\" per line.");
        for (String lang : CheckBenchmark.TARGETS) {
            List<SegmentPair> even = CheckBenchmark.Corpus.pairs(corpus, "en", lang).stream().filter(p -> CheckBenchmark.half(p.id()) == 0).toList();
            out.addAll(LexicalTable.train(even, 5).lines(lang, english, TranslatedWords.THRESHOLD));
        }
        Path file = Path.of("src/main/resources/org/concord/check/" + WordTranslations.RESOURCE);
        Files.write(file, out, StandardCharsets.UTF_8);
        System.out.println((out.size() - 5) + " translations of " + english.size() + " English words written to " + file);
    }
}
