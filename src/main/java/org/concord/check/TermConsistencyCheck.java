package org.concord.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.concord.analysis.TextAnalyzer;
import org.concord.term.TermOccurrence;

/**
 * One concept rendered by two different approved terms within a document (per target language; pairs without a
 * document form one): the rarer rendering is reported wherever it occurs, with the dominant one suggested. Only
 * renderings of a term the pair's source uses count. Short
 * forms (acronyms, abbreviations: "ONUDC", "安理会") are not compared with full forms, and deprecated renderings are
 * left to {@link DeprecatedTermCheck}. Renderings that differ only by optional words ({@link OptionalWords}: 秘书长的报告,
 * 秘书长报告) are one rendering, and renderings of the term in the plural are compared only with each other, since a
 * termbase may enter a plural the language forms irregularly as a term of its own (Arabic broken plurals).
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
        // The renderings of each pair are picked and keyed in parallel, then grouped in order.
        Map<String, String> renderingKeys = new ConcurrentHashMap<>(); // a termbase has few renderings; a run uses them often
        List<List<Keyed>> uses = pairs.parallelStream().map(p -> keyed(uses(p), renderingKeys)).toList();
        for (List<Keyed> ofPair : uses) {
            for (Keyed k : ofPair) {
                byConcept.computeIfAbsent(k.group(), x -> new LinkedHashMap<>()).computeIfAbsent(k.rendering(), x -> new ArrayList<>()).add(k.use());
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map<String, List<Use>> renderings : byConcept.values()) {
            if (renderings.size() > 1) out.addAll(report(renderings));
        }
        return out;
    }

    /** A use with the group it is compared within and its rendering's key. */
    private record Keyed(Use use, String group, String rendering) {}

    private static List<Keyed> keyed(List<Use> uses, Map<String, String> renderingKeys) {
        List<Keyed> out = new ArrayList<>(uses.size());
        for (Use u : uses) {
            AnalysedPair p = u.pair();
            TermOccurrence o = u.occurrence();
            String group = p.pair().document() + "\t" + p.pair().tgtLang() + "\t" + o.concept().id() + "\t"
                + pluralOnly(p, o.concept().id());
            // Renderings that differ only in optional words (的) or are inflections of one another (Arabic
            // "دولة طرف" and "الدول الأطراف", both approved terms) are one rendering.
            String lang = p.pair().tgtLang();
            String termKey = lang + '\t' + o.term().text();
            String rendering = renderingKeys.get(termKey);
            if (rendering == null) {
                rendering = renderingKeys.computeIfAbsent(termKey,
                    k -> TextAnalyzer.forLanguage(lang).stemKey(OptionalWords.key(o.term().text(), lang)));
            }
            out.add(new Keyed(u, group, rendering));
        }
        return out;
    }

    /** The approved full-form renderings of {@code p}'s target that render a term its source uses. */
    private static List<Use> uses(AnalysedPair p) {
        if (p.targetTerms().isEmpty()) return List.of();
        List<Use> out = new ArrayList<>(0);
        Map<String, Long> usesOf = new HashMap<>();
        for (TermOccurrence o : p.targetTerms()) {
            if (!counted(o)) continue;
            String id = o.concept().id();
            long sourceUses = usesOf.computeIfAbsent(id, k -> sourceUses(p, k));
            if (sourceUses == 0) continue;
            if (p.targetTerms().size() > sourceUses && renderingsBeyondUses(p, id, sourceUses)) continue;
            out.add(new Use(p, o));
        }
        return out;
    }

    /** Whether the target has more matches of the concept than the source has uses, and not all one rendering. */
    private static boolean renderingsBeyondUses(AnalysedPair p, String conceptId, long sourceUses) {
        return p.targetTerms().stream().filter(t -> counted(t) && t.concept().id().equals(conceptId)).count() > sourceUses
            && distinctRenderings(p, conceptId) > 1;
    }

    private static boolean counted(TermOccurrence o) {
        return o.term().status().approved() && !AbbreviationCheck.isShortForm(o.term());
    }

    /**
     * How often the source uses a term of the concept. Target matches render such a use only up to that number:
     * without one, the words are something else, often a derivation the stemmer conflated ("assister aux réunions",
     * to attend, is no "assistance"). Where the target has more matches than the source has uses and they differ
     * ("un outil d'assistance pour aider à…" for "an assistance tool to assist in…"), which one renders the term
     * cannot be told, so none of them is set against the document's others.
     */
    private static long sourceUses(AnalysedPair p, String conceptId) {
        return p.sourceTerms().stream().filter(s -> s.concept().id().equals(conceptId)
            && TermUses.isTermUse(p.source(), s, p.pair().srcLang())).count();
    }

    private static long distinctRenderings(AnalysedPair p, String conceptId) {
        return p.targetTerms().stream().filter(t -> counted(t) && t.concept().id().equals(conceptId))
            .map(t -> OptionalWords.key(t.term().text(), p.pair().tgtLang())).distinct().count();
    }

    /** Whether every source use of the concept is in the plural (an English plural: the term's text plus an ending). */
    private static boolean pluralOnly(AnalysedPair p, String conceptId) {
        List<TermOccurrence> uses = p.sourceTerms().stream().filter(s -> s.concept().id().equals(conceptId)).toList();
        return !uses.isEmpty() && uses.stream().allMatch(s -> TermUses.pluralForm(p.source(), s));
    }

    private List<Finding> report(Map<String, List<Use>> renderings) {
        String dominant = renderings.entrySet().stream()
            .max(Comparator.comparingInt((Map.Entry<String, List<Use>> e) -> e.getValue().size())).orElseThrow().getKey();
        int dominantCount = renderings.get(dominant).size();
        String dominantText = renderings.get(dominant).get(0).occurrence().term().text();
        Map<String, Boolean> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (var e : renderings.entrySet()) {
            if (e.getKey().equals(dominant)) continue;
            for (Use u : e.getValue()) {
                String rendering = u.occurrence().term().text();
                if (seen.put(u.pair().pair().id() + "\t" + rendering, true) != null) continue;
                List<Span> src = u.pair().sourceTerms().stream()
                    .filter(s -> s.concept().id().equals(u.occurrence().concept().id())).map(AnalysedPair::span).toList();
                out.add(finding(u.pair(), src, List.of(AnalysedPair.span(u.occurrence())),
                    "Rendered '" + rendering + "' here but '" + dominantText + "' in " + dominantCount + " other place"
                        + (dominantCount == 1 ? "" : "s") + ".", List.of(dominantText)));
            }
        }
        return out;
    }
}
