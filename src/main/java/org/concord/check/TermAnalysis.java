package org.concord.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concord.analysis.TextAnalyzer;
import org.concord.analysis.Token;
import org.concord.term.Concept;
import org.concord.term.TermOccurrence;

/**
 * One pair as the term rules see it, each part worked out once and only when a rule first asks: the target's words
 * with stems and forms ({@link LooseRendering.Target}), the source's words, the concepts the target renders as
 * recognised terms, and each concept's approved renderings in the target language. Used by one thread.
 */
final class TermAnalysis {
    private final AnalysedPair pair;
    private final String srcLang;
    private final String tgtLang;
    private LooseRendering.Target target;
    private List<Token> sourceWords;
    private Set<String> renderedConcepts;
    private NearMiss.Found nearMiss;
    private TargetLength.Fragment fragment;
    private boolean fragmentKnown;

    TermAnalysis(AnalysedPair pair) {
        this.pair = pair;
        this.srcLang = pair.pair().srcLang();
        this.tgtLang = pair.pair().tgtLang();
    }

    AnalysedPair pair() {
        return pair;
    }

    String source() {
        return pair.source();
    }

    String srcLang() {
        return srcLang;
    }

    String tgtLang() {
        return tgtLang;
    }

    /** The target's words, stems and forms. */
    LooseRendering.Target target() {
        if (target == null) target = LooseRendering.target(pair.target(), TextAnalyzer.forLanguage(tgtLang).tokens(pair.target()), tgtLang);
        return target;
    }

    /** The source's words. */
    List<Token> sourceWords() {
        if (sourceWords == null) sourceWords = TextAnalyzer.forLanguage(srcLang).tokens(pair.source());
        return sourceWords;
    }

    /** Whether the target has a recognised term of {@code c} (approved or not: a deprecated one is term-deprecated's). */
    boolean recognisedInTarget(Concept c) {
        if (renderedConcepts == null) {
            Set<String> ids = new HashSet<>();
            for (TermOccurrence t : pair.targetTerms()) ids.add(t.concept().id());
            renderedConcepts = ids;
        }
        return renderedConcepts.contains(c.id());
    }

    /** The target term of {@code c}, or null. */
    TermOccurrence targetTerm(Concept c) {
        for (TermOccurrence t : pair.targetTerms()) if (t.concept().id().equals(c.id())) return t;
        return null;
    }

    /** The near miss of a rendering of the term being judged, if the target has one (for the rules that weigh it). */
    NearMiss.Found nearMiss() {
        return nearMiss;
    }

    void judging(NearMiss.Found near) {
        nearMiss = near;
    }

    /** The fragment the target is ({@link TargetLength#of}), or null when it is a whole translation. */
    TargetLength.Fragment fragment() {
        if (!fragmentKnown) {
            fragment = TargetLength.of(this);
            fragmentKnown = true;
        }
        return fragment;
    }

    /** Approved renderings of {@code c} in the target language, the preferred one first. */
    List<String> approved(Concept c) {
        return pair.verdicts().concepts().approved(c, tgtLang);
    }

    /** Whether {@code c} is a name in the source language (see {@link UsageRules#isName}). */
    boolean isName(Concept c) {
        return pair.verdicts().concepts().isName(c, srcLang);
    }
}
