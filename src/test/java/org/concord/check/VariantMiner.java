package org.concord.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.analysis.TextAnalyzer;
import org.concord.analysis.Token;
import org.concord.term.Concept;
import org.concord.term.TermRecognizer;
import org.concord.term.Termbase;
import org.concord.testing.Shared;

/**
 * Candidates for admitted variant renderings, mined from the tuning lines of unpc-dev rather than picked one finding
 * at a time: for each concept and language, the target n-grams of the lines where the English side uses the concept
 * and the target holds none of its terms, kept when they recur (at least {@link #MIN_LINES} such lines from as many
 * documents), are strongly tied to the concept (Dice over the tuning lines at least {@link #MIN_DICE}: they rarely
 * occur without it) and bring a content word no approved rendering has (an inflected or split rendering is the
 * checker's business, not a variant). A terminologist judges the list; what is admitted goes into
 * termbase/un-terms.tbx with its evidence.
 * Run: {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.concord.check.VariantMiner [-Dexec.args=q0|even|all]}
 * (q0, the default: lines ≡ 0 mod 4, the design quarter; even: all tuning lines; all: both halves, as the termbase's
 * evidence counts them).
 */
public final class VariantMiner {
    static final int MIN_LINES = 2;
    static final double MIN_DICE = 0.25;
    private static final int MAX_WORDS = 5;
    private static final int MAX_HAN = 8;

    private VariantMiner() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Shared.root() == null ? null : Shared.root().resolve("corpora/unpc-dev");
        if (corpus == null || !Files.isDirectory(corpus)) {
            System.out.println("VariantMiner skipped: ../shared/corpora/unpc-dev is not there");
            return;
        }
        String mode = args.length > 0 ? args[0] : "q0";
        try (Termbase tb = Termbase.load(Path.of("termbase/un-terms.tbx"))) {
            TermRecognizer recognizer = tb.recognizer();
            Checker checker = Checker.standard(recognizer).documents(Checker.Documents.SAMPLED);
            Map<String, Concept> byId = new HashMap<>();
            for (Concept c : tb.concepts()) byId.put(c.id(), c);
            System.out.println("concept\tlang\tvariant\tunrendered lines\tdocuments\tlines with it\tdice\texample lines");
            for (String lang : CheckBenchmark.TARGETS) {
                List<SegmentPair> lines = CheckBenchmark.Corpus.pairs(corpus, "en", lang).stream()
                    .filter(p -> switch (mode) {
                        case "all" -> true;
                        case "even" -> CheckBenchmark.half(p.id()) == 0;
                        default -> QuarterFigures.quarter(p.id()) == 0;
                    }).toList();
                mine(lines, checker, byId, lang);
            }
        }
    }

    /**
     * Verdicts that saw an approved rendering in the target (as written, split, inflected, joined); any other verdict
     * on a use of the term (a finding, or a tolerance such as a short name or a pronoun) leaves the line to the miner.
     */
    private static final Set<String> RENDERING_SEEN = Set.of("recognised", "split-or-inflected", "compound-head", "written-joined",
        "checked-before");

    private static void mine(List<SegmentPair> lines, Checker checker, Map<String, Concept> byId, String lang) {
        TextAnalyzer analyzer = TextAnalyzer.forLanguage(lang);
        Map<String, Integer> linesWith = new HashMap<>(); // n-gram key → tuning lines holding it
        Map<String, Map<String, List<SegmentPair>>> unrendered = new HashMap<>(); // concept → n-gram key → its lines
        Map<String, Integer> unrenderedCount = new HashMap<>();
        Map<String, Integer> conceptLines = new HashMap<>();
        Map<String, String> surface = new HashMap<>();
        Map<String, Concept> concepts = new HashMap<>();
        for (SegmentPair p : lines) {
            List<Token> tokens = analyzer.tokens(p.target());
            Set<String> grams = grams(p.target(), tokens, lang, surface);
            for (String g : grams) linesWith.merge(g, 1, Integer::sum);
            Set<String> used = new LinkedHashSet<>();
            Set<String> seen = new HashSet<>();
            for (TermExplanation x : checker.explain(List.of(p))) {
                if (x.outcome().equals(TermExplanation.NOT_A_USE) || x.concept() == null) continue;
                concepts.putIfAbsent(x.concept(), byId.get(x.concept()));
                used.add(x.concept());
                if (x.outcome().equals(TermExplanation.ACCEPTED) && RENDERING_SEEN.contains(x.rule())) seen.add(x.concept());
            }
            for (String c : used) {
                conceptLines.merge(c, 1, Integer::sum);
                if (seen.contains(c)) continue;
                unrenderedCount.merge(c, 1, Integer::sum);
                Map<String, List<SegmentPair>> byGram = unrendered.computeIfAbsent(c, k -> new HashMap<>());
                for (String g : grams) byGram.computeIfAbsent(g, k -> new ArrayList<>()).add(p);
            }
        }
        for (var e : unrendered.entrySet()) {
            Concept c = concepts.get(e.getKey());
            Set<String> approvedWords = approvedWords(c, lang, analyzer);
            int total = conceptLines.get(e.getKey());
            List<String[]> rows = new ArrayList<>();
            for (var g : e.getValue().entrySet()) {
                List<SegmentPair> with = g.getValue();
                Set<String> docs = new HashSet<>();
                for (SegmentPair p : with) docs.add(p.document());
                if (with.size() < MIN_LINES || docs.size() < MIN_LINES) continue;
                double dice = 2.0 * with.size() / (total + linesWith.get(g.getKey()));
                if (dice < MIN_DICE) continue;
                if (!bringsNewWord(g.getKey(), approvedWords, lang)) continue;
                rows.add(new String[] {c.id(), lang, surface.get(g.getKey()), String.valueOf(with.size()), String.valueOf(docs.size()),
                    String.valueOf(linesWith.get(g.getKey())), String.format("%.2f", dice),
                    String.join(",", with.stream().limit(6).map(SegmentPair::id).toList()), g.getKey()});
            }
            // Longest first, then a shorter n-gram inside a kept longer one with the same lines is dropped.
            rows.sort((a, b) -> Integer.compare(b[8].length(), a[8].length()));
            List<String[]> kept = new ArrayList<>();
            for (String[] r : rows) {
                boolean inside = kept.stream().anyMatch(k -> (" " + k[8] + " ").contains(" " + r[8] + " ") && k[3].equals(r[3]));
                if (!inside) kept.add(r);
            }
            for (String[] r : kept) System.out.println(String.join("\t", List.of(r).subList(0, 8)) + "\t(of " + total + " uses, "
                + unrenderedCount.get(e.getKey()) + " unrendered)");
        }
    }

    /** The keys (first stems joined by spaces) of the pair's n-grams that start and end with a content word. */
    private static Set<String> grams(String text, List<Token> tokens, String lang, Map<String, String> surface) {
        Set<String> out = new HashSet<>();
        boolean han = lang.equals("zh");
        int max = han ? MAX_HAN : MAX_WORDS;
        for (int i = 0; i < tokens.size(); i++) {
            if (!han && function(text, tokens.get(i), lang)) continue;
            StringBuilder key = new StringBuilder();
            for (int j = i; j < Math.min(tokens.size(), i + max); j++) {
                Token t = tokens.get(j);
                if (j > i && tokens.get(j - 1).end() < t.start() - 1 && han) break; // Han words run on without spaces
                if (j > i) key.append(' ');
                key.append(t.stem());
                if (han ? j - i + 1 < 2 : function(text, t, lang)) continue;
                String k = key.toString();
                out.add(k);
                surface.putIfAbsent(k, text.substring(tokens.get(i).start(), t.end()));
            }
        }
        return out;
    }

    private static boolean function(String text, Token t, String lang) {
        return LooseRendering.functionWord(text.substring(t.start(), t.end()), t.norm(), lang);
    }

    private static Set<String> approvedWords(Concept c, String lang, TextAnalyzer analyzer) {
        Set<String> out = new HashSet<>();
        for (String r : MissingTermCheck.approvedRenderings(c, lang)) for (Token t : analyzer.tokens(r)) out.add(t.stem());
        return out;
    }

    /** Whether the n-gram has a content word (a Han character for Chinese) no approved rendering of the concept has. */
    private static boolean bringsNewWord(String key, Set<String> approvedWords, String lang) {
        for (String w : key.split(" ")) {
            if (!approvedWords.contains(w) && (lang.equals("zh") || w.length() > 2)) return true;
        }
        return false;
    }
}
