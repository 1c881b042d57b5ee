package org.concord.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.analysis.TextAnalyzer;
import org.concord.term.TermOccurrence;

/**
 * One concept rendered by two different approved terms within a document (per target language; pairs without a
 * document form one): the rarer rendering is reported wherever it occurs, with the dominant one suggested. Only
 * renderings of a term the pair's source uses count. Short
 * forms (acronyms, abbreviations: "ONUDC", "安理会") are not compared with full forms, and deprecated renderings are
 * left to {@link DeprecatedTermCheck}.
 */
final class TermConsistencyCheck implements Check {

    @Override
    public String id() {
        return "term-inconsistent";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "The same term is translated in two different ways in one document.";
    }

    private record Use(AnalysedPair pair, TermOccurrence occurrence) {}

    @Override
    public List<Finding> check(List<AnalysedPair> pairs) {
        // (target language, concept) → rendering → uses
        Map<String, Map<String, List<Use>>> byConcept = new LinkedHashMap<>();
        // The renderings of each pair are picked in parallel, then grouped in order.
        List<List<Use>> uses = pairs.parallelStream().map(TermConsistencyCheck::uses).toList();
        for (List<Use> ofPair : uses) {
            for (Use u : ofPair) {
                AnalysedPair p = u.pair();
                TermOccurrence o = u.occurrence();
                String key = p.pair().document() + "\t" + p.pair().tgtLang() + "\t" + o.concept().id();
                // Renderings that are inflections of one another (Arabic "دولة طرف" and "الدول الأطراف", both approved
                // terms) are one rendering: their stems are the same.
                String rendering = TextAnalyzer.forLanguage(p.pair().tgtLang()).stemKey(o.term().text());
                byConcept.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(rendering, k -> new ArrayList<>()).add(u);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map<String, List<Use>> renderings : byConcept.values()) {
            if (renderings.size() > 1) out.addAll(report(renderings));
        }
        return out;
    }

    /** The approved full-form renderings of {@code p}'s target that render a term its source uses. */
    private static List<Use> uses(AnalysedPair p) {
        List<Use> out = new ArrayList<>(0);
        for (TermOccurrence o : p.targetTerms()) {
            if (!o.term().status().approved() || AbbreviationCheck.isShortForm(o.term())) continue;
            if (renders(p, o)) out.add(new Use(p, o));
        }
        return out;
    }

    /**
     * Whether a target match renders a term the source uses: without one, the words are something else, often a
     * derivation the stemmer conflated ("assister aux réunions", to attend, is no "assistance").
     */
    private static boolean renders(AnalysedPair p, TermOccurrence o) {
        return p.sourceTerms().stream().anyMatch(s -> s.concept().id().equals(o.concept().id())
            && MissingTermCheck.isTermUse(p.source(), s, p.pair().srcLang()));
    }

    private List<Finding> report(Map<String, List<Use>> renderings) {
        String dominantKey = renderings.entrySet().stream()
            .max(Comparator.comparingInt((Map.Entry<String, List<Use>> e) -> e.getValue().size())).orElseThrow().getKey();
        String dominant = renderings.get(dominantKey).get(0).occurrence().term().text();
        int dominantCount = renderings.get(dominantKey).size();
        Map<String, Boolean> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (var e : renderings.entrySet()) {
            if (e.getKey().equals(dominantKey)) continue;
            for (Use u : e.getValue()) {
                if (seen.put(u.pair().pair().id() + "\t" + e.getKey(), true) != null) continue;
                List<Span> src = u.pair().sourceTerms().stream()
                    .filter(s -> s.concept().id().equals(u.occurrence().concept().id())).map(AnalysedPair::span).toList();
                out.add(finding(u.pair(), src, List.of(AnalysedPair.span(u.occurrence())),
                    "Rendered '" + u.occurrence().term().text() + "' here but '" + dominant + "' in " + dominantCount + " other place"
                        + (dominantCount == 1 ? "" : "s") + ".", List.of(dominant)));
            }
        }
        return out;
    }
}
