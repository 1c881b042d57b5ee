package org.concord.check;

import java.util.List;
import org.concord.analysis.TextAnalyzer;
import org.concord.analysis.Token;
import org.concord.term.TermOccurrence;

/**
 * A segment pair with the termbase terms recognised on each side (ordered by offset, non-overlapping) and the words
 * of each side, analysed once and shared by every check.
 */
public record AnalysedPair(SegmentPair pair, List<TermOccurrence> sourceTerms, List<TermOccurrence> targetTerms,
                           List<Token> sourceWords, List<Token> targetWords) {
    public AnalysedPair {
        sourceTerms = List.copyOf(sourceTerms);
        targetTerms = List.copyOf(targetTerms);
        sourceWords = List.copyOf(sourceWords);
        targetWords = List.copyOf(targetWords);
    }

    /** A pair whose words are cut here. */
    public AnalysedPair(SegmentPair pair, List<TermOccurrence> sourceTerms, List<TermOccurrence> targetTerms) {
        this(pair, sourceTerms, targetTerms, TextAnalyzer.forLanguage(pair.srcLang()).tokens(pair.source()),
            TextAnalyzer.forLanguage(pair.tgtLang()).tokens(pair.target()));
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
