package org.concord.check;

import java.util.ArrayList;
import java.util.List;
import org.concord.term.TermOccurrence;

/**
 * A source term is rendered with a rendering the termbase marks deprecated or superseded; the preferred one is
 * suggested. Only renderings of a term the source has are reported: elsewhere the same words often name something
 * else ("États membres de la CBLT" are not United Nations Member States).
 */
final class DeprecatedTermCheck extends PairCheck {

    @Override
    public String id() {
        return "term-deprecated";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A source term is translated with a rendering the termbase marks as deprecated or superseded.";
    }

    @Override
    List<Finding> check(AnalysedPair p) {
        List<Finding> out = new ArrayList<>();
        for (TermOccurrence o : p.targetTerms()) {
            if (o.term().status().approved()) continue;
            List<String> preferred = MissingTermCheck.approvedRenderings(o.concept(), p.pair().tgtLang());
            List<TermOccurrence> uses = p.sourceTerms().stream()
                .filter(s -> s.concept().id().equals(o.concept().id()))
                .filter(s -> TermUses.isTermUse(p.source(), s, p.pair().srcLang()))
                .toList();
            // Without the term in the source (or only words that look like it: "member States of the IAEA"), the
            // target's words may name something else.
            if (uses.isEmpty()) continue;
            // A source that itself writes a deprecated term ("Islamic State in Iraq and Syria") is rendered
            // faithfully by the deprecated rendering; source-variant reports the source, where the fix belongs.
            if (uses.stream().noneMatch(s -> s.term().status().approved())) continue;
            List<Span> src = uses.stream().map(AnalysedPair::span).toList();
            String surface = p.target().substring(o.start(), o.end());
            String use = preferred.isEmpty() ? "" : " Use '" + preferred.get(0) + "'.";
            out.add(finding(p, src, List.of(AnalysedPair.span(o)),
                "'" + surface + "' is " + o.term().status().name().toLowerCase(java.util.Locale.ROOT) + "." + use, preferred));
        }
        return out;
    }
}
