package org.concord.tm;

import java.util.List;

/**
 * A fuzzy match with what a translator must change: numbers and inline tags found in only one of the query and the
 * match's source text, and the spans of the match's differing numbers in its source text.
 */
public record Lookup(FuzzyMatch match, List<String> numbersOnlyInQuery, List<String> numbersOnlyInMatch,
                     List<String> tagsOnlyInQuery, List<String> tagsOnlyInMatch, List<ConcordanceHit.Span> numberSpans) {
    public boolean differs() {
        return !(numbersOnlyInQuery.isEmpty() && numbersOnlyInMatch.isEmpty() && tagsOnlyInQuery.isEmpty() && tagsOnlyInMatch.isEmpty());
    }
}
