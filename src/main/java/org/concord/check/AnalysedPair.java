package org.concord.check;

import java.util.List;
import org.concord.term.TermOccurrence;

/**
 * A segment pair with the termbase terms recognised on each side (ordered by offset, non-overlapping; on the source side
 * a term several concepts share has one occurrence per concept, with the same span, next to each other). The words of
 * each side are not kept: a check that needs them cuts them again (cheap, as {@code TextAnalyzer} remembers words),
 * because holding them for every pair of a large run costs more in garbage collection than cutting them again.
 */
public record AnalysedPair(SegmentPair pair, List<TermOccurrence> sourceTerms, List<TermOccurrence> targetTerms, Verdicts verdicts) {
    public AnalysedPair {
        sourceTerms = List.copyOf(sourceTerms);
        targetTerms = List.copyOf(targetTerms);
    }

    public AnalysedPair(SegmentPair pair, List<TermOccurrence> sourceTerms, List<TermOccurrence> targetTerms) {
        this(pair, sourceTerms, targetTerms, new Verdicts());
    }

    /**
     * What the term checks decided about this pair's source terms, worked out once and shared by term-missing and
     * term-wrong-word (each reports its part).
     */
    public static final class Verdicts {
        private volatile List<TermVerdict> unrendered;
        private DocumentMemory memory = DocumentMemory.NONE;
        private final ConceptFacts concepts;

        public Verdicts() {
            this(new ConceptFacts());
        }

        /** Verdicts whose concept facts are shared with the other pairs of a run. */
        Verdicts(ConceptFacts concepts) {
            this.concepts = concepts;
        }

        ConceptFacts concepts() {
            return concepts;
        }

        /** What the pair's document rendered in full before it (see {@link DocumentMemory}). */
        DocumentMemory memory() {
            return memory;
        }

        void memory(DocumentMemory m) {
            memory = m;
        }

        List<TermVerdict> unrendered(AnalysedPair p) {
            List<TermVerdict> u = unrendered;
            if (u == null) unrendered = u = TermVerdicts.of(p, false);
            return u;
        }
    }

    public String source() {
        return pair.source();
    }

    public String target() {
        return pair.target();
    }

    static Span span(TermOccurrence o) {
        return new Span(o.start(), o.end());
    }
}
