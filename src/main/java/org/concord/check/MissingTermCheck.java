package org.concord.check;

import java.util.ArrayList;
import java.util.List;
import org.concord.term.Concept;
import org.concord.term.Term;
import org.concord.term.TermOccurrence;
import org.concord.term.TermStatus;

/**
 * A termbase term is in the source but none of the concept's approved renderings is in the target – neither as
 * recognised, nor in any way official translations render it ({@link UsageRules}). When the target has a deprecated
 * rendering instead, {@link DeprecatedTermCheck} reports that and this check stays silent; when it has a rendering
 * with one word wrong, {@link WrongWordCheck} does. Source matches that are not uses of the term ({@link TermUses})
 * are not checked.
 */
final class MissingTermCheck extends PairCheck {

    @Override
    public String id() {
        return "term-missing";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A termbase term is in the source, but the target has none of its approved renderings.";
    }

    @Override
    List<Finding> check(AnalysedPair p) {
        List<Finding> out = new ArrayList<>();
        for (TermVerdict u : unrendered(p)) {
            if (u.nearMiss() != null) continue; // WrongWordCheck says what differs
            TermOccurrence o = u.term();
            String surface = p.source().substring(o.start(), o.end());
            out.add(finding(p, List.of(AnalysedPair.span(o)), List.of(),
                "'" + surface + "' is not rendered: the target has no approved equivalent (" + String.join(", ", u.approved()) + ").",
                u.approved()));
        }
        return out;
    }

    /** The source terms of {@code p} that the target does not render, in source order, one per term (worked out once). */
    static List<TermVerdict> unrendered(AnalysedPair p) {
        return p.verdicts().unrendered(p);
    }

    /** Whether the match {@code o} of {@code text} is a use of its term (see {@link TermUses}). */
    static boolean isTermUse(String text, TermOccurrence o, String lang) {
        return TermUses.isTermUse(text, o, lang);
    }

    static boolean isTermUse(String surface, Term term, String lang) {
        return TermUses.isTermUse(surface, term, lang);
    }

    /** Approved terms of {@code c} in {@code lang}, the preferred one first. */
    static List<String> approvedRenderings(Concept c, String lang) {
        // One pass over the terms: the preferred one (else the first approved one, as Concept.preferred picks it),
        // then every approved one.
        Term preferred = null;
        List<String> approved = new ArrayList<>(2);
        for (Term t : c.terms()) {
            if (!t.lang().equals(lang)) continue;
            if (t.status() == TermStatus.PREFERRED && (preferred == null || preferred.status() != TermStatus.PREFERRED)) preferred = t;
            if (t.status().approved()) {
                if (preferred == null) preferred = t;
                if (!approved.contains(t.text())) approved.add(t.text());
            }
        }
        if (preferred == null || !preferred.status().approved() || approved.isEmpty() || approved.get(0).equals(preferred.text())) {
            return List.copyOf(approved);
        }
        List<String> out = new ArrayList<>(approved.size());
        out.add(preferred.text());
        for (String a : approved) if (!a.equals(preferred.text())) out.add(a);
        return List.copyOf(out);
    }
}
