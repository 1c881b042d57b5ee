package org.concord.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.concord.term.Concept;
import org.concord.term.Term;
import org.concord.term.TermOccurrence;

/**
 * In each document, the first mention of a concept that has a full form should be the full form: "WMD" before
 * "weapons of mass destruction (WMD)" leaves the reader guessing. Documents are taken in the order given.
 */
final class AbbreviationCheck extends SourceSideCheck {

    @Override
    public String id() {
        return "abbreviation-before-full-form";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "An abbreviation is used before its full form has been given in the document.";
    }

    @Override
    List<Finding> checkSource(List<AnalysedPair> pairs) {
        Map<String, List<AnalysedPair>> byDocument = new LinkedHashMap<>();
        for (AnalysedPair p : pairs) byDocument.computeIfAbsent(Objects.toString(p.pair().document(), ""), k -> new ArrayList<>()).add(p);
        List<Finding> out = new ArrayList<>();
        for (List<AnalysedPair> doc : byDocument.values()) out.addAll(checkDocument(doc));
        return out;
    }

    private List<Finding> checkDocument(List<AnalysedPair> doc) {
        Set<String> introduced = new HashSet<>();
        List<Finding> out = new ArrayList<>();
        for (AnalysedPair p : doc) {
            String lang = p.pair().srcLang();
            Span previous = null;
            for (TermOccurrence o : p.sourceTerms()) {
                Concept c = o.concept();
                boolean sameTerm = AnalysedPair.span(o).equals(previous); // another sense of the term just seen
                previous = AnalysedPair.span(o);
                if (!introduced.add(c.id()) || !isShortForm(o.term()) || sameTerm) continue;
                List<String> full = c.terms(lang).stream().filter(t -> !isShortForm(t) && t.status().approved())
                    .map(Term::text).toList();
                if (full.isEmpty()) continue;
                String surface = p.source().substring(o.start(), o.end());
                out.add(finding(p, List.of(AnalysedPair.span(o)), List.of(), "'" + surface
                    + "' is used before its full form '" + full.get(0) + "' has been given in this document.", full));
            }
        }
        return out;
    }

    static boolean isShortForm(Term t) {
        return "abbreviation".equals(t.termType()) || "acronym".equals(t.termType()) || "shortForm".equals(t.termType());
    }
}
