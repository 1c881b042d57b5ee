package org.concord.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.concord.term.Term;
import org.concord.term.TermOccurrence;

/**
 * The source writes a term differently from the termbase: another capitalisation or hyphenation inside the term
 * ("non-state actors" for "non-State actors"; the first letter may be capitalised at a sentence start), or a
 * deprecated source term. Endings are allowed to differ: that is inflection, not a variant.
 */
final class SourceVariantCheck extends SourceSideCheck {

    @Override
    public String id() {
        return "source-variant";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "The source writes a term in a non-standard way (spelling variant or deprecated term).";
    }

    @Override
    List<Finding> checkSource(List<AnalysedPair> pairs) {
        List<Finding> out = new ArrayList<>();
        for (AnalysedPair p : pairs) {
            String lang = p.pair().srcLang();
            Span previous = null;
            for (TermOccurrence o : p.sourceTerms()) {
                // a term several concepts share is there once per concept; its spelling is reported once
                if (AnalysedPair.span(o).equals(previous)) continue;
                previous = AnalysedPair.span(o);
                String surface = p.source().substring(o.start(), o.end());
                List<Span> at = List.of(AnalysedPair.span(o));
                if (!o.term().status().approved()) {
                    Optional<Term> preferred = o.concept().preferred(lang).filter(t -> t.status().approved());
                    out.add(finding(p, at, List.of(), "The source uses '" + surface + "', which the termbase marks "
                        + o.term().status().name().toLowerCase(Locale.ROOT) + preferred.map(t -> "; the standard term is '"
                        + t.text() + "'").orElse("") + ".", preferred.map(t -> List.of(t.text())).orElse(List.of())));
                } else if (writtenDifferently(surface, o.term().text())) {
                    out.add(finding(p, at, List.of(), "The source writes '" + surface + "'; the termbase writes '"
                        + o.term().text() + "'.", List.of(o.term().text())));
                }
            }
        }
        return out;
    }

    /**
     * True when {@code surface} departs from {@code term} in case (after the first letter) or in a hyphen against a
     * space, before the first difference of any other kind – which is taken to be an inflected ending.
     */
    static boolean writtenDifferently(String surface, String term) {
        int n = Math.min(surface.length(), term.length());
        for (int i = 0; i < n; i++) {
            char a = surface.charAt(i);
            char b = term.charAt(i);
            if (a == b) continue;
            boolean caseOnly = Character.toLowerCase(a) == Character.toLowerCase(b);
            if (caseOnly) {
                if (i > 0) return true;
                continue;
            }
            return isJoiner(a) && isJoiner(b);
        }
        return false;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == ' ' || c == '\u2010' || c == '\u2011' || c == '\u00A0';
    }
}
